"""The verb of a count that opens its sentence: "Dos de los veintiún marineros del granelero
encallado el martes junto al cabo Ortegal fueron hospitalizados" says what happened to the
two only after a long modifier, past the few words `figures` searches after a counted noun.
A count at the head of its sentence is its subject, so the first auxiliary of the sentence
and the event word right after it are its verb."""

from __future__ import annotations

from kursk_reader.analysis.figure_events import first_event

_SENTENCE_STOP = frozenset(".!?;")
_AUXILIARIES = frozenset(
    """were was are is have has had
    были был было была були було
    wurden wurde sind waren
    ont sont furent
    fueron fue han resultaron quedaron""".split()
)
"""Finite auxiliaries of a passive or perfect in six languages: what follows is the verb."""
_AFTER_AUXILIARY = 3
"""Words after the auxiliary searched for the event ("fueron trasladados al hospital", "ont
été hospitalisés")."""


def subject_event(words: list[str], number_at: int, tail_at: int) -> tuple[str, str]:
    """(event, word) of the sentence a count opens (words[number_at] starts the sentence or
    the line), read after its first auxiliary; ("", "") otherwise."""
    if number_at and words[number_at - 1] not in _SENTENCE_STOP:
        return "", ""
    for k in range(tail_at, len(words)):
        if words[k] in _SENTENCE_STOP:
            break
        if words[k].lower() in _AUXILIARIES:
            return first_event(words[k + 1 : k + 1 + _AFTER_AUXILIARY])
    return "", ""
