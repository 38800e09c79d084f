"""A person who opens a sentence that ends in a colon and a quotation: "La directora de la
carrera, Inmaculada Barragán, defendió la organización: «…»", "Firmenchef Lee Min-su
entschuldigte sich in einer Videobotschaft: „…“". Whatever the verb, the sentence hands the
quote to its subject, so the subject is cited. Read from structure alone: a full name (two
or more capitalised words) first in the sentence, or after a role set off by a comma, then
the verb in lower case, then the colon and the opening quotation mark."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_runs import run_ok
from kursk_reader.analysis.attribution_trims import without_article, without_role
from kursk_reader.analysis.textspans import Token, name_runs, tokens

_COLON_QUOTE = re.compile(r":[ \u00a0]*[«„“\"]")
_SENTENCE_START = re.compile(r"(?:[.!?…][\"”»’)]*[ \u00a0]+|\n)(?=[^\n]*$)")
_REACH = 240
_MAX_TOKENS = 25


def colon_speakers(article_id: int, text: str) -> list[Found]:
    """The subjects of sentences that end by opening a quotation after a colon."""
    out: list[Found] = []
    for m in _COLON_QUOTE.finditer(text):
        lo = max(0, m.start() - _REACH)
        head = _SENTENCE_START.search(text, lo, m.start())
        start = head.end() if head else (0 if lo == 0 else -1)
        if start < 0:
            continue
        toks = tokens(text, start, m.start())
        if not toks or len(toks) > _MAX_TOKENS:
            continue
        span = _subject(text, toks)
        if span is not None:
            s, e = span
            out.append(Found(article_id, text[s:e], "", s, m.end(), s))
    return out


def _subject(text: str, toks: list[Token]) -> tuple[int, int] | None:
    """The first full name of the sentence when it is the subject: nothing before it but a
    role set off by a comma, a lower-case verb right after it (or after its closing comma)."""
    for i, j in name_runs(text, toks):
        if j - i < 2:
            continue
        if i > 0 and text[toks[i - 1].end : toks[i].start].strip() != ",":
            return None  # "Police arrested Ivan Petrov:": the name is an object
        if j >= len(toks):
            return None
        after = text[toks[j - 1].end : toks[j].start].strip()
        if after not in ("", ",") or toks[j].capitalised:
            return None
        ok = run_ok(text, toks, i, j)
        if ok is None or ok[1] - ok[0] < 2:
            return None
        s, e = toks[ok[0]].start, toks[ok[1] - 1].end
        return without_role(text, without_article(text, s, e), e), e
    return None
