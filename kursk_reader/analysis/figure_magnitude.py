"""Earthquake magnitudes: the value stands next to the word that says what it measures ("a
magnitude 5.6 earthquake", "a 5.8-magnitude quake", "ein Erdbeben der Stärke 5,8",
"землетрясение магнитудой 5,8", "un séisme de magnitude 5,6", "un terremoto de magnitud
5,8", "5.8 on the Richter scale"), not before a counted noun, so the noun-phrase reading of
`figures` misses or misreads it ("5,8 erschütterte"). They are found here by those words and
read as a class of their own that pairs with magnitudes in any language."""

from __future__ import annotations

import re

from kursk_reader.analysis.figures import Figure

MAGNITUDE = "magnitude"
_VALUE = r"(\d(?:[.,]\d{1,2})?)"
_PATTERNS = (
    re.compile(
        r"(?<!\w)(?:magnitudes?|magnitud|st[äa]rke|магнитуд\w*|магнітуд\w*)"
        r"(?:\s+(?:of|de|von|на|від|от))?\s+" + _VALUE + r"(?![\d.,]\d)",
        re.IGNORECASE,
    ),
    re.compile(r"(?<![\d.,])" + _VALUE + r"[\s-]*(?:magnitude|magnitud)\b", re.IGNORECASE),
    re.compile(
        r"(?<![\d.,])" + _VALUE + r"\s+(?:on\s+the|по\s+шкале|за\s+шкалою|auf\s+der|sur\s+"
        r"l['’]échelle\s+de|en\s+la\s+escala\s+de)\s*richter",
        re.IGNORECASE,
    ),
)


def magnitudes(article_id: int, text: str) -> list[Figure]:
    """Every magnitude the text gives, once per value, as figures of class "magnitude"."""
    out: list[Figure] = []
    seen: set[float] = set()
    spans = sorted((m.start(1), m.end(1), m.group(1)) for p in _PATTERNS for m in p.finditer(text))
    for start, end, raw in spans:
        number = float(raw.replace(",", "."))
        if number in seen or not 0 < number < 10:
            continue
        seen.add(number)
        out.append(
            Figure(article_id, raw, number, "", MAGNITUDE, raw, start, end, (), kind=MAGNITUDE)
        )
    return out


def with_magnitudes(article_id: int, text: str, figures: list[Figure]) -> list[Figure]:
    """The figures of an article with its magnitudes in place of what was read at their
    values ("5,8 erschütterte" becomes the magnitude 5.8)."""
    found = magnitudes(article_id, text)
    if not found:
        return figures
    kept = [
        f for f in figures if not any(f.start <= m.start < max(f.end, f.start + 1) for m in found)
    ]
    return kept + found
