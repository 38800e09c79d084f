"""Places that are seats: Russian "места", Ukrainian "місця", French "places", Spanish
"plazas" count seats as often as spots, so the lexicon leaves them out. In an article that
counts seats or mandates elsewhere ("19 из 25 мандатов … КПРФ получила четыре места"),
they are seats, and read with the seats' concept (see `figure_concepts.seats_by_capacity`,
which reads the word "seats" beside a figure as a hall's capacity)."""

from __future__ import annotations

from dataclasses import replace

from kursk_reader.analysis.counted_nouns import concept_of
from kursk_reader.analysis.figure_record import Figure
from kursk_reader.analysis.textspans import fold

_PLACES = frozenset(
    """places place platze platz мест места место місць місця місце plazas plaza""".split()
)
_SEATS = frozenset(("seat", "parliamentary_seat"))


def as_seats(figures: list[Figure]) -> list[Figure]:
    """The figures of one article, counts of places marked as seats (the word "seats"
    among the words beside them) when another figure of the article counts seats."""
    if not any(f.noun and concept_of(f.noun)[0] in _SEATS for f in figures):
        return figures
    return [
        replace(f, near=(*f.near, "seats"))
        if f.noun and fold(f.noun.split()[0]) in _PLACES and not f.kind
        else f
        for f in figures
    ]
