"""Text helpers: hashing, and the code-point/UTF-16 offset conversion Qt needs."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def text_hash(text: str) -> str:
    """A stable fingerprint of an article's text (sha256 of its UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Utf16Map:
    """Converts between code-point offsets (what we store) and UTF-16 offsets (what Qt counts).

    Only characters outside the Basic Multilingual Plane (emoji, some CJK) take two UTF-16
    units, so we keep their sorted code-point positions and count how many lie before an offset.
    """

    __slots__ = ("_astral", "_astral_u16")

    def __init__(self, text: str) -> None:
        if text.isascii():
            self._astral: list[int] = []
        else:
            self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_u16 = [cp + n for n, cp in enumerate(self._astral)]

    def to_utf16(self, code_point: int) -> int:
        if not self._astral:
            return code_point
        return code_point + bisect_left(self._astral, code_point)

    def to_code_point(self, utf16: int) -> int:
        if not self._astral:
            return utf16
        # Each astral character before the offset took one extra unit; an offset that falls
        # between the two halves of a surrogate pair is moved to the character's start.
        n = bisect_left(self._astral_u16, utf16)
        if n < len(self._astral_u16) and self._astral_u16[n] + 1 == utf16:
            return self._astral[n]
        return utf16 - n
