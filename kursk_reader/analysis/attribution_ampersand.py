"""A body's name joined by "&" ("Lehnert & Voss", "Procter & Gamble", "Brandt & Söhne"):
the readings before and after a cue stop at the "&", which is no word; the source is made
whole on both sides so that one half never stands for the firm."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.textspans import UPPER

_NAME = rf"[{UPPER}][\w'’.-]*(?:[ \u00a0]+[{UPPER}][\w'’.-]*)?"
_AFTER = re.compile(rf"[ \u00a0]*&[ \u00a0]*(?P<name>{_NAME})")
_BEFORE = re.compile(rf"(?<![\w&])(?P<name>[{UPPER}][\w'’.-]*)[ \u00a0]*&[ \u00a0]*$")


def with_ampersand(text: str, found: list[Found]) -> None:
    """Extend each source that ends right before "& Name" or starts right after "Name &"."""
    for f in found:
        start = f.source_start
        end = start + len(f.surface)
        if text[start:end] != f.surface:
            continue
        after = _AFTER.match(text, end) if "&" in text[end : end + 3] else None
        if after is not None:
            end = after.start("name") + len(after.group("name").rstrip("."))
            f.end = max(f.end, end)
        before = _BEFORE.search(text, max(0, start - 40), start) if start else None
        if before is not None and "&" in text[max(0, start - 3) : start]:
            start = before.start("name")
            f.start = min(f.start, start)
        if (start, end) != (f.source_start, f.source_start + len(f.surface)):
            f.source_start, f.surface = start, text[start:end]
