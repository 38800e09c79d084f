"""Counts whose noun a coordinated clause leaves out: "КПРФ получила четыре места, ЛДПР —
два", "The Communist Party took four seats and the Liberal Democrats three", "die SPD
kam auf 12 Sitze, die Grünen auf 5". The bare number closing the sentence counts what the
figure before it in the sentence counts; the words between say whose it is."""

from __future__ import annotations

from dataclasses import replace

from kursk_reader.analysis.figure_record import Figure
from kursk_reader.analysis.numbers import read_number
from kursk_reader.analysis.textspans import fold

_DASHES = frozenset("— – -".split())
_STOPS = frozenset(".!?;")
_LINKS = frozenset(", и та і а and und et y e".split())
"""A comma or a conjunction between the two clauses: gapping coordinates."""
_MAX_GAP = 4
"""Tokens between the figure and the bare number: the other owner's name and its verb's
preposition ("the Liberal Democrats", "ЛДПР —", "die Grünen auf")."""


def gapped(text: str, toks: list[tuple[int, int, str]], out: list[Figure]) -> list[Figure]:
    """Bare numbers ending a sentence after a clause with a counted figure (see the module
    docstring), as figures of that figure's noun."""
    found: list[Figure] = []
    words = [t[2] for t in toks]
    for k in range(1, len(toks)):
        if k + 1 < len(toks) and words[k + 1] not in _STOPS:
            continue
        got = read_number(words[k : k + 1])
        if got is None or got[0] < 2 or any(f.start <= toks[k][0] < f.end for f in out):
            continue
        if words[k].isdigit() and len(words[k]) == 4:
            continue  # a year: "set in August 2003"
        before = [f for f in out if f.end <= toks[k][0] and f.noun and not f.earlier]
        if not before:
            continue
        prev = max(before, key=lambda f: f.end)
        between = [i for i in range(len(toks)) if prev.end <= toks[i][0] < toks[k][0]]
        gap = [words[i] for i in between]
        if not gap or len(gap) > _MAX_GAP or _STOPS & set(gap):
            continue
        if gap[0] not in _LINKS or not (gap[-1] in _DASHES or len(gap) >= 2):
            continue
        if not any(w[:1].isupper() for w in gap[1:]):
            continue  # another owner is named: "ЛДПР", "the Liberal Democrats"
        start, end = toks[k][0], toks[k][1]
        found.append(
            replace(
                prev,
                value=text[start:end],
                number=got[0],
                hedge="",
                quote=text[start:end],
                start=start,
                end=end,
                near=tuple(fold(w) for w in gap if w.isalpha() and len(w) > 3),
                near_lower=tuple(
                    fold(w) for w in gap if w.isalpha() and w.islower() and len(w) > 3
                ),
            )
        )
    return found
