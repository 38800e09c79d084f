"""Finding the site furniture in a scraped text: lines that are not part of the report.

The text is never changed; we return [start, end) code-point ranges of whole lines (with their
line breaks) that a reader may hide. Rules look at the shape of a line and its place, and use
the small UI vocabulary in `lexicon` only together with shape:

- a line that is exactly a UI phrase ("Share", "Leave a Reply", "Дата публікації"), only
  share-button words, a label with or without a value ("Category: World"), a language switch;
- a line addressing the reader about the site (second person + cookies/browser/newsletter…),
  or a stock notice ("All rights reserved", ad-block notices), at any length;
- photo captions and credits standing alone ("… ceremony on Thursday. AP", "Photo: X");
- short lines repeated in the text (picture credits, section labels); later copies of a
  longer repeated line (a headline shown twice);
- a run of four or more very short lines (menus), a breadcrumb ("Home › World › Asia");
- everything after a "Related articles" heading until a real paragraph;
- one-word (or two lower-case words) lines before the headline; the footer: after the last paragraph of the
  report, once one line there is debris, every later line that is not a paragraph.

A line of PARAGRAPH_WORDS or more words ending like a sentence is never marked unless it
addresses the reader about the site; the report's paragraphs stay visible.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kursk_reader.core.models import Range
from kursk_reader.importers import lexicon as lx

PARAGRAPH_WORDS = 25
"""A line this long that ends like a sentence is report prose (the safety net of every rule)."""

BODY_SENTENCE_WORDS = 12
"""A sentence-ending line this long marks where the report's body may end (footer rule)."""

SHORT_WORDS = 6
"""Repeated lines up to this many words are debris in every copy."""

MENU_RUN = 4
"""This many consecutive lines of at most MENU_WORDS words, without sentence punctuation,
are a menu or a tag list."""
MENU_WORDS = 3

MAX_CAPTION_WORDS = 60
"""A caption with a credit at its end is at most this long."""

_SENTENCE_END = re.compile(r"[.!?…:;»”\"')\]]\s*$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_BULLET = re.compile(r"^[\s•·*\-–—►▶»>|#]+")
_TRAILING = re.compile(r"[\s:.!?…*|•·\-–—]+$")
_BREADCRUMB = re.compile(r"\s[|›»/>·•]\s")
_LABEL_VALUE = re.compile(r"^([^\W\d_][\w -]{0,30}?)\s*:\s*\S")


@dataclass(slots=True)
class Line:
    start: int
    end: int
    """End of the line including its line break."""
    text: str
    words: int
    key: str
    """Lower-cased, bullets and trailing punctuation removed: for lexicon look-ups."""
    debris: bool = False

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))

    @property
    def paragraph(self) -> bool:
        return self.words >= PARAGRAPH_WORDS and self.sentence


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\n")
        key = _TRAILING.sub("", _BULLET.sub("", body.strip().lower())).strip()
        key = re.sub(r"\s+", " ", key)
        lines.append(Line(pos, pos + len(raw), body, len(_WORD.findall(body)), key))
        pos += len(raw)
    return lines


def find_debris(text: str) -> tuple[Range, ...]:
    """Merged [start, end) ranges of the debris lines of `text`."""
    return ranges_of(mark_debris(split_lines(text)))


def mark_debris(lines: list[Line]) -> list[Line]:
    """Set `debris` on each line that is site furniture; returns the same list."""
    content = [ln for ln in lines if not ln.blank]
    if not content:
        return lines
    for ln in content:
        ln.debris = _furniture(ln)
    _mark_repeats(content)
    _mark_menus(content)
    _mark_related_lists(content)
    _mark_before_headline(content)
    _mark_footer(content)
    return lines


def ranges_of(lines: list[Line]) -> tuple[Range, ...]:
    """Debris lines merged into ranges; blank lines between two debris lines join them."""
    out: list[list[int]] = []
    joinable = False
    for ln in lines:
        if ln.blank:
            continue
        if ln.debris:
            if out and joinable:
                out[-1][1] = ln.end
            else:
                out.append([ln.start, ln.end])
        joinable = ln.debris
    return tuple((a, b) for a, b in out)


def _furniture(ln: Line) -> bool:
    key = ln.key
    if not key:
        return False
    lower = ln.text.lower()
    if any(phrase in lower for phrase in lx.STRONG_PHRASES):
        return True
    if ln.words <= 80 and _addresses_reader_about_site(ln.text, lower):
        return True
    if ln.paragraph:
        return False
    if key in lx.UI_PHRASES or key in lx.RELATED_HEADINGS:
        return True
    words = key.replace("/", " ").split()
    if words and all(w.strip(".,:;!?()") in lx.SHARE_WORDS for w in words):
        return True
    if _is_label(key) or _is_language_switch(key, words) or _is_breadcrumb(ln):
        return True
    return _is_caption(ln)


def _addresses_reader_about_site(text: str, lower: str) -> bool:
    words = set(_WORD.findall(lower))
    if words.isdisjoint(lx.SECOND_PERSON_WORDS) and lx.SECOND_PERSON_CASED.isdisjoint(
        _WORD.findall(text)
    ):
        return False
    return bool(lx.SITE_NOUNS.search(text))


def _is_label(key: str) -> bool:
    m = _LABEL_VALUE.match(key)
    return m is not None and m.group(1).strip() in lx.LABELS and len(key.split()) <= 8


def _is_language_switch(key: str, words: list[str]) -> bool:
    if len(words) > 6:
        return False
    names = [w for w in re.split(r"[\s|/,·•]+", key) if w]
    if names and all(n in lx.LANGUAGE_NAMES for n in names):
        return True
    return any(n in lx.LANGUAGE_NAMES for n in names) and bool(lx.READ_VERBS.search(key))


def _is_breadcrumb(ln: Line) -> bool:
    parts = [p.strip() for p in re.split(r"\s[|›»/>·•]\s", ln.text) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) and not ln.sentence


def _is_caption(ln: Line) -> bool:
    if ln.words > MAX_CAPTION_WORDS:
        return False
    text = ln.text.strip()
    if lx.CAPTION_PREFIX.match(text) and ln.words <= 30:
        return True
    if text.startswith("©"):
        return True
    m = re.search(r"(?:^|[.!?»”\"]\s+)([^.!?»”\"]+)$", text)
    if m is None:
        return False
    tail = m.group(1).strip()
    tokens = [t for t in re.split(r"[\s/]+", tail) if t]
    if not tokens or len(tokens) > 6 or tail == text and len(tokens) > 3:
        return False
    return all(_credit_token(t) for t in tokens)


def _credit_token(token: str) -> bool:
    bare = token.strip(",;()[]")
    if not bare:
        return True
    if bare.lower() in lx.CREDIT_WORDS:
        return True
    letters = [c for c in bare if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _mark_repeats(content: list[Line]) -> None:
    counts = Counter(ln.key for ln in content if ln.key)
    seen: set[str] = set()
    first_substantive = next((ln for ln in content if ln.words >= 1), None)
    for ln in content:
        if counts[ln.key] < 2 or not ln.key:
            continue
        if ln.words <= SHORT_WORDS and not ln.sentence:
            if ln is not first_substantive:
                ln.debris = True
        elif ln.key in seen and not ln.paragraph:
            ln.debris = True
        seen.add(ln.key)


def _is_menu_item(ln: Line) -> bool:
    return 0 < ln.words <= MENU_WORDS and not ln.sentence


def _mark_menus(content: list[Line]) -> None:
    run: list[Line] = []
    for ln in [*content, None]:
        if ln is not None and _is_menu_item(ln):
            run.append(ln)
            continue
        if len(run) >= MENU_RUN:
            for item in run:
                item.debris = True
        run = []


def _mark_related_lists(content: list[Line]) -> None:
    inside = False
    for ln in content:
        if ln.key in lx.RELATED_HEADINGS and not ln.paragraph:
            inside = True
            ln.debris = True
        elif inside:
            if ln.paragraph:
                inside = False
            else:
                ln.debris = True


def _mark_before_headline(content: list[Line]) -> None:
    for ln in content:
        if ln.words >= 3 and not ln.debris:
            return
        if not ln.sentence and (ln.words <= 1 or (ln.words == 2 and ln.text == ln.text.lower())):
            ln.debris = True


def _mark_footer(content: list[Line]) -> None:
    last_body = max(
        (
            i
            for i, ln in enumerate(content)
            if ln.sentence and ln.words >= BODY_SENTENCE_WORDS and not ln.debris
        ),
        default=-1,
    )
    in_footer = False
    for ln in content[last_body + 1 :]:
        if ln.debris:
            in_footer = True
        elif in_footer and not ln.paragraph:
            ln.debris = True
