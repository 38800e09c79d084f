"""Title, outlet, author and publication date found in a plain text's own lines.

General rules: the title is the first substantive line that is not debris or a metadata line;
the outlet comes from a "Source: X" / "Credit to X" / "© X" line (in several languages); the
author from a short "By X" line; the date from a short line (a byline or date line) holding a
full date in ISO, numeric or written form (en, ru, uk, de, fr, es, it, pl month names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kursk_reader.importers.debris import Line

MAX_TITLE_CHARS = 200
TITLE_MAX_WORDS = 30
"""A first line longer than this is a paragraph: the title is its first sentence, shortened."""
DATE_LINE_MAX_WORDS = 14
"""Dates are taken only from short lines (bylines, date lines), never from report prose."""

_SOURCE = re.compile(
    r"^\s*(?:source|sources|источник|джерело|quelle|source|fuente|fonte|źródło|originally "
    r"published (?:by|in|at|on)|first published (?:by|in|at|on)|опубликовано в|"
    r"впервые опубликовано)\s*:?\s*(?P<name>\S.{0,80}?)\s*$",
    re.I,
)
_CREDIT = re.compile(r"^\s*(?:credits?|h/t|hat tip)\s*(?:to|:)\s*(?P<name>\S.{0,80}?)\s*$", re.I)
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*(?:\d{4})?)?\s*(?P<name>[^\d\s].{0,60}?)[.\s]*$",
    re.I,
)
_AUTHOR = re.compile(
    r"^\s*(?:by|von|par|por|di|автор|авторка|author|text|текст|texte)\s*:?\s+"
    r"(?P<name>[^\W\d_][^\n]{1,80}?)\s*$",
    re.I,
)
_SPLIT_NAMES = re.compile(r"\s+(?:and|AND|и|і|та|und|et|y|e)\s+|\s*[,;&|]\s*")

_MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    [
        "january jan январь января январе січень січня janvier januar jänner enero gennaio "
        "stycznia styczeń",
        "february feb февраль февраля лютий лютого février februar febrero febbraio lutego",
        "march mar март марта березень березня mars märz marzo marca",
        "april apr апрель апреля квітень квітня avril abril aprile kwietnia",
        "may май мая травень травня mai mayo maggio maja",
        "june jun июнь июня червень червня juin juni junio giugno czerwca",
        "july jul июль июля липень липня juillet juli julio luglio lipca",
        "august aug август августа серпень серпня août agosto sierpnia",
        "september sep sept сентябрь сентября вересень вересня septembre septiembre "
        "settembre września",
        "october oct октябрь октября жовтень жовтня octobre oktober octubre ottobre października",
        "november nov ноябрь ноября листопад листопада novembre noviembre listopada",
        "december dec декабрь декабря грудень грудня décembre dezember diciembre dicembre grudnia",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _n

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b")
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?({_MONTH_RE})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)\b",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I
)


@dataclass(frozen=True, slots=True)
class TextMetadata:
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""


def text_metadata(lines: list[Line]) -> TextMetadata:
    """What the lines of a plain text say about the article (debris already marked)."""
    outlet = _outlet(lines)
    author = _author(lines)
    published = _published(lines)
    return TextMetadata(_title(lines), outlet, author, published)


def _is_metadata_line(text: str) -> bool:
    return bool(
        _SOURCE.match(text)
        or _CREDIT.match(text)
        or _AUTHOR.match(text)
        or (len(text.split()) <= DATE_LINE_MAX_WORDS and find_date(text))
    )


def _title(lines: list[Line]) -> str:
    for ln in lines:
        if ln.blank or ln.debris or ln.words < 2 or _is_metadata_line(ln.text):
            continue
        return shorten_title(ln.text.strip())
    for ln in lines:
        if not ln.blank and ln.words:
            return shorten_title(ln.text.strip())
    return ""


def shorten_title(text: str) -> str:
    """A heading-sized title: a long first line gives its first sentence, cut at a word."""
    text = " ".join(text.split())
    if len(text.split()) > TITLE_MAX_WORDS:
        m = re.match(r"(.{20,}?[.!?])\s", text)
        if m:
            text = m.group(1)
    if len(text) > MAX_TITLE_CHARS:
        text = text[:MAX_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:—–- ") + "…"
    return text


def _clean_name(name: str) -> str:
    name = re.sub(r"https?://\S+", "", name).strip(" .,:;-–—*|")
    first = _SPLIT_NAMES.split(name)[0].strip(" .,:;-–—*|")
    return first[:80]


def _outlet(lines: list[Line]) -> str:
    for pattern in (_SOURCE, _CREDIT, _COPYRIGHT):
        for ln in lines:
            if ln.words > 12:
                continue
            m = pattern.match(ln.text)
            if m:
                name = _clean_name(m.group("name"))
                if name and not name.lower().startswith(("link", "http")):
                    return name
    return ""


def _author(lines: list[Line]) -> str:
    for ln in lines:
        if ln.words > 8 or ln.blank:
            continue
        m = _AUTHOR.match(ln.text)
        if m:
            name = _clean_name(m.group("name"))
            if name and all(w[:1].isupper() for w in name.split() if w[:1].isalpha()):
                return name
    return ""


def _published(lines: list[Line]) -> str:
    for ln in lines:
        if ln.blank or ln.words > DATE_LINE_MAX_WORDS:
            continue
        date = find_date(ln.text)
        if date:
            return date
    return ""


def find_date(text: str) -> str:
    """The first full date in `text` as YYYY-MM-DD, or ""; numeric dates are read day first."""
    candidates: list[tuple[int, str]] = []
    for m in _ISO.finditer(text):
        candidates.append((m.start(), _iso(int(m[1]), int(m[2]), int(m[3]))))
    for m in _NUMERIC.finditer(text):
        candidates.append((m.start(), _iso(int(m[3]), int(m[2]), int(m[1]))))
    for m in _DAY_MONTH_YEAR.finditer(text):
        candidates.append((m.start(), _iso(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))))
    for m in _MONTH_DAY_YEAR.finditer(text):
        candidates.append((m.start(), _iso(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))))
    valid = sorted((pos, d) for pos, d in candidates if d)
    return valid[0][1] if valid else ""


def _iso(year: int, month: int, day: int) -> str:
    import datetime

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ""
