"""Whether an event written before a number is the count's. Not when the count opens a
clause of its own after "and", and not when it counts what something has ("The hospital has
410 beds", "Das Krankenhaus mit 410 Betten", "l'hôpital compte 410 lits", "больница имеет
410 коек"): a word of having right before the number makes the count the owner's, so what
the text says of the owner before ("the hospital" others were taken to) is not what
happened to what is counted. Nor, for a figure given an event, when another stands right
beside it in a list ("Nine fishermen and two divers were detained": `coordinated`). A bare
"another 12" counts what the figure before it counts (`more_of`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_events import CLAUSE_STOP, CONJUNCTIONS
from kursk_reader.analysis.figure_phrases import looks_like_verb
from kursk_reader.analysis.figure_words import OTHERS
from kursk_reader.analysis.textspans import fold

if TYPE_CHECKING:
    from kursk_reader.analysis.figures import Figure

RELATIVE_PEOPLE = frozenset(
    fold(w)
    for w in "whom denen которых которые яких які quienes cuales lesquels lesquelles".split()
)
"""Relative pronouns a part of a group is counted by ("87 people, 12 of whom remain in
hospital", "78 Menschen, 14 von denen", "из которых", "з яких", "de quienes", "parmi
lesquels"): the part counts the people the clause is about."""

HAVING = frozenset(
    fold(w)
    for w in """has have had having with hat haben hatte hatten besitzt verfugt mit
    ont avait avaient possede compte comptait dispose avec tiene tienen tenia tenian
    posee cuenta contaba dispone con имеет имеют имел имела имело располагает
    рассчитан рассчитана рассчитано має мають мав мала мало розрахований
    розрахована розраховано""".split()
)
"""Words of having, in the six languages, that stand right before what is had (not the
French "a", which is also the Spanish "a" before a person: "detuvo a 48 manifestantes")."""


def owned(before: list[str]) -> bool:
    """Does a word of having stand right before the number ("has 410 beds")?"""
    return bool(before) and fold(before[-1]) in HAVING


def opens_clause(before: list[str], noun_words: list[str]) -> bool:
    """Does the figure open a clause of its own after "and" ("one climber died and five
    others suffered frostbite", "один погиб и семеро получили обморожения"), so the event
    before the conjunction is not its? Only when it counts "others" or what follows the
    number is a verb, not a noun ("killed two adults and three children" keeps "killed"),
    or a word of having precedes the number ("The hospital has 410 beds": `figure_owners`)."""
    if owned(before):
        return True
    if not before or before[-1].lower() not in CONJUNCTIONS or not noun_words:
        return False
    return noun_words[-1].lower() in OTHERS or looks_like_verb(noun_words[0])


_COORDINATED_GAP = 12
"""Characters between two figures of one sentence joined as one list ("Nine fishermen and two
divers", "12 Polizisten, 3 Soldaten"): the event after the list may be either's."""


def coordinated(f: Figure, others: list[Figure]) -> bool:
    """Does a figure without an event stand right beside f in its sentence, so that the event
    f was given may belong to both ("Nine fishermen and two divers were detained")? Figures
    further away in the sentence ("after temperatures climbed to 31 degrees") do not."""
    return any(
        g is not f
        and (0 <= g.start - f.end <= _COORDINATED_GAP or 0 <= f.start - g.end <= _COORDINATED_GAP)
        for g in others
    )


_HOSPITALS = re.compile(
    r"^(?:hospitals|clinics|hospitales|clinicas|hopitaux|cliniques|krankenhauser|kliniken|"
    r"spitaler|больниц[аыеу]?|больниц(?:ах|ам|ами)|госпитал(?:ей|я|ях)|клиник|клиниках|лікар(?:ень|ні|нях)|"
    r"шпитал(?:ів|ях|і))$"
)
"""Plural (and Slavic counted) forms of the words for hospitals and clinics in the six
languages: the event word "hospital" as the counted noun itself."""


def counts_hospitals(noun_words: list[str]) -> bool:
    """Does a figure count hospitals ("trois hôpitaux", "vier Kliniken", "в трёх больницах"),
    not people taken to one? Its hospital event then is no event of people."""
    return any(_HOSPITALS.match(fold(w)) for w in noun_words)


def more_of(f: Figure, before: Figure) -> Figure:
    """A bare "another 12" (no noun, or only an event word: "another 12 injured") counts what
    the figure before it in its paragraph counts, not people by default."""
    if before.dimension or before.percent or before.kind == "%" or not before.noun:
        return f
    if f.noun and not all(concepts.event_of(w) for w in f.noun.split()):
        return f  # "another 12 sheep", "weitere 15 Tiere": the figure names its own noun
    return replace(f, kind=before.kind, noun=before.noun)


def _openers(phrases: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Phrases of one or two words, folded, as word tuples."""
    return frozenset(tuple(fold(w) for w in phrase.split()) for phrase in phrases)


def _opens(words: list[str], openers: frozenset[tuple[str, ...]]) -> bool:
    """Do the first one or two of the words make one of the openers?"""
    folded = tuple(fold(w) for w in words[:2])
    return folded[:1] in openers or folded in openers


_PART_OPENERS = _openers(
    (
        "из них",
        "из которых",
        "з них",
        "з яких",
        "із них",
        "із яких",
        "of them",
        "of whom",
        "of which",
        "von ihnen",
        "von denen",
        "davon",
        "dont",
        "parmi eux",
        "parmi elles",
        "d'entre eux",
        "de ellos",
        "de ellas",
        "de los",
        "de las",
        "entre ellos",
    )
)
"""Words opening a clause about a part of the group just counted ("обратились 27 человек,
из них в стационаре 18", "27 workers fell ill, of whom 18 are in hospital", "davon liegen 18
im Krankenhaus", "dont 18 hospitalisés", "de ellos 18 hospitalizados")."""


def part_opens(words: list[str]) -> bool:
    """Do the words (the two after a comma) open a clause about a part of a group? What
    follows is the part's, never the whole group's, however far its number stands."""
    return _opens(words, _PART_OPENERS)


_SOURCE_OPENERS = _openers(
    (
        "по информации",
        "по данным",
        "по словам",
        "по сведениям",
        "за даними",
        "за словами",
        "за інформацією",
        "according to",
        "laut",
        "nach angaben",
        "selon",
        "d'après",
        "según",
        "de acuerdo con",
    )
)
"""Openings of an aside naming a source ("по информации «Россети Юг»", "according to the
utility", "laut Polizei", "selon la préfecture", "según Protección Civil")."""
_ASIDE_REACH = 10
"""Words an aside naming a source may run to."""


def source_aside(words: list[str], comma_at: int) -> int:
    """When words[comma_at] is the comma closing an aside that names a source, set off by
    commas ("Без света, по информации «Россети Юг», остались …"), the index of the comma
    opening it, else -1: what stands before the aside belongs to the clause after it."""
    if comma_at < 1 or words[comma_at] != ",":
        return -1
    for k in range(comma_at - 1, max(0, comma_at - _ASIDE_REACH) - 1, -1):
        if words[k] == ",":
            return k if _opens(words[k + 1 : k + 3], _SOURCE_OPENERS) else -1
        if words[k] in (".", "!", "?", ";"):
            return -1
    return -1


def clause_before(
    words: list[str], number_at: int, prev_end: int, reach: int, owned: int
) -> list[str]:
    """The words of a figure's clause before its number where its event may stand: back to
    the clause's start (at most `reach` + 4 words, never into the previous figure ending at
    `prev_end`), and past an aside naming a source to the words before it ("Без света, по
    информации X, остались 15 тысяч": without power), leaving the `owned` words right after
    the previous figure to it."""
    before: list[str] = []
    for w in reversed(words[max(prev_end, number_at - reach - 4) : number_at]):
        if w in CLAUSE_STOP or len(before) >= reach + 4:
            break
        before.insert(0, w)
    opened = source_aside(words, number_at - len(before) - 1)
    if opened >= 0 and (not prev_end or opened > prev_end + owned):
        start = max(prev_end + owned if prev_end else 0, opened - reach)
        before = words[start:opened] + before
    return before
