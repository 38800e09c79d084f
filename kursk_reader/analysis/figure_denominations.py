"""Sums of money that name a banknote's or coin's face value, not an amount ("billetes de
50 euros", "fake 20-euro notes", "купюры номиналом 5000 рублей", "Scheine zu 50 Euro"): a
denomination is never a version of the sum seized or paid another article gives."""

from __future__ import annotations

import re

from kursk_reader.analysis.textspans import fold

_NOTES = (
    r"(?:bank)?notes?|bills?|coins?|billetes?|monedas?|billets?|pi[eè]ces?|coupures?|"
    r"(?:geld)?scheine?n?|banknoten?|m[üu]nzen?|купюр\w*|банкнот\w*|монет\w*"
)
"""Banknote and coin nouns of the six languages (stems for the Cyrillic cases)."""
_BEFORE = re.compile(
    rf"\b(?:{_NOTES})(?:\s+[^\W\d_]+)?\s+(?:de|of|zu|по|номиналом|достоинством|"
    r"номіналом|вартістю|гідністю)(?:\s+\d[\d.,\s]*\s*(?:-|y|and|et|und|и|і|та|,))?\s*$",
    re.IGNORECASE,
)
"""A note noun (and one adjective) and its "of"-word right before the number, or before an
earlier denomination and a conjunction ("billetes falsos de 50 y 20 euros")."""
_AFTER = re.compile(rf"^[\s-]*(?:{_NOTES})\b", re.IGNORECASE)
"""A note noun right after the currency word ("20-euro notes", "100-dollar bills")."""
_SINGULAR = re.compile(r"^[\s-]*(?:bill|note)\b", re.IGNORECASE)
"""A bill or a note is also a law or a debt ("a $95 billion bill", "a $500 million note"):
only a face value is read before the singular."""
_FACE_VALUES = frozenset(m * 10**k for m in (1, 2, 5) for k in range(6))
"""Banknotes and coins come in the 1-2-5 series: "un billete de 49 euros" is a ticket."""


def denomination(text: str, start: int, end: int, number: float) -> bool:
    """Is the money figure text[start:end] the face value of notes or coins, or a count of
    notes its currency word qualifies ("470,000 counterfeit euro banknotes")?"""
    after = text[end : end + 16]
    if _AFTER.match(after):
        return number in _FACE_VALUES or not _SINGULAR.match(after)
    return number in _FACE_VALUES and bool(
        _BEFORE.search(fold(text[max(0, start - 48) : start]).replace("’", "'"))
    )
