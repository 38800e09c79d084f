"""Final scores of a match ("beating Chambéry 31-29", "Battus 31-28", "gewann mit 3:1",
"победил со счётом 4:2"): two numbers joined by a dash or colon beside a word of winning or
losing. The number reader leaves them out (a dash between numbers is a range or a code), so
they are read here. Each article's first score is its result; when the articles' results
share one side and differ on the other, the other side is a discrepancy ("31-29" / "31-28":
the losing side 29 vs 28). Results that differ on both sides, or an article's later scores
(a first leg, a half-time score), are left alone: they need not be one result."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from kursk_reader.analysis import concepts
from kursk_reader.analysis.counted_nouns import concept_of
from kursk_reader.analysis.figures import Figure
from kursk_reader.analysis.textspans import fold

_SCORE = re.compile(r"(?<![\w.,:/–-])(\d{1,3}) ?([-–:]) ?(\d{1,3})(?!\w|[.,:/–-]\d|\s?%)")
_MAX_SIDE = 200
"""No side of a match score is larger (basketball stays below it)."""
_CUES = frozenset(
    """won win wins winning beat beats beating defeated defeating defeat defeats lost loses
    losing loss victory triumph draw drew drawn score scored final result
    gano gana ganaron ganar vencio vence vencieron vencer derroto derrotaron derrotar
    derrotando perdio pierde perdieron perder victoria derrota triunfo impuso impusieron
    imponerse empate empato empataron marcador resultado
    battu battus battue battues bat battent vainqueur vainqueurs victoire defaite gagne
    gagnent perdu perd perdent impose imposent imposes emporte emportent nul score
    gewann gewinnt gewannen gewinnen siegte siegt siegten besiegte besiegt besiegten verlor
    verliert verloren unterlag unterlagen sieg niederlage endstand ergebnis remis
    победил победила победили обыграл обыграла обыграли проиграл проиграла проиграли
    победило проиграло выиграло перемогло програло виграло
    выиграл выиграла выиграли победа победу победой поражение поражением ничья счетом счет
    переміг перемогла перемогли обіграв обіграла обіграли програв програла програли виграв
    виграла виграли перемога перемогу перемогою поразка поразки поразкою нічия рахунком
    рахунок""".split()
)
"""Folded words of winning, losing or a score (six languages), one of which stands in the
few words before a score or right after it ("a 31-29 win", "die 1:3-Niederlage")."""
_REACH_BEFORE = 5
"""Words before a score searched for its cue ("beating France's Chambéry 31-29")."""
_CLOCK_BEFORE = frozenset("at um à a las о в until bis hasta jusqu".split())
"""Words before "19:30" that make it a clock time."""


def lead_score(text: str) -> tuple[int, int, int, int] | None:
    """The article's first match score: (higher side, lower side, start, end), or None."""
    for m in _SCORE.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        if max(first, second) > _MAX_SIDE:
            continue
        before = [fold(w) for w in re.findall(r"[\w']+", text[max(0, m.start() - 80) : m.start()])]
        after = re.findall(r"[\w']+", text[m.end() : m.end() + 40])
        if m.group(2) == ":" and before and before[-1] in _CLOCK_BEFORE:
            continue  # "at 19:30", "um 20:15"
        if after and fold(after[0]) in _CUES:
            return max(first, second), min(first, second), m.start(), m.end()  # "a 31-29 win"
        if after and _counted(after[0]):
            continue  # "20-30 people", "10-15 km": a range of a count
        if not set(before[-_REACH_BEFORE:]) & _CUES:
            continue
        return max(first, second), min(first, second), m.start(), m.end()
    return None


def _counted(word: str) -> bool:
    """Is the word after a dash of numbers what they count or measure?"""
    return bool(concepts.noun_class(word) or concept_of(word)[0])


def score_groups(texts: Mapping[int, str]) -> list[list[Figure]]:
    """Per disagreement of the articles' results on one side, the figures of that side (one
    per article, its value the side's number, its quote the whole score); articles whose
    result does not share the common side are left out."""
    leads = {aid: s for aid in sorted(texts) if (s := lead_score(texts[aid])) is not None}
    if len(leads) < 2:
        return []
    for shared, other in ((0, 1), (1, 0)):
        counts = Counter(s[shared] for s in leads.values())
        value, n = counts.most_common(1)[0]
        members = {aid: s for aid, s in leads.items() if s[shared] == value}
        if n < 2 or len({s[other] for s in members.values()}) < 2:
            continue
        if len({s[0] for s in members.values()}) > 1 and len({s[1] for s in members.values()}) > 1:
            continue
        side = "winning side" if other == 0 else "losing side"
        return [[_figure(aid, texts[aid], s, s[other], side) for aid, s in members.items()]]
    return []


def _figure(aid: int, text: str, score: tuple[int, int, int, int], value: int, side: str) -> Figure:
    _high, _low, start, end = score
    return Figure(
        article_id=aid,
        value=str(value),
        number=float(value),
        hedge="",
        noun=f"score ({side})",
        quote=text[start:end],
        start=start,
        end=end,
        context=(),
    )
