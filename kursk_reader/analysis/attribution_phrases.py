"""The noun phrase after an attribution cue when it names a person or a body by
description: a role then the name after a comma ("said the town's mayor, X"), a source noun
with adjectives after it ("selon la police allemande"), a Russian or Ukrainian body's noun
phrase ("по данным городского комитета по транспорту"); and the person an outlet quotes
("приводит слова капитана X радио Y") or is told by ("рассказала «Y» пассажирка X")."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.attribution_runs import CALENDAR, STOP_BETWEEN, TITLES, end_of
from kursk_reader.analysis.textspans import Token, fold, gap_is_space, strip_possessive

_MODIFIER_WORDS = 2


def with_modifier(toks: list[Token], lead: list[int]) -> bool:
    """A source noun and the lower-case adjectives after it that end the clause, as French
    and Spanish place them ("la police allemande", "la policía local", "les autorités
    sanitaires catalanes"): one noun phrase naming the body."""
    if not 2 <= len(lead) <= 1 + _MODIFIER_WORDS:
        return False
    if toks[lead[0]].text.lower() not in SOURCE_NOUNS or toks[lead[0]].capitalised:
        return False
    rest = [toks[k] for k in lead[1:]]
    return all(
        not t.capitalised
        and t.text.isalpha()
        and len(t.text) >= 4
        and t.text.lower() not in _NOT_IN_DESCRIPTION
        and t.text.lower() not in STOP_BETWEEN
        and fold(t.text) not in CALENDAR
        and t.text.lower() not in SOURCE_NOUNS
        and t.text.lower() not in TIME_ADVERBS
        for t in rest
    )


_SLAVIC_WORDS = 4
_CYRILLIC_LOWER = re.compile(r"[а-яёіїєґ'’-]+")
_CYRILLIC_ADJECTIVE = re.compile(
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ой|ей|ого|его|ых|их|ая|яя|ий|ый|ої|ій|ому)"
)


def slavic_body(text: str, toks: list[Token], clause: list[int]) -> tuple[int, int, str] | None:
    """ "по данным городского комитета по транспорту", "по оценке Гражданской гвардии": after
    a Russian or Ukrainian cue a body's adjectives come before its noun and its complements
    after, all in lower case but a proper adjective; the clause is one noun phrase when a
    source noun stands among its first words."""
    if not 2 <= len(clause) <= _SLAVIC_WORDS:
        return None
    words = [toks[k] for k in clause]
    if not _CYRILLIC_LOWER.fullmatch(words[-1].text):
        return None
    if not all(
        _CYRILLIC_LOWER.fullmatch(t.text) or (n == 0 and _CYRILLIC_ADJECTIVE.fullmatch(t.text))
        for n, t in enumerate(words)
    ):
        return None
    if not any(t.text.lower() in SOURCE_NOUNS for t in words[:2]):
        return None
    if not all(gap_is_space(text, a.end, b.start) for a, b in zip(words, words[1:], strict=False)):
        return None
    return words[0].start, words[-1].end, ""


TIME_ADVERBS = frozenset(
    "yesterday today tonight now earlier later hier aujourd'hui ensuite ayer hoy anoche luego"
    " gestern heute abends später вчера сегодня вечером позже вчора сьогодні ввечері пізніше".split()
)


def name_after_role(
    text: str, toks: list[Token], lead: list[int], with_article: bool = False
) -> tuple[int, int, str] | None:
    """ "said the town's mayor, Niccolò Ferraro,", "a déclaré le ministre des Situations
    d'urgence, Bolot Oussenaliev": a role in lower case, then the person's name set off by a
    comma — the name is the source. The role is a known title or role word, or any noun
    phrase an article or a possessive opens ("said the group's guide, X", "said Mersin's chief
    prosecutor, X", "afirmó la conselleira do Mar, X"): that shape is a description of the
    person named next."""
    if not lead:
        return None
    possessive = strip_possessive(toks[lead[0]].text) != toks[lead[0]].text
    possessive = possessive or (len(lead) >= 2 and toks[lead[0]].text.lower() in POSSESSIVES)
    if toks[lead[0]].capitalised and not (possessive and len(lead) >= 2):
        return None
    m = _COMMA_NAME.match(text, toks[lead[-1]].end)
    if m is None:
        return None
    described = (with_article or possessive) and _described(toks, lead)
    if not described and not any(
        strip_possessive(toks[k].text).lower() in _TITLE_OR_OWNER or _is_role(toks[k].text)
        for k in lead
    ):
        return None
    k = lead[-1] + 1
    while k < len(toks) and toks[k].start < m.end():
        k += 1
    j = k
    while j < len(toks) and j - k < 4 and toks[j].capitalised:
        if j > k and not gap_is_space(text, toks[j - 1].end, toks[j].start):
            break
        j += 1
    if j - k < 2 or not re.match(r"\s*(?:[,.;]|$)", text[toks[j - 1].end : toks[j - 1].end + 3]):
        return None
    return toks[k].start, end_of(toks[j - 1]), ""


_DESCRIPTION_WORDS = 5
POSSESSIVES = frozenset(
    """their his her its leur leurs son sa ses su sus ihr ihre ihrer ihrem ihren sein seine
    seiner seinem seinen его её ее их його її їх""".split()
)
"""Possessive determiners of six languages: like an article, one opens a description of the
person named next ("selon leur avocate, X", "según su abogada, X")."""


def _described(toks: list[Token], lead: list[int]) -> bool:
    """A short noun phrase in lower case (a place or body after "of"/"do"/"de" may be
    capitalised): no number or clause word inside, a lower-case noun of four letters or more
    in it."""
    if len(lead) > _DESCRIPTION_WORDS or toks[lead[-1]].capitalised and len(lead) < 3:
        return False
    words = [toks[k].text.lower() for k in lead]
    if any(w in _NOT_IN_DESCRIPTION or w.isdigit() for w in words):
        return False
    return any(not toks[k].capitalised and len(toks[k].text) >= 4 for k in lead)


_NOT_IN_DESCRIPTION = frozenset(
    "on in at to with for from by and or that which who when after before during"
    " am im beim mit für nach vor und dass le la en avec pour après avant et qui que"
    " en con para tras antes y que в на с для после перед и что у з після і що".split()
)
"""Words that make a phrase more than a description of a person ("said on Monday, X")."""
_OWNER_NOUNS = frozenset(
    "owner owners operator company firm carrier airline employer manufacturer".split()
    + "владелец оператор компания власник компанія besitzer eigentümer reederei".split()
    + "propriétaire armateur compagnie propietario naviera compañía empresa".split()
)
"""Nouns that name who owns or runs something, then its name after a comma ("according to
the owner, Okhotsk Fishing Company")."""
_TITLE_OR_OWNER = TITLES | _OWNER_NOUNS
_COMMA_NAME = re.compile(r"[ \u00a0]*,[ \u00a0]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])")
_ROLE_END = re.compile(r"(?:er|or|ist|ant|ent|eur|rice|man|woman|person)$")


def _is_role(word: str) -> bool:
    return not word[:1].isupper() and len(word) >= 6 and bool(_ROLE_END.search(word))


PERSON_AFTER_OUTLET = re.compile(
    r"[ \u00a0]+(?:[a-zа-яёіїєґ][\w-]*[ \u00a0]+){0,3}"
    r"(?P<name>[A-ZА-ЯЁІЇЄҐ][^\W\d_]+(?:[ \u00a0]+[A-ZА-ЯЁІЇЄҐ][^\W\d_]+){1,2})(?=[ \u00a0]*[.,;])"
)
"""A person named after the outlet a cue names ("рассказала «Фонтанке» пассажирка Анна
Белова", "told the «Herald» resident Ann Lee."): the speaker, the outlet their audience."""
WORDS_OF = re.compile(r"слова|цитиру|цитує", re.IGNORECASE)


def first_person(text: str, toks: list[Token], idx: int, before: int) -> tuple[int, int] | None:
    """The first full name (two capitalised words or more) between token idx and before:
    whom an outlet quotes ("приводит слова капитана порта Витаутаса Шимкунаса радио LRT")."""
    k = idx
    while k < len(toks) and toks[k].end <= before:
        if toks[k].capitalised:
            j = k
            while j < len(toks) and toks[j].capitalised and toks[j].end <= before:
                j += 1
            if j - k >= 2 and all(
                gap_is_space(text, toks[n].end, toks[n + 1].start) for n in range(k, j - 1)
            ):
                return toks[k].start, end_of(toks[j - 1])
            return None
        k += 1
    return None
