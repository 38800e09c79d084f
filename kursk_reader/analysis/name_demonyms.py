"""Nationalities before a name ("Korean Kim X", "Spaniard Inigo X", "l'Espagnol Iñigo X"):
no part of the person's name. Split from `name_spans`."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.textspans import Token


def is_demonym(word: str) -> bool:
    """ "Korean", "Japanese", "Turkish" before a name; a word in "-an" only when the
    dictionary knows its plural too ("Koreans"), as it knows no "Juans" or "Ivans": given
    names in "-an" open a person's name."""
    if not re.search(r"(?:an|ard|ese|ish|ch|ский|ская|ський|ська)$", word):
        return False
    if not lexicon.is_known_capitalised(word):
        return False
    return not word.endswith(("an", "ard")) or lexicon.is_known_capitalised(word + "s")


_FRENCH_DEMONYM = re.compile(
    r"(?<![^\W\d_])(?:l['’]|le |la )[^\W\d_]+"
    r"(?:ol|ole|ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|ard|arde|onne)$",
    re.IGNORECASE,
)


def is_article_demonym(text: str, tok: Token) -> bool:
    """ "l'Espagnol Iñigo X", "la Bretonne Anne X": a nationality French writes with a capital
    after its article, no part of the name."""
    return _FRENCH_DEMONYM.search(text, max(0, tok.start - 3), tok.end) is not None
