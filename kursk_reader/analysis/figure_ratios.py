"""Multipliers are no counts: "three times more", "в три раза больше", "trois fois plus",
"tres veces más", "dreimal so viele". A count of times ("streamed 40 million times",
"45 мільйонів разів") is compared; a ratio between two other figures is not."""

from __future__ import annotations

import re

from kursk_reader.analysis.figure_denominations import denomination

_TIMES = re.compile(r"(?:times|mal|раза?|разів|рази|fois|veces)$", re.IGNORECASE)
_COMPARATIVE = re.compile(
    r"^\W*(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|as|the|"
    r"over|больше|меньше|выше|ниже|более|менее|чаще|реже|дороже|дешевле|більше|менше|вище|"
    r"нижче|частіше|рідше|дорожче|дешевше|mehr|weniger|so|höher|größer|kleiner|niedriger|"
    r"plus|moins|más|mas|menos|mayor|menor|superior|inferior)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"\b(?:в|во|у)\s+\S*\s*$", re.IGNORECASE)
"""Russian and Ukrainian say a ratio with "в"/"у" before the number ("в 3 раза")."""


def ratio(text: str, start: int, end: int) -> bool:
    """Is the figure text[start:end], ending in a word for "times", a multiplier?"""
    if not _TIMES.search(text[start:end]):
        return False
    return bool(
        _COMPARATIVE.match(text[end : end + 16]) or _BY.search(text[max(0, start - 4) : start])
    )


def no_quantity(text: str, kind: str, start: int, end: int, number: float) -> bool:
    """A banknote's face value or a multiplier: no quantity to compare across articles."""
    if kind == "times":
        return ratio(text, start, end)
    return kind == "money" and denomination(text, start, end, number)
