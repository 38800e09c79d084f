"""The person a pronoun or a closing "she said" stands for: the last person named before the
quote the cue closes, within its paragraph and the one before."""

from __future__ import annotations

import re
from bisect import bisect_left

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import BEFORE_VERBS, SOURCE_NOUNS
from kursk_reader.analysis.attribution_quoted import MEDIA_KINDS
from kursk_reader.analysis.attribution_runs import TITLES, end_of, run_ok
from kursk_reader.analysis.textspans import Token, is_sentence_start, name_runs, tokens

SUBJECT_PRONOUNS = frozenset("he she er sie il elle ella él он она він вона".split())
_AFFILIATION = frozenset("of at from the der des de del du".split())
_NUMBER_NEXT = re.compile(r"\.?[ \u00a0]*\d")
_QUOTE_MARKS = re.compile(r"[“”„«»\"]")


def antecedent(
    text: str, toks: list[Token], idx: int, closes_quote: bool = True
) -> tuple[int, int, str] | None:
    """`person_before` without telling how it was found."""
    return person_before(text, toks, idx, closes_quote)[0]


def person_before(
    text: str, toks: list[Token], idx: int, closes_quote: bool = True
) -> tuple[tuple[int, int, str] | None, bool]:
    """The last person named before token idx — outside the quote the cue closes, when
    `closes_quote` — within its paragraph and the one before: a name of two or more parts (a
    title or role word before it dropped) or a surname standing alone mid-sentence; a
    person who opens that person's sentence with a speech verb instead (`_reporter_before`),
    and then True."""
    pos = toks[idx].start if idx < len(toks) else len(text)
    marks = [mk.start() for mk in _QUOTE_MARKS.finditer(text, max(0, pos - 800), pos)]
    if closes_quote and len(marks) >= 2 and _CUE_GAP.fullmatch(text, marks[-1] + 1, pos):
        pos = marks[-2]  # the opening mark of the quote just closed
    elif closes_quote:  # "Der Bezirk sei überstimmt worden, sagte er": what was said before
        breaks = list(_SENTENCE_BREAK.finditer(text, max(0, pos - 400), pos))
        pos = breaks[-1].start() + 1 if breaks else pos
    para = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, pos)))
    if toks and toks[0].start > max(0, para):  # the person may be named sentences before
        toks = tokens(text, max(0, para), pos)
    starts = [t.start for t in toks]
    lo, hi = bisect_left(starts, max(0, para)), bisect_left(starts, pos)
    runs = [(lo + a, lo + b) for a, b in name_runs(text, toks[lo:hi])]
    surnames = {toks[j - 1].text for i, j in runs if j - i >= 2}
    for k, (i, j) in enumerate(reversed(runs)):
        if _apposition(text, toks, runs[len(runs) - k - 2] if k + 1 < len(runs) else None, i, j):
            continue  # "Jean Muller, Co-Präsident des Komitees, …": the person is before
        if toks[j - 1].text.lower() in SOURCE_NOUNS or (
            i > 0 and toks[i - 1].text.lower() in _AFFILIATION
        ):
            continue  # "of the Carrow Fire Service": a body someone belongs to, not a person
        if i > 0 and toks[i - 1].text.lower() in MEDIA_KINDS and not _role_of_kind(toks, i - 1):
            continue  # "the management company, Sibirsky Dom,": a firm, never "he" or "she"
        if (
            j - i == 1
            and toks[i].text not in surnames
            and not (i > 0 and toks[i - 1].text.lower().rstrip(".") in TITLES)
        ):
            continue  # a lone capitalised word is a person only as a known surname or titled
        while j - i > 1 and (
            toks[i].text.lower().rstrip(".") in TITLES or lexicon.is_common_noun(toks[i].text)
        ):
            i += 1
        ok = run_ok(text, toks, i, j)
        if ok is None:
            continue
        i, j = ok
        if j - i == 1 and (
            is_sentence_start(text, toks[i].start)
            or toks[i].text.lower() in SUBJECT_PRONOUNS
            or lexicon.is_dictionary_word(toks[i].text)
        ):
            continue
        if lexicon.is_common_noun(toks[j - 1].text):
            continue
        if toks[i].text.lower() in _INDEFINITE:
            continue  # "Eine Anlage kostet nach seinen Angaben …": a thing, never "he"
        if _NUMBER_NEXT.match(text, toks[j - 1].end):
            continue  # "School No. 7", "Gate 4": a numbered place, not a person
        reporter = _reporter_before(text, toks, runs, i)
        if reporter is not None:
            return reporter, True
        return (toks[i].start, end_of(toks[j - 1]), ""), False
    return None, False


_INDEFINITE = frozenset("a an ein eine einen einem einer eines un une una uno".split())
"""Indefinite articles: a capitalised run they open is a thing or a kind (German nouns are
capitalised), never a person or body named before."""


def _role_of_kind(toks: list[Token], k: int) -> bool:
    """Is the kind word at k the body a role before it heads ("директор компанії Тарас
    Грицьків", "director of the company Ana Ruiz")? Then the name after it is a person."""
    for back in (1, 2, 3):
        if k - back >= 0 and toks[k - back].text.lower().rstrip(".") in TITLES:
            return True
    return False


def _apposition(
    text: str, toks: list[Token], before: tuple[int, int] | None, i: int, j: int
) -> bool:
    """Is run [i, j) set off by commas right after a name of two or more parts (a role or
    office in apposition: "Jean Muller, Co-Präsident des Komitees, zeigte sich …")?"""
    if before is None or before[1] - before[0] < 2 or before[1] != i or j >= len(toks):
        return False
    return (
        text[toks[i - 1].end : toks[i].start].strip() == ","
        and text[toks[j - 1].end : toks[j].start].strip() == ","
    )


def _reporter_before(
    text: str, toks: list[Token], runs: list[tuple[int, int]], i: int
) -> tuple[int, int, str] | None:
    """A person of two or more parts who opens the sentence naming token i's person with a
    speech verb: in "Ana Ruiz told reporters that the player Tom Vos had left. "…," she
    said" the later name is what Ana Ruiz reported, and "she" is Ana Ruiz."""
    if i < len(toks) - 1 and toks[i + 1].text.lower() in BEFORE_VERBS:
        return None
    for a, b in runs:
        if b > i:
            break
        v = b + 1 if toks[b].text.lower() in _AUXILIARY and b + 1 < i else b
        if (  # "Marie Lenoir a déclaré que …", "Ana Ruiz has said that …" too
            b - a < 2
            or toks[v].text.lower() not in BEFORE_VERBS
            or toks[b].start - toks[b - 1].end > 1
        ):
            continue
        if _SENTENCE_BREAK.search(text, toks[v].end, toks[i].start):
            continue
        while b - a > 1 and toks[a].text.lower().rstrip(".") in TITLES:
            a += 1
        ok = run_ok(text, toks, a, b)
        if ok is not None and ok[1] - ok[0] >= 2:
            return toks[ok[0]].start, end_of(toks[ok[1] - 1]), ""
    return None


_CUE_GAP = re.compile(r"[\s,.!?…—–-]*(?:\w+[ \u00a0]+)?")
"""Between a quote's closing mark and the cue (or its pronoun) closing it: punctuation and
at most the verb ("», sagte er", "” she said"); farther on, the quote is not the cue's."""
_AUXILIARY = frozenset("has had have a ont hat haben hatte ha han había habían".split())
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”»]?[ \u00a0]|\n")


def pronoun_led(text: str, toks: list[Token], idx: int, cue: str) -> bool:
    """ "…“, sagte er", "…», a-t-il déclaré", "…», — заявил он": the speaker is a pronoun."""
    if "-t-" in cue.lower():
        return True
    return (
        idx < len(toks)
        and toks[idx].text.lower() in SUBJECT_PRONOUNS
        and bool(re.match(r"[ \u00a0]+$", text[toks[idx - 1].end if idx else 0 : toks[idx].start]))
    )


SUBJECT_PRONOUN_RE = "|".join(sorted(SUBJECT_PRONOUNS, key=len, reverse=True))
"""`SUBJECT_PRONOUNS` as a regex alternation, longest first."""
PRONOUN_NEXT = re.compile(rf"[ \u00a0]+(?:{SUBJECT_PRONOUN_RE})(?!\w)")
PRONOUN_AFTER_QUOTE = re.compile(
    rf"[”\"»’][ \u00a0]*,?[ \u00a0—–-]*(?:{SUBJECT_PRONOUN_RE})[ \u00a0]+$",
    re.IGNORECASE,
)

CLAUSE_VERB_NEXT = re.compile(
    r"[ \u00a0]+(?:had|has|was|were|is|would|will|could|should|did|hatte|habe|sei|wäre|war"
    r"|avait|était|serait|había|habría|era|estaba)(?!\w)"
)
"""An auxiliary right after the name a speech verb read: the name is the subject of the clause
that was said ("said Al-Rashidy had …"), not the source. Not after "laut", "according to":
German puts the verb right after the fronted phrase ("Laut dem Amt war keiner …")."""
THAT_NEXT = re.compile(r"[ \u00a0]+(?:(?:que|that|dass|что|що)(?!\w)|qu['’])", re.IGNORECASE)
