"""A body cited by its kind alone ("За даними комітету", "the committee said") when the
article names it in full ("Антимонопольний комітет України", "the Competition Committee",
"the Ministry of Health"): the bare noun refers to it, so the source is the full name the text
gives. A full name is a capitalised phrase of two words or more holding the noun capitalised
(in Russian and Ukrainian, after a capitalised adjective, the case ending free: "комітету" /
"комітет"). A head noun written in lower case ("le ministère de la Santé") is not looked for."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.attribution_referents import referent
from kursk_reader.analysis.textspans import CAPITAL_WORD, UPPER

_CAP = CAPITAL_WORD
_OF = r"(?:of|for|de|des|du|del|der|für)(?:[ \u00a0]+(?:the|la|l['’]|le|los|las))?"
_BARE = re.compile(r"(?:(?:the|le|la|l['’]|les|el|los|las)[ \u00a0]*)?([^\W\d_][\w-]*)")
_LEADING = re.compile(r"^(?:The|Le|La|Les|El|Los|Las|Der|Die|Das)[ \u00a0]+")
_STEM_KEEP = 2
"""Letters a case ending may change at the end of a Cyrillic noun ("комітету" -> "комітет")."""


@lru_cache(maxsize=256)
def _pattern(stem: str, cyrillic: bool) -> re.Pattern[str]:
    noun = rf"(?i:{re.escape(stem)})\w{{0,3}}"
    if cyrillic:  # "Антимонопольний комітет України": a capitalised adjective opens it
        body = rf"(?:{_CAP}[ \u00a0]+){{1,2}}{noun}(?:[ \u00a0]+{_CAP}){{0,2}}"
        return re.compile(rf"(?<!\w){body}(?!\w)")
    capital = rf"[{UPPER}]{re.escape(stem[1:])}\w{{0,3}}"
    body = (
        rf"(?:{_CAP}[ \u00a0]+){{0,3}}{capital}"
        rf"(?:[ \u00a0]+{_OF}[ \u00a0]+{_CAP}(?:[ \u00a0]+{_CAP}){{0,2}})?"
    )
    return re.compile(rf"(?<!\w){body}(?!\w)")


def full_name(text: str, surface: str, at: int = -1) -> str | None:
    """The full name the text gives the body a bare kind noun (surface) stands for, or None;
    with its position (at), a generic "the company", "das Unternehmen", "ведомство" takes
    the company or body named before it (`attribution_referents`)."""
    got = _same_kind(text, surface)
    if got is None and at >= 0:
        got = referent(text, at, surface)
    if got is None and surface.islower():
        m = _BARE.fullmatch(surface)
        word = m.group(1) if m is not None else ""
        if word in SOURCE_NOUNS and word.isascii():
            got = _named_lower(text, word)  # "the Ukrsadprom fruit growers' association"
    return got


def _same_kind(text: str, surface: str) -> str | None:
    if not surface.islower():
        return None  # a name ("Harwick Police") already, or a capitalised kind
    m = _BARE.fullmatch(surface)
    if m is None:
        return None
    word = m.group(1)
    if not word.islower() or word not in SOURCE_NOUNS:
        return None
    cyrillic = "а" <= word[0] <= "я" or word[0] in "ёіїєґ"
    stem = word[: len(word) - _STEM_KEEP] if cyrillic and len(word) > 5 else word
    if len(stem) < 4 or not cyrillic and stem[0].upper() + stem[1:] not in text:
        return None  # English, German, French, Spanish: the full name writes it capitalised
    if cyrillic and text.count(stem) < 2:
        return None  # the bare noun is one mention; the full name would be another
    for found in _pattern(stem, cyrillic).finditer(text):
        name = _LEADING.sub("", found.group(0))
        if len(name.split()) >= 2:
            return name
    return None


_OPENERS = frozenset("The A An Le La Les L El Los Las Der Die Das Ein Eine Un Une Una".split())


def _named_lower(text: str, word: str) -> str | None:
    """The one phrase of the text where a capitalised name opens at most three lower-case
    words ending in the kind noun written in lower case ("the Ukrsadprom fruit growers'
    association", "la asociación agraria Asaja" aside): the body the bare noun stands for."""
    names: set[str] = set()
    for m in _lower_pattern(word).finditer(text):
        first = m.group("first")
        if first in _OPENERS or lexicon.is_dictionary_word(first) or re.search(r"-[a-z]", first):
            continue  # "The …", "Schweinfurt-based": no name opens it
        names.add(m.group(0))
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=256)
def _lower_pattern(word: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?P<first>[{UPPER}][\w&-]+)(?:[ \u00a0]+[a-z][\w-]*['’]?){{0,3}}"
        rf"[ \u00a0]+{re.escape(word)}(?!\w)"
    )
