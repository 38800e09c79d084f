"""A name the word readings cut at a sign that is no word: a body's name joined by "&"
("Lehnert & Voss", "Procter & Gamble", "Brandt & Söhne"), made whole on both sides so that
one half never stands for the firm; and a name opening with an elided article ("L'Équipe",
"L'Esportiu"), read as the article alone, made whole after it."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.textspans import UPPER

_NAME = rf"[{UPPER}][\w'’.-]*(?:[ \u00a0]+[{UPPER}][\w'’.-]*)?"
_AFTER = re.compile(rf"[ \u00a0]*&[ \u00a0]*(?P<name>{_NAME})")
_BEFORE = re.compile(rf"(?<![\w&])(?P<name>[{UPPER}][\w'’.-]*)[ \u00a0]*&[ \u00a0]*$")


_ELIDED_REST = re.compile(
    rf"{_NAME}(?:[ \u00a0]+(?:du|de|des|del|de[ \u00a0]la|dels)[ \u00a0]+[{UPPER}][\w'’-]*)*"
)


def with_elision(text: str, found: list[Found]) -> None:
    """Extend each source that is only an elided article ("L'") to the name after it."""
    for f in found:
        if len(f.surface) != 2 or f.surface[1] not in "'’" or not f.surface[0].isupper():
            continue
        end = f.source_start + 2
        rest = _ELIDED_REST.match(text, end) if text[end - 2 : end] == f.surface else None
        if rest is not None:
            name_end = rest.start() + len(rest.group(0).rstrip("."))
            f.surface = text[f.source_start : name_end]
            f.end = max(f.end, name_end)


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
