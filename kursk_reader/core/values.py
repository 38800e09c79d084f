"""Comparing the values outlets give for one claim ("about 15,000" vs "12,000")."""

from __future__ import annotations

import re
import unicodedata

_NUMBER = re.compile(r"\d+(?:[ ,.\u00a0\u202f]\d{3})*(?:[.,]\d+)?")


def _numbers(value: str) -> tuple[float, ...]:
    found = []
    for m in _NUMBER.finditer(value):
        raw = m.group(0)
        # A separator followed by exactly three digits groups thousands; anything else is a
        # decimal mark. Trade-off: "1.500" reads as 1500, as most European outlets mean it.
        groups = re.split(r"[ ,.\u00a0\u202f]", raw)
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
            found.append(float("".join(groups)))
        else:
            found.append(float(raw.replace(",", ".").replace(" ", "")))
    return tuple(found)


def normalize_value(value: str) -> str:
    """A comparable form: the numbers when the value has any, else the folded words."""
    numbers = _numbers(value)
    if numbers:
        return " ".join(f"{n:g}" for n in numbers)
    folded = unicodedata.normalize("NFKD", value.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", folded))


def values_disagree(values: list[str]) -> bool:
    """True when at least two non-empty values differ once normalised."""
    normalised = {normalize_value(v) for v in values if v.strip()}
    normalised.discard("")
    return len(normalised) > 1
