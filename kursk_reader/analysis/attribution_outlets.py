"""An outlet named as the channel a statement went through rather than as a speaker: "citée
par l'AFP", "in comments carried by the state news agency TASS", "cité par l'agence allemande
DPA", "was quoted as saying by the news agency TASS", "interrogé par France Bleu", "sagte er gegenüber
Keystone-SDA", "sagte die Geschäftsführerin der Nachrichtenagentur AFP". The structure names the outlet
(a passive "by", the German dative after a speech verb); no list of outlets is used. An
outlet described in lower case ("told local radio") is left out: reports cite it unevenly."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import BEFORE_VERBS
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_quoted import quoted_name
from kursk_reader.analysis.attribution_scan import lowered, matches_at, may_hold
from kursk_reader.analysis.textspans import NAME_WORD

_WORD = NAME_WORD
_NAME = rf"{_WORD}(?:[ \u00a0]+{_WORD}){{0,3}}"
_OUTLETS = (
    "news agency|agency|newspaper|broadcaster|channel|radio|television|tv|magazine|daily"
    "|station|website|portal|agence|journal|quotidien|chaîne|radio|télévision|hebdomadaire"
    "|agencia|periódico|diario|cadena|emisora|televisión|revista|semanario"
    "|Nachrichtenagentur|Agentur|Zeitung|Tageszeitung|Sender|Fernsehsender|Radiosender"
    "|Magazin|Rundfunk|Blatt|Portal|агентство|агентства|газета|газеты|газети|телеканал"
    "|телеканалу|радио|радіо|издание|видання"
)
_PASSIVE_VERBS = (
    "cité|citée|cités|citées|quoted|carried|cited|citado|citada|citados|citadas"
    "|recogido|recogida|zitiert|цитирует|цитує"
    "|interrogé|interrogée|interrogés|interrogées|interviewed|entrevistado|entrevistada"
    "|entrevistados|entrevistadas|befragt"
)
_KIND = rf"(?:[\w-]+[ \u00a0]+){{0,4}}?(?:{_OUTLETS})(?:[ \u00a0]+[a-zà-ÿ]+){{0,2}}[ \u00a0]+"
"""A kind of outlet, maybe with words before it and lower-case adjectives after it ("the
state news agency", "l'agence allemande"), written as the language writes the common noun
(a capitalised "Radio Talbury" is the name itself)."""
_PASSIVE = re.compile(
    rf"(?<!\w)(?i:{_PASSIVE_VERBS})(?:[ \u00a0]+as[ \u00a0]+saying)?[ \u00a0]+"
    r"(?:par|by|por|von|vom)[ \u00a0]+"
    r"(?:(?:l['’]|le |la |les |the |el |la |der |die |dem |den ))?"
    rf"(?:{_KIND}(?P<code>[a-z]{{2,4}})(?![\w-])|(?:{_KIND})?(?P<name>{_NAME}))"
)
_QUOTED_PERSON = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]+(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]+){1,2}))"
    r"[ \u00a0]+(?:was|were|is|are|has been|had been)[ \u00a0]+$"
)
"""The person a passive "was quoted as saying by" cites, named right before it."""
_DATIVE = re.compile(
    rf"(?<!\w)(?:gegenüber(?:[ \u00a0]+(?:der|dem|den))?|der|dem)[ \u00a0]+"
    rf"(?:(?P<kind>{_OUTLETS}|[A-ZÄÖÜ][a-zäöüß]+(?:zeitung|agentur|sender|blatt|magazin))"
    rf"[ \u00a0]+)?(?P<name>{_NAME})"
)
_PASSIVE_GATE = re.compile(
    rf"(?:{_PASSIVE_VERBS})(?:[ \u00a0]+as[ \u00a0]+saying)?[ \u00a0]+(?:par|by|por|vo[nm])"
)
_PASSIVE_GATES: tuple[tuple[str, re.Pattern[str] | None], ...] = tuple(
    (word, _PASSIVE_GATE)
    for word in (
        "cité",
        "cited",
        "citad",
        "quoted",
        "carried",
        "recogid",
        "zitiert",
        "цитиру",
        "цитує",
        "interrog",
        "interview",
        "entrevist",
        "befragt",
    )
)
"""Each match of _PASSIVE holds, in lower case, one of these words and _PASSIVE_GATE."""
_DATIVE_START = re.compile("gegenüber|de[rm]")
"""Where a match of _DATIVE can start."""
_KIND_NOUNS = frozenset(
    """newspaper paper daily weekly agency broadcaster channel station radio television
    magazine website portal outlet tabloid
    газета агентство телеканал канал радиостанция радио журнал издание портал сайт
    газета агентство агенція телеканал канал радіостанція радіо журнал видання портал сайт
    zeitung tageszeitung agentur nachrichtenagentur sender fernsehsender radiosender magazin
    zeitschrift portal blatt
    journal quotidien hebdomadaire agence chaîne radio télévision magazine site portail
    periódico diario semanario agencia cadena emisora radio televisión revista portal""".split()
)
"""Kinds of outlet written in lower case before the outlet's quoted name ("издание «…»")."""
_CITING_VERBS = frozenset(
    """cites quotes quoted writes wrote цитирует цитировал цитировала цитирують цитують цитує
    цитував цитувала передаёт передает передає приводит наводить пишет пише écrit cite citait
    schreibt schrieb zitiert zitierte cita citaba publica publicó escribe""".split()
)
"""Verbs of an outlet quoting or writing, beside the speech verbs ("цитирует … издание «…»")."""
_OPENERS = "«„"
"""Opening guillemets and German low quotes, which the press of five of the six languages
puts round an outlet's name (English writes it bare): a quoted name can follow a kind-word."""
_SENTENCE_END = re.compile(r"[.!?\n]")
_SPEECH_REACH = 90


def outlet_channels(article_id: int, text: str) -> list[Found]:
    """Outlets a statement was given to or carried by."""
    out: list[Found] = []
    if may_hold(text, _PASSIVE_GATES):
        for m in _PASSIVE.finditer(text):
            s, e = m.span("code") if m.group("code") else m.span("name")
            out.append(Found(article_id, _trim(text[s:e]), "", m.start(), e, s))
            person = _QUOTED_PERSON.search(text, max(0, m.start() - 60), m.start())
            if person is not None:  # "Irina X was quoted as saying by TASS": she is cited too
                s, e = person.span("name")
                first = text[s:e].split()[0]
                if len(text[s:e].split()) == 3 and lexicon.is_dictionary_word(first):
                    s += len(first) + 1  # "Mayor Lena Ostrova": the person by name
                out.append(Found(article_id, text[s:e], "", s, e, s))
    low = lowered(text) or text.lower()
    if "gegenüber" in text or "agentur" in low or " dem " in text or " der " in text:
        starts = [m.start() for m in _DATIVE_START.finditer(text)]
        for m in matches_at(_DATIVE, text, starts):
            if not m.group(0).startswith("gegenüber") and m.group("kind") is None:
                continue  # "der Polizei": a plain dative or genitive, no outlet named
            if not _after_speech(text, m.start()):
                continue
            s, e = m.span("name")
            out.append(Found(article_id, _trim(text[s:e]), "", m.start(), e, s))
    return out + kind_quoted_outlets(article_id, text) + told_quoted(article_id, text)


_TOLD_QUOTED = re.compile(
    r"(?<!\w)(?:рассказал[аи]?|пояснил[аи]?|сказал[аи]?|добавил[аи]?|признал[аи]?|розповів"
    r"|розповіла|розповіли|пояснив|пояснила|пояснили|сказав|сказала|сказали|додав|додала"
    r"|визнав|визнала)(?=[ \u00a0]+«)"
)
"""A Russian or Ukrainian speech verb right before a name in guillemets: the outlet told,
in the dative ("розповіла «Суспільному»", "рассказал «Новой газете»")."""


_TOLD_NEXT = re.compile(
    r",[ \u00a0]*(?:что|що|как|як|якщо|если|чтобы|щоб)(?!\w)|[ \u00a0]+[а-яёіїєґ]"
)
"""What follows the outlet told: what was said ("…», що …") or the speaker ("…» пассажир")."""


def told_quoted(article_id: int, text: str) -> list[Found]:
    """Outlets told, named in guillemets right after a speech verb."""
    if "«" not in text:
        return []
    out: list[Found] = []
    for m in _TOLD_QUOTED.finditer(text):
        named = quoted_name(text, m.end())
        if named is None or not text[named[0]].isupper():
            continue
        if len(text[named[0] : named[1]].split()) > 3 or not _TOLD_NEXT.match(text, named[1] + 1):
            continue  # a remark in guillemets ("сказав «Ні»."), not a name
        out.append(
            Found(article_id, text[named[0] : named[1]], "", m.start(), named[1] + 1, named[0])
        )
    return out


def kind_quoted_outlets(article_id: int, text: str) -> list[Found]:
    """ "— цитирует священника издание «Северный край»", "écrit le quotidien « L'Écho »": a
    quoted name after a lower-case kind of outlet, with a speech or citing verb before it in
    the same sentence."""
    out: list[Found] = []
    for at in sorted(_opener_positions(text)):
        words = text[max(0, at - 25) : at].split()
        if not words or words[-1] not in _KIND_NOUNS:
            continue
        end = at - 1
        while end > 0 and text[end - 1] in " \u00a0":
            end -= 1
        kind_at = end - len(words[-1])
        named = quoted_name(text, at)
        if named is None or not text[named[0]].isupper():
            continue
        if not _after_speech(text, kind_at, _CITING_VERBS):
            continue
        out.append(Found(article_id, text[named[0] : named[1]], "", kind_at, named[1], named[0]))
    return out


def _opener_positions(text: str) -> list[int]:
    """Where an opening quotation mark stands after a space (str.find of one character: far
    faster than a regex scan over every text)."""
    out = []
    for mark in _OPENERS:
        at = text.find(mark, 1)
        while at >= 0:
            if text[at - 1] in " \u00a0":
                out.append(at)
            at = text.find(mark, at + 1)
    return out


def _after_speech(text: str, pos: int, more: frozenset[str] = frozenset()) -> bool:
    """Does a speech verb stand before pos in the same sentence, within reach?"""
    start = max(0, pos - _SPEECH_REACH)
    ends = list(_SENTENCE_END.finditer(text, start, pos))
    if ends:
        start = ends[-1].end()
    return any(
        w.lower() in BEFORE_VERBS or w.lower() in more for w in re.findall(r"\w+", text[start:pos])
    )


def _trim(name: str) -> str:
    return name.rstrip(".’'")
