"""The text around figures: which lines are prose (or lines of a fact box) and which words
before a number hedge it ("more than", "около", "mindestens", "plus de", "al menos")."""

from __future__ import annotations

import re

from kursk_reader.analysis.textspans import fold

_HEDGES = [
    "more than", "less than", "fewer than", "at least", "up to", "as many as", "as few as",
    "just over", "just under", "close to", "upwards of", "an estimated", "approximately",
    "about", "around", "roughly", "nearly", "almost", "some", "over", "under", "circa",
    "не менее", "не более", "по меньшей мере", "как минимум", "более", "больше", "свыше",
    "менее", "меньше", "около", "почти", "порядка", "примерно", "приблизительно", "до",
    "не менше", "більш ніж", "більше", "понад", "менше", "близько", "майже", "приблизно",
    "щонайменше", "принаймні", "mehr als", "weniger als", "mindestens", "bis zu", "etwa",
    "rund", "fast", "knapp", "über", "ca", "plus de", "moins de", "au moins", "près de",
    "jusqu'à", "jusqu’à", "environ", "quelque", "quelques", "presque", "más de", "menos de",
    "al menos", "por lo menos", "alrededor de", "cerca de", "casi", "unos", "unas", "hasta",
    "aproximadamente",
]  # fmt: skip
ONE_WORD_HEDGES = frozenset(h for h in _HEDGES if " " not in h)
_HEDGE_WORDS = sorted((h.split() for h in _HEDGES), key=len, reverse=True)
_HEDGE_REACH = len(_HEDGE_WORDS[0])
_HEDGES_BY_LAST: dict[str, list[list[str]]] = {}
for _hedge in _HEDGE_WORDS:  # longest first, as in _HEDGE_WORDS
    _HEDGES_BY_LAST.setdefault(_hedge[-1], []).append(_hedge)


_LABEL_LINE = re.compile(r"^\W{0,3}[^\W\d][^\d:–—]{1,40}(?::|\s[–—])\s*[^\W\d]*\s*\d[\d\s,.]*$")
"""A line of a fact box ("Deaths: 12", "Injured: about 40", "Evacuated – 1,500"): read,
though it has no sentence punctuation; its label must still name what is counted."""


def prose_lines(text: str) -> list[tuple[int, str]]:
    """Lines that read as sentences (end with sentence punctuation or are long) or as lines
    of a fact box."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        if (
            stripped.endswith((".", "!", "?", '"', "”", "»", "’", "'", ":", "…", ")"))
            or len(stripped.split()) > 25
            or _LABEL_LINE.match(stripped)
        ):
            out.append((pos, line))
        pos += len(line) + 1
    return out


_MAX_HEADLINE_WORDS = 20


def headline(text: str) -> tuple[int, str] | None:
    """(start, line) of the article's first line when it is a headline, not prose (no
    sentence punctuation, at most `_MAX_HEADLINE_WORDS` words): a headline often gives a
    figure the body words otherwise ("… after 31 years", "… shut for six days")."""
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    line = stripped.split("\n", 1)[0]
    if not line.strip() or prose_lines(line):
        return None
    if len(line.split()) > _MAX_HEADLINE_WORDS:
        return None
    return start, line


def hedge_words_before(words: list[str], i: int) -> bool:
    """Is the number at i preceded by a hedge ("about", "plus de")?"""
    return hedge_before(words, i) < i


def hedge_before(words: list[str], i: int) -> int:
    """Index of the first word of the hedge right before words[i] ("more than", "около"),
    or i when there is none."""
    if i == 0:
        return i
    candidates = _HEDGES_BY_LAST.get(words[i - 1].lower())
    if not candidates:
        return i  # a hedge ends right before the number: only those ending in its word count
    lowered = [w.lower() for w in words[max(0, i - _HEDGE_REACH) : i]]
    for hedge in candidates:
        n = len(hedge)
        if n <= len(lowered) and lowered[len(lowered) - n :] == hedge:
            if n == 1 and i >= 2 and fold(words[i - 2]).startswith(_PARTICLE_OF.get(hedge[0], ())):
                return i  # "Das Hotel verfügt über 300 Zimmer": it has 300
            return i - n
    return i


_PARTICLE_OF = {"über": ("verfug",), "over": ("hand", "turn")}
"""Hedge words that are the particle or preposition of the verb right before them ("verfügt
über 300 Zimmer" has 300 rooms, "handed over 40 rifles" gave 40): no hedge then."""


def stem(word: str) -> str:
    """The first five letters of the folded word: what context and head nouns are compared by."""
    w = fold(word).replace(" ", "")
    return w[:5] if len(w) > 5 else w
