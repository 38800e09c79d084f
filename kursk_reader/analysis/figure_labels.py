"""A time unit right before a bare number labels a moment, it counts nothing: "broke his
boom on day four", "in week 3 of the trial", "am Tag 4 des Rennens", "le jour 4", "el día
4". Read as "the death toll rose to 12" (the counted noun before the number), such a phrase
would make "4 days" of a race's fourth day."""

from __future__ import annotations

from kursk_reader.analysis import concepts
from kursk_reader.analysis.textspans import fold

_TIME_UNITS = frozenset(("minutes", "hours", "days", "weeks", "months", "seconds", "nights"))


def unit_label(words: list[str], named: int, hedge_start: int) -> bool:
    """Is the word taken for what a bare number counts a time unit right before it ("on day
    four", "in week 3")? Then the number labels a moment."""
    return named == hedge_start - 1 and concepts.noun_class(words[named]) in _TIME_UNITS


def labelled(words: list[str], i: int, j: int) -> bool:
    """Is the number at words[i:j] a moment's label, a time unit right before it and no
    counted noun the lexicon knows right after ("on day four of the race", "am Tag 4 des
    Rennens"; not "within days 30 people fell ill", "in acht Monaten 16 Kasernen")?"""
    if i == 0 or concepts.noun_class(words[i - 1]) not in _TIME_UNITS:
        return False
    if fold(words[i - 1]) not in _SINGULAR:
        return False  # "in acht Monaten 16 Kasernen": a plural names a span, no moment
    return j >= len(words) or not concepts.noun_class(words[j])


_SINGULAR = frozenset(
    """day week month hour minute second night tag woche monat stunde minute sekunde nacht
    jour semaine mois heure minute seconde nuit dia semana mes hora minuto segundo noche
    день неделя неделе недели месяц час минута секунда ночь доба тиждень тижня місяць
    година хвилина ніч""".split()
)
"""Time units in the singular, folded, six languages: only these label a moment ("day
four", "Tag 4", "le jour 4", "el día 4", "день 4", "тиждень 3")."""
