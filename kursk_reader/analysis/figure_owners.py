"""Counts something owns: "The hospital has 410 beds", "Das Krankenhaus mit 410 Betten",
"l'hôpital compte 410 lits", "больница на 410 коек". A word of having right before the
number makes the count the owner's property, so what the text says happened to the owner
before ("the hospital" a count was taken to, "the ship that sank") is not what happened to
what is counted."""

from __future__ import annotations

from kursk_reader.analysis.textspans import fold

HAVING = frozenset(
    fold(w)
    for w in """has have had having with hat haben hatte hatten besitzt verfugt mit
    ont avait avaient possede compte comptait dispose avec tiene tienen tenia tenian
    posee cuenta contaba dispone con имеет имеют имел имела имело располагает
    рассчитан рассчитана рассчитано має мають мав мала мало розрахований
    розрахована розраховано""".split()
)
"""Words of having, in the six languages, that stand right before what is had (not the
French "a", which is also the Spanish "a" before a person: "detuvo a 48 manifestantes")."""


def owned(before: list[str]) -> bool:
    """Does a word of having stand right before the number ("has 410 beds")?"""
    return bool(before) and fold(before[-1]) in HAVING
