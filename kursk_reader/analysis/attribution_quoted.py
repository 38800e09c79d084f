"""Sources whose names an article sets in quotation marks, as Russian, Ukrainian, French and
German writing does for outlets and companies: "сообщает «Волжская правда»", "повідомили в
ТОВ «Харківтепло»", "l'agence « Info-Sud »", "die Zeitung „Nordkurier“". A short capitalised
name inside the marks, right after the cue or after a kind-word ("агентство", "ТОВ"), is the
source; a remark in quotes (a pronoun first, a colon before, a long clause) is not."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_nouns import SOURCE_NOUNS, cyrillic_genitives

_PAIRS = frozenset({("«", "»"), ("„", "“"), ("„", "”"), ("“", "”"), ('"', '"')})
_QUOTED = re.compile(
    r"[ \u00a0]*(?P<open>[«„“\"])[ \u00a0]?(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ0-9][^«»„“”\"\n.!?]{0,38}?"
    r"(?:\.[a-zа-я]{2,4})?)[ \u00a0]?(?P<close>[»“”\"])"
    r"(?=[ \u00a0]*(?:[.,;:)]|$|\n|[—–]|[ \u00a0]+[a-zа-яёіїєґà-ÿ]))"
)
_MAX_WORDS = 3
_PRONOUNS = frozenset(
    """i we you he she it they я мы ты вы он она оно они ми ви він вона воно вони ich wir du
    er sie es ihr je nous vous il elle ils elles on yo nosotros vosotros él ella ellos ellas
    this это це das ce esto""".split()
)
_KINDS = frozenset(
    """newspaper paper daily weekly agency broadcaster channel station radio television tv
    magazine website site portal outlet tabloid company firm operator
    газета агентство телеканал канал радиостанция радио телевидение журнал издание портал
    сайт компания предприятие оператор
    газета агентство телеканал канал радіостанція радіо телебачення журнал видання портал
    сайт компанія підприємство оператор
    zeitung tageszeitung agentur nachrichtenagentur sender fernsehsender radiosender magazin
    zeitschrift portal website firma unternehmen betreiber blatt
    journal quotidien hebdomadaire agence chaîne radio télévision magazine site portail
    société entreprise opérateur
    periódico diario semanario agencia cadena emisora radio televisión revista portal sitio
    empresa compañía operador
    organisation organization organización organisation организация організація""".split()
)
MEDIA_KINDS = _KINDS | cyrillic_genitives(_KINDS)
_AGENCY_KINDS = frozenset(
    "agency agence agencia agentur nachrichtenagentur presseagentur агентство агенція".split()
)
_CODE_AFTER = re.compile(r"[ \u00a0]+(?P<code>[a-z]{2,4}|[A-Z]{2,6})(?![\w-])")
"""A wire's code right after an agency noun, closing the phrase ("die Nachrichtenagentur dpa.")."""
"""Kinds of outlet, company and organisation an article names before the name itself, in six
languages, Russian and Ukrainian in the genitive too ("активисты организации «…»")."""
_DESCRIPTOR_WORDS = 2
_DESCRIPTOR_CAPS = 4


def quoted_name(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a quoted name that starts at pos (after spaces), or None."""
    m = _QUOTED.match(text, pos)
    if m is None or (m.group("open"), m.group("close")) not in _PAIRS:
        return None
    name = m.group("name").strip()
    words = name.split()
    if not words or len(words) > _MAX_WORDS or words[0].lower() in _PRONOUNS:
        return None
    return m.start("name"), m.start("name") + len(name)


def name_after_descriptor(text: str, start: int, surface: str) -> tuple[int, int] | None:
    """ "агентство «Новости-Юг»", "КП «Міськводоканал»": when the source found is only a
    kind-word or a short capital abbreviation and a quoted name follows, the quoted name."""
    if text[start : start + len(surface)] != surface:
        return None
    words = surface.split()
    descriptor = len(words) <= _DESCRIPTOR_WORDS and (
        surface.islower()
        or (len(surface) <= _DESCRIPTOR_CAPS and surface.isupper())
        or words[-1].lower() in MEDIA_KINDS
        or (len(words[-1]) <= _DESCRIPTOR_CAPS and words[-1].isupper() and len(words) > 1)
    )
    if not descriptor:
        return None
    quoted = quoted_name(text, start + len(surface))
    if quoted is None and words[-1].lower() in _AGENCY_KINDS:
        code = _CODE_AFTER.match(text, start + len(surface))
        if code is not None and not lexicon.is_dictionary_word(code.group("code")):
            # "meldet die Nachrichtenagentur dpa": the wire's code
            return code.span("code")
    return quoted


_QUOTED_BEFORE = re.compile(
    r"(?P<open>[«„“\"])[ \u00a0]?(?P<name>[^«»„“”\"\n.!?,]{1,40}?)[ \u00a0]?(?P<close>[»“”\"])"
    r"[ \u00a0]+$"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
_REACH = 60


def quoted_name_before(text: str, pos: int) -> tuple[int, int] | None:
    """ "Компания «Север-Трейд» заявила", "Die Zeitung „Heimatbote“ berichtete": the span
    of a quoted name right before the verb at pos, after a kind-word or an abbreviation, or
    opening the sentence when the dictionaries do not know all its words."""
    m = _QUOTED_BEFORE.search(text, max(0, pos - _REACH), pos)
    if m is None or (m.group("open"), m.group("close")) not in _PAIRS:
        return None
    name = m.group("name").strip()
    words = name.split()
    if not words or len(words) > _MAX_WORDS or not name[:1].isupper():
        return None
    if words[0].lower() in _PRONOUNS:
        return None
    first = m.start("name") + len(m.group("name")) - len(m.group("name").lstrip())
    span = first, first + len(name)
    prev = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if prev is not None:
        word = prev.group(1)
        kind = word.lower() in MEDIA_KINDS or word.lower() in SOURCE_NOUNS
        if kind or (word.isupper() and len(word) <= _DESCRIPTOR_CAPS):
            return span
        return None
    before = text[max(0, m.start() - 3) : m.start()].strip(" \u00a0")
    if before and before[-1] not in ".!?…\n":
        return None
    if all(lexicon.is_dictionary_word(w) for w in re.findall(r"[^\W\d_]+", name)):
        return None
    return span
