"""Figures of an earlier state: "the previous mark of 396 minutes", "Предыдущее достижение
лиги составляло 396 минут", "le précédent record ... était de 286 000 entrées". A record
broken or a former total is never a version of the new figure another article gives."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kursk_reader.analysis.figures import Figure

_PREVIOUS = re.compile(
    r"^(?:previous$|prior$|preceding$|предыдущ|прежн|попередн(?:іи|ього|ьому|є|ім)$|vorherig|"
    r"bisherig|vorig|precedent|anterior(?:es)?$|previ[oa]s?$)"
)
"""Adjectives of an earlier state in six languages (folded stems). Ukrainian "попередні"
also means "preliminary" ("за попередніми даними", "попередня оцінка"): only its masculine
and neuter singular forms ("попередній рекорд", "попереднє досягнення") are read. Words
for "former" ("the former mayor", "бывший", "ancien") describe people, not figures."""


_INSTEAD = re.compile(
    r"(?:\b(?:an)?statt|\binstead of|\brather than|\bau lieu de|\ben lugar de|\ben vez de|"
    r"вместо|замість)\s+$",
    re.IGNORECASE,
)
"""Words that give the value a new one replaced ("Statt 2,6 Milliarden Euro erwartet der
Konzern nur noch 2,3", "instead of 2.6 billion", "au lieu de", "en lugar de", "вместо",
"замість")."""
_INSTEAD_REACH = 16


def earlier_marked(figures: list[Figure], text: str = "") -> list[Figure]:
    """The figures of one article, those of an earlier state marked: a word for "previous"
    right beside the figure, or anywhere in its sentence when it is the sentence's only
    figure (with two, "rose to 12 from a previous 9", the word is the nearer one's), or a
    word for "instead of" right before it (`text` is the article). A share is a change
    against the earlier state ("11% more than the previous season"), not that state;
    adverbs ("previously ran the port 70 km upstream") say nothing."""
    per_sentence = Counter(f.sentence for f in figures)
    out = []
    for f in figures:
        words = f.near if per_sentence[f.sentence] > 1 else f.near + f.sentence_words
        if f.kind != "%" and any(_PREVIOUS.match(w) for w in words):
            f = replace(f, earlier=True)
        elif f.kind != "%" and _INSTEAD.search(text[max(0, f.start - _INSTEAD_REACH) : f.start]):
            f = replace(f, earlier=True)
        out.append(f)
    return out
