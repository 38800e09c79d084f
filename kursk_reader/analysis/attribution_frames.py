"""People cited by a sentence-opening "for" phrase: "Para Lucía Herrera, de la asociación
Mar Limpio, el vertido «es una vergüenza»", "Pour Mathilde Garnier, « c'est une
catastrophe »", "Für Jonas Riedel ist das „ein Skandal“", "Для Ірини Коваль це — «катастрофа»",
"For Helen Marsh, the closure is "a disaster"". The phrase frames a view as that person's; it
cites them only when the same sentence quotes words (a narrative "For Helen Marsh, the day
began early" cites nobody), and only a person's name (two to four capitalised parts, no
body's kind noun) counts: bodies framed this way read as ordinary subjects elsewhere."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cases import as_written
from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_scan import matches_at
from kursk_reader.analysis.textspans import UPPER, is_sentence_start

_PART = rf"[{UPPER}][\w'’]*(?:-[{UPPER}][\w'’]*)?"
_PARTICLE = r"(?:de|del|de[ \u00a0]+la|da|dos|van|von|der|den|le|la|di|du|ten|ter)"
_ROLE = (
    r"(?:(?:den|die|der|dem)[ \u00a0]+[A-ZÄÖÜ][\w-]*[ \u00a0]+"
    r"|(?:(?:la|el|le|l['’]|the)[ \u00a0]*)?(?:[a-zà-öø-ÿа-яёіїєґ][\w'’-]*[ \u00a0]+){1,2})"
)
"""A role between "for" and the name: "Para la investigadora", "For geologist", "Для
геолога", "Für den Geologen" (a German noun after its article)."""
_FRAME = re.compile(
    rf"(?<!\S)(?:Para|Pour|Für|For|Для)[ \u00a0]+(?:{_ROLE})?"
    rf"(?P<name>{_PART}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_PART}){{1,3}})"
    r"(?=[ \u00a0]*,|[ \u00a0]+(?:ist|war|sind|waren|это|це|—|–)(?!\w))"
)
"""A sentence-opening "for" (six languages; "Для" in Russian and Ukrainian) and a name of
two to four capitalised parts, then a comma (an apposition or the view follows) or, in
German, Russian and Ukrainian, the copula or dash that states the view."""
_QUOTE_OPEN = re.compile(r"[«„“\"]")
_SENTENCE_END = re.compile(r"[.!?…](?=[ \u00a0]+[" + UPPER + r"\"«“„]|\n|$)|\n")
_OPENER = re.compile(r"(?:P(?:ara|our)|F(?:ür|or)|Для) ")
"""A capitalised "for" and a space: one scan of the text (the frame is tried only there)."""


def framed_people(article_id: int, text: str) -> list[Found]:
    """People whose view a sentence opens with "for" ("Para X, …") and then quotes."""
    out: list[Found] = []
    starts = [
        at for at in (m.start() for m in _OPENER.finditer(text)) if is_sentence_start(text, at)
    ]
    for m in matches_at(_FRAME, text, starts):
        s, e = m.span("name")
        end = _SENTENCE_END.search(text, e)
        stop = end.start() if end is not None else len(text)
        if _QUOTE_OPEN.search(text, e, stop) is None:
            continue
        name = m.group("name")
        if not person_name(name):
            continue
        surface = _nominative(text, name) if _CYRILLIC.search(name) else name
        out.append(Found(article_id, surface, "", m.start(), stop, s))
    return out


_CYRILLIC = re.compile("[А-ЯЁІЇЄҐ]")


def _nominative(text: str, name: str) -> str:
    """A Cyrillic name after "Для" (genitive) as the article writes it elsewhere with other
    endings ("Для Ірини Коваль" where "Ірина Коваль" stands earlier), else `as_written`."""
    parts = name.split()
    stems = [re.escape(p[:-2] if len(p) > 4 else p[:-1]) for p in parts]
    form = re.compile(r"(?<!\w)" + r"[ \u00a0]+".join(st + r"\w{0,3}" for st in stems) + r"(?!\w)")
    for m in form.finditer(text):
        if m.group(0) != name:
            return m.group(0)
    return as_written(text, name)


_PARTICLES = frozenset("de del la da dos van von der den le di du ten ter".split())


def person_name(name: str) -> bool:
    """Two to four capitalised parts, none a body's kind noun ("Agency", "Polizei") nor a
        German common noun; opened by a given name the dictionaries list, or else its last part
    no dictionary word ("For Christmas Day" is no one)."""
    parts = [w for w in name.split() if w.lower() not in _PARTICLES]
    if not 2 <= len(parts) <= 4:
        return False
    if any(p.lower() in SOURCE_NOUNS or lexicon.is_common_noun(p) for p in parts):
        return False
    first, last = parts[0], parts[-1]
    if lexicon.is_known_capitalised(first):
        return True  # a given name the dictionaries list ("Helen Marsh")
    return not lexicon.is_dictionary_word(last) or lexicon.is_known_capitalised(last)
