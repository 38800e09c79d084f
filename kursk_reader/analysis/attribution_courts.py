"""A court cited by its kind alone ("The Strasbourg court found", "Die Richter sprachen ihm …
zu", "По версии суда", "Les juges de Strasbourg estiment") when the article names the court
("the European Court of Human Rights", "Der Europäische Gerichtshof für Menschenrechte",
"Высший земельный суд Мюнхена", "le tribunal correctionnel de Lyon"): judges and a bare court
stand for it, so the source is the name the text gives. The court nouns and the words for
judges are a closed class in six languages; the name is read from its shape (capitalised words
round a court noun, an "of"-phrase or a place after it), and only when the article names one
court, or one holding the place the bare mention gives."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_acronyms import extend_to_acronym
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_trims import document_before
from kursk_reader.analysis.textspans import CAPITAL_WORD, UPPER, Token, fold

_COURT_NOUN = (
    r"court|courts|cour|tribunal|tribunale|juridiction|corte|juzgado|audiencia|gericht|gerichts"
    r"|gerichtshof|gerichtshofs|суд|суда|суду|судом|суде"
)
_JUDGES = (
    r"judges?|bench|juges?|magistrats|jueces|juez|magistrados|richter|richterinnen|richterin"
    r"|судьи|судей|судді|суддів|коллегия|колегія"
)
_KIND = re.compile(rf"(?:{_COURT_NOUN}|{_JUDGES}|\w+gericht|\w+gerichtshof)", re.IGNORECASE)
_KIND_WORDS = frozenset(
    (_COURT_NOUN + "|" + _JUDGES)
    .replace("judges?", "judge|judges")
    .replace("juges?", "juge|juges")
    .split("|")
)
_COMPOUNDS = ("gericht", "gerichts", "gerichtshof", "gerichtshofs")


_KIND_HINT = re.compile(
    r"cour|tribunal|juridic|corte|juzgad|audiencia|gericht|judge|bench|juge|jue|magistra"
    r"|richter|суд|колег|коллег"
)
"""A part of every court word, lower-cased: the cheap test before the words are compared."""


def _has_kind(surface: str) -> bool:
    """Does a court word stand in the source?"""
    low = surface.lower()
    return _KIND_HINT.search(low) is not None and any(
        w in _KIND_WORDS or w.endswith(_COMPOUNDS)
        for w in low.replace("'", " ").replace("’", " ").split()
    )


_DETERMINERS = frozenset(
    "the a le la les l el los las der die das des den dem los un une ein eine".split()
)
_OF_PLACE = re.compile(
    rf"(?i:{_JUDGES}|{_COURT_NOUN})[ \u00a0]+(?:de|d['’]|of|in|von|aus)[ \u00a0]*$"
)
"""A kind word right before the place a source was read as: "les juges de |Strasbourg"."""
_PLACE_OPENERS = (" de ", " d'", " d’", " of ", " in ", " von ", " aus ")
"""How the text before such a place ends: the cheap test before _OF_PLACE."""
_CAP = CAPITAL_WORD
_OF = (
    r"(?:of|for|für|de|des|du|del|d['’]|de[ \u00a0]+la|de[ \u00a0]+los)"
    r"(?:[ \u00a0]+(?:the|la|l['’]|le))?"
)
_LOWER_ADJ = r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]{3,}"
_HEAD_CAP = (
    r"(?:Court|Cour|Tribunal|Corte|Juzgado|Audiencia|Gerichtshof|Gericht"
    rf"|[{UPPER}]\w*gerichtshof|[{UPPER}]\w*gericht|Суд)"
)
_LATIN_NAME = re.compile(
    rf"(?<![\w-])(?:{_CAP}[ \u00a0]+){{0,3}}{_HEAD_CAP}(?![\w-])"
    rf"(?:(?:(?<=Cour)|(?<=Tribunal)|(?<=Corte)|(?<=Juzgado)|(?<=Audiencia))"
    rf"(?:[ \u00a0]+(?:{_LOWER_ADJ}|{_CAP})){{1,2}})?"
    rf"(?:[ \u00a0]+{_OF}[ \u00a0]*{_CAP}(?:[ \u00a0]+(?:(?:and|of|und|et|y|de)[ \u00a0]+)?{_CAP}){{0,3}}"
    rf"|(?<=gericht)(?:[ \u00a0]+{_CAP}){{1,2}})?"
)
"""A court's name holding a capitalised court noun: "European Court of Human Rights",
"Munich Higher Regional Court", "Europäische Gerichtshof für Menschenrechte",
"Oberlandesgericht München", "Cour européenne …"."""
_LOWER_HEAD_NAME = re.compile(
    rf"(?<!\w)(?:tribunal|cour|juzgado|audiencia|corte)(?:[ \u00a0]+{_LOWER_ADJ}){{0,2}}"
    rf"[ \u00a0]+{_OF}[ \u00a0]*{_CAP}(?:[ \u00a0]+{_CAP}){{0,2}}"
)
"""A French or Spanish court written with a lower-case head and a place: "tribunal
correctionnel de Lyon", "juzgado de instrucción de Marbella"."""
_CYRILLIC_NAME = re.compile(
    rf"(?<!\w){_CAP}(?:[ \u00a0]+[а-яёіїєґ'’-]{{3,}}){{0,2}}[ \u00a0]+суд(?!\w)"
    rf"(?:[ \u00a0]+{_CAP}){{0,2}}"
)
"""A Russian or Ukrainian court: "Высший земельный суд Мюнхена", "Франківський районний суд
Львова"."""
_LEADING = re.compile(r"^(?:The|Le|La|Les|El|Los|Las|Der|Die|Das|Des|Dem|Den)[ \u00a0]+")


def bare_court(text: str, start: int, surface: str) -> bool:
    """Is the source (surface, at start) a court named by its kind only: judges or a court
    noun with at most one place word ("the Strasbourg court", "Die Richter", "суда"), or a
    place read out of "the judges of <place>"?"""
    if len(surface) > 60:
        return False
    if not _has_kind(surface):
        if " " in surface.strip() or not text.endswith(_PLACE_OPENERS, 0, start):
            return False
        return bool(_OF_PLACE.search(text, max(0, start - 30), start))
    words = [w for w in re.split(r"[ \u00a0'’]+", surface) if w.lower() not in _DETERMINERS]
    if not words or len(words) > 3:
        return False
    kinds = [w for w in words if _KIND.fullmatch(w)]
    if not kinds:
        return len(words) == 1 and bool(_OF_PLACE.search(text, max(0, start - 30), start))
    others = [w for w in words if not _KIND.fullmatch(w)]
    return len(others) <= 1 and all(w[:1].isupper() for w in others)


def named_court(text: str, start: int, surface: str) -> tuple[str, str] | None:
    """(name, acronym) of the one court the article names, for a bare court mention."""
    if not bare_court(text, start, surface):
        return None
    names: dict[str, tuple[str, str]] = {}
    itself = fold(_LEADING.sub("", surface))
    for pattern in (_LATIN_NAME, _LOWER_HEAD_NAME, _CYRILLIC_NAME):
        for m in pattern.finditer(text):
            raw = m.group(0).rstrip(" \u00a0")
            name = _LEADING.sub("", raw)
            if len(name.split()) < 2 or name.isupper() or fold(name) == itself:
                continue  # "das Straßburger Gericht" is the bare mention, not a name
            at = m.start() + len(raw) - len(name)
            extended = extend_to_acronym(text, at, name)
            got = (extended[0], extended[1]) if extended else (name, "")
            names.setdefault(fold(got[0]), got)
    keys = [k for k in names if not any(k != o and k in o for o in names)]
    if len(keys) > 1:
        places = [
            fold(w)[:5] for w in surface.split() if w[:1].isupper() and not _KIND.fullmatch(w)
        ]
        keys = [k for k in keys if places and any(p in k for p in places)]
    if len(keys) != 1:
        return None
    return names[keys[0]]


def found_by(toks: list[Token], idx: int) -> bool:
    """May the verb of finding at token idx cite its subject: a document noun among the
    words before it ("a report by the Red Cross found"), or a court noun right before it
    ("the Munich Higher Regional Court found"), for a court finds as a report does?"""
    return document_before(toks, idx) or (idx > 0 and bool(_KIND.fullmatch(toks[idx - 1].text)))


def court_name(text: str, found: Found) -> bool:
    """Name a bare court mention (found) by the one court its article names; True when done."""
    surface = found.surface
    if _KIND_HINT.search(surface.lower()) is None and (
        " " in surface or not text.endswith(_PLACE_OPENERS, 0, found.source_start)
    ):
        return False  # the cheap test most sources fail: no court word, no "judges of" before
    got = named_court(text, found.source_start, surface)
    if got is None:
        return False
    found.surface, found.acronym = got[0], got[1] or found.acronym
    return True
