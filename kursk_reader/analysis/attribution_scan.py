"""Cheap gates for the attribution finders that would otherwise scan every text in full.

A finder asks `may_hold(text, gates)` with the fixed words (and regexes) every match of its
own patterns holds in lower case, and skips its slow scan when the text holds none; `matches_at` runs a pattern only where it can start, with the same result as
`finditer`. Both leave the finders' output unchanged: they only skip work that finds nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

_CASE_ODD = re.compile("[\u0131\u017f\u1e9b\u1c80-\u1c88]")
"""Letters whose lower case is not the one re.IGNORECASE compares them with (dotless i,
long s, old Cyrillic letter forms): a text holding one is always scanned."""


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """text.lower(), or None when a letter's lower case is longer or not what
    re.IGNORECASE matches it with (then no gate may skip the text)."""
    low = text.lower()
    if len(low) != len(text) or _CASE_ODD.search(text):
        return None
    return low


def may_hold(text: str, gates: tuple[tuple[str, re.Pattern[str] | None], ...]) -> bool:
    """False only when no gate holds in the lower-cased text: a gate (word, regex) holds when
    the word is in it and, with a regex, the regex matches it too. A finder lists gates so
    that each of its matches, lower-cased, holds one."""
    low = lowered(text)
    if low is None:
        return True
    for word, rx in gates:  # a plain loop: cheaper than any() over a generator, called often
        if word in low and (rx is None or rx.search(low) is not None):
            return True
    return False


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern that never matches the empty string, when every
    match starts at one of `starts` (strictly ascending): the pattern is tried only there,
    skipping starts inside the last match, as finditer does."""
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            pos = m.end()
