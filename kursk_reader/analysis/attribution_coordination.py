"""Two subjects joined by "and" before one speech verb ("CCOO y UGT han exigido", "Verdi und
IG Metall teilten mit", "the AFL and the CIO said"): the first is read as a subject ending
before the conjunction, the way a subject ending before a verb is read, so both are cited. Two acronyms joined so are split ("CCOO y UGT")."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_before import source_before
from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.attribution_trims import LEADING_ARTICLES
from kursk_reader.analysis.textspans import Token, gap_is_space

_AND = frozenset("and und et y e и і та".split())


def subject_before_and(text: str, toks: list[Token], first: int) -> tuple[int, int, str] | None:
    """The subject joined by a conjunction to the one starting at token first, or None. It
    must be a name (capitalised) or a source noun and end right before the conjunction."""
    k = first
    if k > 0 and toks[k - 1].text.lower() in LEADING_ARTICLES:
        k -= 1
    if k < 2 or toks[k - 1].text.lower() not in _AND:
        return None
    if not gap_is_space(text, toks[k - 2].end, toks[k - 1].start):
        return None
    got = source_before(text, toks, k - 1)
    if got is None or got[1] != toks[k - 2].end:
        return None
    head = toks[k - 2]
    if not head.capitalised and head.text.lower() not in SOURCE_NOUNS:
        return None
    return got


_TWO_ACRONYMS = re.compile(
    r"([A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,9})[ \u00a0]+(?:and|und|et|y|e|и|і|та)[ \u00a0]+([A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,9})"
)


def split_acronyms(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """ "CCOO y UGT": two bodies' acronyms joined by "and" are two sources, where a name
    holding "y" ("Castilla y León") stays one."""
    m = _TWO_ACRONYMS.fullmatch(text, s, e)
    if m is None:
        return [(s, e)]
    return [m.span(1), m.span(2)]
