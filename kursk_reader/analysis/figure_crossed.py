"""Crossed values: when each of two articles also gives the other's value in the same unit
("100 m" and "200 m" in a report of a swimming final, both in both articles), the two are
two different quantities every outlet names, not two versions of one. Likewise when each
article gives a value near the other's ("60,000 litres" stolen and "18,000" recovered /
"65,000 litres" and "20,000"): far apart as they are, the two pair each with its near one."""

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
        self._values: dict[tuple[int, str], list[float]] = {}
        for f in figures:
            if _what(f) and f.measure > 0:
                self._values.setdefault((f.article_id, _what(f)), []).append(f.measure)

    def crossed(self, a: Figure, b: Figure) -> bool:
        """Does a's article give b's value and b's article a's value, of the same kind (a
        length, a share, a count of one class), with the two values different?"""
        if a.measure == b.measure or a.article_id == b.article_id:
            return False
        if _what(a) != _what(b) or not _what(a):
            return False
        if (a.article_id, _what(b), b.measure) in self._given and (
            b.article_id,
            _what(a),
            a.measure,
        ) in self._given:
            return True
        return _ratio(a.measure, b.measure) >= _FAR and (
            self._near(a.article_id, _what(a), b.measure)
            and self._near(b.article_id, _what(b), a.measure)
        )

    def _near(self, article_id: int, what: str, value: float) -> bool:
        """Does the article give a value of this kind close to `value`?"""
        return any(
            _ratio(v, value) <= _NEAR for v in self._values.get((article_id, what), ()) if v > 0
        )


_FAR = 2.0
"""Values this many times apart are far enough that a near value in each article decides."""
_NEAR = 1.25
"""Values at most this many times apart are near ("18,000" / "20,000", "60,000" / "65,000")."""


def _ratio(x: float, y: float) -> float:
    return max(x, y) / min(x, y) if min(x, y) > 0 else float("inf")
