"""Shared pieces of reading a source's name in an attribution: function words, titles,
and trimming a run of capitalised words to the name it holds."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.names import TITLES as _NAME_TITLES
from kursk_reader.analysis.quote_concepts import CALENDAR_WORDS
from kursk_reader.analysis.textspans import (
    NAME_CONNECTORS,
    Token,
    fold,
    is_sentence_start,
    strip_possessive,
)

DETERMINERS = frozenset("the a an".split())
TITLES = (
    frozenset(
        """mr mrs ms dr prof sir president prime minister general gen colonel col major maj
    lieutenant lt captain capt admiral marshal commander senator governor mayor director
    chief deputy ambassador spokesman spokeswoman secretary chairman judge
    президент министр генерал полковник майор капитан мэр губернатор директор глава посол
    президент міністр генерал полковник майор капітан мер губернатор директор голова посол
    minister kapitän präsident bürgermeister direktor sprecher sprecherin leiter kanzler
    capitaine maire ministre directeur président général porte-parole préfet
    capitán alcalde alcaldesa ministro director presidente portavoz jefe
    jefa directora presidenta ministra consejera concejala gobernadora inspectora capitana
    directrice présidente préfète commandante
    leiterin direktorin präsidentin bürgermeisterin ministerin kommandantin kapitänin
    начальник руководитель директор глава керівник начальниця очільниця очільник""".split()
    )
    | _NAME_TITLES
)
PRONOUNS = frozenset(
    "he she it they we i you this that these those он она оно они мы я він вона воно вони ми "
    "er sie es wir ich il elle ils on".split()
)
_DETERMINER_OR_PRONOUN = DETERMINERS | PRONOUNS
LEADING_FUNCTION_WORDS = frozenset(
    "what when where why how which who whom but and as if while after so then also yet or "
    "что как когда где почему но и а що як коли де чому але і та was wie wann wo warum aber und "
    "según selon laut comme como".split()
)
CALENDAR = CALENDAR_WORDS
"""Days and months in six languages (folded): never a source's name ("am Montag")."""


def run_ok(
    text: str, toks: list[Token], i: int, j: int, strict: bool = True
) -> tuple[int, int] | None:
    """Trim determiners, pronouns and calendar words; reject a lone dictionary word that is
    capitalised only because it starts a sentence."""
    while i < j and (
        (toks[i].text.lower() in _DETERMINER_OR_PRONOUN and not is_title_the(toks, i, j))
        or (toks[i].text.lower().rstrip(".") in TITLES and j - i > 1)
    ):
        i += 1
    while i < j and (
        fold(toks[i].text) in CALENDAR
        or (
            toks[i].text.lower() in LEADING_FUNCTION_WORDS
            and is_sentence_start(text, toks[i].start)
        )
    ):
        i += 1
    while j > i and (
        fold(toks[j - 1].text) in CALENDAR or toks[j - 1].text.lower() in NAME_CONNECTORS
    ):
        j -= 1
    if (
        j - i >= 3
        and i > 0
        and not toks[i - 1].capitalised
        and toks[i].text.isupper()
        and len(toks[i].text) >= 2
        and not any(toks[k].text.isupper() for k in range(i + 1, j))
        and not lexicon.is_dictionary_word(toks[i + 1].text)
    ):
        i += 1  # "глава МЧС Александр Куренков": the body's acronym, then the person
    if i >= j:
        return None
    if j - i == 1:
        word = strip_possessive(toks[i].text)
        if word.lower() in PRONOUNS or len(word) < 2:
            return None
        if (
            strict
            and not word.isupper()
            and is_sentence_start(text, toks[i].start)
            and common_word(text, word)
        ):
            return None
    return i, j


def common_word(text: str, word: str) -> bool:
    """Is a capitalised word at a sentence start a common word? The text itself answers
    first — written in lower case elsewhere: yes; capitalised inside a sentence: no (a
    name) — and only then the dictionaries, so most texts never load them."""
    lower = word.lower()
    if lower != word and lower in text and re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text):
        return True
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        if not is_sentence_start(text, m.start()):
            return False
    return lexicon.is_dictionary_word(word)


def names_person(toks: list[Token], run: tuple[int, int]) -> bool:
    """A run led by a title ("Kapitän Nikos Papadakis", "Mayor Oleksandr Hrytsenko") names a
    person: a later name in the clause is not a better source."""
    i, _j = run
    return i > 0 and toks[i - 1].text.lower().rstrip(".") in TITLES


def is_title_the(toks: list[Token], i: int, j: int) -> bool:
    """A capitalised "The" inside a run of three or more words is part of a title."""
    return toks[i].text == "The" and j - i >= 3


STOP_BETWEEN = frozenset(
    "from in at of on by to for with and or that which who whose as than after before".split()
    + "из в на от о с и что который von aus in mit und dass з у в на від про і та що".split()
)


def end_of(tok: Token) -> int:
    word = strip_possessive(tok.text)
    return tok.start + len(word)
