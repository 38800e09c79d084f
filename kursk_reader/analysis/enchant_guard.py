"""One lock around the enchant library, which is not safe to use from two threads at once.

The cross-check reads dictionaries in a worker thread while the note editor checks words in
the GUI thread; loading or querying two dictionaries at the same moment crashes libenchant.
Every enchant call in the project goes through here."""

from __future__ import annotations

import threading
from typing import Any

LOCK = threading.RLock()


class LockedDictionary:
    """An enchant dictionary whose look-ups take the lock."""

    def __init__(self, dictionary: Any) -> None:
        self._dictionary = dictionary

    def check(self, word: str) -> bool:
        with LOCK:
            return bool(self._dictionary.check(word))

    def suggest(self, word: str) -> list[str]:
        with LOCK:
            return list(self._dictionary.suggest(word))


def load(enchant: Any, language: str) -> LockedDictionary:
    """`enchant.Dict(language)` under the lock; raises what enchant raises."""
    with LOCK:
        return LockedDictionary(enchant.Dict(language))


def exists(enchant: Any, language: str) -> bool:
    with LOCK:
        return bool(enchant.dict_exists(language))


def languages(enchant: Any) -> list[str]:
    with LOCK:
        return list(enchant.list_languages())
