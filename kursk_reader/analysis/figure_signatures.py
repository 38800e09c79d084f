"""Signatures are people who signed: "12 000 signatures" of a petition and "More than 15,000
people signed the petition" count one thing, as do "15 000 подписей" and "15.000
Unterschriften". A count of signatures is read as a count of people with the event
"signed", so it pairs with people who signed (and with signatures) by that event."""

from __future__ import annotations

from dataclasses import replace

from kursk_reader.analysis import concepts
from kursk_reader.analysis.counted_nouns import concept_of
from kursk_reader.analysis.figure_record import Figure

SIGNED = "signed"
"""The event class of signing (see `concepts.EVENTS`)."""


def as_signers(figures: list[Figure]) -> list[Figure]:
    """The figures of one article, counts of signatures read as people who signed."""
    return [
        replace(f, kind=concepts.GENERIC, event=SIGNED)
        if not (f.kind or f.dimension or f.percent)
        and f.noun
        and concept_of(f.noun)[0] == "signature"
        and concepts.compatible_events(f.event, SIGNED)
        else f
        for f in figures
    ]
