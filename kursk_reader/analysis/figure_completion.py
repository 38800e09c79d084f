"""Completing groups of figures: a figure of a third article that gives the same count by
another noun ("14 поездов" / "14 trains" / "18 составов", "312 votes" / "312 votos" / "418
sufragios") shares no word with the group, so no pair score ties it. When a group already
spans two articles, the one figure of another article that is still alone and could be a
version of every member (see `figure_links.consistent`), and could join no other group, is
taken in."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_context import cognates, latin_key
from kursk_reader.analysis.figure_links import consistent, parallel_sentences
from kursk_reader.analysis.figures import Figure
from kursk_reader.analysis.textspans import fold

COMPLETION_SCORE = 0.1
"""Pair score of a figure taken into a group only because it is the one that fits: below
every pair with evidence, so those are joined first."""


def completion_pairs(
    figures: list[Figure],
    groups: list[list[int]],
    languages: Mapping[int, str],
    partitive: Mapping[int, bool],
) -> dict[tuple[int, int], float]:
    """Pairs (figure left alone, member of a group spanning two articles or more) where that
    figure is the only one left alone in its article that fits the group, and the group is the
    only one it fits among the groups without its article. Both ways unique: an article
    with two alone figures that could be the group's, or a figure that could join two
    groups, says nothing, unless words tie one of them (and no other) to every member of
    the group (see `anchor`)."""
    alone = [g[0] for g in groups if len(g) == 1]
    spanning = [g for g in groups if _agreed(figures, g)]
    if not alone or not spanning:
        return {}

    arts_of = [{figures[k].article_id for k in g} for g in spanning]
    bounds = [
        (min(figures[k].number for k in g), max(figures[k].number for k in g)) for g in spanning
    ]

    per_dim = Counter((f.article_id, f.dimension) for f in figures if f.dimension)

    def lone(f: Figure) -> bool:
        return per_dim[(f.article_id, f.dimension)] == 1

    def fits(i: int, g: int) -> bool:
        f, (lo, hi) = figures[i], bounds[g]
        if f.dimension and not (lone(f) and all(lone(figures[k]) for k in spanning[g])):
            return False  # a measure joins only where it and every member stand alone
        if f.article_id in arts_of[g]:
            return False
        if f.number * _CLOSE < hi or f.number > _CLOSE * lo:  # `_fits_member`'s value test
            if not all(transposed(f.number, figures[k].number) for k in spanning[g]):
                return False
        return all(
            _fits_member(f, figures[k], languages, partitive[i] != partitive[k])
            for k in spanning[g]
        )

    group_of = {i: n for n, g in enumerate(groups) for i in g}

    def anchor(i: int, k: int) -> bool:
        return (
            _shared_anchor(figures[i], figures[k])
            or _sentences_share_a_group(figures, group_of, i, k)
            or _skeleton_heads(figures[i], figures[k])
        )

    by_article: dict[int, list[int]] = {}
    for i in alone:
        by_article.setdefault(figures[i].article_id, []).append(i)
    out: dict[tuple[int, int], float] = {}
    for g, group in enumerate(spanning):
        for art, idxs in by_article.items():
            if art in arts_of[g]:
                continue
            fitting = [i for i in idxs if fits(i, g)]
            if len(fitting) > 1:  # the one words tie to every member, if only one is
                fitting = [i for i in fitting if all(anchor(i, k) for k in group)]
            if len(fitting) != 1:
                continue
            i = fitting[0]
            anchored = [k for k in group if anchor(i, k)]
            others = [h for h in range(len(spanning)) if h != g and fits(i, h)]
            whole = len(anchored) == len(group)
            if others and not (
                whole and not any(all(anchor(i, k) for k in spanning[h]) for h in others)
            ):
                continue  # fits two groups, and words tie it to every member of both or neither
            if _counterpart_elsewhere(figures, group, arts_of[g], i):
                continue  # "1,100 PCs" beside "1,100 computers" of a member's article
            if not anchored:
                continue
            k = anchored[0]
            out[(min(i, k), max(i, k))] = COMPLETION_SCORE
    return out


def _agreed(figures: list[Figure], group: list[int]) -> bool:
    """Do two articles of the group give one value ("14 поездов" / "14 trains")? Two
    outlets agreeing on the figure have shown what it is; a group whose members already
    differ ("35 contenedores" / "28 contenedores") does not say which third figure is its."""
    values = Counter((figures[i].number, figures[i].scale) for i in group)
    return len({figures[i].article_id for i in group}) >= 2 and max(values.values()) >= 2


def _counterpart_elsewhere(figures: list[Figure], group: list[int], arts: set[int], i: int) -> bool:
    """Does an article of the group give the candidate's value for something outside the
    group ("1,100 PCs" of the third article, "1,100 computers" of a member's article beside
    its "1,200 beds")? Then the candidate is a version of that figure, not of the group's."""
    f = figures[i]
    return any(
        g.article_id in arts and g.number == f.number and g.scale == f.scale
        for j, g in enumerate(figures)
        if j not in group
    )


def _sentences_share_a_group(
    figures: list[Figure], group_of: Mapping[int, int], i: int, k: int
) -> bool:
    """Does another figure of i's sentence already group with one of k's sentence ("rose by
    three metres in two hours, and 14 bridges were damaged" / "stieg binnen zwei Stunden um
    drei Meter, 16 Brücken wurden beschädigt")? Two sentences telling one thing are their
    own anchor, whatever their words."""
    a, b = figures[i], figures[k]
    if a.sentence < 0 or b.sentence < 0:
        return False
    mine = {
        group_of[j]
        for j, f in enumerate(figures)
        if j != i and f.article_id == a.article_id and f.sentence == a.sentence
    }
    return any(
        group_of[j] in mine
        for j, f in enumerate(figures)
        if j != k and f.article_id == b.article_id and f.sentence == b.sentence
    )


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_MIN_SKELETON = 4


def _skeleton(word: str) -> str:
    """A word's consonants in Latin letters, doubles written once ("bouteilles", "botellas",
    "bottles" -> "btls")."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", latin_key(word)))


def _skeleton_heads(a: Figure, b: Figure) -> bool:
    """Are the head nouns of two figures one word as languages spell it, by their consonants
    ("12 000 bouteilles" / "12.000 botellas" / "21,000 bottles")? Loose, so only a figure
    that is already the one fit of a group is anchored by it."""
    wa, wb = a.noun.split(), b.noun.split()
    if not wa or not wb:
        return False
    ka, kb = _skeleton(wa[-1]), _skeleton(wb[-1])
    return len(ka) >= _MIN_SKELETON and ka == kb


def _shared_anchor(a: Figure, b: Figure) -> bool:
    """Do the sentences of two figures share a word (a cognate, a place or name in either
    script) besides their counted nouns ("на синей ветке метро встали 18 составов" /
    "остановились 14 поездов" on the "метрополитена")?"""
    nouns = {fold(w) for w in (a.noun + " " + b.noun).split()}
    wa = [w for w in a.sentence_words if w not in nouns]
    wb = [w for w in b.sentence_words if w not in nouns]
    return any(cognates(x, y) for x in wa for y in wb)


def _fits_member(f: Figure, m: Figure, languages: Mapping[int, str], partitive: bool) -> bool:
    same = languages.get(f.article_id) == languages.get(m.article_id)
    if not consistent(f, m, same, partitive):
        return False
    if f.percent or m.percent or f.dimension != m.dimension:
        return False
    if f.dimension:  # "nine hours" twice, "douze heures": each its article's only duration
        lo, hi = sorted((f.number, m.number))
        return f.scale == m.scale and hi <= _CLOSE * lo

    if f.kind and m.kind and not concepts.compatible_nouns(f.kind, m.kind):
        return False
    if bool(f.kind) != bool(m.kind):  # "180 searchers" / "150 rescuers", not "52 teachers"
        known, other = (f, m) if f.kind else (m, f)  # / "47 schools"
        if (known.kind in _PEOPLE) != bool(_PERSON_NOUN.search(fold(other.noun))):
            return False
    lo, hi = sorted((f.number, m.number))
    return m.number >= _MIN_VALUE and (hi <= _CLOSE * lo or transposed(f.number, m.number))


def transposed(x: float, y: float) -> bool:
    """Are two whole numbers the same digits with two of them swapped ("12,000" / "21,000",
    "430" / "340")? A slip of typing or reading that puts a version of one figure further
    from the other than outlets' estimates usually differ."""
    if x != int(x) or y != int(y) or x == y:
        return False
    a, b = str(int(x)), str(int(y))
    diff = [k for k in range(len(a)) if len(a) == len(b) and a[k] != b[k]]
    return (
        len(a) == len(b)
        and len(diff) == 2
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


_PEOPLE = concepts.PERSON_CLASSES | {concepts.GENERIC}
_PERSON_NOUN = re.compile(
    r"(?:[eo]rs|ists|ants|ents|eurs|euses|istes|ores|oras|istas|antes|entes|erinnen|"
    r"(?:ier|sch|ch|s|lf|rn|hr)enden?|"
    r"тел[иья]\w*|ник[иаов]\w*|чик[иаов]\w*|ц[иы]|ц[іе]в)$"
)
"""Plural endings of agent nouns in the six languages ("searchers", "donors", "buscadores",
"chercheurs", "Helferinnen", "спасатели", "пошуковців"): a counted noun the lexicon lacks
that ends so names people, and may be another outlet's word for a class of people the
lexicon knows, never for a class of things ("52 teachers" / "47 schools"). German "-er"
is left out: it ends things as often ("Kutter", "Container"); German participles made nouns
("Forschende", "Studierende", "Reisende") name people, "Spenden" or "Wochenenden" do not."""
_MIN_VALUE = 5
"""The agreed value a group needs before it takes in a third figure: smaller counts recur for
unrelated things in any report (two hospitals, three warehouses). The third may be smaller
("eleven beaches" twice, "nine beaches"; "шести пунктів пропуску" twice, "four
checkpoints")."""
_CLOSE = 1.5
"""Versions of one figure by different outlets differ by less than half (14 / 18, 312 / 418,
900,000 / 1.2 million); a figure further from the group is more likely another count."""


def _close(a: float, b: float) -> bool:
    lo, hi = sorted((a, b))
    return hi <= _CLOSE * lo or transposed(a, b)


MAGNITUDE_SCORE = 0.1
"""Pair score of two measures tied across a slipped order of magnitude."""
_SLIPS = (10.0, 100.0, 1000.0)
"""Factors one outlet's figure may be off by another's through a zero or a thousand too
many ("300 tonnes" / "3,000 tonnes"): beyond `figure_links.MAX_RATIO`, yet the same figure
when it is the only measure of its dimension in every article that gives it."""


def magnitude_pairs(
    figures: list[Figure], groups: list[list[int]], languages: Mapping[int, str]
) -> dict[tuple[int, int], float]:
    """Pairs across two groups of measures (each member the only measure of its dimension in
    its article, the members of a group of one value) whose values differ by exactly a
    factor in `_SLIPS`, when nothing else written says they measure different things and
    the two groups hold every measure of their dimension in the articles. Every member pair is
    scored, so the groups merge whole."""
    per_dim = Counter((f.article_id, f.dimension) for f in figures if f.dimension)
    lone = [
        g
        for g in groups
        if figures[g[0]].dimension
        and all(per_dim[(figures[i].article_id, figures[i].dimension)] == 1 for i in g)
        and len({(figures[i].number, figures[i].scale) for i in g}) == 1
    ]
    out: dict[tuple[int, int], float] = {}
    for m, ga in enumerate(lone):
        for gb in lone[m + 1 :]:
            a, b = figures[ga[0]], figures[gb[0]]
            if a.dimension != b.dimension:
                continue
            if sum(f.dimension == a.dimension for f in figures) != len(ga) + len(gb):
                continue  # another measure of the dimension anywhere: no slip is sure
            lo, hi = sorted((a.measure, b.measure))
            if lo <= 0 or not any(abs(hi / lo - s) < 1e-9 for s in _SLIPS):
                continue
            factor = b.measure / a.measure
            pairs = [(i, k) for i in ga for k in gb]
            if all(_consistent_scaled(figures[i], figures[k], factor, languages) for i, k in pairs):
                out.update({(min(i, k), max(i, k)): MAGNITUDE_SCORE for i, k in pairs})
    return out


def _consistent_scaled(a: Figure, b: Figure, factor: float, languages: Mapping[int, str]) -> bool:
    """Is b, brought back by the slipped factor, consistent with a?"""
    same = languages.get(a.article_id) == languages.get(b.article_id)
    back = replace(b, number=b.number / factor)
    return a.event == b.event and consistent(a, back, same, partitive=False)


LEFTOVER_COUNT_SCORE = 0.12
"""Pair score of two counts tied only by standing at one place among what is left."""


def leftover_counts(
    figures: list[Figure],
    groups: list[list[int]],
    languages: Mapping[int, str],
    partitive: Mapping[int, bool],
) -> dict[tuple[int, int], float]:
    """Across two languages, where the words for one thing differ ("22 trains" / "26 Züge"):
    when two articles already share a group and give as many counts (no unit, no share)
    not yet grouped with the other's, the counts at one place in both lists are one figure
    when they fit (nothing contradicts, values within `_CLOSE`, one event, a sentence word
    in common) and each fits no other count left in the other article. Equal lists in
    article order are the structure a word table cannot give; `figure_links.leftover_pairs`
    does the same for measures."""
    group_of = {i: k for k, g in enumerate(groups) for i in g}
    articles_in = [{figures[i].article_id for i in g} for g in groups]
    by_article: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        if not (f.dimension or f.percent or f.kind == "%" or partitive[i]):
            by_article.setdefault(f.article_id, []).append(i)
    shared = {(a, b) for arts in articles_in for a in arts for b in arts if a < b}
    out: dict[tuple[int, int], float] = {}
    for art_a, art_b in sorted(shared):
        la, lb = languages.get(art_a, ""), languages.get(art_b, "")
        if not la or not lb or la == lb:
            continue
        left_a = [i for i in by_article.get(art_a, []) if art_b not in articles_in[group_of[i]]]
        left_b = [i for i in by_article.get(art_b, []) if art_a not in articles_in[group_of[i]]]
        if len(left_a) != len(left_b):
            continue

        def fits(i: int, k: int) -> bool:
            a, b = figures[i], figures[k]
            return (
                a.event == b.event
                and not (a.kind and b.kind)  # known classes pair by `similarity` or not
                and _fits_member(a, b, languages, partitive=False)
                and _shared_anchor(a, b)
            )

        for x, y in zip(left_a, left_b, strict=True):
            if not fits(x, y):
                continue
            if any(fits(x, k) for k in left_b if k != y) or any(
                fits(i, y) for i in left_a if i != x
            ):
                continue
            out[(min(x, y), max(x, y))] = LEFTOVER_COUNT_SCORE
    return out


def sentence_leftovers(
    figures: list[Figure], groups: list[list[int]], relaxed: Callable[[int, int], float]
) -> dict[tuple[int, int], float]:
    """Pairs of the one figure left in each of two sentences of two articles whose other
    figures already group one to one, in whatever order ("rose by three metres in two hours,
    and 14 bridges were damaged" / "stieg binnen zwei Stunden um drei Meter, 16 Brücken
    wurden beschädigt"): the sentences tell one thing, so their last figures are one figure
    when `relaxed` (the pair score with the counted noun let go) allows. With only one
    other pair in common the sentences must also share a word and the two values be close
    (`_CLOSE`)."""
    group_of = {i: n for n, g in enumerate(groups) for i in g}
    out: dict[tuple[int, int], float] = {}
    for xs, ys in parallel_sentences(figures):
        shared = {group_of[i] for i in xs} & {group_of[k] for k in ys}
        left_x = [i for i in xs if group_of[i] not in shared]
        left_y = [k for k in ys if group_of[k] not in shared]
        if len(left_x) != 1 or len(left_y) != 1 or len(shared) != len(xs) - 1:
            continue
        x, y = sorted((left_x[0], left_y[0]))
        if len(shared) < 2 and not _shared_anchor(figures[x], figures[y]):
            continue  # one pair in common could be chance ("3 esculturas" / "3 Skulpturen")
        if len(shared) < 2 and not _close(figures[x].number, figures[y].number):
            continue  # "143 votos ... cinco concejales" / "two rival lists ... 143 votes"
        s = relaxed(x, y)
        if s > 0:
            out[(x, y)] = s
    return out
