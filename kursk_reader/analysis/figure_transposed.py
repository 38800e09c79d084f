"""Values whose digits are transposed ("4,812" / "4,218", "17" / "71"): a slip of one
outlet's keyboard or copy, so the two are versions of one figure even when their ratio is
larger than two versions of a figure usually differ by, and two unround ones of three digits
or more tie as firmly as an equal unround value does (see `figure_links.equal_value_pairs`)."""

from __future__ import annotations

from collections.abc import Mapping

from kursk_reader.analysis.figure_links import EQUAL_VALUE_SCORE, consistent, specific
from kursk_reader.analysis.figures import Figure
from kursk_reader.analysis.numbers import format_value, transposed

_MIN_TIED_DIGITS = 3
"""Digits two transposed values need to tie without any other evidence: two-digit swaps
("12" / "21") recur by chance in one report."""


def _digits(figure: Figure) -> str:
    """The digits of a positive value, its decimal point left out ("61.2" -> "612")."""
    return format_value(figure.number).replace(".", "") if figure.number > 0 else ""


def transposed_pairs(
    figures: list[Figure], score: Mapping[tuple[int, int], float], languages: Mapping[int, str]
) -> dict[tuple[int, int], float]:
    """Pairs of figures of two articles whose specific values (see `figure_links.specific`),
    of at least `_MIN_TIED_DIGITS` digits, are transpositions of each other and that nothing
    else contradicts (`figure_links.consistent`, strict): "46 812 citoyens ont voté" /
    "46.182 Stimmberechtigte legten ihren Zettel ein"."""
    by_digits: dict[tuple[str, float, bool], list[int]] = {}
    for i, f in enumerate(figures):
        d = _digits(f)
        if len(d) >= _MIN_TIED_DIGITS and specific(f):
            by_digits.setdefault(("".join(sorted(d)), f.scale, f.percent), []).append(i)
    out: dict[tuple[int, int], float] = {}
    for idxs in by_digits.values():
        for m, x in enumerate(idxs):
            for y in idxs[m + 1 :]:
                a, b = figures[x], figures[y]
                if (
                    (x, y) in score
                    or a.article_id == b.article_id
                    or not transposed(a.number, b.number)
                ):
                    continue
                same = languages.get(a.article_id) == languages.get(b.article_id)
                if consistent(a, b, same, partitive=False, strict=True):
                    out[(x, y)] = EQUAL_VALUE_SCORE
    return out
