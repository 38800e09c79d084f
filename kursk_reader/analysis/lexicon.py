"""Is this a dictionary word? A small lazy wrapper around pyenchant for the analysis.

Enchant is imported on first use and every look-up is cached; when the library or the
dictionaries are missing, every word counts as unknown and the analysis keeps working (it
then leans on capitalisation alone)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kursk_reader.analysis import enchant_guard

LATIN = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES")
CYRILLIC = ("ru_RU", "uk_UA")
_CYRILLIC_CHARS = re.compile(r"[\u0400-\u04ff]")


def _dictionaries_for(word: str) -> tuple[Any, ...]:
    """Only the dictionaries of the word's script: some (uk_UA) accept any Latin word."""
    return _dictionaries(CYRILLIC if _CYRILLIC_CHARS.search(word) else LATIN)


@lru_cache(maxsize=4)
def _dictionaries(languages: tuple[str, ...]) -> tuple[Any, ...]:
    try:
        import enchant
    except Exception:  # the enchant C library or the binding is missing
        return ()
    found = []
    for tag in languages:
        try:
            if enchant_guard.exists(enchant, tag):
                found.append(enchant_guard.load(enchant, tag))
        except Exception:
            continue
    return tuple(found)


def available() -> bool:
    """True when at least one dictionary could be loaded."""
    return bool(_dictionaries(LATIN) or _dictionaries(CYRILLIC))


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """True when the lower-case form of word is in one of the dictionaries.

    Lower-case on purpose: "Sin" or "Gum" spelled as names are common words in lower case,
    which tells a capitalised common word from a name only at a sentence start."""
    lower = word.lower()
    if not lower or not any(ch.isalpha() for ch in lower):
        return False
    for d in _dictionaries_for(lower):
        try:
            if d.check(lower):
                return True
        except Exception:
            continue
    return False


@lru_cache(maxsize=65536)
def is_known_capitalised(word: str) -> bool:
    """True when the dictionaries know word only in its capitalised form (a proper name the
    dictionary lists, like "Moscow") — it is then a name, not a misspelling."""
    for d in _dictionaries_for(word):
        try:
            if d.check(word) and not d.check(word.lower()):
                return True
        except Exception:
            continue
    return False


@lru_cache(maxsize=65536)
def is_common_noun(word: str) -> bool:
    """True for a capitalised German common noun ("Motoren", "Fähre"): German capitalises
    every noun, so a capital letter alone does not make a name there. The German dictionary
    must know the word only capitalised, and no other Latin-script dictionary may know it
    as a capitalised name ("Berlin" stays a name)."""
    if not word[:1].isupper() or _CYRILLIC_CHARS.search(word):
        return False
    german = _dictionaries(("de_DE",))
    others = _dictionaries(("en_US", "en_GB", "fr_FR", "es_ES"))
    try:
        if not german or not german[0].check(word) or german[0].check(word.lower()):
            return False
        return not any(d.check(word) for d in others)
    except Exception:
        return False
