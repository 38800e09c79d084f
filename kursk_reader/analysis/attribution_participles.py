"""People cited by a speech participle closing their sentence: "The mill's owner, Peter
Hallworth, blamed the weather, saying it was …", "La alcaldesa Marta Ruiz defendió la obra,
asegurando que …", "Le maire Paul Lenoir a défendu le projet, affirmant que …", "Мэр Иван
Петров защитил проект, заявив, что …", "Мер Іван Петренко захистив проєкт, заявивши, що …".
The participle's subject is the sentence's: a person's name opening it (after an article and
at most two lower-case role words) or set off by commas right before the verb. German has no
such participle ("und sagte" is read as a speech verb)."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import BEFORE_VERBS
from kursk_reader.analysis.attribution_frames import person_name
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_trims import LEADING_ARTICLES, without_role
from kursk_reader.analysis.textspans import name_runs, tokens

_PARTICIPLE = re.compile(
    r",[ \u00a0]+(?:saying|adding|noting|arguing|insisting|warning|explaining|stressing"
    r"|asegurando|afirmando|diciendo|añadiendo|explicando|señalando|advirtiendo|indicando"
    r"|affirmant|ajoutant|expliquant|estimant|assurant|soulignant|précisant|déclarant"
    r"|заявив|отметив|добавив|сказав|подчеркнув|пояснив|уточнив"
    r"|заявивши|зазначивши|додавши|наголосивши|сказавши|пояснивши|уточнивши)(?!\w)"
)
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”»]?[ \u00a0]+(?=\S)|\n")
_QUOTE = re.compile(r"[“”„«»\"]")
_PAST = re.compile(r"(?:ed|ó|ió|é|ait|ил|ила|ив|ила)$")
"""Endings of past verbs: a lower-case word so ending before the name makes it an object
("The police arrested John Smith, saying …")."""


def participle_speakers(article_id: int, text: str) -> list[Found]:
    """Subjects of sentences closed by a speech participle ("…, saying …")."""
    out: list[Found] = []
    for m in _PARTICIPLE.finditer(text):
        start = 0
        for b in _SENTENCE_BREAK.finditer(text, max(0, m.start() - 400), m.start()):
            start = b.end()
        if _QUOTE.search(text, start, m.start()):
            continue  # a quote's own words, or a sentence opened by one
        got = _subject(text, start, m.start())
        if got is not None:
            s, e = got
            out.append(Found(article_id, text[s:e], "", s, m.end(), s))
    return out


def _subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The person's name the sentence [start, end) opens with, or set off by commas right
    before a lower-case verb."""
    toks = tokens(text, start, end)
    for i, j in name_runs(text, toks):
        if j >= len(toks) or not toks[j].text[:1].islower():
            continue
        lead = toks[:i]
        opens = len(lead) <= 3 and all(
            t.text.lower() in LEADING_ARTICLES
            or (t.text.islower() and t.text not in BEFORE_VERBS and not _PAST.search(t.text))
            for t in lead
        )
        set_off = (
            i > 0
            and text[toks[i - 1].end : toks[i].start].strip() == ","
            and text[toks[j - 1].end : toks[j].start].strip() == ","
        )
        if not (opens or set_off):
            continue
        s = without_role(text, toks[i].start, toks[j - 1].end)
        while j - i > 2 and toks[i].end <= s:
            i += 1
        while j - i > 2 and lexicon.is_dictionary_word(toks[i].text):
            i += 1  # "Мэр Иван Петров": the role opening the run
        s = max(s, toks[i].start)
        if person_name(text[s : toks[j - 1].end]):
            return s, toks[j - 1].end
    return None
