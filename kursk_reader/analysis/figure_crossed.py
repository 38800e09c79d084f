"""Crossed values: when each of two articles also gives the other's value in the same unit
("100 m" and "200 m" in a report of a swimming final, both in both articles), the two are
two different quantities every outlet names, not two versions of one."""

from __future__ import annotations

from kursk_reader.analysis.figures import Figure


def _key(f: Figure) -> tuple[int, str, bool, float]:
    return (f.article_id, f.dimension, f.percent, f.measure)


class CrossedValues:
    """Every (article, dimension, share or not, value in base units) the figures give."""

    def __init__(self, figures: list[Figure]) -> None:
        self._given = {_key(f) for f in figures}

    def crossed(self, a: Figure, b: Figure) -> bool:
        """Does a's article give b's value and b's article a's value, in the same
        dimension (a count, a length, a share), with the two values different?"""
        if a.measure == b.measure or a.article_id == b.article_id:
            return False
        return (a.article_id, b.dimension, b.percent, b.measure) in self._given and (
            b.article_id,
            a.dimension,
            a.percent,
            a.measure,
        ) in self._given
