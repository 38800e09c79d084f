"""The journal a finding was published in: "publicado este jueves en la revista Astronomy &
Astrophysics", "published in the journal Marine Ecology", "in der Fachzeitschrift Nature
Geoscience veröffentlicht", "publiés dans la revue Science Advances", "опубликованы в
журнале «Природа»". The report tells the finding on the journal's word, so the journal is
a source. The journal nouns and the words of publishing are closed classes in six languages;
the name is what follows the noun (capitalised words, "&", "of", or a quoted title), and a
word of publishing must stand within a few words before or after it."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_scan import may_hold
from kursk_reader.analysis.textspans import UPPER

_GATES: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    ("journal", re.compile(r"journal(?!is)")),
    ("revista", None),
    ("revue", None),
    ("zeitschrift", None),
    ("fachblatt", None),
    ("журнал", re.compile(r"журнал(?!іст|ист)")),
)
""""journalist" and "журналіст" hold the noun and are no journal."""
_WORD = rf"[{UPPER}][\w'’-]*"
_JOURNAL = re.compile(
    r"(?<!\w)(?:(?i:journal|revista|revue)|Fachzeitschrift|Zeitschrift|Fachblatt"
    r"|журнал[еі]?)[ \u00a0]+"
    rf"(?:[«„“\"](?P<quoted>[^»“”\"\n]{{2,60}})[»“”\"]"
    rf"|(?P<name>{_WORD}(?:[ \u00a0]+(?:(?:&|of|the|for|and|de|des|du|für|und)[ \u00a0]+)?{_WORD}){{0,5}}))"
)
_PUBLISHED = re.compile(
    r"(?i:publish|publica|publié|publiée|publiés|publiées|paru|parue|veröffentlich|erschien"
    r"|erschienen|опубликова|опублікова|надруковано|вийшл|вышл|appeared|aparec"
    r"|публикац|публікац|publication|publicación)"
)
_REACH = 80
"""Characters before or after the journal's name a word of publishing may stand at."""


def journal_sources(article_id: int, text: str) -> list[Found]:
    """Journals named after a journal noun with a word of publishing close by."""
    if not may_hold(text, _GATES):
        return []
    out: list[Found] = []
    for m in _JOURNAL.finditer(text):
        group = "quoted" if m.group("quoted") else "name"
        s, e = m.span(group)
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        before = text[max(m.start() - _REACH, sentence_start + 1) : m.start()]
        after = text[m.end() : m.end() + _REACH].split(".", 1)[0]
        if not _PUBLISHED.search(before) and not _PUBLISHED.search(after):
            continue  # "the journal Nature" with no word of publishing: a mention, no citation
        out.append(Found(article_id, text[s:e], "", m.start(), e, s))
    return out
