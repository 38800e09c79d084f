"""Is this a dictionary word? A small lazy wrapper around pyenchant for the analysis.

Enchant is imported on first use and every look-up is cached; when the library or the
dictionaries are missing, every word counts as unknown and the analysis keeps working (it
then leans on capitalisation alone)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from kursk_reader.analysis import enchant_guard

LATIN = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES")
CYRILLIC = ("ru_RU", "uk_UA")
_CYRILLIC_CHARS = re.compile(r"[\u0400-\u04ff]")


def _tags_for(word: str) -> tuple[str, ...]:
    """Only the dictionaries of the word's script: some (uk_UA) accept any Latin word."""
    return CYRILLIC if _CYRILLIC_CHARS.search(word) else LATIN


def _loaded(tags: tuple[str, ...]) -> Iterator[Any]:
    """The dictionaries of tags in order, each loaded only when the look-up reaches it: a
    word the first dictionary knows never pays for loading the others (uk_UA takes ~0.3 s)."""
    for tag in tags:
        d = _dictionary(tag)
        if d is not None:
            yield d


def _dictionaries(languages: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(_loaded(languages))


_LOADED: dict[str, Any] = {}


def _dictionary(tag: str) -> Any:
    """One dictionary, loaded once whichever check (or `preload`) asks for it first; None
    when missing. The lock makes a look-up wait for a load under way instead of repeating it."""
    if tag in _LOADED:
        return _LOADED[tag]
    with enchant_guard.LOCK:
        if tag not in _LOADED:
            _LOADED[tag] = _load(tag)
    return _LOADED[tag]


def _load(tag: str) -> Any:
    enchant = _enchant()
    if enchant is None:
        return None
    try:
        if enchant_guard.exists(enchant, tag):
            return enchant_guard.load(enchant, tag)
    except Exception:
        pass
    return None


def preload() -> None:
    """Start loading every dictionary in a background thread and return at once. Loading
    (~0.4 s, mostly ru_RU and uk_UA) runs in C without the GIL, so a caller that will look
    words up soon (the report's source finder) overlaps it with its own work; look-ups made
    meanwhile wait for the dictionary they need. Calling it again does nothing."""
    global _PRELOADING
    if _PRELOADING:
        return
    _PRELOADING = True
    threading.Thread(target=_load_all, name="lexicon-preload", daemon=True).start()


_PRELOADING = False


def _load_all() -> None:
    for tag in LATIN + CYRILLIC:
        _dictionary(tag)


@lru_cache(maxsize=1)
def _enchant() -> Any:
    try:
        import enchant
    except Exception:  # the enchant C library or the binding is missing
        return None
    return enchant


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
    for d in _loaded(_tags_for(lower)):
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
    for d in _loaded(_tags_for(word)):
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
    german = _dictionary("de_DE")
    try:
        if german is None or not german.check(word) or german.check(word.lower()):
            return False
        return not any(d.check(word) for d in _loaded(("en_US", "en_GB", "fr_FR", "es_ES")))
    except Exception:
        return False
