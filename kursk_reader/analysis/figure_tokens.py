"""Tokens of a line for reading figures: numbers with their group separators ("15,000",
"15 000"), words with inner hyphens and apostrophes, single punctuation marks; a number word
joined to its unit ("eleven-day", "dreistündige", "трехчасовые") is split into number,
hyphen and unit so it reads like "14-hour"."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_reader.analysis import concepts
from kursk_reader.analysis.numbers import scale_of, word_value

Token = tuple[int, int, str]

_TOKEN = re.compile(
    r"\d{1,3}(?:[,\u00a0\u202f '’]\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S"
)


def line_tokens(line: str, line_start: int) -> list[Token]:
    """(start, end, text) of every token of line, offsets in the whole text."""
    return _hyphened_sums(
        _degrees(
            _split_number_units(
                [
                    (m.start() + line_start, m.end() + line_start, m.group(0))
                    for m in _TOKEN.finditer(line)
                ]
            )
        )
    )


def _hyphened_sums(toks: list[Token]) -> list[Token]:
    """A sum hyphened onto its scale and currency ("a 4.8-million-euro redevelopment", "a
    3-billion-dollar deal", "a €5-million plan") reads as "4.8 million euro": the hyphen
    after the digits goes and the scale is split from the currency."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        start, end, w = toks[k]
        if (
            w == "-"
            and out
            and out[-1][2][:1].isdigit()
            and k + 1 < len(toks)
            and scale_of(toks[k + 1][2].split("-")[0]) is not None
        ):
            s2, e2, word = toks[k + 1]
            scale, _, rest = word.partition("-")
            out.append((s2, s2 + len(scale), scale))
            if rest:
                out.append((s2 + len(scale) + 1, e2, rest))
            k += 2
            continue
        out.append((start, end, w))
        k += 1
    return out


_DEGREE_SIGNS = frozenset("°º")
_CELSIUS = frozenset("CС")
"""Latin and Cyrillic capital C."""
CELSIUS_WORD = "celsius"
"""What a written degree sign is read as: a word `concepts` lists as degrees."""


def _degrees(toks: list[Token]) -> list[Token]:
    """Degrees Celsius written as a sign are one token read as the word "celsius" ("38 °C",
    "+38°C", "38º C"), and so is a capital C written right onto a number after a lower-case
    word or a sign ("as hot as 360C", "-5C"; "Room 5C" is a label)."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        start, end, w = toks[k]
        after = toks[k + 1] if k + 1 < len(toks) else None
        if (
            w in _DEGREE_SIGNS
            and after
            and after[2] in _CELSIUS
            and out
            and out[-1][2][0].isdigit()
        ):
            out.append((start, after[1], CELSIUS_WORD))
            k += 2
            continue
        if w in _CELSIUS and out and out[-1][2][0].isdigit() and out[-1][1] == start:
            lead = out[-2][2] if len(out) > 1 else ""
            if not lead or not lead[:1].isupper():
                out.append((start, end, CELSIUS_WORD))
                k += 1
                continue
        out.append((start, end, w))
        k += 1
    return out


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
        if word_value(w[:k]) is not None and concepts.noun_class(w[k:]) in _UNITS:
            return k
    return -1


_YEAR_MONTH = frozenset(("year", "month"))
_UNITS = concepts.MEASURES - {"vehicles", "aircraft", "vessels", "money", "flights", "%"}
"""Counted classes that are units a number can be written onto."""
