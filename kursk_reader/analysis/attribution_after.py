"""The source named after a cue word ("said the Interior Ministry", "according to Anna
Weber, the mayor"): where its name starts and ends in the clause, with the nouns, adjectives,
appositions and acronyms that belong to it. Split from `attributions`; one job: read the
name that follows a cue."""

from __future__ import annotations

import re
from bisect import bisect_left

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import (
    BEFORE_VERBS,
    CLAUSE_END,
    DOCUMENT_NOUNS,
    QUALIFIERS,
    SOURCE_NOUNS,
)
from kursk_reader.analysis.attribution_phrases import (
    name_after_role,
    slavic_body,
    with_modifier,
)
from kursk_reader.analysis.attribution_quoted import MEDIA_KINDS
from kursk_reader.analysis.attribution_roles import person_after_role, workplace
from kursk_reader.analysis.attribution_runs import (
    DETERMINERS,
    STOP_BETWEEN,
    end_of,
    names_person,
    run_ok,
)
from kursk_reader.analysis.attribution_told import TOLD_NOUNS
from kursk_reader.analysis.attribution_trims import (
    LEADING_ARTICLES,
    before_audience,
    lower_agency,
)
from kursk_reader.analysis.textspans import (
    Token,
    name_runs,
)

ACRONYM_AFTER = re.compile(r"\s*\(([A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐa-z&.]{1,9})\)")
"""A bracketed acronym right after a name: "(WSJ)", "(МЧС)"."""
_MAX_WORDS = 14
_SOURCE_OR_MEDIA = SOURCE_NOUNS | MEDIA_KINDS
_SOURCE_OR_DOCUMENT = SOURCE_NOUNS | DOCUMENT_NOUNS


def first_token_at(starts: list[int], pos: int) -> int:
    return bisect_left(starts, pos)


_THAT = frozenset("that que dass что що qu' qu’".split())
_TOPIC_WORDS = frozenset("about über о об про sur sobre".split())
"""Prepositions of a topic: what follows is what was told about, never who told it."""


def _clause(text: str, toks: list[Token], idx: int) -> list[int]:
    """Token indexes from idx to the end of the clause (at most _MAX_WORDS), stopping at a
    preposition of topic ("berichtete am Montag über den Fall")."""
    out: list[int] = []
    for k in range(idx, min(len(toks), idx + _MAX_WORDS)):
        if k > idx and CLAUSE_END.search(text, toks[k - 1].end, toks[k].start):
            break
        if toks[k].text in _TOPIC_WORDS or (k > idx and toks[k].text.lower() in _THAT):
            break  # "informó este lunes que …": what follows "que" is what was said
        out.append(k)
    return out


def _runs_by_start(text: str, toks: list[Token], idxs: list[int]) -> list[tuple[int, int]]:
    if not idxs:
        return []
    lo, hi = idxs[0], idxs[-1] + 1
    local = name_runs(text, toks[lo:hi])
    return [(lo + a, lo + b) for a, b in local]


def source_after(text: str, toks: list[Token], idx: int) -> tuple[int, int, str] | None:
    clause = _clause(text, toks, idx)
    if not clause:
        return None
    lead = clause[:]
    if len(lead) >= 2 and toks[lead[0]].text in BEFORE_VERBS:
        lead = lead[1:]  # "según explicó la policía municipal"
    while lead and toks[lead[0]].text.lower() in _ARTICLE_OR_ONE:
        lead = lead[1:]
    if len(lead) >= 4 and toks[lead[1]].text.lower() in DOCUMENT_NOUNS:
        if toks[lead[0]].text.lower() in QUALIFIERS:
            lead = lead[
                1:
            ]  # "according to provisional figures from", "selon les premiers chiffres de"
    if len(lead) >= 4 and toks[lead[0]].text.lower() in DOCUMENT_NOUNS:
        if toks[lead[1]].text.lower() in QUALIFIERS:
            lead = lead[:1] + lead[2:]  # "selon les chiffres provisoires de la préfecture"
    if (
        len(lead) >= 3
        and toks[lead[0]].text.lower() in DOCUMENT_NOUNS
        and toks[lead[1]].text.lower() in _ISSUED_BY
    ):
        return source_after(text, toks, lead[2])  # "according to a statement from the X"
    named = name_after_role(text, toks, lead, len(lead) < len(clause))
    if named is not None:
        return named
    named = person_after_role(text, toks, idx)
    if named is not None:
        return named
    if (
        len(lead) >= 3
        and toks[lead[0]].text.lower() in SOURCE_NOUNS
        and not toks[lead[0]].capitalised
        and toks[lead[_adjectives_after(toks, lead)]].text.lower() in _OF_WORDS
    ):
        return toks[lead[0]].start, toks[lead[-1]].end, ""  # "la préfecture de l'Ariège"
    if lead and toks[lead[0]].text.lower() in SOURCE_NOUNS:
        where = workplace(text, toks, lead)
        if where is not None:  # "according to researchers at North-Eastern Federal University"
            return toks[lead[0]].start, where, ""
        if (
            len(lead) == 1
            or toks[lead[1]].text.lower() in STOP_BETWEEN
            or toks[lead[0]].capitalised
            and not toks[lead[1]].capitalised
        ):
            return toks[lead[0]].start, toks[lead[0]].end, ""  # "según la prefectura, …"
    slavic = slavic_body(text, toks, clause)
    if slavic is not None:
        return slavic
    if with_modifier(toks, lead):
        return toks[lead[0]].start, toks[lead[-1]].end, ""  # "selon la police allemande."
    found = (
        run_ok(text, toks, a, b, strict=False)
        for a, b in _runs_by_start(text, toks, clause)
        if not before_audience(toks, a)
    )
    runs = [r for r in found if r]
    if runs:
        i, j = runs[0]
        # "North Korea expert Michael Madden", "the publication The Wall Street Journal":
        # a role noun between two names means the second one is the source.
        for i2, j2 in runs[1:]:
            between = toks[j:i2]
            kind_before = bool(between) and between[-1].text.lower() in _SOURCE_OR_MEDIA
            if (
                names_person(toks, runs[0])
                or (len(between) == 1 and between[0].text.lower() in TOLD_NOUNS)
                or (j2 - i2 < 2 and not kind_before)
                or lexicon.is_common_noun(toks[i2].text)
            ):
                break
            if 0 < len(between) <= 3 and all(
                not t.capitalised
                and t.text.lower() not in STOP_BETWEEN
                and t.text.lower() not in _INDEFINITE
                and not t.text[:1].isdigit()
                for t in between
            ):
                i, j = i2, j2
            break
        j = _extend_with_nouns(toks, j, clause)
        s, e = toks[i].start, end_of(toks[j - 1])
        s, e = _apposition(text, toks, toks[clause[-1]].end) or (s, e)
        return s, e, _acronym_after(text, e)
    if len(clause) == 1 and lower_agency(text, toks[clause[0]]):
        return toks[clause[0]].start, toks[clause[0]].end, ""  # "according to dpa"
    generic = [k for k in clause if not toks[k].capitalised]
    while generic and toks[generic[0]].text.lower() in DETERMINERS:
        generic = generic[1:]
    if len(generic) >= 2 and toks[generic[0]].text in BEFORE_VERBS:
        generic = generic[1:]  # "según informó la organización": the verb is no part of it
        if len(generic) >= 2 and toks[generic[0]].text.lower() in LEADING_ARTICLES:
            generic = generic[1:]
    if generic and generic == clause[-len(generic) :] and len(generic) <= 4:
        if toks[generic[-1]].text.lower() in SOURCE_NOUNS:
            return toks[generic[0]].start, toks[generic[-1]].end, ""
    if generic and generic == clause and toks[generic[0]].text.lower() in SOURCE_NOUNS:
        rest = generic[1:3] if len(generic) <= 3 else []
        if any(toks[k].text.lower() in STOP_BETWEEN for k in rest):
            rest = []
        last = rest[-1] if rest else generic[0]  # "según fuentes policiales", "officials"
        return toks[generic[0]].start, toks[last].end, ""
    return None


def _adjectives_after(toks: list[Token], lead: list[int]) -> int:
    """Where the words after a body's noun stop being lower-case adjectives (at most two):
    "l'administration allemande des voies navigables" puts one between noun and "des"."""
    k = 1
    while (
        k < min(len(lead) - 2, 3)
        and toks[lead[k]].text.isalpha()
        and toks[lead[k]].text.islower()
        and len(toks[lead[k]].text) >= 4
        and toks[lead[k]].text not in STOP_BETWEEN
        and toks[lead[k]].text not in SOURCE_NOUNS
        and toks[lead[k]].text not in _OF_WORDS
    ):
        k += 1
    return k


_ARTICLE_OR_ONE = LEADING_ARTICLES | frozenset("a an un une una uno ein eine einer einem".split())
_ISSUED_BY = frozenset("from by of de du des del von der".split())
_OF_WORDS = frozenset("of de du des del d der".split())
_INDEFINITE = frozenset(
    "a an ein eine einen einem einer un une una uno unos unas dem den y e et".split()
)
"""An indefinite article, a German object's article or "and" opens a new noun phrase: the
name after it is no longer the first source's ("laut der Zeitung X soll ein Sammler Y …",
"sagte X dem Sender Y", "según la Cruz Roja y la Protección Civil")."""


def _extend_with_nouns(toks: list[Token], j: int, clause: list[int]) -> int:
    """ "South Korean intelligence data": up to two source nouns may follow the name."""
    k = j
    for n in range(j, min(j + 4, len(toks))):
        word = toks[n].text.lower()
        if n not in clause or toks[n].capitalised or word in STOP_BETWEEN:
            break
        if word in SOURCE_NOUNS:
            k = n + 1  # "Магаданский морской спасательно-координационный центр"
            break
    while k < j + 2 and k in clause and toks[k].text.lower() in _SOURCE_OR_DOCUMENT:
        k += 1
    while k > j and toks[k - 1].text.lower() in DOCUMENT_NOUNS:
        k -= 1
    return k


def _apposition(text: str, toks: list[Token], end: int) -> tuple[int, int] | None:
    """ "state media — the Korean Central News Agency (KCNA)": the name after a dash that
    ends the clause names the source more exactly."""
    m = _DASH_THE.match(text, end)
    if not m:
        return None
    idx = first_token_at([t.start for t in toks], m.end())
    clause = _clause(text, toks, idx)
    runs = _runs_by_start(text, toks, clause)
    if runs and runs[0][0] == idx:
        ok = run_ok(text, toks, *runs[0])
        if ok:
            return toks[ok[0]].start, end_of(toks[ok[1] - 1])
    return None


_DASH_THE = re.compile(r"[\s\u00a0]*[—–][\s\u00a0]*(?:the[\s\u00a0]+)?")


def _acronym_after(text: str, end: int) -> str:
    m = ACRONYM_AFTER.match(text, end)
    return m.group(1).replace(".", "") if m else ""
