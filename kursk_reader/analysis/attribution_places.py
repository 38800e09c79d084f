"""Where a body named by a lower-case noun "of" a place starts: "the port authority of
Marseille said", "la préfecture de l'Isère", "le tribunal de commerce de Lyon a condamné".
The place alone is no source; the body's name reaches back to its head noun. Split from
`attribution_before`."""

from __future__ import annotations

from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.attribution_runs import DETERMINERS, PRONOUNS, STOP_BETWEEN
from kursk_reader.analysis.textspans import Token, gap_is_space

_NOT_A_MODIFIER = DETERMINERS | STOP_BETWEEN | PRONOUNS


def body_of_place(text: str, toks: list[Token], i: int) -> int | None:
    """Where a body named by a lower-case source noun and "of" a place starts ("the port
    authority of Marseille said", "la préfecture de l'Isère"): the place alone is no source."""
    of = i - 1
    if of >= 2 and toks[of].text.lower() in _PLACE_ARTICLES:
        of -= 1  # "le ministère de la Santé"
    if of < 1 or toks[of].text.lower() not in _OF_PLACE:
        return None
    n = of - 1
    if (
        n >= 1
        and not toks[n].capitalised
        and toks[n].text.lower() not in SOURCE_NOUNS
        and toks[n - 1].text.lower() in SOURCE_NOUNS
    ):
        n -= 1  # "le ministère géorgien de l'Économie": an adjective after the noun
    elif n >= 2 and not toks[n].capitalised and toks[n - 1].text.lower() in _OF_PLACE:
        if toks[n - 2].text.lower() in _BODY_HEADS and not toks[n - 2].capitalised:
            return toks[n - 2].start  # "le tribunal de commerce de Lyon", "conseil de prud'hommes"
    noun = toks[n]
    if noun.capitalised or noun.text.lower() not in SOURCE_NOUNS - PEOPLE_NOUNS:
        return None
    of = n + 1
    s = of - 1
    while (
        s > 0
        and of - 1 - s < 2
        and not toks[s - 1].capitalised
        and toks[s - 1].text.lower() not in _NOT_A_MODIFIER
        and gap_is_space(text, toks[s - 1].end, toks[s].start)
    ):
        s -= 1
    return toks[s].start


_OF_PLACE = frozenset("of de du des del".split())
_BODY_HEADS = frozenset(
    """tribunal tribunale juzgado cour court conseil consejo chambre cámara comité commission
    comisión office oficina""".split()
)
"""Heads of a body named "head of what, of where" ("tribunal de commerce de Lyon", "juzgado
de guardia de Vigo", "court of appeal of Lyon"): the body starts at the head, the place alone
is no source."""
_PLACE_ARTICLES = frozenset("the la l' l’ el".split())
PEOPLE_NOUNS = frozenset(
    """residents witnesses observers journalists жители свидетели мешканці свідки zeugen
    témoins testigos""".split()
)
"""Source nouns for people in a place, who speak for no body there ("residents in X")."""
