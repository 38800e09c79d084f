"""People counted where an audience sits: "En las gradas, 11.200 personas", "the stands held
9,000 people", "на трибунах собрались 8 тысяч человек". A count of people in a sentence
that names the stands, a sell-out or the audience of a hall is a count of spectators, and
pairs with "About 10,500 fans" as spectators do, with no word beside it in common."""

from __future__ import annotations

import re
from dataclasses import replace

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_record import Figure

_STANDS = re.compile(
    r"^(?:stands$|grandstands?$|audience|трибун|публик|публік|аншлаг|tribunen$|publikum|"
    r"ausverkauft|gradins$|affluence$|gradas$|graderio|tribunas$|aforo$)"
)
"""Folded words of the stands, an audience or a sell-out in six languages. Left out: words
as often of anything else ("crowd" gathers protesters too, "público" is "public",
"asistencia" is help as often as attendance)."""


def as_audience(figures: list[Figure]) -> list[Figure]:
    """The figures of one article, counts of unnamed people in a sentence of the stands or
    an audience counted as spectators."""
    return [
        replace(f, kind="spectators")
        if f.kind == concepts.GENERIC
        and not f.event
        and any(_STANDS.match(w) for w in (*f.near, *f.sentence_words))
        else f
        for f in figures
    ]
