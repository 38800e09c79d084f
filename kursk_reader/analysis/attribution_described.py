"""The person a description after a quote stands for: "«…», dijo el ucraniano" after "El
ucraniano Dmitri X", "“…,” said the organiser" after "organiser Anna X", "„…“, sagt der
Präsident des Verbands" when the paragraph names one person only and the sentence before the
quote speaks of them ("Der 61-Jährige …", "She …"). A speech verb, an article
and a description of at most four words close the quote; the description's head noun (the
word before a genitive or a preposition) was set before a name earlier in the article, or
the paragraph before the quote names exactly one person. Journalists write a description
after a quote only for someone they have already named, so this shape is an anaphor."""

from __future__ import annotations

import re
from collections.abc import Callable

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import BEFORE_VERBS
from kursk_reader.analysis.textspans import UPPER

_AFTER_QUOTE = re.compile(
    r"[,!?…]?[»”“\"'’]?[ \u00a0]*,?[ \u00a0]*[—–-]?[ \u00a0]*(?P<verb>[^\W\d_]+)[ \u00a0]+"
    r"(?P<art>the|el|la|le|l['’]|der|die|das|il)[ \u00a0]*"
    r"(?P<desc>[\w-]+(?:[ \u00a0]+[\w-]+){0,3}?)(?=[ \u00a0]*[,.;:!?\n]|[ \u00a0]+(?:des|der|de|del|du"
    r"|of|from|at|in|im|am|bei|en|à|au|von|vom|tras|after|nach|после|після)(?!\w))",
    re.IGNORECASE,
)
_NAME = rf"[{UPPER}][^\W\d_'’-]+(?:-[{UPPER}][^\W\d_]+)?"
_PERSON = rf"{_NAME}(?:[ \u00a0]+{_NAME}){{1,2}}"
_PERSON_RUN = re.compile(rf"(?<![\w-]){_PERSON}(?![\w-])")
_REACH = 1500
"""Characters before the quote searched for the description set before a name."""


def described_speaker(
    text: str, quote_start: int, quote_end: int, is_person: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The span of the name a description closing the quote stands for, or None."""
    m = _AFTER_QUOTE.match(text, quote_end)
    if m is None or m.group("verb").lower() not in BEFORE_VERBS:
        return None
    head = m.group("desc").split()[-1]
    if len(head) < 4 or any(ch.isdigit() for ch in head):
        return None
    lo = max(0, quote_start - _REACH)
    named = re.compile(rf"(?<![\w-])(?i:{re.escape(head)})[ \u00a0]+(?P<name>{_PERSON})(?![\w-])")
    found = [g for g in named.finditer(text, lo, quote_start) if _named(g.group("name"), is_person)]
    if found:
        return found[-1].span("name")
    if _SPEAKS_FOR.search(m.group("desc")):
        return None  # "said the police spokesman": someone other than the person named before
    return _only_person(text, quote_start, is_person)


_SPEAKS_FOR = re.compile(
    r"(?i:spokes\w*|portavoz|porte-parole|sprecher\w*|пресс-секретар\w*|речни\w*"
    r"|представител\w*|представни\w*|officer|official|police|polic\w*|polizei\w*|поліц\w*"
    r"|полиц\w*|agent|agente|beamte\w*|inspector|inspecteur|inspektor)"
)
"""A spokesperson, an officer or the police, in six languages: a description speaking for a
body, who is never the one person a paragraph names only by the way (a victim, a witness)."""


def _named(name: str, is_person: Callable[[str], bool]) -> bool:
    """A person's name after the description: one of the event's people, or parts no
    dictionary knows ("El ucraniano Dmitri X": set after a description, a name's shape is
    enough)."""
    return is_person(name) or not any(lexicon.is_dictionary_word(w) for w in name.split())


_SENTENCE_END = re.compile(r"[.!?…][»”“\"']?[ \u00a0\n]+")
_ABOUT_PERSON = re.compile(
    r"(?:(?:der|die|the|el|la|le|il|l['’])[ \u00a0]+\d{1,3}[- ]?[^\W\d_]+"
    r"|(?:he|she|er|sie|él|ella|il|elle|он|она|він|вона)(?!\w))",
    re.IGNORECASE,
)
"""The sentence before the quote speaks of one person: by an age ("Der 61-Jährige", "The
58-year-old") or a subject pronoun."""


def _only_person(
    text: str, quote_start: int, is_person: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The one person the paragraph before the quote names (by one full name), or None."""
    para = text.rfind("\n\n", 0, quote_start)
    start = para + 2 if para >= 0 else 0
    ends = list(_SENTENCE_END.finditer(text, start, max(start, quote_start - 2)))
    last = ends[-1].end() if ends else start
    if not _ABOUT_PERSON.match(text, last):
        return None  # only after "Der 61-Jährige baut …", "She has …": the paragraph's person
    spans: dict[str, tuple[int, int]] = {}
    for g in _PERSON_RUN.finditer(text, start, quote_start):
        words = g.group(0).split()
        if is_person(g.group(0)) or (
            lexicon.is_known_capitalised(words[0])
            and not any(lexicon.is_dictionary_word(w) for w in words)
        ):  # one of the event's people, or a listed given name and no dictionary word
            spans[g.group(0)] = g.span()
    if len(spans) != 1:
        return None
    return next(iter(spans.values()))
