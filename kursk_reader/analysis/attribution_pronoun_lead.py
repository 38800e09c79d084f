"""A sentence that opens with a subject pronoun and a speech verb cites the person named
before it: "Denis Lavrov lost his district by 312 votes. He told Meduza he would go to
court.", "Elle a déclaré que …", "Она рассказала, что …", "Er sagte, …". The pronoun stands
for the last person the paragraph (or the one before) names, read by `person_before`."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_antecedent import person_before
from kursk_reader.analysis.attribution_cues import BEFORE_VERBS
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.name_demonyms import is_demonym
from kursk_reader.analysis.textspans import name_runs, tokens

_LEAD = re.compile(
    r"(?:^|(?<=[.!?…][ \u00a0])|(?<=[.!?…][»”\"][ \u00a0])|(?<=\n))"
    r"(?:He|She|Er|Sie|Il|Elle|Ella|Él|Он|Она|Він|Вона)"
    r"(?:[ \u00a0]+(?:has|had|a|avait|ha|había|hat|hatte|also|aussi|también|auch|также|також))?"
    r"[ \u00a0]+(?P<verb>[^\W\d_]+)(?=[ \u00a0,:.])",
    re.MULTILINE,
)


def pronoun_led_speakers(article_id: int, text: str) -> list[Found]:
    """The person each sentence-opening "He said"/"Elle a déclaré"/"Она рассказала" stands for."""
    out: list[Found] = []
    for m in _LEAD.finditer(text):
        if m.group("verb").lower() not in BEFORE_VERBS:
            continue
        toks = tokens(text, max(0, text.rfind("\n\n", 0, m.start())), m.end("verb"))
        here = next((k for k, t in enumerate(toks) if t.start >= m.start()), None)
        if here is None:
            continue
        got, _reporter = person_before(text, toks, here, closes_quote=False)
        if got is None:
            continue
        s, e, _acronym = got
        if not _agrees(m.group(0).split()[0], text[s:e]):
            continue  # "Вторым кандидатом была Оксана Дзюбак. Он пообещал …": not her
        if any(is_demonym(w) for w in text[s:e].split()):
            continue  # "North Korean troops fought … He described": a nationality, no one
        if not _leads_sentence(text, s, e):
            continue  # "X said it was built by Kessler Voss Engineering. He said": X, unread
        out.append(Found(article_id, text[s:e], "", m.start(), m.end("verb"), s))
    return out


_MASCULINE = frozenset("Он Він".split())
_FEMININE = frozenset("Она Вона".split())


def _agrees(pronoun: str, name: str) -> bool:
    """Does a Russian or Ukrainian pronoun's gender fit the name (a feminine surname or given
    name ends in -а/-я)? Other languages' names carry no sure mark."""
    last = name.split()[-1]
    first = name.split()[0]
    if pronoun in _MASCULINE:
        return not last.endswith(("а", "я")) and not first.endswith(("а", "я"))
    if pronoun in _FEMININE:
        return first.endswith(("а", "я")) or last.endswith(("а", "я"))
    return True


_SENTENCE_END = re.compile(r"[.!?…][»”\"]?[ \u00a0]|\n")


def _leads_sentence(text: str, s: int, e: int) -> bool:
    """Is the name the first name of two or more words in its sentence (its subject, as a
    rule), not one named later in it?"""
    ends = list(_SENTENCE_END.finditer(text, max(0, s - 400), s))
    start = ends[-1].end() if ends else max(0, s - 400)
    toks = tokens(text, start, e)
    for a, b in name_runs(text, toks):
        if b - a >= 2:
            return toks[a].start <= s < toks[b - 1].end
    return False
