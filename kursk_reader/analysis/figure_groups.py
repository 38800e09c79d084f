"""Grouping figures across articles: figures that count the same thing (counted noun class or
head, what happened, the words that say what is measured) are joined most-alike first, at most
one per article; groups whose values disagree beyond their hedges are discrepancies."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_cognates import cognate_count_pairs, cognate_heads
from kursk_reader.analysis.figure_completion import (
    completion_pairs,
    leftover_counts,
    magnitude_pairs,
    sentence_leftovers,
)
from kursk_reader.analysis.figure_concepts import (
    classed_concept,
    kinds_apart,
    other_concepts,
    same_concept,
    twin_elsewhere,
)
from kursk_reader.analysis.figure_context import (
    cognates,
    contrary_senses,
    senses,
)
from kursk_reader.analysis.figure_crossed import CrossedValues
from kursk_reader.analysis.figure_guards import (
    SHARE_SENSES,
    event_beside,
    exact_elsewhere,
    habitual,
    lone_spans,
    noun_senses,
    opposite_times,
    same_share_change,
    target,
    value_elsewhere,
    whole_after,
)
from kursk_reader.analysis.figure_leads import lead_count_pairs
from kursk_reader.analysis.figure_links import (
    alone_in_range,
    alone_in_unit,
    consistent,
    equal_value_pairs,
    lead_people,
    leftover_pairs,
    lone_lengths,
    noun_stems,
    parallel_sentences,
    shared_anchor,
)
from kursk_reader.analysis.figure_magnitude import with_magnitudes
from kursk_reader.analysis.figure_owners import coordinated
from kursk_reader.analysis.figure_rate_pairs import alone_in_class, class_key, rate_pairs
from kursk_reader.analysis.figure_repeats import without_restatements
from kursk_reader.analysis.figure_scores import score_groups
from kursk_reader.analysis.figure_shared import lead_measures, shared_pairs
from kursk_reader.analysis.figure_subject import group_subject
from kursk_reader.analysis.figure_temperature import TEMPERATURE, temperatures_pair
from kursk_reader.analysis.figure_terms import AGE, plain_years, spans_back, years_alike
from kursk_reader.analysis.figure_transposed import transposed_pairs
from kursk_reader.analysis.figure_units import unit_family
from kursk_reader.analysis.figure_values import conflict, in_one_unit
from kursk_reader.analysis.figure_votes import lone_share_pairs, same_vote_share, vote_shares_differ
from kursk_reader.analysis.figure_words import DETERMINERS, OF_WORDS
from kursk_reader.analysis.figures import Figure, find_figures, stem
from kursk_reader.analysis.numbers import transposed
from kursk_reader.analysis.textspans import fold, language_of


@dataclass(frozen=True, slots=True)
class Discrepancy:
    subject: str
    figures: tuple[Figure, ...]


_MIN_CONTEXT = 0.4
"""Cosine of the surrounding stems two figures need when nothing else ties them (generic
nouns or percentages without an event). Same-language only: lower pairs figures of
different things in one topic, higher misses the same figure in other words."""
_MAX_RATIO = 4.0
"""Values further apart than this factor are not two versions of one figure."""
_ALONE_DIMENSIONS = ("money", "area")
"""Measures an event report usually gives once (the damage, the area burned), so the only
one in each article is one figure even without a word in common. Counted objects, lengths,
durations, weights and volumes are left out: "38 cars" of a train and "22 cars" derailed,
"800 metres" wide and "2,350 metres" high are each the only such figure of their articles."""
_W_NOUN, _W_EVENT, _W_CONTEXT, _W_ALIKE = 0.4, 0.35, 0.25, 0.01
_W_SHAPE = 0.005
"""Weights of the pair score used to join the most alike pairs first; the last two only
break ties."""


def _head_stem(figure: Figure) -> str:
    words = [w for w in figure.noun.split() if not concepts.event_of(w)]
    return stem(words[-1]) if words else ""


def _same_noun(a: Figure, b: Figure) -> bool:
    """Do two counted nouns the lexicon does not know share their head or a lower-case word
    ("47 urnas impugnadas" / "sesenta urnas": Spanish puts its modifiers after the noun)?"""
    return _head_stem(a) == _head_stem(b) or bool(noun_stems(a) & noun_stems(b))


def _by_concept(a: Figure, b: Figure) -> bool:
    """Are two figures tied only by the lexicon concept of their nouns, not by a head noun
    or its cognate ("37 relojes" / "40 watches")?"""
    return same_concept(a, b) and not (_same_noun(a, b) or cognate_heads(a, b))


def _context_cosine(a: Figure, b: Figure) -> float:
    ca, cb = Counter(a.context), Counter(b.context)
    dot = sum(ca[w] * cb[w] for w in ca)
    norm = math.sqrt(sum(v * v for v in ca.values())) * math.sqrt(sum(v * v for v in cb.values()))
    return dot / norm if norm else 0.0


_PART_OF = frozenset("""them those these whom них їх ihnen denen eux elles ellos ellas""".split())


def _partitive(f: Figure) -> bool:
    return _partitive_quote(f.quote, f.event)


@lru_cache(maxsize=65536)
def _partitive_quote(quote: str, event: str) -> bool:
    """Does the figure count an unnamed part of a group named before ("three of them", "Three
    of the injured were in serious condition")? A part is never the whole: it pairs only with
    other parts. A part that says what happened to it ("Eleven of the injured remain in
    hospital", "five of them died") is a count of that outcome and pairs as usual."""
    words = fold(quote).split()
    if any(w in _PART_MARKERS for w in words[1:]):
        return not event  # "sieben davon schwer", "dont trois grièvement"
    for k, w in enumerate(words[1:-1], start=1):
        if w in OF_WORDS or w == "sur" and k == len(words) - 2:  # "450 lits sur 600"
            rest = [x for x in words[k + 1 :] if x not in DETERMINERS]
            if not rest:
                return False
            if whole_after(words[:k], rest[0]):
                return True  # "18 der 46 Waggons", "16 из 46 вагонов": a part of a whole
            if len(rest) == 1 and any(whole_after([w], rest[0]) for w in words[:k]):
                return True  # "470 коек из 600", "450 lits sur 600": the whole comes last
            if rest[0] in _PART_OF:
                return not event
            group_event = concepts.event_of(rest[0])
            return bool(group_event) and event in ("", group_event)
    return False


_PART_MARKERS = frozenset("davon darunter dont".split())
"""Words that alone say "of them" (German, French)."""


def similarity(
    a: Figure,
    b: Figure,
    alone: bool = False,
    lead: bool = False,
    foreign: bool = False,
    parallel: bool = False,
    spans: bool = False,
) -> float:
    """How likely two figures count the same thing, 0 when they cannot: counted nouns of
    incompatible classes, or different events ("injured" vs "killed"), never pair. Without an
    event in common, generic nouns ("people", "человек") and percentages need words in
    common around them (in one language, the stems around them; across languages, a
    lower-case cognate beside them or, for shares, a cognate noun they are shares of).
    `alone`: each is the only figure of its class in its article, which ties two measures
    ("€3.5 million" of damage, "4,2 Mio. Euro" Schaden) that share no word, and two shares
    of one noun ("64% of the colonies" / "46 percent of the colonies"). `lead`: each is
    the first figure counting people in its article (see `_lead_people`). `foreign`: the
    two articles are in different languages, so words in common cannot be expected; two
    measures or counted objects that are each the only one of their kind in their article
    then pair on an equal event (see `_measures_pair`). `parallel`: something else says the
    two stand in one role (one place in two parallel sentences, see `_parallel_pairs`; the
    only figure of one casualty event in each article, see `_event_pairs`), so a counted
    noun the lexicon does not know may differ ("14 cuadros" / "11 Gemälde"). `spans`: two
    spans of years, each its article's only one, across languages (see `_lone_spans`).
    Counted nouns of one concept of the counted-noun lexicon pair as one noun would, and of
    two concepts never (see `figure_concepts`)."""
    if _partitive(a) != _partitive(b) or a.dated != b.dated or target(a) != target(b):
        return 0.0
    if a.earlier != b.earlier:
        return 0.0  # "the previous mark of 396 minutes" / "his streak reached 412 minutes"
    if a.per and b.per and a.per != b.per:
        return 0.0  # "eight crossings a day" is no weekly count
    if opposite_times(a, b):
        return 0.0  # "the next two weeks" / "the last three weeks"
    if habitual(a) != habitual(b):
        return 0.0  # "lithium cells typically reach 250 Wh/kg" is no figure of the new cell
    years = plain_years(a.noun, a.kind) and plain_years(b.noun, b.kind)
    if years and not (years_alike(a, b) or spans):
        return 0.0  # "over three years" of fraud / "for two years" a donor gave
    if a.kind == "%" or b.kind == "%":
        if a.kind != b.kind or not _same_share(a, b) or vote_shares_differ(a, b):
            return 0.0
    elif a.dimension or b.dimension:
        if a.dimension != b.dimension:
            return 0.0  # "14 miles" and "22 km" are one length; "€4 million" is no "$4 million"
    elif a.kind and b.kind:
        if not concepts.compatible_nouns(a.kind, b.kind):
            return 0.0
    elif a.kind or b.kind:
        if not (parallel or cognate_heads(a, b) or classed_concept(a, b)):
            return 0.0  # a noun the lexicon lacks pairs only as a cognate: passagers/passengers
    elif not a.noun or not b.noun or other_concepts(a, b):
        return 0.0  # "48 bicycles" / "52 tracteurs": two things the lexicon tells apart
    elif not (parallel or _same_noun(a, b) or cognate_heads(a, b) or years or same_concept(a, b)):
        return 0.0
    if not concepts.compatible_events(a.event, b.event):
        return 0.0
    shared_event = bool(a.event) and (
        a.event == b.event or event_beside(a, b) or event_beside(b, a)
    )
    measures = a.kind in concepts.MEASURES or b.kind in concepts.MEASURES
    if measures and contrary_senses(a.near, b.near):
        return 0.0  # "30 metres wide" / "12 metres deep"
    if a.relation and b.relation and a.relation != b.relation and not spans_back(a, b):
        if not senses(a.near) & senses(b.near):  # "tracked 18 miles from X to Y" is a path
            return 0.0  # "4 km of the river" / "à 9 km de la raffinerie"
    if measures and not shared_event and not _measures_pair(a, b, alone, foreign):
        return 0.0  # "12 km" of road and "3 km" away; "38 cars" and "22 cars" derailed
    if a.dimension == TEMPERATURE and not temperatures_pair(a, b, _measured_alike):
        return 0.0  # "minus 35 degrees" at the site, "minus 50 Grad" in the store
    context = _context_cosine(a, b)
    generic = concepts.GENERIC in (a.kind, b.kind) or a.kind == "%"
    lead = lead and not (a.event and b.event)  # "evacuated" / "rescued" people: two counts
    if generic and not shared_event and context < _MIN_CONTEXT and not lead:
        if not (foreign and _foreign_context(a, b)) and not _group_sizes(a, b):
            if not (
                alone and a.kind == "%" and (_shares_of_one_noun(a, b) or same_share_change(a, b))
            ):
                return 0.0  # the only shares in their articles, of one noun, need no more
    if _by_concept(a, b):
        noun = 0.6  # a translation the lexicon knows: weaker than a noun in common
    elif a.kind == b.kind or _head_stem(a) == _head_stem(b) or a.dimension:
        noun = 1.0
    else:
        noun = 0.6  # people beside a kind of people ("people" / "residents", "soldiers")
    alike = years and a.relation == b.relation == AGE  # "years old" / "Jahre alt" first
    shape = _attributive(a) == _attributive(b)  # "seven floors" / "семь этажей"
    return (
        _W_NOUN * noun
        + _W_EVENT * shared_event
        + _W_CONTEXT * context
        + _W_ALIKE * alike
        + _W_SHAPE * shape
    )


_ATTRIBUTIVE = re.compile(r"^\S*\w[-‐]\w+$")


def _attributive(f: Figure) -> bool:
    """Is a figure a count hyphened onto the noun it describes ("a 25-storey block", "a
    400-room hotel")? Two figures of one shape are the likelier pair: "the cabin fell seven
    floors" is a plain count like "пролетела семь этажей", not the block's height."""
    return bool(_ATTRIBUTIVE.match(f.quote))


_MIN_FOREIGN_WORD = 6
"""Letters a word beside two figures in two languages needs before its cognate ties them
("vaccinated" / "vaccinées"): shorter words collide across languages."""


def _foreign_context(a: Figure, b: Figure) -> bool:
    """Across languages, where surrounding stems cannot be compared: do two people counts
    share a lower-case cognate beside them ("12,000 people have been vaccinated" / "12 000
    personnes ont été vaccinées"), or do two shares say of what in cognate nouns ("40
    percent of the servers" / "60 Prozent der Server")? Names do not count: a story's place
    stands beside most of its figures."""
    if a.kind == "%":
        return _shares_of_one_noun(a, b)
    wa = [x for x in a.near_lower if len(x) >= _MIN_FOREIGN_WORD]
    wb = [y for y in b.near_lower if len(y) >= _MIN_FOREIGN_WORD]
    return any(cognates(x, y) for x in wa for y in wb)


def _group_sizes(a: Figure, b: Figure) -> bool:
    """Do two people counts both give the size of a group ("a party of 14 climbers" /
    "группа из двенадцати человек" / "eine Gruppe von zwölf Wanderern"), or two shares the
    price rise or the turnout ("Turnout had been 64%" / "La participation s'était élevée à 61 %" / "61 % des
    inscrits")? A story names one such group or vote; its size is one figure in any wording."""
    if a.kind == b.kind == "%":
        return bool(SHARE_SENSES & noun_senses(a) & noun_senses(b)) or same_vote_share(a, b)
    return "group" in senses(a.near) & senses(b.near)


def _shares_of_one_noun(a: Figure, b: Figure) -> bool:
    """Do two percentages both say of what, in one noun or its cognate ("40 percent of the
    servers" / "60 Prozent der Server")?"""
    return (
        bool(a.noun and b.noun)
        and "%" not in (a.noun, b.noun)
        and (_same_noun(a, b) or cognate_heads(a, b))
    )


def _same_share(a: Figure, b: Figure) -> bool:
    """Can two percentages be shares of one thing? When both say of what ("of the
    buildings", "of homes"), those nouns must be of one class or one stem."""
    if a.noun == "%" or b.noun == "%" or not a.noun or not b.noun:
        return True
    if "stake" in noun_senses(a) & noun_senses(b):
        return True  # "85 Prozent der Anteile" / "adquirir el 85 % del fabricante"
    ka = concepts.noun_class(a.noun.split()[-1])
    kb = concepts.noun_class(b.noun.split()[-1])
    if ka and kb:
        return concepts.compatible_nouns(ka, kb)
    return _same_noun(a, b)  # "de los corales revisados" / "de los corales monitoreados"


def _measures_pair(a: Figure, b: Figure, alone: bool, foreign: bool) -> bool:
    """May two measures or counts of objects without a shared event pair? When words beside
    them are alike; or when each is the only one of its kind in its article and their
    events are equal (both unnamed, usually): across languages always (in one language two
    figures about one thing share a word, across two they cannot: "three cars fell into the
    pit" / "в провал упали два автомобиля"; "the search lasted four hours" / "die Suche
    dauerte sechs Stunden"), in one language only sums and areas (the damage, the area
    burned)."""
    if _measured_alike(a, b) or (
        a.kind == b.kind == "%" and (_shares_of_one_noun(a, b) or _group_sizes(a, b))
    ):
        return True
    if alone and a.kind == b.kind == "%" and same_share_change(a, b):
        return True  # each article's only share, and both a fall: "Sales fell by 23%"
    if not alone or a.kind == "%" or a.event != b.event:
        return False
    return foreign or a.dimension.startswith(_ALONE_DIMENSIONS)


def _measured_alike(a: Figure, b: Figure) -> bool:
    """Do the words right beside two figures share one, or its cognate in another language or
    script ("tunnel" / "тоннеля", "Sapporo" / "Саппоро": see `figure_context.cognates`)?"""
    senses = {concepts.sense_of(x) for x in a.near} - {""}
    if senses & {concepts.sense_of(y) for y in b.near}:
        return True  # "from the coast" / "off shore" / "от побережья"
    return any(cognates(x, y) for x in a.near for y in b.near)


def _compatible(a: Figure, b: Figure) -> bool:
    lo, hi = a.number * a.scale, b.number * b.scale
    if lo > hi:
        lo, hi = hi, lo
    return lo > 0 and (hi <= _MAX_RATIO * lo or a.scale == b.scale and transposed(lo, hi))


def group_figures(
    figures: list[Figure], languages: Mapping[int, str] | None = None
) -> list[list[Figure]]:
    """Groups of figures about one thing, at most one per article: pairs are joined from the
    most alike down, and a join is refused when it would put two figures of one article
    together (so "15,000 soldiers" and "1,665 killed" of one article stay apart) or two
    figures that could not count the same thing (every member pair must be alike or at
    least `figure_links.consistent`). Pairs tied by an equal unround value come last; then,
    once, the measures left unpaired across two languages (`figure_links.leftover_pairs`)
    are added and the groups formed again. `languages` (article id -> language code) tells
    which pairs cross languages."""
    languages = languages or {}
    pairs: list[tuple[float, int, int]] = []
    score: dict[tuple[int, int], float] = {}
    current = [f for f in figures if not f.earlier]  # a replaced value never pairs with them
    per_class = Counter(class_key(f) for f in current) + Counter(class_key(f, "") for f in current)
    years_of = Counter(f.article_id for f in figures if plain_years(f.noun, f.kind))
    per_unit = Counter((f.article_id, unit_family(f.kind)) for f in figures if f.dimension)
    units: dict[tuple[int, str], set[str]] = {}
    for f in figures:
        if f.dimension:
            units.setdefault((f.article_id, f.dimension), set()).add(unit_family(f.kind))
    for x in range(len(figures)):
        for y in range(x + 1, len(figures)):
            a, b = figures[x], figures[y]
            if a.article_id == b.article_id or not _compatible(a, b):
                continue
            alone = alone_in_class(per_class, a, b)
            la, lb = languages.get(a.article_id, ""), languages.get(b.article_id, "")
            foreign = bool(la and lb and la != lb)
            if foreign and not alone:
                alone = alone_in_unit(a, b, per_unit, units)
            if (
                not alone
                and a.dimension == b.dimension
                and (a.dimension.startswith("money") or foreign and lone_lengths(a, b))
            ):
                alone = alone_in_range(figures, a, b) and alone_in_range(figures, b, a)
            spans = years_of[a.article_id] == 1 == years_of[b.article_id] and foreign
            spans = spans and lone_spans(a, b, (la, lb))
            s = similarity(a, b, alone, foreign=foreign, spans=spans)
            if s > 0 and exact_elsewhere(figures, a, b):
                continue  # "430 Beschäftigte" beside "1.100 personas … 430 trabajadores"
            if s > 0 and _by_concept(a, b) and twin_elsewhere(figures, a, b):
                continue  # "43 proxy votes" / "43 procurations … 71 voix"
            if s > 0 and kinds_apart(figures, a, b):
                continue  # "5 cars" / "12 vehicles, 5 of them cars"
            if s > 0:
                pairs.append((s, x, y))
                score[(x, y)] = s
    for (x, y), s in _parallel_pairs(figures, score).items():
        pairs.append((s, x, y))
        score[(x, y)] = s
    for (x, y), s in _event_pairs(figures, score).items():
        pairs.append((s, x, y))
        score[(x, y)] = s
    for (x, y), s in lone_share_pairs(figures, score).items():
        pairs.append((s, x, y))
        score[(x, y)] = s
    tied = equal_value_pairs(figures, score, languages)
    tied.update(transposed_pairs(figures, score, languages))
    for (x, y), s in tied.items():
        if _partitive(figures[x]) == _partitive(figures[y]):
            pairs.append((s, x, y))
            score[(x, y)] = s
    leads = lead_people(figures)
    for x in sorted(leads):
        for y in sorted(leads):
            a, b = figures[x], figures[y]
            if x < y and (x, y) not in score and a.article_id != b.article_id:
                if value_elsewhere(figures, a, b) or value_elsewhere(figures, b, a):
                    continue
                s = similarity(a, b, lead=True) if _compatible(a, b) else 0.0
                if s > 0:
                    pairs.append((s, x, y))
                    score[(x, y)] = s
    members = _merge(figures, pairs, score, languages)
    more = {
        (x, y): s
        for (x, y), s in leftover_pairs(figures, list(members.values()), score, languages).items()
        if _partitive(figures[x]) == _partitive(figures[y])
    }
    if more:
        score.update(more)
        pairs += [(s, x, y) for (x, y), s in more.items()]
        members = _merge(figures, pairs, score, languages)
    partitive = {i: _partitive(f) for i, f in enumerate(figures)}
    extra = completion_pairs(figures, list(members.values()), languages, partitive)
    extra.update(magnitude_pairs(figures, list(members.values()), languages))
    extra.update(leftover_counts(figures, list(members.values()), languages, partitive))

    def relaxed(x: int, y: int, lone: bool = False) -> float:  # lone: as if each stood alone
        a, b = figures[x], figures[y]
        ok = _compatible(a, b) and partitive[x] == partitive[y]
        return similarity(a, b, alone=lone, foreign=lone, parallel=True) if ok else 0.0

    groups = list(members.values())
    extra.update(sentence_leftovers(figures, groups, relaxed))
    extra.update(shared_pairs(figures, groups, relaxed))
    extra.update(lead_measures(figures, groups, lambda x, y: relaxed(x, y, lone=True)))
    extra.update(rate_pairs(figures, score, lambda x, y: relaxed(x, y, lone=True)))
    extra.update(cognate_count_pairs(figures, score, languages, relaxed))
    extra.update(lead_count_pairs(figures, groups, partitive.__getitem__, relaxed))
    if extra:
        score.update(extra)
        pairs += [(s, x, y) for (x, y), s in extra.items()]
        members = _merge(figures, pairs, score, languages)
    return [
        sorted((figures[i] for i in m), key=lambda f: (f.article_id, f.start))
        for m in members.values()
    ]


def _merge(
    figures: list[Figure],
    pairs: list[tuple[float, int, int]],
    score: Mapping[tuple[int, int], float],
    languages: Mapping[int, str],
) -> dict[int, list[int]]:
    """Groups (index lists by their first index) from scored pairs, most alike first: a join
    is refused when it would put two figures of one article together or a member pair that
    is neither alike nor consistent (see `figure_links.consistent`)."""
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    given = CrossedValues(figures)
    group_of = list(range(len(figures)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(figures))}
    for _s, x, y in pairs:
        gx, gy = group_of[x], group_of[y]
        if gx == gy or given.crossed(figures[x], figures[y]):
            continue
        arts_x = {figures[i].article_id for i in members[gx]}
        arts_y = {figures[i].article_id for i in members[gy]}
        if arts_x & arts_y:
            continue
        if not all(
            score.get((min(i, k), max(i, k)), 0.0) > 0
            or consistent(
                figures[i],
                figures[k],
                languages.get(figures[i].article_id) == languages.get(figures[k].article_id),
                _partitive(figures[i]) != _partitive(figures[k]),
            )
            for i in members[gx]
            for k in members[gy]
        ):
            continue
        keep, drop = min(gx, gy), max(gx, gy)
        for i in members[drop]:
            group_of[i] = keep
        members[keep].extend(members.pop(drop))
    return members


def _parallel_pairs(
    figures: list[Figure], score: Mapping[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """Pairs of figures standing at one place in two parallel sentences of two articles: the
    sentences hold as many figures, at least one place already pairs, and at every place the
    figures could count one thing but for counted nouns the lexicon does not know ("Los
    ladrones se llevaron 14 cuadros y 3 esculturas" / "Die Diebe erbeuteten 11 Gemälde und 3
    Skulpturen": the sculptures pair as cognates, so the paintings pair by place). One
    sentence's structure is language-independent evidence a word table cannot give."""
    out: dict[tuple[int, int], float] = {}
    for xs, ys in parallel_sentences(figures):
        places = [(min(x, y), max(x, y)) for x, y in zip(xs, ys, strict=True)]
        tied = [p for p in places if p in score and not _by_concept(*(figures[i] for i in p))]
        if not tied or not shared_anchor(figures, xs, ys):
            continue
        relaxed = {
            p: similarity(figures[p[0]], figures[p[1]], parallel=True)
            if _compatible(figures[p[0]], figures[p[1]])
            else 0.0
            for p in places
            if p not in score
        }
        if all(v > 0 for v in relaxed.values()):
            out.update(relaxed)
    return out


_ROLE_EVENTS = frozenset(
    """dead injured casualties arrested missing treated protest trapped stolen sold aboard
    employed hospital withdrew""".split()
)
"""Events whose only figure in an article is that article's count of them: reports name one
number of dead, of injured, of arrests, of those who took part, were trapped or aboard, of
things stolen or sold, whatever noun they count them by ("300 runners took part" / "у
забігу взяли участь 250 бігунів")."""


def _event_pairs(
    figures: list[Figure], score: Mapping[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """Pairs of figures that are each the only figure of one casualty event in their article
    ("Nueve custodios fueron detenidos" / "six guards were arrested"; "Die Zahl der Toten ist
    auf 4 gestiegen" / "Four people died"), when a counted noun the lexicon does not know
    kept them apart; every other test of `similarity` still applies."""
    per_event = Counter((f.article_id, f.event) for f in figures)
    unnamed: dict[tuple[int, int], list[Figure]] = {}
    for f in figures:
        if not f.event:
            unnamed.setdefault((f.article_id, f.sentence), []).append(f)
    lone = [
        i
        for i, f in enumerate(figures)
        if f.event in _ROLE_EVENTS
        and per_event[(f.article_id, f.event)] == 1
        and not coordinated(f, unnamed.get((f.article_id, f.sentence), []))
        and not (f.dimension or f.percent)
    ]
    out: dict[tuple[int, int], float] = {}
    for m, x in enumerate(lone):
        for y in lone[m + 1 :]:
            a, b = figures[x], figures[y]
            if (x, y) in score or a.article_id == b.article_id or a.event != b.event:
                continue
            if (a.kind and b.kind) or not _compatible(a, b):
                continue
            s = similarity(a, b, parallel=True)
            if s > 0:
                out[(x, y)] = s
    return out


def find_discrepancies(texts: Mapping[int, str]) -> list[Discrepancy]:
    """Groups of figures from two or more articles that disagree (see `conflict`)."""
    figures = [
        f
        for aid in sorted(texts)
        for f in with_magnitudes(aid, texts[aid], find_figures(aid, texts[aid]))
    ]
    languages = {aid: language_of(texts[aid]) for aid in sorted(texts)}
    out: list[Discrepancy] = []
    for group in without_restatements(group_figures(figures, languages), texts):
        if len({f.article_id for f in group}) < 2:
            continue
        if not any(conflict(a, b) for a in group for b in group if a.article_id < b.article_id):
            continue
        smallest = min(f.scale for f in group)  # named in the unit its values are given in
        subject = group_subject([f for f in group if f.scale == smallest])
        out.append(Discrepancy(subject, tuple(in_one_unit(group))))
    out += [Discrepancy(group[0].noun, tuple(group)) for group in score_groups(texts)]
    out.sort(key=lambda d: (d.figures[0].article_id, d.figures[0].start))
    return out
