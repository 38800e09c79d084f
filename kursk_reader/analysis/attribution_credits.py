"""Outlets an article credits in a credit line ("With files from CBC", "Avec AFP", "Mit
Material von dpa", "По материалам ТАСС"), and the closed classes the head credit reader
(`attribution_mastheads`) shares: dates and times in head lines, words of outlet titles and
agency names. The credit phrases are closed classes in six languages; outlets are told from
other names by those words, never by a list of outlets."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_headwords import GENERIC_AGENCIES

_MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août"
    r"|sept|oct|déc|ene|abr|ago|dic|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|octubre|noviembre|diciembre|jän|märz|okt|dez|январ|феврал|март|апрел|ма[йя]"
    r"|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп"
    r"|верес|жовт|листопад|груд"
)
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|понедельник|вторник|среда|четверг"
    r"|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя"
)
_DATE = re.compile(
    r"(?:posted|published|updated|publié|mis à jour|publicado|actualizado|veröffentlicht"
    r"|aktualisiert|stand|опубликовано|обновлено|опубліковано|оновлено)\b"
    rf"|\d{{1,2}}[:.h][ \u00a0]?\d{{2}}\b|\d{{1,4}}[./]\d{{1,2}}\b|\b(?:{_WEEKDAYS})\b"
    rf"|\d{{1,2}}\.?[ \u00a0]+(?:de[ \u00a0]+)?(?:{_MONTHS})\w*\.?|\b(?:{_MONTHS})\w*\.?[ \u00a0]+\d{{1,2}}\b",
    re.IGNORECASE,
)
"""A date, a time, a weekday or a "Posted"/"Publié" word in a head line."""
_AGENCY_WORDS = frozenset(
    "agency agence agencia agentur agenzia агентство агентства агенція агенції".split()
)
_OUTLET_ENDINGS = ("інформ", "информ", "inform", "press", "news", "media", "медиа", "медіа")
"""How one-word outlet names end ("Ukrinform", "Interpress"), which place names do not."""
_CREDIT = re.compile(
    r"^[ \u00a0]*(?:with files from|with material from|with reporting from|avec(?: des informations de)?"
    r"|mit material (?:von|der|des)|con información de|con material de|по материалам"
    r"|с использованием материалов|за матеріалами|з використанням матеріалів)[ \u00a0]+"
    r"(?P<rest>[^\n]{2,80})$",
    re.IGNORECASE | re.MULTILINE,
)
_CREDIT_OPENINGS = (
    "with files",
    "with material",
    "with reporting",
    "avec",
    "mit material",
    "con informaci",
    "con material",
    "по материалам",
    "с использованием",
    "за матеріалами",
    "з використанням",
)
"""How every credit line opens, lower-cased: only lines opening so are matched."""
_OPENING_LETTERS = frozenset("WwAaMmCcПпСсЗз")
"""The first letters of _CREDIT_OPENINGS, either case: a cheap test before lower-casing."""
_HEAD_CHARS = 400
_TAIL_CHARS = 800
"""Credit lines stand under the title or after the last paragraph, among the footer lines."""
_LIST = re.compile(r"[ \u00a0]*(?:,|;|\band\b|\bet\b|\bund\b|\by\b|\bи\b|\bі\b|\bта\b)[ \u00a0]*")
_LEAD = re.compile(r"^(?:l['’]|la |le |les |el |der |die |des |the )", re.IGNORECASE)


def _outlet_word(name: str, title_words: frozenset[str]) -> bool:
    """Capitalised words, one a word of outlet titles or agency names, or one word ending as
    outlet names end."""
    words = name.split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper():
        return False
    if any(ch.isdigit() for ch in name):
        return False
    low = [w.lower().strip(".") for w in words]
    if len(low) == 1 and (low[0] in title_words or low[0] in _AGENCY_WORDS):
        return False  # "News", "Media" alone: a section of the site, no outlet
    if any(w in title_words or w in _AGENCY_WORDS for w in low):
        return True
    return _outlet_shaped(name)


def _outlet_shaped(name: str) -> bool:
    """One capitalised word ending as outlet names end ("Ukrinform", "Interpress"): an outlet
    wherever it stands in a head line, with or without a date."""
    low = name.lower()
    return (
        " " not in name.strip()
        and name[:1].isupper()
        and low.endswith(_OUTLET_ENDINGS)
        and low not in _OUTLET_ENDINGS
    )


def _wire(name: str) -> bool:
    """One word a byline gives instead of a person: a capitalised word ("Reuters", "AFP") or a
    short lower-case code ("dpa")."""
    words = name.split()
    return len(words) == 1 and (name[:1].isupper() or (name.islower() and len(name) <= 4))


def credit_line_sources(article_id: int, text: str, title_words: frozenset[str]) -> list[Found]:
    """Outlets a credit line near the head or the end names: "With files from CBC and AP",
    "Avec l'AFP"."""
    tail = max(_HEAD_CHARS, len(text) - _TAIL_CHARS)
    head = len(text) if len(text) <= _HEAD_CHARS else max(text.rfind("\n", 0, _HEAD_CHARS), 0)
    spans = [(0, head)] + ([(tail, len(text))] if tail < len(text) else [])
    out: list[Found] = []
    for a, b in spans:
        at = a
        for line in text[a:b].split("\n"):
            if line[:1] in _OPENING_LETTERS and line.lower().startswith(_CREDIT_OPENINGS):
                if a == 0 or at > a:  # the tail's first line may be cut: skip it
                    out += _credits_in(article_id, text, at, at + len(line), title_words)
            at += len(line) + 1
    return out


def _credits_in(
    article_id: int, text: str, a: int, b: int, title_words: frozenset[str]
) -> list[Found]:
    out: list[Found] = []
    for m in _CREDIT.finditer(text, a, b):
        rest = m.group("rest").rstrip(" .\u00a0")
        if len(rest.split()) > 8:
            continue
        at, pos = m.start("rest"), 0
        bare = text[m.start() : at].strip().lower() == "avec"  # "Avec Ann Roux": a co-author
        for part in _LIST.split(rest):
            pos = rest.index(part, pos)
            lead = _LEAD.match(part)
            name = part[lead.end() :] if lead else part
            s = at + pos + (lead.end() if lead else 0)
            pos += len(part)
            named = _caps(name) and not bare
            if name.lower() in GENERIC_AGENCIES:
                continue  # "Mit Material von Agenturen": agencies in general
            if name and (_wire(name) or _outlet_word(name, title_words) or named):
                out.append(Found(article_id, name, "", m.start(), s + len(name), s))
    return out


def _caps(name: str) -> bool:
    """A name of capitalised words, each the start of a word ("Radio-Canada", "РИА Новости")."""
    words = name.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


_LOCATIVE = frozenset(
    "in at near from to en à au a de dans desde hacia im nach bei aus в во у із з под біля".split()
)
"""Prepositions that put a place name after them in six languages."""


def placed(text: str, name: str, after: int) -> bool:
    """Does the name stand after a preposition of place in the body ("in Santa Cruz")? Then a
    head line's name is the place the article is written from, not an outlet."""
    at = text.find(name, after)
    while at >= 0:
        before = text[max(0, at - 12) : at].split()
        if before and before[-1].lower() in _LOCATIVE:
            return True
        at = text.find(name, at + len(name))
    return False


def dated(part: str) -> bool:
    """A date, a time, a weekday or a "Posted"/"Publié" word in part of a head line."""
    return _DATE.search(part) is not None


def outlet_worded(name: str, title_words: frozenset[str]) -> bool:
    """Capitalised words holding a word of outlet titles or agency names (see _outlet_word)."""
    return _outlet_word(name, title_words)
