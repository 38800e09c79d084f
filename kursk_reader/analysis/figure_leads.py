"""Lead counts: news stories open with their main count, and when what it counts has no word
in common across outlets ("Une cinquantaine de globicéphales" / "Fifty-four pilot whales" /
"Unos 50 calderones"), its place as each article's first count is the evidence. People are
paired this way by `figure_links.lead_people`; this does the same for counted things the
lexicon does not know.

Guards: only each article's first figure that is no measure, share or part ("31 of the
52"), of a noun the lexicon does not know; two articles must give the very same value
before the other leads may join them (two leads alone may be two things); and the pair
score with the counted noun let go must allow the pair (events, values in range)."""

from __future__ import annotations

from collections.abc import Callable

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_terms import plain_years
from kursk_reader.analysis.figures import Figure
from kursk_reader.analysis.textspans import fold

_CLOSE = 1.5
"""How far apart a lead may be from the value two articles' leads agree on and still be
their version: the leads share no word, so only a near value keeps them one figure."""
LEAD_COUNT_SCORE = 0.25
"""Pair score of two lead counts: below pairs evidenced by words."""


_TIMES = ("times", "fois", "veces", "mal", "раз", "рази", "разів", "раза")
"""Words of a multiplier ("38 times the limit"): no count at all."""


def _times(f: Figure) -> bool:
    return fold(f.noun.split()[0]) in _TIMES


def _leads(figures: list[Figure], partitive: Callable[[int], bool]) -> list[int]:
    """Each article's first figure that is no measure or share, when it counts a noun the
    lexicon does not know (body figures come before the headline's)."""
    seen: set[int] = set()
    out: list[int] = []
    for i, f in enumerate(figures):
        if f.article_id in seen or f.kind in concepts.MEASURES or f.percent or f.dimension:
            continue
        if plain_years(f.noun, f.kind):
            continue  # "statt vier Jahren", "замість чотирьох років": a span, a measure
        seen.add(f.article_id)
        if not f.kind and f.noun and not f.per and not partitive(i) and not _times(f):
            out.append(i)
    return out


def lead_count_pairs(
    figures: list[Figure],
    groups: list[list[int]],
    partitive: Callable[[int], bool],
    relaxed: Callable[[int, int], float],
) -> dict[tuple[int, int], float]:
    """Pairs of lead counts (see the module docstring) still alone in their groups, once two
    articles' leads agree on a value: those two, and every other lead with each of them,
    when `relaxed` allows."""
    alone = {g[0] for g in groups if len(g) == 1}
    leads = [i for i in _leads(figures, partitive) if i in alone]
    agreed = {
        x
        for x in leads
        for y in leads
        if x != y
        and figures[x].article_id != figures[y].article_id
        and figures[x].number == figures[y].number
    }
    out: dict[tuple[int, int], float] = {}
    for x in sorted(agreed):
        for y in leads:
            if x == y or figures[x].article_id == figures[y].article_id:
                continue
            lo, hi = sorted((figures[x].number, figures[y].number))
            if hi > _CLOSE * lo:
                continue  # "four summer seasons" agreed on leaves "14 researchers" apart
            pair = (min(x, y), max(x, y))
            if pair not in out and relaxed(*pair) > 0:
                out[pair] = LEAD_COUNT_SCORE
    return out
