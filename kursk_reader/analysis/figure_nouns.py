"""Where a figure's counted noun phrase ends: up to five words after the number, stopped by
a function word, punctuation, an event word ("12 people injured"), an auxiliary, another
number or a rate phrase ("zwölf Züge pro Tag"). Split from `figures`."""

from __future__ import annotations

import re

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_events import NEGATIONS
from kursk_reader.analysis.figure_owners import RELATIVE_PEOPLE
from kursk_reader.analysis.figure_phrases import looks_like_verb, phrase_ended, slavic_adjective
from kursk_reader.analysis.figure_rates import period_at
from kursk_reader.analysis.figure_text import ONE_WORD_HEDGES
from kursk_reader.analysis.figure_words import AUXILIARY, DETERMINERS, OF_WORDS, STOP
from kursk_reader.analysis.numbers import read_number, scale_of, word_value
from kursk_reader.analysis.textspans import fold

OF = OF_WORDS | {"d"}
"""Words of a partitive after a number ("a dozen of the officers", "двое из них", the
elided "d'entre eux")."""
_MAX_NOUN_WORDS = 5


def noun_phrase(toks: list[tuple[int, int, str]], words: list[str], k: int) -> list[int]:
    """Token indexes of what the number counts: up to four words before a function word or
    punctuation ("North Korean soldiers", "senior army commanders"); "of" after the number is
    skipped ("a dozen of the officers")."""
    out: list[int] = []
    n = len(words)
    if k < n and words[k].lower() in OF:
        k += 1
        if k < n and fold(words[k]) in RELATIVE_PEOPLE:
            return [k]  # "12 of whom remain in hospital", "14 von denen"
        while k < n and words[k].lower() in DETERMINERS:
            k += 1
        whole = read_number(words[k : k + 6]) if k < n and word_value(words[k]) else None
        if k < n and words[k][:1].isdigit():
            whole = read_number(words[k : k + 1])
        if whole is not None:
            k += whole[1]  # "two of the 21 sailors", "dos de los veintiún marineros"
    while k < n and len(out) < _MAX_NOUN_WORDS:
        w = words[k]
        if not w[0].isalpha() or w.lower() in STOP or scale_of(w) is not None and out == []:
            break
        if out and toks[k][0] - toks[out[-1]][1] > 1:
            break
        if out and (
            concepts.event_of(w)
            or w.lower() in AUXILIARY
            or w.lower() in NEGATIONS
            or _ELIDED.match(w)
            or (w.lower() in ONE_WORD_HEDGES and read_number(words[k + 1 : k + 2]))
            or period_at(words, k)
        ):
            break  # "12 people injured", "51 passagers s'est renversé": no longer counted
        if out and word_value(w) is not None:
            break  # "1200 міліметрів триватиме дві доби": another figure begins
        if out and phrase_ended(words[out[-1]], w, words[out[-2]] if len(out) > 1 else ""):
            break  # "runners needed", "donors gave", "leeren Kesselwagen erreichte"
        out.append(k)
        if (
            concepts.noun_class(w)
            and not (k + 1 < n and concepts.noun_class(words[k + 1]))
            and not slavic_adjective(w)
        ):
            break
        k += 1
    while len(out) > 1 and looks_like_verb(words[out[-1]]):
        out.pop()
    return out


_ELIDED = re.compile(r"(?:[cdjlmnst]|qu)['’]", re.IGNORECASE)
"""A French elided pronoun or article ("s'est", "l'autocar", "qu'il") ends a noun phrase."""


def complement_at(words: list[str], k: int) -> str:
    """The folded noun of an "of" phrase starting at words[k] ("de dinosaurio", "of Roman
    ceramics", "der alten Anlage"): its first word written in lower case, past an article and
    one capitalised or other modifier; "" when none starts there."""
    if k + 1 >= len(words) or words[k].lower() not in OF:
        return ""
    k += 1
    if words[k].lower() in DETERMINERS:
        k += 1
    for word in words[k : k + _COMPLEMENT_WORDS]:
        if not word[:1].isalpha() or word.lower() in STOP:
            return ""
        if word[:1].islower():
            return fold(word)
    return ""


_COMPLEMENT_WORDS = 2
"""Words of an "of" phrase searched for its lower-case noun ("of Roman ceramics")."""


def whole_at(words: list[str], k: int) -> int:
    """Index of the whole's number in a part's "of" phrase starting at words[k] ("31 of the
    52 boats", "dos de los 21 marineros"), or -1: the whole is a figure of its own, the total
    another outlet may give alone ("52 boats started")."""
    if k >= len(words) or words[k].lower() not in OF:
        return -1
    k += 1
    while k < len(words) and words[k].lower() in DETERMINERS:
        k += 1
    return k if k < len(words) and words[k][:1].isdigit() else -1


_OUT_OF = frozenset("из із з of sur von out".split())
"""Words that give, after a counted noun, the total it is a part of ("470 коек из 600",
"450 lits sur 600", "450 beds out of 600")."""


def bare_whole_at(words: list[str], k: int) -> int:
    """Index of a bare number after a counted noun that gives its total ("заняты 470 коек из
    600", "450 lits sur 600 sont occupés"), or -1. The number must count nothing of its own:
    a word after it that could be a noun ("из 600 жителей") makes it a figure of its own."""
    if k + 1 >= len(words) or words[k].lower() not in _OUT_OF:
        return -1
    if words[k].lower() == "out":
        if words[k + 1].lower() != "of":
            return -1
        k += 1
    k += 1
    if k >= len(words) or not words[k][:1].isdigit():
        return -1
    nxt = words[k + 1] if k + 1 < len(words) else "."
    return k if not nxt[:1].isalpha() or nxt.lower() in STOP else -1
