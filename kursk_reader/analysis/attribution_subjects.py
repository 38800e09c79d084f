"""A guard on the name read before a speech verb (`attribution_before.source_before`): the
word before it tells whether it can be the verb's subject. A number before a word for a share
makes it part of a quantity ("54,3 Prozent sagten Ja", "70 percent said"); a preposition of place or
time before it makes it the object of that preposition ("die Kosten in der Altstadt
kritisiert", "Besucher im Tierpark berichteten" keeps "Besucher", not "Tierpark"). English "in", "at"
are left out: "analysts at Berenberg said" names the source after them."""

from __future__ import annotations

import re

from kursk_reader.analysis import attribution_before
from kursk_reader.analysis.textspans import Token

_PREPOSITIONS = frozenset(
    """in im am auf bei vor seit zur zum über unter durch gegen dans sur sous chez pendant
    depuis en sobre tras durante""".split()
)
"""Prepositions of place and time in six languages (Latin script; Russian and Ukrainian
bodies after "в"/"у" are read by `attribution_locative`). "of", "de", "von", "from" are
left out: "the spokesman of the Guardia Civil said" names its body after them."""
_ARTICLES = frozenset("der die das den dem des le la les l the el los las".split())
_DESDE = re.compile(r"Desde[ \u00a0]+(?:el|la|los|las)[ \u00a0]+(?=[A-ZÁÉÍÓÚÑ])")
_NUMBER = re.compile(r"\d[\d.,]*$")
_SHARES = frozenset(
    """percent per cent prozent pour cent por ciento процент процента процентов відсоток
    відсотки відсотків""".split()
)
"""Words for a share: after a number, what "said" has as subject is a share of people."""


def source_before(text: str, toks: list[Token], verb: int) -> tuple[int, int, str] | None:
    """`attribution_before.source_before`, unless a number or a preposition of place or
    time stands just before the name it reads."""
    got = attribution_before.source_before(text, toks, verb)
    if got is None:
        return None
    desde = _DESDE.match(text, got[0], got[1])
    if desde is not None:  # "Desde la Federación X lamentaron": the body, not "Desde la"
        got = (desde.end(), got[1], got[2])
    head = text[max(0, got[0] - 40) : got[0]].split()
    if head and head[-1].lower() in _ARTICLES:
        head = head[:-1]
    if not head:
        return got
    word = head[-1]
    if _NUMBER.match(word) and text[got[0] : got[1]].lower() in _SHARES:
        return None
    if word.lower() in _PREPOSITIONS and word.islower():
        return None
    return got
