"""Pairs of rates: the one count of an article given per one period ("eight crossings a
day") pairs with the one count of another article given per that period ("шість рейсів на
добу"), whatever nouns they use. Periods are read by `figure_rates`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from kursk_reader.analysis.figure_guards import direction
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


def _tag(f: Figure) -> str:
    """What sets a figure apart from others of its class: its period ("a year"), or for a
    share its direction ("fell 18%" beside "8% of staff")."""
    if f.per:
        return f.per
    return "%" + direction(f) if f.kind == "%" and direction(f) else ""


def class_key(f: Figure, tag: str | None = None) -> tuple[int, str, str | None]:
    """What a figure must be the only one of in its article to stand "alone": its class
    (unit dimension or counted-noun class), and with `tag` None its `_tag` too."""
    return (f.article_id, f.dimension or f.kind, _tag(f) if tag is None else None)


def alone_in_class(per_class: Counter[tuple[int, str, str | None]], a: Figure, b: Figure) -> bool:
    """Is each of two figures the only one of its class in its article, or the only one of
    its class given per one same period ("48 000 euros de loyers par an" / "52,000 euros a
    year in rent", each beside a fine of "80 000 euros"), or the only share of its article
    that rose, or that fell ("Die Aktie verlor 18 Prozent" beside "ein Minus von acht
    Prozent" of the trade)? `per_class` counts `class_key` with and without the tag."""
    if per_class[class_key(a, "")] == 1 == per_class[class_key(b, "")]:
        return True
    tag = _tag(a)
    return bool(tag) and tag == _tag(b) and per_class[class_key(a)] == 1 == per_class[class_key(b)]
