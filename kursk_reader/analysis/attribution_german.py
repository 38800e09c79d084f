"""German word order for speech verbs: the verb comes second, so what stands before it is
the subject only when no subject follows it ("Die Zahlen bestätigte die Polizei", "Nach der
Unterbrechung erklärte er"); a separable verb counts only with its particle ("teilte … mit");
a noun inside a prepositional phrase ("bei seinem Hausarzt melden") is never a speaker."""

from __future__ import annotations

import re

from kursk_reader.analysis.textspans import Token

SUBJECT_AFTER = re.compile(r"[ \u00a0]+(?:der|die|das|ein|eine)[ \u00a0]+[A-ZÄÖÜ]")
"""German puts the verb second: after "sagte"/"bestätigte" an article and a noun are the
subject, and what came before the verb was the object ("Die Zahlen bestätigte die Polizei")."""
PRONOUN_SUBJECT = re.compile(r"[ \u00a0]+(?:er|es|man|wir|ich)(?!\w)")
"""A German subject pronoun after the verb: the word before the verb is not its subject."""
_GERMAN_PREPOSITIONS = frozenset(
    """nach bei beim vor vom mit seit zum zur aus während wegen trotz gegen ohne durch für um
    unter über zwischen hinter neben auf im am""".split()
)


def in_german_phrase(toks: list[Token], first: int) -> bool:
    """Does a German preposition open the phrase ending at the source's first token, with only
    lower-case words (never a noun in German) between ("nach einer rund 40-minütigen
    Unterbrechung", "bei seinem Hausarzt")?"""
    k = first - 1
    while k >= 0 and first - k <= 4 and not toks[k].capitalised:
        if toks[k].text in _GERMAN_PREPOSITIONS:
            return True
        k -= 1
    return k >= 0 and toks[k].text in ("Nach", "Bei", "Beim", "Vor", "Seit", "Mit", "Während")


_SEPARABLE = {"teilte": "mit", "teilten": "mit", "kündigte": "an", "kündigten": "an"}
"""German speech verbs whose particle closes the clause ("teilte die Polizei mit"); without
it the verb means something else ("teilte die Stadt in zwei Teile")."""
_PARTICLE_AT_END = {
    p: re.compile(rf"[^.,;:!?\n]{{0,80}}?(?<!\w){p}(?=[ \u00a0]*(?:[.,;:]|dass\b|$))")
    for p in ("mit", "an")
}


def particle_ok(text: str, tok: Token) -> bool:
    """A separable German verb counts as speech only with its particle ending the clause; "an"
    must follow at once ("kündigte an, dass …"), as "kündigte eine Untersuchung an" announces an
    act, not words."""
    particle = _SEPARABLE.get(tok.text.lower())
    if particle is None:
        return True
    if particle == "an" and not said_before(text, tok):
        return bool(re.match(r"[ \u00a0]+an(?=[ \u00a0]*[,:])", text[tok.end : tok.end + 8]))
    return _PARTICLE_AT_END[particle].match(text, tok.end) is not None


_SAID_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Das|Dies|Dieses|Diese)[ \u00a0]+$")
"""A demonstrative opening the sentence right before the verb stands for what was said
("… wieder öffnen. Das kündigte Bürgermeisterin X an."): the subject follows the verb."""


def said_before(text: str, tok: Token) -> bool:
    """Does a sentence-opening demonstrative ("Das", "Dies") stand right before the verb?"""
    lead = text[max(0, tok.start - 8) : tok.start]
    if "Da" not in lead and "Di" not in lead:
        return False
    return _SAID_BEFORE.search(text, max(0, tok.start - 12), tok.start) is not None
