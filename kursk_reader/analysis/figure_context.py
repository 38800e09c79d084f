"""What stands around a figure, compared without translation tables: words beside it are
matched as cognates across scripts (Cyrillic read in Latin letters: "тоннеля" / "tunnel",
"Саппоро" / "Sapporo", "контейнеров" / "containers"), the sense words of a measure (depth,
width, coast) tell two measures apart, and the language of each article says whether a
missing word in common is evidence at all (in one language it is; across two it is not).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from kursk_reader.analysis import concepts
from kursk_reader.analysis.textspans import fold

_CYRILLIC = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґ",
        "a b v g d e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i i e g".split(),
        strict=True,
    )
)
_SPELLING = [
    (re.compile(p), r)
    for p, r in (("ph", "f"), ("th", "t"), ("ch", "kh"), ("c", "k"), ("z", "s"), ("y", "i"))
]
_MIN_LETTERS = 5
"""Letters both words need before a fuzzy match counts: shorter words collide by chance."""
COGNATE = 80
"""rapidfuzz ratio of two Latin keys taken as one word in two languages or scripts."""


@lru_cache(maxsize=65536)
def latin_key(word: str) -> str:
    """A spelling key for cognates in any of the six languages: folded, Cyrillic written in
    Latin letters, ph/th/ch/c/z/y habits folded ("Tunnel", "túnel", "тоннель" -> "tunnel",
    "tunel", "tonnel")."""
    w = fold(word).replace(" ", "")
    w = "".join(_CYRILLIC.get(ch, ch) for ch in w).replace("_", "")
    for pattern, repl in _SPELLING:
        w = pattern.sub(repl, w)
    return w


def cognates(x: str, y: str) -> bool:
    """Are two words one word, or one word in two languages or scripts? Same first five
    letters of their keys, or keys of five letters or more spelled nearly alike."""
    kx, ky = latin_key(x), latin_key(y)
    if kx[:5] == ky[:5] and min(len(kx), len(ky)) >= 4:
        return True
    return min(len(kx), len(ky)) >= _MIN_LETTERS and fuzz.ratio(kx, ky) >= COGNATE


def senses(words: tuple[str, ...]) -> set[str]:
    """The measure senses named among words ("deep" -> depth, "off shore" -> coast)."""
    return {concepts.sense_of(w) for w in words} - {""}


_PLACES = frozenset("coast border epicentre airfield distance".split())
"""Senses that say where from a distance is measured; "away" / "entfernt" names no place, so
it agrees with any of them ("90 km away" / "120 km from the coast")."""


_STATES = frozenset(("closure", "stake"))
"""Senses that say what was done, not which extent is measured ("closed for a week" may be
the same week as "a week's detour"; "bought 85 percent" of what the other outlet calls its
"group"): they tie two measures but never set them apart."""


_SUMS = frozenset(("debt", "revenue", "damage", "price"))
_NEW_SUMS = frozenset(("debt", "revenue"))
"""Senses that say what a sum is of: debts are never a turnover, yet a turnover may be
named beside a "group" or a place sense the other outlet's sum lacks."""


def contrary_senses(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two measures say they are about different things ("30 metres wide" / "12 metres
    deep", "a 12 km stretch" / "3 km away")? Only when both name a sense and they share
    none; a bare distance and a distance from a named place are not contrary."""
    sa, sb = senses(a) - _STATES, senses(b) - _STATES
    if not sa or not sb or sa & sb:
        return False
    if _NEW_SUMS & (sa | sb):  # what a sum is of is told apart only from another such
        return bool(sa & _SUMS and sb & _SUMS)
    return not ("distance" in sa | sb and sa | sb <= _PLACES)


_FROM = frozenset("from away off от від вiд von vom vor entfernt desde".split())
_OF = frozenset("of along across long wide deep high tall длиной довжиною lang".split())
_ROMANCE_OF = frozenset("de du des del d".split())
_ROMANCE_AT = frozenset("à a".split())


def length_relation(before: str, after: str) -> str:
    """What a length measures, from the function words around it: "from" a place ("9 km
    from Tarvik", "в 9 км от", "à 9 km de la raffinerie", "a 9 km de"), or the extent "of"
    something ("4 km of the river", "4 km de route", "12 km long"); "" when they do not say.
    `before` is the word before the number (and its hedge), `after` the word after the unit."""
    b, a = fold(before), fold(after)
    if a in _FROM or (a in _ROMANCE_OF and b in _ROMANCE_AT):
        return "from"
    if a in _OF or a in _ROMANCE_OF:
        return "of"
    return ""
