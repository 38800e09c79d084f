"""Tallies: two numbers joined by "to" that count one thing split two ways ("by five votes to
two", "mit fünf zu zwei Stimmen", "par six voix contre une", "por cinco votos a dos",
"шестью голосами против одного"). The first number is the larger side (the majority, the
winner's score) and takes the noun written after the second ("fünf zu zwei Stimmen" counts
five votes), so it meets another outlet's "six votes to one" as one figure.

A larger number before a smaller one tells a tally from a range ("five to seven days" rises);
a change ("fell from 8 to 5") is read by `figure_phrases.range_start` before this."""

from __future__ import annotations

from kursk_reader.analysis.numbers import read_number

_TALLY_TO = frozenset("to zu gegen contre a против проти".split())
"""Words joining the two sides of a tally in six languages."""


def tally_noun_at(words: list[str], j: int, number: float) -> int:
    """Index of the counted noun after the smaller side of a tally that starts with `number`
    (read up to words[j]), or -1 when words[j:] is no tally's second side."""
    if j + 1 >= len(words) or words[j].lower() not in _TALLY_TO:
        return -1
    got = read_number(words[j + 1 : j + 7])
    if got is None:
        return -1
    other, used = got
    if not 0 <= other < number:
        return -1
    at = j + 1 + used
    return at if at < len(words) and words[at][:1].isalpha() else -1


_CHANGE_FROM = frozenset("from с з із від von de".split())
"""Words before the old value of a change ("from 8 to 5", "de 8 a 5")."""
_SIDE_REACH = 3
"""Words searched before "to" for the larger side ("six votes to one": the number and its
noun of up to two words)."""


def tally_second(words: list[str], i: int, number: float) -> bool:
    """Is the number at words[i] the smaller side of a tally ("six votes to one",
    "пятью голосами против двух")? It counts the minority: no figure of its own."""
    if i < 2 or words[i - 1].lower() not in _TALLY_TO:
        return False
    for k in range(i - 2, max(-1, i - 2 - _SIDE_REACH), -1):
        got = read_number(words[k : k + 1])
        if got is not None:  # "fell from 8 to 5": a change, whose figure is the 5
            return got[0] > number and not (k and words[k - 1].lower() in _CHANGE_FROM)
        if not words[k][:1].isalpha():
            return False
    return False
