"""Quoted remarks in an article's text: spans in quotation marks of any style, lines a colon
introduces and dash-opened lines of direct speech (`find_quotes`), as `Quote`s with the
speaker left for `quotes` to name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kursk_reader.analysis.name_kinds import is_titled_quote
from kursk_reader.analysis.quote_speech import PRONOUN, speech_verb


@dataclass(frozen=True, slots=True)
class Quote:
    article_id: int
    quote: str
    start: int
    end: int
    speaker: str = ""


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    speaker: str
    quotes: tuple[Quote, ...]


_QUOTED = re.compile(
    r"“([^”“\n]{8,600})”|\"([^\"\n]{8,600})\"|«([^»«\n]{8,600})»|„([^“”„\"\n]{8,600})[“”\"]"
    r"|(?:(?<=^)|(?<=[\s(—–]))‘((?:[^‘’\n]|’(?=[^\W\d_])){8,600}?)’(?=[\s.,;:!?)—–]|$)"
    r"|(?:(?<=^)|(?<=[\s(—–]))'(?=[^\W_])((?:[^'\n]|'(?=[^\W\d_])){8,600}?)'"
    r"(?=[\s.,;:!?)—–]|$)",
    re.MULTILINE,
)
"""Quotes in double marks of any style (a German „ closed by a plain " too), and in single
marks typographic or plain ("'We don't know,' she said"): an apostrophe before a letter is
inside the quote."""
_OPENING = re.compile("[“\"«„‘']")
"""The marks a `_QUOTED` match opens with."""


def _quoted_spans(text: str) -> Iterator[re.Match[str]]:
    """`_QUOTED.finditer(text)`, tried only where an opening mark stands (every match opens
    with one; its look-behinds see the text before as `finditer` does): ten times faster
    than letting the pattern's alternatives try every position."""
    mark = _OPENING.search(text)
    while mark:
        m = _QUOTED.match(text, mark.start())
        if m:
            yield m
            mark = _OPENING.search(text, m.end())
        else:
            mark = _OPENING.search(text, mark.start() + 1)


MIN_WORDS = 4
_FRAGMENT_WORDS = 3
"""A quoted fragment of three words inside reported speech ("X sagte, die Bremsen seien
„nicht richtig angezogen“ gewesen") is a quote when its own sentence names who said it;
without a speaker it is as often a title or a scare quote, and is dropped."""


def find_quotes(article_id: int, text: str, fragments: bool = False) -> list[Quote]:
    """Quoted spans, colon-introduced quote lines and dash-opened lines of direct speech, of at
    least four words; with `fragments`, quoted spans of three words too (see
    `_FRAGMENT_WORDS`)."""
    out: list[Quote] = []
    least = _FRAGMENT_WORDS if fragments else MIN_WORDS
    for m in _quoted_spans(text):
        group = next(g for g in range(1, 7) if m.group(g) is not None)
        s, e = m.span(group)
        s, e = _trim(text, s, e)
        if len(text[s:e].split()) >= least:
            out.append(Quote(article_id, text[s:e], s, e))
    pos = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if k > 0 and lines[k - 1].rstrip().endswith(":") and MIN_WORDS <= len(line.split()) <= 80:
            s, e = _trim(text, pos, pos + len(line))
            if not any(q.start <= s < q.end for q in out):
                out.append(Quote(article_id, text[s:e], s, e))
        pos += len(line) + 1
    for m in _DASH_SPEECH.finditer(text):
        spaced = bool(m.group(1) and m.group(3) and m.group(4))  # "— Текст, — сказал он"
        if not spaced and not (speech_verb(m.group(5)) or PRONOUN.fullmatch(m.group(5))):
            continue  # "—Texto —dijo": unspaced dashes need a speech verb after the second
        s, e = _trim(text, *m.span(2))
        if len(text[s:e].split()) >= MIN_WORDS and not any(q.start <= s < q.end for q in out):
            out.append(Quote(article_id, text[s:e], s, e))
    out.sort(key=lambda q: q.start)
    return _without_titles(text, out)


def _without_titles(text: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes less a work's titles: a span quoted right after a work noun ("the exhibition
    “Light on the River”"), and a span opening with such a title elsewhere in the article
    (its full title with a subtitle, the title as a sentence's subject)."""
    titles = [q.quote.casefold() for q in quotes if is_titled_quote(text, q.start)]
    if not titles:
        return quotes
    return [q for q in quotes if not q.quote.casefold().startswith(tuple(titles))]


_DASH_SPEECH = re.compile(
    r"^[ \t]*[—–]([ \u00a0]*)([^\n—–«»“”„\"]{8,600}?)([,!?…]?)[ \u00a0]+[—–]([ \u00a0]*)(\w+)",
    re.MULTILINE,
)
"""A line opening with a dash is direct speech in Russian, Ukrainian and Spanish news ("— Мы
никого не бросим, — сказала она."): the words up to the dash that brings in the speaker. A
dash line without one (a list item, a menu entry) is not taken."""


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u00a0\"“”«»‘’'":
        s += 1
    while e > s and text[e - 1] in " \t\u00a0,.;:\"“”«»‘’'":
        e -= 1
    return s, e
