"""Links between figures beyond the evidence of `figure_groups.similarity`:

- `consistent`: whether anything written says two figures count different things; groups
  merge transitively when one link is evidenced and every other member pair is merely
  consistent ("12 days" pairs with "11 jours", "11 jours" with "eleven days", so the three
  are one group though the two English wordings share no word);
- `equal_value_pairs`: two articles giving one unround value ("19 crew" / "Nineteen
  sailors") tie those figures when nothing contradicts;
- `leftover_pairs`: across languages, the one measure of a dimension left unpaired in each
  of two articles that already share one;
- `alone_in_unit`, `alone_in_range`: whether two measures are each the only one of their
  kind in their article, which `figure_groups.similarity` lets stand for a shared word."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_context import cognates, contrary_senses, senses
from kursk_reader.analysis.figure_guards import target
from kursk_reader.analysis.figure_terms import spans_back
from kursk_reader.analysis.figure_units import unit_family
from kursk_reader.analysis.figures import Figure, stem
from kursk_reader.analysis.numbers import transposed
from kursk_reader.analysis.textspans import fold

MAX_RATIO = 4.0
"""Values further apart than this factor are not two versions of one figure."""


def within_ratio(a: Figure, b: Figure) -> bool:
    """Are two values close enough (after units) to be versions of one figure?"""
    lo, hi = a.measure, b.measure
    if lo > hi:
        lo, hi = hi, lo
    if a.scale == b.scale and transposed(a.number, b.number):
        return True  # "17" / "71": one outlet's slip
    return lo > 0 and hi <= MAX_RATIO * lo


def noun_stems(figure: Figure) -> set[str]:
    """Stems of the lower-case words of a counted noun phrase that are no event words
    ("urnas impugnadas" -> {"urnas", "impug"}): a noun the lexicon does not know may stand
    first or last in its phrase, depending on the language."""
    if figure.noun in ("", "%"):
        return set()
    return {
        stem(w)
        for w in figure.noun.split()
        if w[:1].islower() and len(fold(w)) >= 3 and not concepts.event_of(w)
    }


def consistent(
    a: Figure, b: Figure, same_language: bool, partitive: bool, strict: bool = False
) -> bool:
    """Could two figures of two articles count one thing, as far as anything written says?
    Not when their values are far apart, they are of different dimensions or incompatible
    classes, their events disagree, their measures name contrary senses or relations, one
    is a part and the other not (`partitive`: the two differ in that). `strict`, for a pair
    that nothing else ties: in one language, two nouns the lexicon does not know must share
    a stem ("28 contenedores" / "28 grúas" stay apart however equal). Inside a group one
    evidenced link is enough for such nouns."""
    if a.article_id == b.article_id or partitive or not within_ratio(a, b):
        return False
    if (a.kind == "%") != (b.kind == "%") or a.dimension != b.dimension:
        return False
    if a.per and b.per and a.per != b.per:
        return False
    if target(a) != target(b):
        return False  # a sum set before a sale, or advised, is no version of what is
    if a.kind and b.kind and not a.dimension and not concepts.compatible_nouns(a.kind, b.kind):
        return False  # units of one dimension ("hours" / "minutes") are one measure
    if strict and not a.kind and not b.kind and same_language:
        if not noun_stems(a) & noun_stems(b):
            return False
    if not concepts.compatible_events(a.event, b.event):
        return False
    if (a.kind in concepts.MEASURES or b.kind in concepts.MEASURES) and contrary_senses(
        a.near, b.near
    ):
        return False
    if a.relation and b.relation and a.relation != b.relation and not spans_back(a, b):
        return bool(senses(a.near) & senses(b.near))
    return True


EQUAL_VALUE_SCORE = 0.2
"""Pair score of two figures tied only by an equal, specific value: below every pair with
evidence of what is counted, so those are joined first."""
_MIN_SPECIFIC = 10
"""Values below this recur in any report for unrelated things (two vehicles, five hours)."""


def specific(figure: Figure) -> bool:
    """Is the value one an outlet would not give for another thing of the same story by
    chance: at least `_MIN_SPECIFIC` and not a round ten (19, 47, 312, 1.2 million are; 3,
    20, 100 are not)? A hedge does not make it less so: "about 1,400 hives" / "rund
    vierzehnhundert Bienenvölker" are one figure as much as "19 crew" / "Nineteen sailors".
    A share is specific when written with a decimal ("61,2 %" / "61.2%"), never round
    ("40 percent")."""
    n = figure.number
    if figure.percent:
        return n != int(n) and n >= 1  # "61,2 %" / "61.2%", not "40 percent"
    if n < _MIN_SPECIFIC:
        return False
    return n != int(n) or len(f"{n:.0f}".rstrip("0")) >= 2


def equal_value_pairs(
    figures: list[Figure], score: Mapping[tuple[int, int], float], languages: Mapping[int, str]
) -> dict[tuple[int, int], float]:
    """Pairs of figures of two articles with one specific value (see `specific`) that
    nothing contradicts (`consistent`): "19 crew members" / "Nineteen sailors", "47 ballot
    boxes" / "47 urnas". Two outlets agreeing on an unround number are most likely giving
    the same figure, whatever noun counts it; once tied, the group may take in a third
    article's different value by evidence (transitive merge)."""
    by_value: dict[tuple[float, float], list[int]] = {}
    for i, f in enumerate(figures):
        if specific(f):
            by_value.setdefault((f.number, f.scale), []).append(i)
    out: dict[tuple[int, int], float] = {}
    for idxs in by_value.values():
        for m, x in enumerate(idxs):
            for y in idxs[m + 1 :]:
                a, b = figures[x], figures[y]
                if (x, y) in score or a.article_id == b.article_id:
                    continue
                same = languages.get(a.article_id) == languages.get(b.article_id)
                if consistent(a, b, same, partitive=False, strict=True):
                    out[(x, y)] = EQUAL_VALUE_SCORE
    return out


LEFTOVER_SCORE = 0.15
"""Pair score of two measures tied only by being what is left of their dimension."""


def leftover_pairs(
    figures: list[Figure],
    groups: list[list[int]],
    score: Mapping[tuple[int, int], float],
    languages: Mapping[int, str],
) -> dict[tuple[int, int], float]:
    """Across two languages, where no word in common can be expected: when two articles give
    several measures of one dimension and, among those not yet grouped with the other
    article's, exactly one of each could be the other (nothing contradicts, values within
    `MAX_RATIO`, events agree), those two are one figure ("38,000 tonnes of iron ore" pairs
    by its verb, so "450 tonnes of fuel oil" / "540 toneladas de fuelóleo" are what
    remains; a leftover too far from the other's value is not in the way). At least one
    measure of the dimension must already be shared by the two articles: two durations
    against one, none shared, stay ambiguous. The lone measure of each
    article already pairs (`figure_groups._measures_pair`); this extends "the only one" to
    "the only one left". Lengths are left out: what is left of them is as often a distance
    from another place ("3 km away") as the same extent ("cut for 12 km")."""
    group_of = {i: k for k, g in enumerate(groups) for i in g}
    articles_in = [{figures[i].article_id for i in g} for g in groups]
    by_article: dict[tuple[int, str], list[int]] = {}
    for i, f in enumerate(figures):
        if f.dimension and f.dimension != "length":
            by_article.setdefault((f.article_id, f.dimension), []).append(i)
    out: dict[tuple[int, int], float] = {}
    keys = sorted(by_article)
    for m, (art_a, dim) in enumerate(keys):
        for art_b, dim_b in keys[m + 1 :]:
            la, lb = languages.get(art_a, ""), languages.get(art_b, "")
            if dim_b != dim or art_a == art_b or not la or not lb or la == lb:
                continue
            xs, ys = by_article[(art_a, dim)], by_article[(art_b, dim)]
            if len(xs) == len(ys) == 1:
                continue  # the lone measures: judged by `similarity`
            left_x = [i for i in xs if art_b not in articles_in[group_of[i]]]
            left_y = [i for i in ys if art_a not in articles_in[group_of[i]]]
            if len(left_x) == len(xs):
                continue  # no measure of this kind is shared yet: nothing to go by

            def fits(i: int, k: int) -> bool:
                a, b = figures[i], figures[k]
                return a.event == b.event and consistent(
                    a, b, same_language=False, partitive=False, strict=True
                )

            for x in left_x:
                ys_fit = [y for y in left_y if fits(x, y)]
                if len(ys_fit) != 1 or [i for i in left_x if fits(i, ys_fit[0])] != [x]:
                    continue  # the one left must be the only one that fits, both ways
                pair = (min(x, ys_fit[0]), max(x, ys_fit[0]))
                if pair not in score:
                    out[pair] = LEFTOVER_SCORE
    return out


def alone_in_range(figures: list[Figure], a: Figure, b: Figure) -> bool:
    """Is a the only measure of its article in its dimension (a sum in its currency) within
    `MAX_RATIO` of b? A fine of €50,000 beside €1.24 million embezzled leaves the million the
    article's only sum of that size, as another article's "1,4 million d'euros" is of its
    own; a "200-mile zone" beside "seven nautical miles" leaves the seven alone near "5
    millas". Used for sums in any pair of articles, for lengths across languages (see
    `lone_lengths`)."""
    return not any(
        f is not a
        and f.article_id == a.article_id
        and f.dimension == a.dimension
        and not f.percent
        and within_ratio(f, b)
        for f in figures
    )


def lone_lengths(a: Figure, b: Figure) -> bool:
    """May two lengths of two languages pair as each the only one of its article in range
    (`alone_in_range`)? Only in the same unit, and when the words beside them name the same
    senses or none ("5 millas" / "seven nautical miles"; not "cortada en 12 km" / "3 km
    away"). Durations are left out: "five hours" beside "two days" is two spans of time."""
    return (
        a.dimension == "length"
        and unit_family(a.kind) == unit_family(b.kind)
        and a.relation == b.relation
        and senses(a.near) == senses(b.near)
    )


def alone_in_unit(
    a: Figure,
    b: Figure,
    per_unit: Mapping[tuple[int, str], int],
    units: Mapping[tuple[int, str], set[str]],
) -> bool:
    """Are two measures of two articles each the only one in their unit, where both
    articles give their dimension in the same units ("понад чотири години" and "шість діб"
    / "more than four hours" and "five days": the hours are one figure, the days another)?
    A length must also say alike whether it is a distance from somewhere ("3 km away")."""
    ka, kb = unit_family(a.kind), unit_family(b.kind)
    if not a.dimension or ka != kb or (a.relation == "from") != (b.relation == "from"):
        return False  # an extent ("160 metres of") and a length no word qualifies may be one
    if units[(a.article_id, a.dimension)] != units.get((b.article_id, b.dimension)):
        return False
    return per_unit[(a.article_id, ka)] == 1 == per_unit[(b.article_id, kb)]


def parallel_sentences(figures: list[Figure]) -> Iterator[tuple[list[int], list[int]]]:
    """Pairs of sentences of two articles holding as many figures, two or more (figure
    indexes in text order): the candidates for pairing figures by their place in a sentence."""
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(figures):
        if f.sentence >= 0:
            by_sentence.setdefault((f.article_id, f.sentence), []).append(i)
    multi = [xs for xs in by_sentence.values() if len(xs) >= 2]
    for m, xs in enumerate(multi):
        for ys in multi[m + 1 :]:
            if len(xs) == len(ys) and figures[xs[0]].article_id != figures[ys[0]].article_id:
                yield xs, ys


def shared_anchor(figures: list[Figure], xs: list[int], ys: list[int]) -> bool:
    """Do two sentences share a word (a cognate, a place or name in either script) besides
    the counted nouns of their figures? Structure alone could be chance ("42 people were
    hurt when two trams crashed" / "38 Menschen verletzt, sieben davon schwer")."""
    nouns = {fold(w) for i in xs + ys for w in figures[i].noun.split()}
    wa = [w for w in figures[xs[0]].sentence_words if w not in nouns]
    wb = [w for w in figures[ys[0]].sentence_words if w not in nouns]
    return any(cognates(x, y) for x in wa for y in wb)


def lead_people(figures: list[Figure]) -> set[int]:
    """Indexes of each article's first figure counting people (any person class), when it
    is also the first figure of the article that is not a measure (time, money, length):
    news stories open with their main count ("86 people were saved" / "92 personnes
    secourues"), so two leads tie even across languages with no word in common. Only the
    first: later people counts (missing, children among them) stay apart; a story that opens
    with a date-like measure keeps its lead, a story opening with another count has none."""
    out: set[int] = set()
    seen: set[int] = set()
    for i, f in enumerate(figures):
        if f.article_id in seen or f.kind in concepts.MEASURES or f.percent:
            continue
        seen.add(f.article_id)
        if f.kind in concepts.PERSON_CLASSES or f.kind == concepts.GENERIC:
            out.add(i)
    return out
