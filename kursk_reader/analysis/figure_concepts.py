"""Figures tied or told apart by the counted-noun lexicon (`counted_nouns`): two counts of one
concept pair as two counts of one noun do ("37 relojes" / "40 watches", "3 Fertigungslinien"
/ "4 Produktionslinien"), and so does a noun of a class `concepts` knows with a form of its
concept the class table lacks ("30 animals" / "40 Tieren"); two counts of two concepts never
pair ("48 bicycles" / "52 tracteurs"). Guards keep the tie weaker than a noun in common:
parts of numbered wholes are left out, and an unround value another article gives for a
noun the lexicon does not know ties more surely (`twin_elsewhere`)."""

from __future__ import annotations

from functools import lru_cache

from kursk_reader.analysis import concepts
from kursk_reader.analysis.counted_nouns import concept_of
from kursk_reader.analysis.figure_kinds import kind_of, related_kinds
from kursk_reader.analysis.figure_links import specific
from kursk_reader.analysis.figure_words import DETERMINERS, OF_WORDS
from kursk_reader.analysis.figures import Figure
from kursk_reader.analysis.numbers import word_value
from kursk_reader.analysis.textspans import fold


def figure_concept(f: Figure, sure: bool = False) -> str:
    """The lexicon concept of a figure's counted noun, when `concepts` gives it no class and
    it measures nothing ("" for units, shares and nouns `concepts` knows). `sure`: only a
    concept a whole form names."""
    if f.kind or f.dimension or f.percent or not f.noun or f.noun == "%":
        return ""
    concept, whole = concept_of(f.noun)
    if not concept and seats_by_capacity(f):
        return "seat"
    return concept if whole or not sure else ""


_PLACES = frozenset(
    """places place platze platz мест места мест місць місця plazas plaza posti""".split()
)
"""Folded nouns of places that count seats in a hall ("860 places", "850 Plätze", "на 860
мест", "860 місць", "860 plazas"), yet as often squares or spots elsewhere: the lexicon
leaves them out."""
_CAPACITY = frozenset(
    """salle saal sala hall зал зале зала auditorium auditorio theatre theater teatro театр
    театре stade stadion stadium estadio стадион стадіон arena арена cinema kino кинотеатр
    кінотеатр tribune tribuna трибуна capacity capacite kapazitat capacidad вместимость
    місткість вмещает вміщує рассчитан рассчитана рассчитано розрахований розрахована
    розраховано compte bietet fasst cuenta seats holds""".split()
)
"""Folded words of a hall or of holding an audience ("La salle compte 860 places", "Der
Saal bietet 850 Plätze", "рассчитан на 860 мест", "el auditorio cuenta con 860 plazas")."""


def seats_by_capacity(f: Figure) -> bool:
    """Does a figure count the seats of a hall: a noun of places beside a word of a hall or
    of holding an audience in its sentence?"""
    if fold(f.noun.split()[0]) not in _PLACES:
        return False
    return any(fold(w) in _CAPACITY for w in (*f.near, *f.sentence_words))


def classed_concept(a: Figure, b: Figure) -> bool:
    """Is one figure's noun of a class `concepts` knows and the other's of none, yet both
    nouns are forms of one lexicon concept ("180 pasajeros" / "180 Fahrgäste", when only one
    is in the class table)? Units and shares never are."""
    if bool(a.kind) == bool(b.kind) or a.dimension or b.dimension or a.percent or b.percent:
        return False
    classed, other = (a, b) if a.kind else (b, a)
    if classed.kind in concepts.MEASURES or classed.kind == "%" or not classed.noun:
        return False
    concept, whole = concept_of(classed.noun)
    if not (whole and concept):
        return False
    found = figure_concept(other, sure=True)
    return concept == found or related_kinds(concept, found)


def same_concept(a: Figure, b: Figure) -> bool:
    """Do two figures count things of one lexicon concept ("37 relojes" / "40 watches"), or
    of two concepts one a kind of the other ("47 voitures" / "52 vehicles", see
    `figure_kinds`), neither a part of a whole ("five of the forty turbines": the wholes may
    differ)?"""
    concept, other = figure_concept(a), figure_concept(b)
    return (
        bool(concept)
        and (concept == other or related_kinds(concept, other))
        and not (_part_of_whole(a.quote) or _part_of_whole(b.quote))
    )


def kinds_apart(figures: list[Figure], a: Figure, b: Figure) -> bool:
    """Are two figures tied only as kinds of one another ("cars" / "vehicles") while one's
    article also counts the other's very concept ("12 vehicles, 5 of them cars" beside "5
    cars")? Then the figure of that concept is the one to pair, not the kind, unless what
    happened to it tells it apart ("640 runners set off … 37 participants evacuated" beside
    "45 runners evacuated": the participants are the runners evacuated). Nor does a kind
    tie hold when either article counts another set of its own concept ("12,000 ballots" /
    "6,500 votes for one … 4,100 votes for the other"), or the specific one's article
    another kind of the general one ("300 runners and 40 cyclists" / "240 participants")."""
    ca, cb = _any_concept(a), _any_concept(b)
    if not related_kinds(ca, cb):
        return False
    if any(
        g.article_id == x.article_id and g is not x and _any_concept(g) == own
        for g in figures
        for x, own in ((a, ca), (b, cb))
    ):
        return True  # "12,000 ballots" / "6,500 votes for Ruiz … 4,100 votes for Lenz": which?
    narrow, general = (a, cb) if kind_of(ca, cb) else (b, ca)
    if any(
        g.article_id == narrow.article_id
        and g is not narrow
        and (g.event == narrow.event or g.sentence == narrow.sentence)
        and kind_of(other := _any_concept(g), general)
        and other != _any_concept(narrow)
        for g in figures
    ):
        return True  # "300 runners and 40 cyclists took part" / "240 participants": which?
    return any(
        g.article_id == x.article_id
        and g is not x
        and _any_concept(g) == concept
        and not (g.event != y.event and x.event == y.event)
        for g in figures
        for x, y, concept in ((a, b, cb), (b, a, ca))
    )


def _any_concept(f: Figure) -> str:
    """The lexicon concept of a figure's noun, whether `concepts` gives it a class or not
    (units, shares and measures have none)."""
    if f.dimension or f.percent or not f.noun or f.noun == "%":
        return ""
    return concept_of(f.noun)[0]


@lru_cache(maxsize=65536)
def _part_of_whole(quote: str) -> bool:
    """Does a figure's quote count a part of a numbered whole ("tres de los nueve
    aerogeneradores", "five of the forty turbines", "16 из 46 вагонов")?"""
    words = [w for w in quote.split() if fold(w) not in DETERMINERS]
    return any(
        fold(w) in OF_WORDS and k + 1 < len(words) and _number(words[k + 1])
        for k, w in enumerate(words[1:], start=1)
    )


def _number(word: str) -> bool:
    return word[:1].isdigit() or word_value(word) is not None


def other_concepts(a: Figure, b: Figure) -> bool:
    """Do two figures count things of two different lexicon concepts ("48 bicycles" / "52
    tracteurs")? Then they never count one thing, unless one outcome of people named for
    both ties them (the lexicon may split near-synonyms: "fishermen" / "marineros")."""
    ca, cb = figure_concept(a, sure=True), figure_concept(b, sure=True)
    if a.event == b.event and a.event in _OUTCOMES:
        return False  # "Three of the fishermen" / "Dos de los marineros" hospitalised
    return bool(ca and cb) and ca != cb and not related_kinds(ca, cb)


_OUTCOMES = frozenset(
    "dead injured casualties hospital missing evacuated rescued arrested withdrew".split()
)
"""What happens to people in a report: one such outcome named for both is a tie the
lexicon's split of near-synonyms ("fishermen" / "marineros") must not undo."""


def twin_elsewhere(figures: list[Figure], a: Figure, b: Figure) -> bool:
    """Does another article give one of the two figures' specific value (see
    `figure_links.specific`) for another thing ("43 proxy votes" / "43 procurations
    irrégulières … 17 voix" beside "71 voix")? An equal unround value ties more surely than
    a translated noun, so the concept does not pair it elsewhere. In the other figure's own
    article any such twin counts ("143 votes … 290 cast ballots" / "143 papeletas"); in a
    third article only a twin of a noun the lexicon does not know, beside a figure of the
    concept with another value (without one, the twin may be the concept in words the
    lexicon lacks: "16 títulos" / "16 стрічок" / "an 18-title competition")."""
    for x, y in ((a, b), (b, a)):
        if x.number == y.number or not specific(x):
            continue
        concept = figure_concept(x)
        if any(
            g.number == x.number
            and g.article_id != x.article_id
            and g is not y
            and not (g.dimension or g.percent)
            and (g.article_id == y.article_id or _beside_concept(figures, g, concept))
            for g in figures
        ):
            return True
    return False


def _beside_concept(figures: list[Figure], twin: Figure, concept: str) -> bool:
    """Is `twin` of no lexicon concept, in an article that gives a figure of `concept` with
    another value?"""
    return not figure_concept(twin, sure=True) and any(
        h.article_id == twin.article_id and h.number != twin.number and figure_concept(h) == concept
        for h in figures
    )
