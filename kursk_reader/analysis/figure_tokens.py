"""Tokens of a line for reading figures: numbers with their group separators ("15,000",
"15 000"), words with inner hyphens and apostrophes, single punctuation marks; a number word
joined to its unit ("eleven-day", "dreistündige", "трехчасовые") is split into number,
hyphen and unit so it reads like "14-hour"."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_reader.analysis import concepts
from kursk_reader.analysis.numbers import word_value

Token = tuple[int, int, str]

_TOKEN = re.compile(
    r"\d{1,3}(?:[,\u00a0\u202f '’]\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S"
)


def line_tokens(line: str, line_start: int) -> list[Token]:
    """(start, end, text) of every token of line, offsets in the whole text."""
    return _split_number_units(
        [(m.start() + line_start, m.end() + line_start, m.group(0)) for m in _TOKEN.finditer(line)]
    )


def _split_number_units(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A number word hyphened or written onto a unit is three tokens, like "14-hour" ("an
    eleven-day cruise", "a twenty-one-hour wait", "eine dreistündige Suche", "трехчасовые
    поиски"): the number, a hyphen and the unit."""
    out: list[tuple[int, int, str]] = []
    for start, end, w in toks:
        cut = _number_unit_cut(w) if w[:1].isalpha() else -1
        if cut > 0:
            gap = 1 if w[cut] == "-" else 0
            out += [(start, start + cut, w[:cut]), (start + cut, start + cut + gap, "-")]
            out.append((start + cut + gap, end, w[cut + gap :]))
            continue
        out.append((start, end, w))
    return out


_MIN_UNIT_TAIL = 4
"""Letters the unit part of a one-word compound needs ("stündige", "часовые")."""


@lru_cache(maxsize=65536)
def _number_unit_cut(w: str) -> int:
    """Where the unit starts in a number word joined to a unit ("eleven-day" -> 6,
    "dreistündige" -> 4, "трехчасовые" -> 4), or -1."""
    cut = w.rfind("-")
    if cut > 0:
        if word_value(w[:cut]) is not None and (
            concepts.noun_class(w[cut + 1 :]) in _UNITS or w[cut + 1 :] in _YEAR_MONTH
        ):
            return cut  # "eleven-day", "a five-year sentence" (read as a term or not at all)
        return -1
    for k in range(2, len(w) - _MIN_UNIT_TAIL + 1):
        if concepts.noun_class(w[k:]) in _UNITS and word_value(w[:k]) is not None:
            return k
    return -1


_YEAR_MONTH = frozenset(("year", "month"))
_UNITS = concepts.MEASURES - {"vehicles", "aircraft", "vessels", "money", "flights", "%"}
"""Counted classes that are units a number can be written onto."""
