"""What happened to what a figure counts, read from the words around it: the first event
word of a stretch ("killed and wounded" together are casualties), the verb closing a clause
(German puts it last), and denied events ("не пострадали", "nobody was hurt")."""

from __future__ import annotations

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_words import SUBORDINATORS
from kursk_reader.analysis.textspans import fold

CLAUSE_STOP = frozenset(".!?;,:()—–")
CONJUNCTIONS = frozenset("and or и или та і й und oder et ou y o".split())

_PREPOSITIONS = frozenset(
    "in im into on at to в во у на in auf an zu nach bei à dans en sur a en con".split()
)
"""A figure after one of these is the object of a preposition, not the subject of its own
clause, so the verb closing the clause may be read past it."""
_CLAUSE_END_REACH = 16
"""Tokens after a figure searched for the verb that closes its clause."""


def clause_final_event(words: list[str], tail_at: int, next_start: int) -> tuple[str, str]:
    """The event of the verb closing the figure's clause, when nothing nearer names one: the
    German verb comes last ("Neun Fischer werden nach dem Untergang … noch vermisst"). Not
    past the next figure or a clause stop."""
    end = tail_at
    if 0 < next_start < len(words) and words[next_start - 1].lower() in _PREPOSITIONS:
        next_start = len(words)  # "600 Anwohner wurden in zwei Sporthallen untergebracht"
    limit = min(next_start, tail_at + _CLAUSE_END_REACH, len(words))
    while end < limit and words[end] not in CLAUSE_STOP:
        if words[end].lower() in CONJUNCTIONS or words[end].lower() in SUBORDINATORS:
            return "", ""  # "two buses overturned and nobody was hurt": another clause
        end += 1
    if end == limit and end < len(words) and words[end] not in CLAUSE_STOP:
        return "", ""  # the clause goes on past the next figure or the reach
    for k in range(end - 1, max(tail_at, end - 2) - 1, -1):
        event, used = concepts.event_at(words, k)
        if event and not _negated(words, k):
            return event, " ".join(words[k : k + used])
    return "", ""


def first_event(words: list[str]) -> tuple[str, str]:
    """The first event named in words; two events joined by a conjunction ("killed and
    wounded") count together as "casualties"."""
    for k in range(len(words)):
        first, used = concepts.event_at(words, k)
        if not first or _date_word(words, k) or _negated(words, k):
            continue
        if (
            k + 2 < len(words)
            and words[k + 1].lower() in CONJUNCTIONS
            and concepts.event_of(words[k + 2]) not in ("", first)
            and {first, concepts.event_of(words[k + 2])} <= {"dead", "injured", "missing"}
        ):
            return "casualties", " ".join(words[k : k + 3])
        return first, " ".join(words[k : k + used])
    return "", ""


NEGATIONS = frozenset(
    """not no never none nobody neither nor не ни нет никто ніхто ні ніхто nicht kein keine
    keiner keinen niemand weder ne pas aucun aucune jamais ni nadie ningun ninguno ninguna
    nunca""".split()
)
_NEGATION_REACH = 2
"""Words before an event word searched for a negation ("водители не пострадали", "nobody
was hurt", "niemand wurde verletzt"): a denied event is no event of the figure. Further
reaches a negation that belongs to another verb."""


def _negated(words: list[str], k: int) -> bool:
    """Is the event word at k denied ("were not injured", "не пострадали", "n'a été blessé")?"""
    for w in words[max(0, k - _NEGATION_REACH) : k]:
        low = fold(w)
        if low in NEGATIONS or low.endswith("n t") or low.startswith("n ") or low == "n":
            return True
    return False


def _date_word(words: list[str], k: int) -> bool:
    """A capitalised word beside a number is a month in a date ("March 15"), not an event."""
    near = words[max(0, k - 1) : k] + words[k + 1 : k + 2]
    return words[k][:1].isupper() and any(w[:1].isdigit() for w in near)


_TAKEN = (
    "доставил", "доставлен", "привезл", "привезен", "достав", "taken", "brought", "rushed",
    "flown", "gebracht", "transportiert", "transporte", "conduit", "achemine", "traslad",
    "llevad", "ingresad",
)  # fmt: skip
"""Folded stems of verbs of taking someone somewhere, in six languages (Ukrainian
"доставили" shares the Russian stem)."""
_TAKEN_REACH = 16
"""Tokens after a figure searched for a verb of taking and, within `_TAKEN_TO` after it,
the hospital it took them to."""
_TAKEN_TO = 8


def taken_to_hospital(words: list[str], start: int) -> tuple[str, str]:
    """("hospital", verb) when the figure's sentence goes on to take what it counts to a
    hospital, however long the way ("Четверых школьников с ожогами и нарушением сердечного
    ритма доставили в Краевую детскую клиническую больницу"); else ("", "")."""
    for k in range(start, min(len(words), start + _TAKEN_REACH)):
        if words[k] in ".!?;":
            break
        if fold(words[k]).startswith(_TAKEN):
            for m in range(k + 1, min(len(words), k + 1 + _TAKEN_TO)):
                if words[m] in CLAUSE_STOP:
                    break
                if concepts.event_of(words[m]) == "hospital":
                    return "hospital", f"{words[k]} … {words[m]}"
    return "", ""
