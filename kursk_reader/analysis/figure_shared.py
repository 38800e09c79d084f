"""Two figures of two articles tied by what stands beside them rather than by their counted
noun, which the lexicon may not know and another language words differently:

- parts of one whole: "cuatro de las doce jaulas" / "six of its twelve pens" (an equal
  whole says both count the same kind of part);
- one action, when one of them counts by a word that counts anything ("specimens",
  "ejemplares", "Stück", "особей"): "ha recapturado 8.300 ejemplares" / "ha recapturado
  11.500 peces" (the same verb, or its cognate, beside each figure, and beside no other
  figure of its article). Two named nouns beside one verb stay apart ("revisan 35
  contenedores" / "revisan 28 grúas").

Both are used once the groups with stronger evidence are formed, for figures still alone."""

from __future__ import annotations

from collections.abc import Callable

from kursk_reader.analysis.figure_context import latin_key
from kursk_reader.analysis.figures import Figure
from kursk_reader.analysis.numbers import read_number
from kursk_reader.analysis.textspans import fold

_OF = frozenset("of из з із de des du del der von".split())
_OWNERS = frozenset(
    """the its their his her las los les la el sus su ses leurs der die den des seiner ihrer
    seinen ihren его их її""".split()
)
"""Determiners and possessives between "of" and the whole ("six of its twelve pens")."""

_MIN_WHOLE = 3
"""A whole of two ("one of the two pilots") says too little about what is counted."""
_MIN_ACTION = 6
"""Letters a word beside two figures needs before it ties them ("recaptured"): shorter
words ("said", "total") stand beside anything."""
_SAME_START = 7
"""Letters two action words must begin with alike, in Latin letters, to be one word or its
cognate ("rekaptur-ado" / "rekaptur-ed"): five ("invest-igating" / "invest-oriv") ties
unrelated words."""


def whole_of(f: Figure) -> float | None:
    """The whole a figure is a part of ("cuatro de las doce jaulas" -> 12), or None."""
    words = fold(f.quote).split()
    for k, w in enumerate(words[1:-1], start=1):
        if w in _OF:
            rest = words[k + 1 :]
            while rest and rest[0] in _OWNERS:
                rest = rest[1:]
            got = read_number(rest)
            if got is None or got[0] <= f.number or got[0] < _MIN_WHOLE:
                return None
            return got[0]
    return None


_CLASSIFIERS = (
    "specimen individual unit piece exemplar ejemplar individuo unidad pieza stuck einheit "
    "individu unite piece exempl особ экземпляр единиц штук примірник одиниц"
).split()
"""Starts of folded nouns that count things of any kind (specimens, individuals, units,
pieces) in the six languages: what they count is named elsewhere."""


def _classifier(f: Figure) -> bool:
    words = fold(f.noun).split()
    return bool(words) and words[-1].startswith(tuple(_CLASSIFIERS))


def _free(f: Figure) -> bool:
    return not (f.dimension or f.percent or f.kind)


def shared_pairs(
    figures: list[Figure],
    groups: list[list[int]],
    relaxed: Callable[[int, int], float],
) -> dict[tuple[int, int], float]:
    """Pairs (figure still alone, figure of another article whose group lacks the first's
    article), both with counted nouns the lexicon does not know, that are parts of an equal
    whole or stand beside one action word that no other figure of either article stands
    beside; scored by `relaxed` (the pair score with the counted noun let go), which still
    refuses other events and far values. Joins are then checked against every member."""
    free = [i for i, f in enumerate(figures) if _free(f)]
    group_of = {i: n for n, g in enumerate(groups) for i in g}
    articles = [{figures[i].article_id for i in g} for g in groups]
    alone = [i for i in free if len(groups[group_of[i]]) == 1]
    if not alone:
        return {}
    words: dict[int, set[str]] = {
        i: {w for w in figures[i].near_lower if len(w) >= _MIN_ACTION} for i in free
    }
    everywhere: dict[int, list[str]] = {}
    for f in figures:
        everywhere.setdefault(f.article_id, []).extend(
            w for w in f.near_lower if len(w) >= _MIN_ACTION
        )
    wholes = {i: whole_of(figures[i]) for i in free}
    out: dict[tuple[int, int], float] = {}
    for x in alone:
        for y in free:
            a, b = figures[x], figures[y]
            if a.article_id in articles[group_of[y]] or (min(x, y), max(x, y)) in out:
                continue
            tied = wholes[x] is not None and wholes[x] == wholes[y]
            if not tied and (_classifier(a) or _classifier(b)):
                tied = any(
                    _akin(u, v)
                    and _once(u, everywhere[a.article_id])
                    and _once(v, everywhere[b.article_id])
                    for u in words[x]
                    for v in words[y]
                )
            if tied:
                s = relaxed(min(x, y), max(x, y))
                if s > 0:
                    out[(min(x, y), max(x, y))] = s
    return out


_LEAD_DIMENSIONS = ("duration",)
"""Dimensions whose first measure in an article is its story's span ("stuck for four hours",
"Понад п'ять годин ... чекали"): later ones are of other things (when water came, a
previous breakdown)."""


def lead_measures(
    figures: list[Figure],
    groups: list[list[int]],
    relaxed: Callable[[int, int], float],
) -> dict[tuple[int, int], float]:
    """Pairs (a duration still alone that is the first of its article's body, the first
    duration of another article's body whose group lacks the first's article), scored by
    `relaxed`, when the second is already one figure of two articles, or a third
    article's first duration has its very value (then that pair too): two articles' first
    spans alone may be two things ("the search lasted five hours" / "the road was shut for
    eight hours")."""
    group_of = {i: n for n, g in enumerate(groups) for i in g}
    articles = [{figures[i].article_id for i in g} for g in groups]
    first: dict[tuple[int, str], int] = {}
    for i, f in enumerate(figures):  # body figures come before the headline's
        if f.dimension in _LEAD_DIMENSIONS and not f.quote.endswith("-" + f.noun):
            first.setdefault((f.article_id, f.dimension), i)  # never "12-hour shifts"
    given = {(f.article_id, f.dimension, f.measure) for f in figures if f.dimension}
    leads = sorted(first.values())
    out: dict[tuple[int, int], float] = {}
    for x in leads:
        if len(groups[group_of[x]]) != 1:
            continue
        for y in leads:
            a, b = figures[x], figures[y]
            if a.dimension != b.dimension or a.article_id in articles[group_of[y]]:
                continue
            if (a.article_id, a.dimension, b.measure) in given or (
                b.article_id,
                b.dimension,
                a.measure,
            ) in given:
                continue  # "in less than a week" / "en trois jours", and "three days" too
            if len(articles[group_of[y]]) < 2:
                z = next(
                    (
                        z
                        for z in leads
                        if figures[z].article_id not in (a.article_id, b.article_id)
                        and figures[z].dimension == b.dimension
                        and figures[z].measure == b.measure
                    ),
                    None,
                )
                if z is None:
                    continue  # two articles' first spans alone may be two things
                sz = relaxed(min(y, z), max(y, z))
                if sz <= 0:
                    continue
                out[(min(y, z), max(y, z))] = sz
            s = relaxed(min(x, y), max(x, y))
            if s > 0:
                out[(min(x, y), max(x, y))] = s
    return out


def _once(word: str, beside: list[str]) -> bool:
    """Does the word (or its cognate) stand beside only one figure of the article?"""
    return sum(1 for w in beside if _akin(word, w)) == 1


def _akin(x: str, y: str) -> bool:
    kx, ky = latin_key(x), latin_key(y)
    return (
        len(kx) >= _SAME_START and len(ky) >= _SAME_START and kx[:_SAME_START] == ky[:_SAME_START]
    )
