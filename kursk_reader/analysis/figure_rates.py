"""Rates: a figure counted per span of time ("eight crossings a day", "шість рейсів на добу",
"seis travesías al día", "zwölf Züge pro Stunde", "trois rotations par semaine"). A rate is
never the same figure as a plain count or a rate of another period, and across languages the
one rate of a period in each article is one figure whatever its noun, because what a story
counts per day (ferry crossings, trains, patients) is one thing in it, while the nouns for
it differ between outlets and languages ("crossings" / "sailings" / "рейсів"): see
`figure_rate_pairs`.

The period is read from the words right after the counted noun: an article or a preposition
of rate, then a word of the time-unit classes in `concepts` or a year word."""

from __future__ import annotations

from kursk_reader.analysis import concepts
from kursk_reader.analysis.textspans import fold

_RATE_WORDS = frozenset(
    """a an per each every в на pro am je im par chaque a al por cada""".split()
)
"""Words that put a count over a span of time: "a day", "per hour", "each week", "в сутки",
"на добу", "pro Tag", "am Tag", "je Woche", "im Jahr", "par jour", "chaque semaine", "al
día", "por hora", "cada mes"."""
_SECOND = frozenset("la la le l".split())
"""An article after the rate word ("a la semana", "à l'heure")."""
_PERIODS = frozenset(("seconds", "minutes", "hours", "days", "weeks", "months"))
_SPEEDS = {"hours": 1e-3, "seconds": 3.6}
"""A length per hour or per second is a speed: the factor from metres to km/h."""


def speed_scale(period: str) -> float:
    """The factor that turns a length in metres given per `period` into km/h ("120 km per
    hour", "25 метров в секунду"); 0 when a length per that period is no speed."""
    return _SPEEDS.get(period, 0.0)


_YEARS = frozenset("year jahr an annee ano год рік".split())
_DAILY = {
    "daily": "days",
    "nightly": "days",
    "weekly": "weeks",
    "hourly": "hours",
    "monthly": "months",
    "yearly": "years",
    "annually": "years",
    "taglich": "days",
    "wochentlich": "weeks",
    "stundlich": "hours",
    "monatlich": "months",
    "jahrlich": "years",
    "quotidiennement": "days",
    "diariamente": "days",
    "ежедневно": "days",
    "ежечасно": "hours",
    "еженедельно": "weeks",
    "ежемесячно": "months",
    "ежегодно": "years",
    "щодня": "days",
    "щоденно": "days",
    "щогодини": "hours",
    "щотижня": "weeks",
    "щомісяця": "months",
    "щороку": "years",
    **dict.fromkeys(
        "diario diaria diarios diarias quotidien quotidienne quotidiens quotidiennes".split(),
        "days",
    ),
    **dict.fromkeys("semanal semanales hebdomadaire hebdomadaires".split(), "weeks"),
    **dict.fromkeys("mensual mensuales mensuel mensuelle mensuels mensuelles".split(), "months"),
    **dict.fromkeys("anual anuales annuel annuelle annuels annuelles".split(), "years"),
}
"""Adverbs that make the count before them a rate ("12 trains daily", "zwölf Züge täglich",
"шість рейсів щодня"), and the Spanish and French adjectives that follow the noun ("ocho
travesías diarias", "six rotations quotidiennes", "un alquiler anual")."""
_REACH = 5
"""Words after the counted noun searched for a rate phrase ("litres of clean water a day"):
more reaches a period said of something else later in the sentence."""


def period_after(words: list[str], tail_at: int) -> str:
    """The period ("days", "hours", "weeks", "months", "years") a count is given per, read
    in its clause after its counted noun ("eight crossings a day", "60,000 litres of clean
    water a day", "300 euros net par mois", "45,000 litres to the villages every day") or
    from an adverb the noun phrase took in ("zwölf Züge täglich"), or ""."""
    if tail_at and fold(words[tail_at - 1]) in _DAILY:
        return _DAILY[fold(words[tail_at - 1])]
    for k in range(tail_at, min(len(words), tail_at + _REACH)):
        word = words[k]
        if not word[:1].isalpha():
            return ""  # a comma, a full stop or another number ends the figure's phrase
        found = period_at(words, k)
        if found:
            return found
    return ""


def period_before(words: list[str], number_at: int) -> str:
    """The period of a rate said before its number in the same clause ("Täglich fahren etwa
    12.000 Fahrzeuge", "ежедневно проезжают 9 тыс. машин", "every day some 9,000 cars"), or
    ""."""
    for k in range(number_at - 1, max(-1, number_at - 1 - _REACH_BEFORE), -1):
        word = words[k]
        if not word[:1].isalpha():
            return ""
        key = fold(word)
        if key in _DAILY:
            return _DAILY[key]
        if key in _EVERY and k + 1 < number_at:
            period = concepts.noun_class(words[k + 1])
            if period in _PERIODS:
                return period
    return ""


_REACH_BEFORE = 4
"""Words before a number searched for a rate adverb: its verb and hedge stand between."""
_EVERY = frozenset(
    "every each jeden jede jedes chaque cada каждый каждую кожен кожного кожну".split()
)


def period_at(words: list[str], at: int) -> str:
    """The period of a rate phrase starting at words[at] ("a day", "pro Tag", "à l'heure",
    "a la semana", "täglich"), or ""."""
    first = fold(words[at])
    if first in _DAILY:
        return _DAILY[first]
    if first not in _RATE_WORDS and first not in ("à", _WITHIN):
        return ""
    k = at + 1
    if k < len(words) and fold(words[k]) in _SECOND:
        k += 1
    if k >= len(words):
        return ""
    word = words[k]
    key = fold(word)
    if key.startswith("l ") and len(key) > 2:
        key = key[2:]  # "à l'heure"
    nxt = fold(words[k + 1]) if k + 1 < len(words) else ""
    if _continues(nxt):
        return ""  # "в день открытия", "am Tag der Eröffnung": a day named, not a rate
    if key in _YEARS:
        return "" if first == _WITHIN else "years"
    period = concepts.noun_class(key)
    if first == _WITHIN and period != "seconds":
        return ""  # "за сутки", "за год": within a span, no rate
    return period if period in _PERIODS and word[:1].isalpha() else ""


_WITHIN = "за"
"""Russian and Ukrainian "within": a rate only per second ("25 метрів за секунду", a wind
speed); "за сутки", "за рік" name the span a count was made in."""


_OF_AFTER = frozenset(
    """of the der des dem de del du d la el los las later earlier before after ago
    spater danach zuvor früher fruher plus tard avant apres despues antes mas""".split()
)
"""Words that make the period word the head of a phrase ("the day of the vote", "am Tag der
Eröffnung", "le jour de") or a point in time ("died a day later", "un día después"): a day
named, not a rate."""
_SLAVIC_AFTER = frozenset(
    """и или но а с со до на в во из у по через между для при о об после перед за к
    та і або з із від між після крізь""".split()
)
"""Russian and Ukrainian words that may follow a rate phrase ("шість рейсів на добу, а з
липня", "рейсов в сутки между островами"); any other Cyrillic word after the period word is
its genitive ("в день открытия": the day of the opening)."""


def _continues(nxt: str) -> bool:
    """Does the word after a period word make it the head of a phrase?"""
    if nxt in _OF_AFTER:
        return True
    return bool(nxt[:1].isalpha()) and not nxt.isascii() and nxt not in _SLAVIC_AFTER
