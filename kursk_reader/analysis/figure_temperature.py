"""Temperatures ("+38 градусів", "41 degrees", "minus 50 Grad"): a story often gives several
of them (outside and inside, the air and the water, a site and a store), so two temperatures
of two articles are one figure only when something says what is measured, not merely because
each is its article's only one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from kursk_reader.analysis.textspans import fold

if TYPE_CHECKING:
    from kursk_reader.analysis.figures import Figure

TEMPERATURE = "temperature"
"""The dimension `figure_units` gives a figure counted in degrees."""

_STEMS = ("temperat", "температур")
"""The noun "temperature" in the six languages, folded (temperature, température, Temperatur,
temperatura, температура): a sentence holding it says what its degrees measure."""


def names_temperature(figure: Figure) -> bool:
    """Does the figure's sentence name a temperature ("the temperature inside rose above 40
    degrees", "температура у вагонах сягала +38 градусів")?"""
    return any(w.startswith(_STEMS) for w in figure.sentence_words)


_SIGNS = frozenset("minus plus минус мінус плюс moins menos mas mehr".split())
"""Words of a temperature's sign, folded: every frost is "minus", so they say nothing about
what is measured."""


def temperatures_pair(a: Figure, b: Figure, alike: Callable[[Figure, Figure], bool]) -> bool:
    """May two temperatures pair? When the words beside them other than a sign are alike
    (`alike`, see `figure_groups._measured_alike`), or when both sentences call them a
    temperature: a lone "minus 35 degrees" at a drilling site and a lone "minus 50 Grad" in
    a store are two things."""
    if _fahrenheit(a) != _fahrenheit(b):
        return False  # "100 degrees Fahrenheit" is no version of "41C"
    if names_temperature(a) and names_temperature(b):
        return True
    return alike(_unsigned(a), _unsigned(b))


def _unsigned(f: Figure) -> Figure:
    return replace(f, near=tuple(w for w in f.near if w not in _SIGNS))


def _fahrenheit(f: Figure) -> bool:
    """Is a temperature given in degrees Fahrenheit ("100 degrees Fahrenheit", "212 °F")?"""
    words = fold(f.quote).replace("°", " ").split()
    return "fahrenheit" in words or "fahrenheit" in f.near or words[-1:] == ["f"]
