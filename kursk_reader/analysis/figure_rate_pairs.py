"""Pairs of rates: the one count of an article given per one period ("eight crossings a
day") pairs with the one count of another article given per that period ("шість рейсів на
добу"), whatever nouns they use. Periods are read by `figure_rates`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from kursk_reader.analysis.figure_links import consistent
from kursk_reader.analysis.figures import Figure


def rate_pairs(
    figures: list[Figure],
    score: Mapping[tuple[int, int], float],
    relaxed: Callable[[int, int], float],
) -> dict[tuple[int, int], float]:
    """Pairs of counts that are each the only count of their article given per one period
    ("eight crossings a day" / "шість рейсів на добу" / "six sailings a day"), when
    `relaxed` (the pair score with the counted noun let go) allows or, failing that, nothing
    written says they count different things (`figure_links.consistent`)."""
    per_article = Counter(
        (f.article_id, f.per) for f in figures if f.per and not (f.dimension or f.percent)
    )
    lone = [
        i
        for i, f in enumerate(figures)
        if f.per and not (f.dimension or f.percent) and per_article[(f.article_id, f.per)] == 1
    ]
    out: dict[tuple[int, int], float] = {}
    for m, x in enumerate(lone):
        for y in lone[m + 1 :]:
            a, b = figures[x], figures[y]
            if (x, y) in score or a.article_id == b.article_id or a.per != b.per:
                continue
            s = relaxed(x, y)
            if s <= 0 and consistent(a, b, same_language=False, partitive=False):
                s = RATE_SCORE  # "carries 9,000 vehicles a day" / "täglich 12.000 Fahrzeuge"
            if s > 0:
                out[(x, y)] = s
    return out


RATE_SCORE = 0.3
"""Pair score of two lone rates of one period that nothing written sets apart but an event
one of them names ("which carries 9,000 vehicles a day" / "täglich fahren 12.000
Fahrzeuge"): the shared period is the evidence."""
