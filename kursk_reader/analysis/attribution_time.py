"""A time phrase between a subject and its verb ("The agency on Monday suspended …", "Der
Verband am Montag …", "La fiscalía este martes pidió …", "Комитет в понедельник оштрафовал
…"): the subject ends before it. Weekdays, months and day adverbs are closed classes in six
languages."""

from __future__ import annotations

from kursk_reader.analysis.attribution_phrases import TIME_ADVERBS

_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo понедельник вторник среду четверг
    пятницу субботу воскресенье понеділок вівторок середу четвер п'ятницю суботу неділю
    january february march april may june july august september october november december
    januar februar märz juni juli oktober dezember janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio
    julio agosto septiembre octubre noviembre diciembre""".split()
)
_OPENERS = frozenset("on am le ce el este esta в во у".split())
"""Words that open a day or a date: "on Monday", "am Montag", "ce mardi", "este lunes"."""


TIME_FIRST = _DAYS | _OPENERS | TIME_ADVERBS
"""Every word a time phrase opens with, lower-cased: the cheap test before `time_span`."""


def time_span(words: list[str]) -> int:
    """How many of the words, from the first, make a time phrase (0 when none): "on Monday",
    "mardi", "yesterday", "в понедельник"."""
    if not words:
        return 0
    low = [w.lower() for w in words]
    if low[0] in _DAYS or low[0] in TIME_ADVERBS:
        return 1
    if len(low) >= 2 and low[0] in _OPENERS and low[1] in _DAYS:
        return 2
    return 0
