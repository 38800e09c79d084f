"""Figures that restate another figure of their own article: a headline that rounds the
body's count ("Two dozen children poisoned" over "Twenty-three children were taken to
hospital"), or a second mention of one value ("raises the threshold to 40 days … the
40-day threshold"). A restatement is that figure again, so it never stands for its article
in a second group, where it would pair the value with a count of something else."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_record import Figure
from kursk_reader.analysis.figure_text import headline, stem


def _alike(a: Figure, b: Figure, events: bool = True) -> bool:
    """Could two figures of one article count one thing (one unit, class and, when
    `events`, event)?"""
    if a.percent != b.percent or a.dimension != b.dimension or events and a.event != b.event:
        return False
    if a.dimension:
        return True
    if a.kind and b.kind:
        return concepts.compatible_nouns(a.kind, b.kind)
    heads = [f.noun.split()[-1] if f.noun else "" for f in (a, b)]
    return not (a.kind or b.kind) and bool(heads[0]) and stem(heads[0]) == stem(heads[1])


def _echoed(f: Figure, group: list[Figure]) -> bool:
    """Does another article of the group give f's value?"""
    return any(g.article_id != f.article_id and g.measure == f.measure for g in group)


def _repeated(f: Figure, group: list[Figure], groups: list[list[Figure]]) -> bool:
    """Does another group hold a figure of f's article with f's very value and kind, and
    there another article gives that value while here none does? Then the value belongs
    to that group ("from 34 to 40 days … the 40-day threshold": the 40 is the new limit
    again, not a version of the old 34)."""
    if _echoed(f, group):
        return False
    return any(
        g is not f
        and g.article_id == f.article_id
        and g.number == f.number
        and g.scale == f.scale
        and _alike(f, g)
        and _echoed(g, other)
        for other in groups
        if other is not group
        for g in other
    )


def _headline_only(
    group: list[Figure], in_head: Callable[[Figure], bool], body: list[Figure]
) -> bool:
    """Is every figure of the group its article's headline, rounding a count of the same
    kind its body gives ("Более 30 детей отравились" over "В больницу доставлены 27
    детей")? Headlines summarise; the body's figures are the versions to compare, whatever
    the headline says happened."""
    return all(
        in_head(f) and any(g.article_id == f.article_id and _alike(f, g, False) for g in body)
        for f in group
    )


def without_restatements(
    groups: list[list[Figure]], texts: Mapping[int, str]
) -> list[list[Figure]]:
    """The groups with restating figures taken out (see the module docstring): a group
    made of headline figures only, each rounding a body count of its article, goes; a
    figure whose value and kind another group holds for its article, corroborated there
    and not here, leaves its group."""
    heads = {aid: headline(text) for aid, text in texts.items()}

    def in_head(f: Figure) -> bool:
        head = heads.get(f.article_id)
        return head is not None and head[0] <= f.start < head[0] + len(head[1])

    body = [f for g in groups for f in g if not in_head(f)]
    shared = [g for g in groups if len(g) > 1]  # a lone figure is corroborated nowhere
    out: list[list[Figure]] = []
    for group in groups:
        if len(group) > 1 and _headline_only(group, in_head, body):
            continue
        out.append([f for f in group if len(group) < 2 or not _repeated(f, group, shared)])
    return out
