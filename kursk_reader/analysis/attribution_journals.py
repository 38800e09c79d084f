"""The journal a finding was published in: "publicado este jueves en la revista Astronomy &
Astrophysics", "published in the journal Marine Ecology", "in der Fachzeitschrift Nature
Geoscience veröffentlicht", "publiés dans la revue Science Advances", "опубликованы в
журнале «Природа»". The report tells the finding on the journal's word, so the journal is
a source. The journal nouns and the words of publishing are closed classes in six languages;
the name is what follows the noun (capitalised words, "&", "of", or a quoted title), and a
word of publishing must stand within a few words before or after it."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_credits import dated
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


_IN_AFTER = r"\w*[ \u00a0]+(?:in|im|dans|en|в|у)[ \u00a0]"
_IN_GATES: tuple[tuple[str, re.Pattern[str] | None], ...] = tuple(
    (stem, re.compile(stem + _IN_AFTER))
    for stem in (
        "publish",
        "report",
        "publi",
        "veröffentlicht",
        "erschienen",
        "опублікова",
        "опубликова",
    )
)
"""Every match of _PUBLISHED_IN holds one of these stems, then "in" (a regex opening with
the stem's letters, which the engine finds fast)."""
_PUBLISHED_IN = re.compile(
    r"(?<!\w)(?:publish(?:ed|es)?|reports?|reported|publiée?s?|publicad[oa]s?|publica"
    r"|veröffentlicht(?:en?)?|erschienen|опубликова\w*|опублікова\w*)[ \u00a0]+"
    r"(?:in|im|dans|en|в|у)[ \u00a0]+(?:(?:the|la|le|der)[ \u00a0]+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ \u00a0]+(?:&[ \u00a0]+|of[ \u00a0]+)?(?:[A-Z][a-z]+|[A-Z](?!\w))){0,3})"
)
"""A journal named after a word of publishing and "in", with no journal noun: "the team
reports in Nature Energy", "publié dans Science Advances", "veröffentlicht in Physical Review
C". The title's words are dictionary words written with capitals (a place's name is not),
never a month or a weekday."""


def journal_sources(article_id: int, text: str) -> list[Found]:
    """Journals named after a journal noun with a word of publishing close by, or after a
    word of publishing and "in" alone."""
    out: list[Found] = _published_in(article_id, text) if may_hold(text, _IN_GATES) else []
    if not may_hold(text, _GATES):
        return out
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


_MONTH = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|octubre|noviembre|diciembre|januar|februar|märz|juni|juli|oktober|dezember"
    r"|spring|summer|autumn|winter|printemps|été|automne|hiver|primavera|verano|otoño"
    r"|invierno|frühling|sommer|herbst)\b",
    re.IGNORECASE,
)
"""Months and seasons in the Latin-script languages: "published in March" is a date."""


def _published_in(article_id: int, text: str) -> list[Found]:
    out: list[Found] = []
    for m in _PUBLISHED_IN.finditer(text):
        name = m.group("name")
        words = [w for w in name.split() if w not in ("&", "of")]
        if (
            dated(name)
            or _MONTH.match(name)
            or not all(len(w) == 1 or _title_word(w) for w in words)
        ):
            continue
        out.append(Found(article_id, name, "", m.start(), m.end("name"), m.start("name")))
    return out


def _title_word(word: str) -> bool:
    """A capitalised dictionary word no dictionary writes with a capital ("Nature", "Review";
    not "London", "March")."""
    return lexicon.is_dictionary_word(word) and not lexicon.is_known_capitalised(word)
