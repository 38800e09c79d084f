"""What the values of one group of figures say: whether two versions of a figure disagree
beyond their hedges and bounds (`conflict`), and the group given in one unit for the reader
(`in_one_unit`)."""

from __future__ import annotations

import math
from dataclasses import replace

from kursk_reader.analysis.figure_units import MILE_SCALES
from kursk_reader.analysis.figures import Figure

_BOUND_SLACK = 0.2
"""How far a value may sit inside another article's bound and still read as the same figure
("more than 10" and "12" agree; "at least 20" and "27" are two different counts): lower
reports more rounding as disagreement, higher hides figures that merely fit a loose bound."""
_CONVERTED_SLACK = 0.1
"""How far two values in different units of one dimension may differ after conversion and
still agree ("14 miles" = 22.5 km reported as "22 km"; "3 hours" as "180 minutes"): outlets
round converted figures; wider would hide real differences ("14 miles" vs "20 km")."""


_LOWER_BOUNDS = frozenset(
    """more than|over|upwards of|at least|just over|не менее|по меньшей мере|как минимум|более|
    больше|свыше|не менше|більш ніж|більше|понад|щонайменше|принаймні|mehr als|mindestens|über|
    plus de|au moins|más de|al menos|por lo menos""".replace("\n", "").split("|")
)
_UPPER_BOUNDS = frozenset(
    """less than|fewer than|up to|under|just under|не более|менее|меньше|до|менше|weniger als|
    bis zu|moins de|jusqu'à|jusqu’à|menos de|hasta""".replace("\n", "").split("|")
)


def _interval(f: Figure) -> tuple[float, float, bool]:
    """(low, high, is a bound) of what the figure allows: "more than 10" -> (10, inf, True);
    a plain or approximate value ("about 15,000") is a point."""
    hedge = " ".join(f.hedge.lower().split())
    if hedge in {h.strip() for h in _LOWER_BOUNDS}:
        return f.measure, math.inf, True
    if hedge in {h.strip() for h in _UPPER_BOUNDS}:
        return 0.0, f.measure, True
    return f.measure, f.measure, False


_ROUNDING_STEPS = 2
"""How many of a bound's rounding steps a value may exceed it by and still fit it ("more than
140" is what an outlet writes for 141 to 159; "160" is another count, though within 20 %)."""
_MIN_STEPPED_BOUND = 20
"""Bounds below this are judged by `_BOUND_SLACK` alone ("more than a dozen" and "14")."""


def _rounding_step(edge: float) -> float:
    """The unit a bound was rounded to, in its own unit: the largest power of ten dividing it
    (140 -> 10, 200 -> 100, 15,000 -> 1,000); infinite (no limit) for small or fractional
    bounds."""
    if edge < _MIN_STEPPED_BOUND or edge != int(edge):
        return math.inf
    step = 1
    while int(edge) % (step * 10) == 0:
        step *= 10
    return float(step)


def conflict(a: Figure, b: Figure) -> bool:
    """Do two versions of one figure disagree? Equal values never do. A value inside the
    other's stated bound does not ("12" and "more than 10" can both be true), but two
    different bounds do ("more than a dozen" vs "more than ten": the outlets give different
    figures), and so do two different values, approximate or not ("about 15,000" vs
    "around 12,000"). An approximate value half the bound's rounding step or more past it
    is a figure of its own ("more than 300" / "about 350"), an exact one must go further
    ("more than 140" / "145" agree)."""
    if a.number == b.number and (a.scale == b.scale or {a.scale, b.scale} == MILE_SCALES):
        return False  # "3,890 miles" at sea are the other outlet's "3 890 nautical miles"
    la, ha, bound_a = _interval(a)
    lb, hb, bound_b = _interval(b)
    if bound_a != bound_b:
        point, (lo, hi) = (b, (la, ha)) if bound_a else (a, (lb, hb))
        if not lo <= point.measure <= hi:
            return True
        edge = lo if hi == math.inf else hi
        gap = abs(point.measure - edge)
        bound = a if bound_a else b
        step = _rounding_step(bound.number) * bound.scale
        if point.hedge and step != math.inf and gap >= step / 2:
            return True  # "plus de 300" / "about 350": a rounded figure of its own
        return gap > _BOUND_SLACK * edge or gap >= _ROUNDING_STEPS * step
    if a.scale != b.scale:  # "14 miles" and "22 km": a converted figure is rounded
        return abs(a.measure - b.measure) > _CONVERTED_SLACK * max(a.measure, b.measure)
    return True


_WHOLE_STEPS = 2
"""A figure is re-expressed in a smaller unit only when it comes out whole or in halves."""


def in_one_unit(group: list[Figure]) -> list[Figure]:
    """The group with every figure's number in the smallest unit any member uses, when
    each comes out whole or in halves ("2 доби" beside "36 hours" is 48 hours; "media hora"
    beside "40 minutes" is 30 minutes), so the values a reader compares are like for like.
    What was written stays in `value` and `quote`; converted units that do not divide
    ("14 miles" beside "22 km") keep their own numbers."""
    scales = {f.scale for f in group if f.dimension}
    if len(scales) < 2 or len({f.dimension for f in group}) != 1:
        return group
    smallest = min(scales)
    converted = [f.measure / smallest for f in group]
    if any(abs(v * _WHOLE_STEPS - round(v * _WHOLE_STEPS)) > 1e-9 for v in converted):
        return group
    return [replace(f, number=v, scale=smallest) for f, v in zip(group, converted, strict=True)]
