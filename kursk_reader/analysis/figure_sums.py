"""What a sum is of, when the words beside it do not say: "Die Verbindlichkeiten belaufen
sich nach Angaben des Unternehmens auf etwa 18 Millionen Euro, der Umsatz lag zuletzt bei
26 Millionen Euro" names the debts five words before the first sum and the turnover right
before the second. The sentence's sense words that no other sum of the sentence claims are
the sum's own, so it pairs with "owes creditors around 21.5 million euros" and never with a
turnover."""

from __future__ import annotations

from dataclasses import replace

from kursk_reader.analysis.figure_context import senses
from kursk_reader.analysis.figure_record import Figure

_SUM_SENSES = frozenset(("debt", "revenue", "damage", "price"))
"""Senses that say what a sum is (see `concepts.SENSES`)."""


def with_sum_senses(figures: list[Figure]) -> list[Figure]:
    """The figures of one article, each sum whose near words name no sum sense given the
    words of its sentence that name one sense no other sum of the sentence names."""
    sums = [f for f in figures if f.dimension.startswith("money")]
    if not sums:
        return figures
    claimed: dict[int, set[str]] = {}
    for f in sums:
        claimed.setdefault(f.sentence, set()).update(senses(f.near) & _SUM_SENSES)
    out = []
    for f in figures:
        if f.dimension.startswith("money") and not senses(f.near) & _SUM_SENSES:
            words = [w for w in f.sentence_words if senses((w,)) & _SUM_SENSES]
            free = {w for w in words if not senses((w,)) & claimed.get(f.sentence, set())}
            if len(senses(tuple(free))) == 1:
                f = replace(f, near=f.near + tuple(sorted(free)))
        out.append(f)
    return out
