"""The head of a firm's name written alone ("Rößler" beside "Rößler Modellbahn"), listed
with the full names when the spellings differ in it. Split from `name_lone`."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.name_lone import AT_FIRM, AT_PLACE, MIN_ONE_WORD
from kursk_reader.analysis.name_match import NameMention
from kursk_reader.analysis.textspans import fold


def firm_heads_alone(
    idents: list[str],
    spellings_of: Mapping[str, list[str]],
    alone: Mapping[str, list[NameMention]],
    is_person: Callable[[str], bool],
    texts: Mapping[int, str],
) -> list[str]:
    """The heads of a firm's names written two ways that the articles also write alone
    ("Rößler" and "Roessler" beside "Rößler Modellbahn" / "Roessler Modellbahn"): the head
    is where the spellings differ, so its lone forms are the variants a reader searches
    for. None for a person's name (a surname alone is no spelling of its own), when the
    spellings share their head ("Salvamento Marítimo" / "Salvamento Maritimo"), for a head
    written after a preposition of place, or when fewer than two heads stand alone."""
    full = [s for i in idents for s in spellings_of[i] if " " in s]
    if not full or any(is_person(s) for s in full):
        return []
    heads = sorted({s.split()[0] for s in full})
    if len(heads) < 2 or any(lexicon.is_dictionary_word(h.lower()) for h in heads):
        return []
    found = [
        h
        for h in heads
        if h in alone
        and len(h) >= MIN_ONE_WORD
        and not any(_after_place_word(texts[m.article_id], m) for m in alone[h])
    ]
    return found if len(found) >= 2 else []


def _after_place_word(text: str, m: NameMention) -> bool:
    """Is a lone mention written after a preposition of place or an article ("in Klaipėda",
    "des Allées", "the Allees"): a place or a common noun, no firm's name?"""
    words = text[max(0, m.start - 20) : m.start].split()
    return bool(words) and fold(words[-1]) in (AT_PLACE - AT_FIRM) | _ARTICLES


_ARTICLES = frozenset("the des les la le el los las die der das dem den du".split())
