"""Each text read once while the name and quote steps go over a project: its tokens and
capitalised runs (and, through `readings_kept`, its name mentions) are kept for the length of
a `reading_once` block, per thread: those steps read every article several times, more often
than small caches hold."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, TypeVar

from kursk_reader.analysis.textspans import Token, name_runs, tokens

_T = TypeVar("_T")

_reads = threading.local()
"""This thread's readings kept by `reading_once` (`kept`: None outside such a block)."""


@contextmanager
def reading_once() -> Iterator[None]:
    """Within the block, each text's tokens, name runs and name mentions are worked out once
    and kept until the block ends: the quote steps read all of a project's articles three
    times over, more than the small caches below hold. Nested blocks share the outer one."""
    outer = getattr(_reads, "kept", None)
    if outer is not None:
        yield
        return
    _reads.kept = {}
    try:
        with _collector_paused():
            yield
    finally:
        _reads.kept = None


_pausing = threading.Lock()
_paused = {"blocks": 0, "was_on": False}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the block runs, on again after the last such
    block of any thread ends (if it was on before the first): reading every article makes
    about a million small tuples and lists holding no cycles, and the collector's passes
    over them took a quarter of the step. Memory freed by reference counting is unaffected."""
    with _pausing:
        if _paused["blocks"] == 0:
            _paused["was_on"] = gc.isenabled()
            gc.disable()
        _paused["blocks"] += 1
    try:
        yield
    finally:
        with _pausing:
            _paused["blocks"] -= 1
            if _paused["blocks"] == 0 and _paused["was_on"]:
                gc.enable()


def text_tokens(text: str) -> list[Token]:
    """`textspans.tokens` of a text, kept: the name steps read every text several times.
    Callers must not change the list."""
    return kept_reading(("tokens", text), lambda: _cached_tokens(text))


@lru_cache(maxsize=256)
def _cached_tokens(text: str) -> list[Token]:
    return tokens(text)


def text_runs(text: str) -> list[tuple[int, int]]:
    """`textspans.name_runs` over `text_tokens`, kept likewise (never to be changed)."""
    return kept_reading(("runs", text), lambda: _cached_runs(text))


@lru_cache(maxsize=256)
def _cached_runs(text: str) -> list[tuple[int, int]]:
    return name_runs(text, text_tokens(text))


def kept_reading(key: tuple[Any, ...], make: Callable[[], _T]) -> _T:
    """`make()`, worked out once per key inside a `reading_once` block (always outside)."""
    kept = readings_kept()
    if kept is None:
        return make()
    found: _T | None = kept.get(key)
    if found is None:
        found = kept[key] = make()
    return found


def readings_kept() -> dict[Any, Any] | None:
    """This thread's kept readings inside a `reading_once` block, else None."""
    kept: dict[Any, Any] | None = getattr(_reads, "kept", None)
    return kept
