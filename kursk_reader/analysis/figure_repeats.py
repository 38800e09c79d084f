"""Figures that restate another figure of their own article: a headline that rounds the
body's count ("Two dozen children poisoned" over "Twenty-three children were taken to
hospital"), or a second mention of one value ("raises the threshold to 40 days … the
40-day threshold"). A restatement is that figure again, so it never stands for its article
in a second group, where it would pair the value with a count of something else."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kursk_reader.analysis import concepts
from kursk_reader.analysis.counted_nouns import concept_of
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
        kept = [f for f in group if len(group) < 2 or not _repeated(f, group, shared)]
        out.append([f for f in kept if len(kept) < 3 or not _twin_outside(f, kept, body)])
    return out


def _twin_outside(f: Figure, group: list[Figure], figures: list[Figure]) -> bool:
    """Does another article of the group give f's very value in a figure of f's kind left
    outside the group, while the group holds another value of that article ("14 жалоб" /
    "14 обращений … почти 40 жалоб" / "almost 40 complaints": the 40 is the second
    article's 40, not a version of its 14)? Then f counts something else."""
    if _echoed(f, group):
        return False
    by_article = {g.article_id: g for g in group}
    return any(
        h.article_id in by_article
        and h.article_id != f.article_id
        and h not in group
        and h.measure == f.measure
        and (_alike(f, h) or _one_concept(f, h))
        for h in figures
    )


def _one_concept(a: Figure, b: Figure) -> bool:
    """Are two nouns `concepts` has no class for forms of one lexicon concept ("complaints"
    / "жалоб")?"""
    if a.kind or b.kind or a.dimension or b.dimension or a.event != b.event:
        return False
    concept = concept_of(a.noun)[0] if a.noun else ""
    return bool(concept) and concept == (concept_of(b.noun)[0] if b.noun else "")
