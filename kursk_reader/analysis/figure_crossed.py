"""Crossed values: when each of two articles also gives the other's value in the same unit
("100 m" and "200 m" in a report of a swimming final, both in both articles), the two are
two different quantities every outlet names, not two versions of one."""

from __future__ import annotations

from kursk_reader.analysis.figures import Figure


def _what(f: Figure) -> str:
    """What a value is of: its dimension for a measure, "%" for a share, else its counted
    class (so "3 dead" and "2 trucks" never cross "2 dead" and "3 trucks")."""
    return f.dimension or ("%" if f.percent else f.kind)


def _key(f: Figure) -> tuple[int, str, float]:
    return (f.article_id, _what(f), f.measure)


class CrossedValues:
    """Every (article, dimension, share or not, value in base units) the figures give."""

    def __init__(self, figures: list[Figure]) -> None:
        self._given = {_key(f) for f in figures}

    def crossed(self, a: Figure, b: Figure) -> bool:
        """Does a's article give b's value and b's article a's value, of the same kind (a
        length, a share, a count of one class), with the two values different?"""
        if a.measure == b.measure or a.article_id == b.article_id:
            return False
        if _what(a) != _what(b) or not _what(a):
            return False
        return (a.article_id, _what(b), b.measure) in self._given and (
            b.article_id,
            _what(a),
            a.measure,
        ) in self._given
