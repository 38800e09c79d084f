"""A body introduced with its acronym as the subject of a sentence: "Der Bundesverband der
Binnenschiffer (BDB) erwartet …", "La Commission internationale pour la pêche (CIP), dont le
siège est à Lyon, rappelle …", "The Regional Testing Agency (RTA), which brought the case, had
sought …". Whatever the verb, a body a report names in full with its acronym at the head of a
sentence is one it relies on. The acronym must be spelt by the name's letters in order, from
its first letter, and the sentence must go on after it (a comma or a lower-case word), so a
dateline ("PARIS (AFP) —"), a caption's "(Archivbild)" or a region ("Fürth (Bayern)") is
not read as a body."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_bodies import acting_bodies
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_outlets import outlet_channels
from kursk_reader.analysis.attribution_studies import study_bodies
from kursk_reader.analysis.textspans import UPPER

_ACRONYM = re.compile(
    rf"[ \u00a0]\(([{UPPER}][{UPPER}a-zа-яёіїєґ&]{{1,9}})\)(?=[ \u00a0]*,|[ \u00a0]+[a-zà-öø-ÿа-яёіїєґ'’])"
)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…][ \u00a0])|(?<=[.!?…][»”\"][ \u00a0]))", re.MULTILINE)
_LEAD = re.compile(
    r"(?:(?:Auch|Also|Même|También|Также|Також|Тоді)[ \u00a0]+)?"
    r"(?:(?i:the|der|die|das|le|la|les|el|los|las)[ \u00a0]+|(?i:l)['’])?"
    rf"(?P<name>[{UPPER}][^\W\d_]*(?:[ \u00a0'’-]+[^\W\d_]+){{1,9}})[ \u00a0]*$"
)
_MAX_BACK = 120
_LONG_ACRONYM = 4
_LONG_NAME = 3


def introduced_bodies(article_id: int, text: str) -> list[Found]:
    """Bodies named in full with their acronym as a sentence's subject, then named bodies
    that are a sentence's subject whatever they do (`attribution_bodies`), then outlets a
    statement went through (`attribution_outlets`) and bodies whose study opens a clause
    (`attribution_studies`)."""
    out: list[Found] = []
    i = text.find("(", 1)
    while i > 0:
        m = _ACRONYM.match(text, i - 1) if text[i + 1 : i + 2].isupper() else None
        i = text.find("(", i + 1)
        if m is None:
            continue
        acronym = m.group(1)
        capitals = sum(ch.isupper() for ch in acronym)
        if capitals < 2 and len(acronym) < _LONG_ACRONYM:
            continue
        start = _sentence_start(text, m.start())
        if start is None:
            continue
        lead = _LEAD.match(text, start, m.start() + 1)
        if lead is None:
            continue
        name = lead.group("name")
        if not _spells(acronym, name) or _script(acronym) != _script(name):
            continue
        if capitals < 2 and len(name.split()) < _LONG_NAME:
            continue  # "Conanp" for a name of many words, not "(Baviera)" after a place
        out.append(Found(article_id, name, acronym, start, m.end(), lead.start("name")))
    out += acting_bodies(article_id, text) + outlet_channels(article_id, text)
    return out + study_bodies(article_id, text)


def _sentence_start(text: str, pos: int) -> int | None:
    """Where the sentence holding pos starts, when it starts within reach."""
    lo = max(0, pos - _MAX_BACK)
    line = text.rfind("\n", lo, pos)
    starts = [s.start() for s in _SENTENCE_START.finditer(text, line + 1 if line >= 0 else lo, pos)]
    if starts:
        return starts[-1]
    return None


def _spells(acronym: str, name: str) -> bool:
    """ "BDB" in "Bundesverband der Deutschen Binnenschifffahrt", "DWD" in "Deutscher
    Wetterdienst": the acronym's letters in order among the name's, its first the name's."""
    letters = "".join(ch for ch in name.lower() if ch.isalpha())
    wanted = [ch for ch in acronym.lower() if ch.isalpha()]
    if not letters or not wanted or letters[0] != wanted[0]:
        return False
    it = iter(letters)
    return all(ch in it for ch in wanted)


def _script(word: str) -> str:
    return "cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in word) else "latin"
