"""Grammatical gender, where a text marks it, of a role cited as a quote's speaker ("declaró la
intérprete", "sagte die Juristin", "заявила руководитель") and of a person where the text
introduces them ("Un empleado de la limpieza, Karim X", "la violinista Inmaculada X", "Ольга
Зуева"): a feminine role never stands for a man the text introduced as one, nor the other
way round. Unmarked ("the mayor said", "l'élue") is "" and rules no one out."""

from __future__ import annotations

import re

_MASCULINE = frozenset("el un le der den dem ein einen einem".split())
_FEMININE = frozenset("la una une die eine einer".split())
_PREPOSITIONS = frozenset(
    "de del di da von vom zu zur zum of à a au en in im am bei mit für avec pour para por con".split()
)
"""A determiner right after one of these opens a complement ("Un empleado de la limpieza"),
not the noun phrase the name stands in apposition to."""
_WORD = re.compile(r"[^\W\d_]+")
_WORDS_BACK = 7
_ROLE_ARTICLE = re.compile(
    r"(?<![^\W\d_])(el|la|le|der|die|un|una|une|ein|eine)[ \u00a0]+(?:\d{1,3}-[^\W\d_]+[ \u00a0]+)?$",
    re.IGNORECASE,
)
_RUSSIAN_VERB = re.compile(r"(?<![^\W\d_])[а-яёіїєґ]{3,}(л|ла)(?:ся|сь)?(?![^\W\d_])")
_FEMININE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$")
_MASCULINE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ий|ый)$")


def _of_article(word: str) -> str:
    w = word.casefold()
    return "m" if w in _MASCULINE else "f" if w in _FEMININE else ""


def role_gender(text: str, start: int, end: int, role: str) -> str:
    """The gender the words between `start` and `end` (the clause after a quote) give the
    cited role: its article ("la intérprete", "die 38-jährige Juristin"), a German agent
    noun in "-in", or a Russian or Ukrainian past-tense verb ("заявила", "сказав")."""
    at = text.find(role, start, end) if role else -1
    if at >= 0:
        m = _ROLE_ARTICLE.search(text, start, at)
        if m is not None:
            return _of_article(m.group(1))
    verb = _RUSSIAN_VERB.search(text, start, end)
    if verb is not None:
        return "f" if verb.group(1) == "ла" else "m"
    return ""


def person_gender(text: str, at: int, name: str) -> str:
    """The gender the words introducing a name give it: the determiner opening the noun
    phrase right before it ("Un empleado de la limpieza, Karim X" -> "m", skipping the
    complement "de la"), or a Russian surname's ending ("Зуева" -> "f")."""
    last = name.split()[-1]
    if _FEMININE_SURNAME.search(last):
        return "f"
    if _MASCULINE_SURNAME.search(last):
        return "m"
    words = _WORD.findall(text[max(0, at - 60) : at])[-_WORDS_BACK:]
    for k in range(len(words) - 1, -1, -1):
        gender = _of_article(words[k])
        if not gender:
            continue
        if k > 0 and words[k - 1].casefold() in _PREPOSITIONS:
            continue
        return gender
    return ""


def compatible(role: str, person: str) -> bool:
    """May a role of gender `role` stand for a person of gender `person`?"""
    return not role or not person or role == person
