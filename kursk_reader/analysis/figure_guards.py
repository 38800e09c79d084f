"""Guards and ties for pairing figures that `figure_groups` applies: a figure someone advises
is no version of one that is, an alike event named beside a count is a word in common, a
lead count whose value another article gives for another count is not that count, and two
shares that both rise or both fall are one change when nothing says of what they differ."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_context import senses
from kursk_reader.analysis.figure_terms import AGE_WORD, plain_years
from kursk_reader.analysis.figure_votes import of_votes
from kursk_reader.analysis.figures import Figure
from kursk_reader.analysis.numbers import digits_value, read_number
from kursk_reader.analysis.textspans import fold

_SHOULD = frozenset(
    """should ought sollte sollten solle devrait devraient faudrait deberia deberian
    следует следовало стоило слід варто""".split()
)
"""Modals of advice in six languages: a figure beside one is what someone wants ("fences
should be raised to 1.20 metres", "il faudrait 200 agents"), never a version of what is."""


_VALUATION = frozenset(
    """presale pre-sale reserve appraised appraisal эстимейт стартовая стартовой
    стартовую оценочная оценочной оценочную естимейт стартова стартової стартову
    оціночна оціночної оціночну schatzpreis schatzwert ausrufpreis startpreis mindestpreis
    mindestgebot reserve depart salida tasacion tasado tasada""".split()
)
"""Words of a sum set before a sale in six languages ("a pre-sale estimate of €120,000",
"стартовая цена", "Schätzpreis", "prix de réserve", "precio de salida"): what a lot was
expected to fetch, never a version of what it fetched."""


def target(f: Figure) -> bool:
    """Is the figure what someone advises (a modal of advice right beside it), or a sum
    set before a sale (a valuation word beside it)?"""
    if f.dimension.startswith("money") and not _VALUATION.isdisjoint(f.near):
        return True
    return not _SHOULD.isdisjoint(f.near)


def event_beside(a: Figure, b: Figure) -> bool:
    """Does a word beside `a` name `b`'s event, of a kind alike to `a`'s own ("21 people
    were treated for injuries" / "с травмами обратились 12 человек": treated, and injured
    too)? Two near-synonym events alone tie nothing; the other's event named is a word in
    common."""
    return (
        bool(a.event and b.event)
        and a.event != b.event
        and concepts.compatible_events(a.event, b.event)
        and any(concepts.event_of(w) == b.event for w in a.near)
    )


def value_elsewhere(figures: list[Figure], a: Figure, b: Figure) -> bool:
    """Does b's article give a's very value in another count of people ("beschäftigt rund
    430 Menschen" / "emplea a 1.100 personas ... cuenta con 430 trabajadores")? Then that
    figure is a's version, and the two leads are two counts."""
    return a.number != b.number and any(
        g is not b and not (g.dimension or g.percent) and concepts.compatible_nouns(g.kind, a.kind)
        for g in _by_value(figures).get((b.article_id, a.number), ())
    )


_INDEX: list[tuple[list[Figure], int, dict[tuple[int, float], list[Figure]]]] = []


def _by_value(figures: list[Figure]) -> dict[tuple[int, float], list[Figure]]:
    """The figures by (article, number), built once per list (the list is kept, so it is
    never mistaken for a later one at the same address; a list grown since is indexed
    again)."""
    entry = _INDEX[0] if _INDEX else None  # one read: another thread may replace it
    if entry is not None and entry[0] is figures and entry[1] == len(figures):
        return entry[2]
    index: dict[tuple[int, float], list[Figure]] = {}
    for g in figures:
        index.setdefault((g.article_id, g.number), []).append(g)
    _INDEX[:] = [(figures, len(figures), index)]
    return index


_RISE = re.compile(
    r"^(?:rose|risen|rises?|climb\w*|increas\w*|jump\w*|grew|grow\w*|gain\w*|stieg\w*|"
    r"gestiegen|steigt|wuchs|gewachsen|zugelegt|erhoh\w*|hausse|augment\w*|progress\w*|"
    r"grimp\w*|subi\w*|subio|aument\w*|crec\w*|вырос\w*|возрос\w*|увелич\w*|подорож\w*|"
    r"зрос\w*|зріс|збільш\w*|soar\w*|surg\w*|kletter\w*|bondi\w*|envol\w*|"
    r"подскоч\w*|взлет\w*|підскоч\w*|злет\w*)$"
)
_FALL = re.compile(
    r"^(?:fell|fall\w*|drop\w*|declin\w*|decreas\w*|slump\w*|plung\w*|sank\w*|sink\w*|"
    r"gesunken|fiel|gefallen|ruckgang|baiss\w*|chut\w*|recul\w*|diminu\w*|cay\w*|bajo|"
    r"bajaron|disminu\w*|упал\w*|сниз\w*|сократ\w*|впал\w*|впав|зниз\w*|скорот\w*|"
    r"lost|los[es]|losing|tumbl\w*|slid\w*|verlor\w*|verliert|sackt\w*|abgesackt|"
    r"eingebrochen|brachen|brach|perd\w*|degringol\w*|effondr\w*|desplom\w*|"
    r"потерял\w*|подешев\w*|обвал\w*|рухн\w*|втрат\w*|подешевш\w*)$"
)
"""Verbs and nouns of a rise or a fall, six languages ("fell by 23%", "sank um 32 Prozent",
"cayeron un 23 %", "упали на 23%")."""


_MORE = re.compile(r"^(?:up|higher|mehr|hoher|больше|выше|більше|вище|plus|mas)$")
_LESS = re.compile(
    r"^(?:down|lower|fewer|weniger|geringer|niedriger|меньше|ниже|менше|нижче|moins|menos)$"
)
"""Adverbs and comparatives of a change ("down 18%", "22 Prozent weniger", "на 22% меньше"),
read only when they are not the figure's hedge ("mehr als 20 Prozent")."""


def direction(f: Figure) -> str:
    """ "up" or "down" when a word beside a share says it rose or fell, else ""."""
    hedge = set(fold(f.hedge).split())
    up = any(_RISE.match(w) or w not in hedge and _MORE.match(w) for w in f.near)
    down = any(_FALL.match(w) or w not in hedge and _LESS.match(w) for w in f.near)
    return "up" if up and not down else "down" if down and not up else ""


def _same_direction(a: Figure, b: Figure) -> bool:
    """Are two percentages both a rise, or both a fall?"""
    d = direction(a)
    return bool(d) and d == direction(b)


SHARE_SENSES = frozenset(("turnout", "price", "stake"))
"""What a story's one share of a kind is of: the turnout of its vote, the rise of its
prices ("raised prices by 18%" / "підняли ціни на 18%" / "поднимали цены на 23%")."""


def noun_senses(f: Figure) -> set[str]:
    """Senses named beside a share, by the noun it is a share of or in the words around it
    (its clause may end before the noun: "поднимали цены для сетей — в среднем на 23%"); a
    share alone in its sentence takes a share sense from the whole sentence ("La
    participation au second tour s'est établie à 31,4 %": the subject stands further off)."""
    found = senses(f.near + f.context + tuple(fold(w) for w in f.noun.split()))
    if f.lone_share:
        found |= senses(f.sentence_words) & SHARE_SENSES
    if of_votes(f):
        found.discard("turnout")  # "58.3% of the vote on a turnout of 41.2%": a vote share
    return found


def same_share_change(a: Figure, b: Figure) -> bool:
    """Two shares that both rise or both fall, and say of nothing that tells them apart
    ("sales to rise 15%" / "die Preise stiegen um 9 Prozent": a price and no price)."""
    return _same_direction(a, b) and not (noun_senses(a) ^ noun_senses(b)) & SHARE_SENSES


def lone_spans(a: Figure, b: Figure, languages: tuple[str, str]) -> bool:
    """Two spans of years, each its article's only one, with no name beside either ("the
    fraud went on for seven years" / "die Taten erstreckten sich über acht Jahre"): across
    languages they are the story's one span. A name beside one makes it someone's ("Алексей
    Воробьев увлекался горами больше десяти лет")."""
    return all(
        plain_years(f.noun, f.kind)
        and not f.relation  # "60 years ago", "aged 58" are no time something went on
        and not any(AGE_WORD.match(w) for w in f.near)
        and (f.near == f.near_lower or lang == "de")
        for f, lang in zip((a, b), languages, strict=True)
    )  # German writes its nouns in capitals: there a capital says no name


def exact_elsewhere(figures: list[Figure], a: Figure, b: Figure) -> bool:
    """Are a and b counts of people of which one article gives the other's exact value
    in another count ("rund 430 Beschäftigte" / "emplea a 1.100 personas … cuenta con 430
    trabajadores")? Then that figure is the version, and a and b are two counts."""
    if not (_people(a) and _people(b) or _unclassed(a) and _unclassed(b)):
        return False
    return value_elsewhere(figures, a, b) or value_elsewhere(figures, b, a)


def _unclassed(f: Figure) -> bool:
    """A count of at least `_MIN_OWN_VALUE` of a noun `concepts` has no class for
    ("14 жалоб" / "почти 40 жалоб … 14 обращений": the 14 is the version, under
    another noun)."""
    return not (f.kind or f.dimension or f.percent) and f.number >= _MIN_OWN_VALUE


def _people(f: Figure) -> bool:
    """A count of people of at least `_MIN_OWN_VALUE`."""
    people = f.kind in concepts.PERSON_CLASSES or f.kind == concepts.GENERIC
    return people and not (f.dimension or f.percent) and f.number >= _MIN_OWN_VALUE


_MIN_OWN_VALUE = 10
"""Smaller counts recur for unrelated things in any report (two cars, eight minutes)."""


def whole_after(part: list[str], word: str) -> bool:
    """Is `word` a whole in digits larger than the number the figure starts with?"""
    if not word[:1].isdigit() or not part:
        return False
    got = read_number(part)
    return got is not None and got[1] == len(part) and digits_value(word) > got[0]


_NEXT = frozenset(
    fold(w)
    for w in """next coming prochaines prochains prochaine prochain nachsten kommenden ближайшие
    ближайших ближайшее следующие следующих наступні наступних найближчі найближчих proximas
    proximos proxima proximo""".split()
)
_LAST = frozenset(
    fold(w)
    for w in """last past previous dernieres derniers derniere dernier passees letzten vergangenen
    vorigen последние последних прошедшие прошлые останні останніх минулі минулих ultimas
    ultimos ultima ultimo pasadas pasados""".split()
)
"""Words that put a span of time ahead of now or behind it ("in the next two weeks", "dans
les deux prochaines semaines", "в ближайшие две недели" / "over the last three weeks", "en
las últimas tres semanas", "за останні три тижні")."""


def time_direction(f: Figure) -> str:
    """ "next" or "last" for a span of time a word puts ahead of now or behind it, else ""."""
    if f.dimension != "duration":
        return ""
    words = {fold(w) for w in (*f.quote.split(), *f.near)}
    if words & _NEXT:
        return "next"
    return "last" if words & _LAST else ""


def opposite_times(a: Figure, b: Figure) -> bool:
    """Is one span ahead of now and the other behind it ("the next two weeks" / "the last
    three weeks")? Then they are two spans, never one figure."""
    da, db = time_direction(a), time_direction(b)
    return bool(da and db) and da != db


_HABITUAL = frozenset(
    fold(w)
    for w in """typically usually normally generally ordinarily customarily habitually
    généralement habituellement normalement ordinairement üblicherweise normalerweise
    gewöhnlich gewöhnlicherweise обычно обыкновенно зазвичай звичайно normalmente
    habitualmente generalmente usualmente comúnmente""".split()
)
"""Words that make a figure what usually holds ("lithium cells typically reach 250 Wh/kg",
"обычно", "zazvychai", "normalerweise", "généralement", "normalmente"), a yardstick beside
the story, not its figure."""


def habitual(f: Figure) -> bool:
    """Is the figure what usually holds (a word of habit beside it)?"""
    return _habitual_near(f.near)


@lru_cache(maxsize=65536)
def _habitual_near(near: tuple[str, ...]) -> bool:
    return any(fold(w) in _HABITUAL for w in near)
