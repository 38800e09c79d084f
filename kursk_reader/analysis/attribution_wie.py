"""The German "as X said" clause with its verb last: ", wie die Polizei am Montag mitteilte",
", wie der Verband am Donnerstag in Bern bekanntgab", ", wie ein Sprecher der Stadt auf
Anfrage sagte". The subject follows "wie" (an article, capitalised words, a genitive "der
Stadt"); between it and the final speech verb stand only adverbials that open with a
preposition or a time word, and the clause ends at the verb. "Wie" as "how" ("wie viele",
"wie Deutschland reagierte") never has a speech verb last."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found

_NOUN = r"[A-ZÄÖÜ][\w-]*"
_ADVERBIAL = (
    r"am|im|in|auf|bei|beim|gegenüber|nach|vor|seit|zum|zur|heute|gestern|bereits|ebenfalls"
    r"|dazu|zuvor|später|morgen|abends|mittags|vormittags|nachmittags|erneut|nun|jetzt"
)
_WIE = re.compile(
    rf",[ \u00a0]+wie[ \u00a0]+(?:(?:der|die|das|ein|eine)[ \u00a0]+)?"
    rf"(?P<name>{_NOUN}(?:[ \u00a0]+(?:{_NOUN}|(?:der|des)[ \u00a0]+{_NOUN})){{0,4}})"
    rf"(?:[ \u00a0]+(?:{_ADVERBIAL})(?:[ \u00a0]+[^\s,.;:!?„“\"»«]+){{0,5}}?)?"
    r"[ \u00a0]+(?:mitteilte|mitteilten|berichtete|berichteten|sagte|sagten|erklärte|erklärten"
    r"|bestätigte|bestätigten|meldete|meldeten|betonte|betonten|bekanntgab|bekanntgaben"
    r"|schrieb|schrieben|mitteilt|berichtet|sagt|erklärt|meldet|bestätigt)(?=[ \u00a0]*[.,;:])"
)


def wie_clauses(article_id: int, text: str) -> list[Found]:
    """Sources named in ", wie X … mitteilte" clauses."""
    out: list[Found] = []
    at = text.find(", wie ")
    while at >= 0:
        m = _WIE.match(text, at)
        if m is not None:
            s = m.start("name")
            out.append(Found(article_id, m.group("name"), "", at + 2, m.end(), s))
        at = text.find(", wie ", at + 6)
    return out
