"""The subject of a sentence whose second verb, after "and", is a speech verb: "Police
arrested two men and said …", "Міський голова Стрия Олег Канів подякував інвесторам і
зазначив, що …", "Le maire X a remercié les investisseurs et a souligné que …". Split from
`attribution_before`; one job: read the subject at the head of such a sentence."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.attribution_runs import DETERMINERS, STOP_BETWEEN, end_of, run_ok
from kursk_reader.analysis.textspans import Token, gap_is_space, is_sentence_start

AND_WORDS = frozenset("and und et y и і та".split())
_SUBJECT_REACH = 5
"""Lower-case words (an article, adjectives, a kind noun) that may open a sentence before its
subject's name ("The city transport company KVB …")."""


def subject_of(text: str, toks: list[Token], stop: int) -> tuple[int, int, str] | None:
    """The subject of a sentence whose second verb is a speech verb ("Police arrested two men
    and said …"): a name among its first words, or a source noun opening it; nothing when
    a comma or a preposition comes first ("Rescuers from Lviv … and said")."""
    if stop < 2 or _CLAUSE_PUNCTUATION.search(text, toks[0].start, toks[stop].start):
        return None
    i = 0
    while i < min(stop, _SUBJECT_REACH) and not toks[i].capitalised:
        if toks[i].text.lower() in STOP_BETWEEN:
            return None
        i += 1
    if i >= stop or not toks[i].capitalised:
        return None
    if i == 0 and toks[0].text.lower() in _SUBJECT_ARTICLES:
        return subject_of(text, toks[1:], stop - 1) if stop > 2 else None
    if (
        toks[i].text.lower() in SOURCE_NOUNS
        and is_sentence_start(text, toks[i].start)
        and not toks[i + 1].capitalised
    ):
        return toks[i].start, toks[i].end, ""  # "Police arrested two men and said …"
    j = i + 1
    while j < stop and toks[j].capitalised and gap_is_space(text, toks[j - 1].end, toks[j].start):
        j += 1
    ok = run_ok(text, toks, i, j)
    if ok is None and i == 0:
        ok = _full_name_after(text, toks, j, stop)  # "Міський голова Стрия Олег Канів …"
    if ok is None:
        return None
    return toks[ok[0]].start, end_of(toks[ok[1] - 1]), ""


def _full_name_after(text: str, toks: list[Token], i: int, stop: int) -> tuple[int, int] | None:
    """A full name (two or three capitalised words) among the next words of a subject that
    opens with a capitalised adjective or role ("Міський голова Стрия Олег Канів"), before
    any preposition."""
    while i < min(stop, _SUBJECT_REACH + 3):
        if not toks[i].capitalised:
            if toks[i].text.lower() in STOP_BETWEEN:
                return None
            i += 1
            continue
        j = i + 1
        while (
            j < stop and toks[j].capitalised and gap_is_space(text, toks[j - 1].end, toks[j].start)
        ):
            j += 1
        if j - i == 3 and not _PATRONYMIC.search(toks[i + 1].text):
            i += 1  # "Стрия Олег Канів": a place's genitive, then the person's two names
        if 2 <= j - i <= 3:
            return run_ok(text, toks, i, j)
        i = j
    return None


_PATRONYMIC = re.compile(r"(?:ович|евич|йович|івна|ївна|овна|евна|ич)$")
"""A patronymic's ending: the middle word of a three-word Slavic name ("Иван Петрович Козлов")."""


_SUBJECT_ARTICLES = DETERMINERS | frozenset("el la los las le les l der die das".split())
"""Articles opening a subject in six languages ("El alcalde X agradeció … y señaló")."""


_CLAUSE_PUNCTUATION = re.compile(r"[,;:()—–“”«»\"]")
