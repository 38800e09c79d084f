"""The German "as X said" clause with its verb last: ", wie die Polizei am Montag mitteilte",
", wie der Verband am Donnerstag in Bern bekanntgab", ", wie ein Sprecher der Stadt auf
Anfrage sagte". The subject follows "wie" (an article, capitalised words, a genitive "der
Stadt"); between it and the final speech verb stand only adverbials that open with a
preposition or a time word, and the clause ends at the verb. "Wie" as "how" ("wie viele",
"wie Deutschland reagierte") never has a speech verb last. The clause may open a sentence
("Wie die Polizei mitteilte, …"), and a person named after the subject between commas is
the source ("wie eine Sprecherin, Anke X, erläuterte")."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found

_NOUN = r"[A-ZÄÖÜ][\w-]*"
_ADVERBIAL = (
    r"am|im|in|auf|bei|beim|gegenüber|nach|vor|seit|zum|zur|heute|gestern|bereits|ebenfalls"
    r"|dazu|zuvor|später|morgen|abends|mittags|vormittags|nachmittags|erneut|nun|jetzt"
)
_WIE = re.compile(
    rf"(?:,[ \u00a0]+wie|Wie)[ \u00a0]+(?:(?:der|die|das|ein|eine)[ \u00a0]+)?"
    rf"(?P<name>{_NOUN}(?:[ \u00a0]+(?:{_NOUN}|(?:der|des)[ \u00a0]+{_NOUN})){{0,4}})"
    rf"(?:[ \u00a0]*,[ \u00a0]+(?P<person>{_NOUN}(?:[ \u00a0]+{_NOUN}){{1,3}})[ \u00a0]*,)?"
    rf"(?:[ \u00a0]+(?:{_ADVERBIAL})(?:[ \u00a0]+[^\s,.;:!?„“\"»«]+){{0,5}}?)?"
    r"[ \u00a0]+(?:mitteilte|mitteilten|berichtete|berichteten|sagte|sagten|erklärte|erklärten"
    r"|bestätigte|bestätigten|meldete|meldeten|betonte|betonten|bekanntgab|bekanntgaben"
    r"|erläuterte|erläuterten|angab|angaben|ankündigte|ankündigten|hinzufügte|schilderte"
    r"|schrieb|schrieben|mitteilt|berichtet|sagt|erklärt|meldet|bestätigt)(?=[ \u00a0]*[.,;:])"
)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=\n))Wie[ \u00a0]", re.MULTILINE)


def wie_clauses(article_id: int, text: str) -> list[Found]:
    """Sources named in ", wie X … mitteilte" clauses."""
    out: list[Found] = []
    starts = _found(text, ", wie ")
    if "Wie" in text:  # the regex tried only where "Wie" stands
        starts += [p for p in _found(text, "Wie") if _SENTENCE_START.match(text, p)]
    for at in sorted(starts):
        m = _WIE.match(text, at)
        if m is not None:  # "Wie eine Sprecherin, Anke X, erläuterte": the person named
            key = "person" if m.group("person") else "name"
            cue = at + 2 if text[at] == "," else at
            out.append(Found(article_id, m.group(key), "", cue, m.end(), m.start(key)))
    return out


def _found(text: str, word: str) -> list[int]:
    """Starts of word in text, left to right, none overlapping."""
    out: list[int] = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out
