"""Spell-checking for notes: a small wrapper around pyenchant.

pyenchant is imported lazily (it loads a C library and dictionaries, which start-up does not
need). When the library or the chosen dictionary is missing, the checker says why once
(`take_problem`) and accepts every word, so note editing keeps working without it — the way
novelWriter's spell-checker falls back to a fake dictionary.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any, Protocol

from kursk_reader.analysis import enchant_guard

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en_US"
LANGUAGE_SETTING = "spell_language"
"""The project setting holding the dictionary language."""

MAX_SUGGESTIONS = 8

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
"""A word: letters, possibly joined by apostrophes (straight or curly). Tokens holding digits
or underscores are never words to check."""


class _Dictionary(Protocol):
    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class _AcceptAll:
    """Stands in for a dictionary that could not be loaded: every word is fine."""

    def check(self, word: str) -> bool:
        return True

    def suggest(self, word: str) -> list[str]:
        return []


def _import_enchant() -> Any:
    """The enchant module; raises ImportError/OSError when it or its C library is missing."""
    import enchant

    return enchant


def installed_languages() -> list[str]:
    """Dictionary languages enchant can load here (empty when enchant is missing)."""
    try:
        enchant = _import_enchant()
        return sorted(set(enchant_guard.languages(enchant)))
    except (ImportError, OSError) as e:
        log.info("spell-checking unavailable: %s", e)
        return []


class SpellChecker:
    """Checks words in one language, plus the project's own word list.

    Look-ups are cached per word; changing the language clears the cache.
    """

    def __init__(self, language: str = DEFAULT_LANGUAGE, words: Iterable[str] = ()) -> None:
        self.language = language or DEFAULT_LANGUAGE
        self.problem = ""
        """Why words are not being checked, or "" when the dictionary is loaded."""
        self._reported: set[str] = set()
        self._words: set[str] = set()
        self._folded_words: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._dictionary: _Dictionary | None = None
        self.set_words(words)

    @property
    def active(self) -> bool:
        """True when a real dictionary checks words (False when everything is accepted)."""
        self._load()
        return not self.problem

    def set_language(self, language: str) -> None:
        language = language or DEFAULT_LANGUAGE
        if language != self.language:
            self.language = language
            self._dictionary = None
            self._cache.clear()
            self.problem = ""

    def set_words(self, words: Iterable[str]) -> None:
        """Replace the project's word list (words always accepted)."""
        self._words = {w for w in (w.strip() for w in words) if w}
        self._folded_words = {w.casefold() for w in self._words}
        self._cache.clear()

    def add_word(self, word: str) -> None:
        word = word.strip()
        if word:
            self._words.add(word)
            self._folded_words.add(word.casefold())
            self._cache.pop(word, None)

    def take_problem(self) -> str | None:
        """The reason spell-checking is off, the first time it is asked for; None otherwise.

        Lets the window say it once instead of at every keystroke.
        """
        self._load()
        if not self.problem or self.problem in self._reported:
            return None
        self._reported.add(self.problem)
        return self.problem

    def check(self, word: str) -> bool:
        """True when `word` is spelled right (or checking is unavailable)."""
        known = self._cache.get(word)
        if known is None:
            known = self._check(word)
            self._cache[word] = known
        return known

    def _check(self, word: str) -> bool:
        # Single letters and all-capital abbreviations (agency and country initials) pass:
        # news text is full of them and no dictionary lists them.
        if len(word) < 2 or word.isupper() or word.casefold() in self._folded_words:
            return True
        plain = word.replace("\u2019", "'")
        if plain.casefold() in self._folded_words:
            return True
        dictionary = self._load()
        try:
            return bool(dictionary.check(plain))
        except Exception as e:  # enchant raises its own errors for odd input
            log.debug("cannot check %r: %s", word, e)
            return True

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Likely corrections for a misspelled word, best first."""
        dictionary = self._load()
        try:
            found = dictionary.suggest(word.replace("\u2019", "'"))
        except Exception as e:
            log.debug("no suggestions for %r: %s", word, e)
            return []
        out: list[str] = []
        for s in found:
            if s not in out and s != word:
                out.append(s)
        return out[:limit]

    def misspellings(self, text: str) -> list[tuple[int, int]]:
        """(start, end) code-point ranges of the misspelled words in `text`."""
        if not text:
            return []
        return [(m.start(), m.end()) for m in _WORD.finditer(text) if not self.check(m.group())]

    def word_at(self, text: str, position: int) -> tuple[int, int, str] | None:
        """The word touching code-point `position` in `text`: (start, end, word)."""
        for m in _WORD.finditer(text):
            if m.start() <= position <= m.end():
                return m.start(), m.end(), m.group()
            if m.start() > position:
                break
        return None

    def _load(self) -> _Dictionary:
        if self._dictionary is not None:
            return self._dictionary
        try:
            enchant = _import_enchant()
        except (ImportError, OSError) as e:
            self.problem = f"Spell-checking is off: the enchant library is not available ({e})."
            self._dictionary = _AcceptAll()
            return self._dictionary
        try:
            self._dictionary = enchant_guard.load(enchant, self.language)
        except Exception as e:  # DictNotFoundError, or an error from a broken provider
            log.info("no %s dictionary: %s", self.language, e)
            self.problem = f"Spell-checking is off: no dictionary for {self.language} is installed."
            self._dictionary = _AcceptAll()
        return self._dictionary
