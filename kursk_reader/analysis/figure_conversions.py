"""A measure given again in another unit in brackets ("152 km/h (94 mph)", "10 miles
(16 km)", "£2 million ($2.5 million)", "40 °C (104 °F)") is the same figure converted for
the reader: it is no second figure of the article, so the article's first figure of that
dimension stays the only one and pairs as such with other articles' figures."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kursk_reader.analysis.figures import Figure

_BETWEEN = re.compile(r"^[^\s(]{0,4}[^\S\n]*\([^\S\n]*$")
"""What may stand between a measure and its bracketed conversion: the rest of its unit
("/h", "²") and the opening bracket."""


def _same_measure(a: Figure, b: Figure) -> bool:
    """Are two figures one measure in two units (one dimension; two currencies)?"""
    if not (a.dimension and b.dimension):
        return False
    if a.dimension.startswith("money") and b.dimension.startswith("money"):
        return True
    return a.dimension == b.dimension


def without_conversions(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures of one article without the conversions of a measure given right
    before them in brackets."""
    ordered = sorted(figures, key=lambda f: f.start)
    dropped: set[int] = set()
    for prev, f in zip(ordered, ordered[1:], strict=False):
        if _same_measure(prev, f) and _BETWEEN.match(text[prev.end : f.start]):
            dropped.add(id(f))
    return [f for f in figures if id(f) not in dropped]
