"""What a name group names, for the groups that are no person's or body's: a place written
in two languages or scripts ("Pyrénées-Orientales" / "Pirineos Orientales", "Chiemgau-Arena"
/ "Chiemgau Arena"), a work's title ("„Tannhäuser“" / "оперы «Тангейзер»"), or the run a
wire writes for its desk ("Reuters Kyiv bureau": an agency and its dateline place). Writers
label people and organisations as name variants, not these; each is told from the words
around the name (prepositions of place, settlement nouns, work nouns, quotation marks) or
from the article's dateline, never from a list of places or titles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_datelines import dateline_sources
from kursk_reader.analysis.attribution_locative import IMPERSONAL_VERBS
from kursk_reader.analysis.name_lone import after_firm_noun
from kursk_reader.analysis.name_match import NameMention
from kursk_reader.analysis.name_orgs import place_spellings
from kursk_reader.analysis.name_sounds import script_of
from kursk_reader.analysis.textspans import fold

_PLACE_ARTICLE = re.compile(
    r"(?:^|[\s(])(?:in|near|outside|inside|bei|nahe|dans|près|en|cerca)[ \u00a0]+"
    r"(?:the|der|dem|den|die|la|le|les|l[’']|el|los|las)[ \u00a0]*$",
    re.IGNORECASE,
)
"""A preposition of place and an article before a name ("in der Chiemgau-Arena", "in the
Olympic Park", "en los Pirineos Orientales", "dans les Landes"): a person takes no article,
and a body after "in the" is rare ("in the Times" aside, which no group needs)."""
_WORK_NOUNS = (
    "opera oper opéra ópera опер "
    "film movie película фильм фільм "
    "novel roman novela роман "
    "buch livre libro книг "
    "stück pièce obra пьес п'єс п’єс "
    "song lied chanson canción песн пісн "
    "album álbum альбом "
    "musical operetta operette opérette opereta оперетт "
    "ballet ballett балет "
    "symphony sinfonie symphonie sinfonía симфони "
    "painting gemälde tableau cuadro картин "
    "series serie série сериал серіал "
    "spectacle inszenierung production спектакл вистав "
    "exhibition ausstellung exposition exposición выставк виставк"
).split()
"""Nouns for works in six languages (Cyrillic ones as stems, their case endings vary): a name
right after one ("the opera Tannhäuser", "оперы «Тангейзер»", "la película «Roma»") is a
title. Only lower-case nouns count ("Roman Abramovich" is a person), and no English noun
that is as often a verb before a name ("play Real Madrid", "book Hotel Adlon")."""
_WORD_THEN_QUOTE = re.compile(r"([^\W\d_][^\W\d_’'-]*)[ \u00a0]+([«„“\"‘]?)$")
_OPEN_QUOTES = '«„“"‘‹'
_CLOSE_QUOTES = '»“”"’‹›'
_LOOK_BACK = 40
_WORDS = re.compile(r"[^\W\d_]+")


def dateline_runs(texts: Mapping[int, str]) -> frozenset[str]:
    """Folded runs that join a dateline's agency and place ("Reuters Kyiv", from a text whose
    dateline reads "KYIV (Reuters) —"): a desk's credit line, not one name."""
    out: set[str] = set()
    for aid, text in texts.items():
        for found in dateline_sources(aid, text):
            place = re.match(r"[^\W\d_][^\W\d_ '’.-]*(?:[ '’-][^\W\d_]+)*", text[found.start :])
            if place:
                out.add(fold(f"{found.surface} {place.group(0)}"))
    return frozenset(out)


_DESK_AFTER = re.compile(r"[ \u00a0]+(?:bureau|newsroom|desk)\b")


def is_desk_credit(text: str, m: NameMention) -> bool:
    """A run before a lower-case "bureau" or "newsroom" ("Writing by Reuters Kyiv bureau",
    "the AFP Moscow bureau"): a wire's desk, named by agency and city, not one name."""
    return _DESK_AFTER.match(text, m.end) is not None


def _is_quoted_whole(text: str, m: NameMention) -> bool:
    before = text[m.start - 1 : m.start] if m.start else ""
    after = text[m.end : m.end + 1]
    return bool(before) and before in _OPEN_QUOTES and bool(after) and after in _CLOSE_QUOTES


def _after_work_noun(text: str, m: NameMention) -> bool:
    """Right after a lower-case work noun, maybe across an opening quotation mark; in
    Cyrillic across one only: a Russian or Ukrainian noun takes its author in the genitive
    right after it ("книга Ивана Петрова", "опера Вагнера"), its title in «»."""
    word = _WORD_THEN_QUOTE.search(text, max(0, m.start - _LOOK_BACK), m.start)
    if word is None or not word.group(1).islower():
        return False
    low = word.group(1)
    if not word.group(2) and not low.isascii() and low[0] >= "\u0400":
        return False
    return any(
        low == noun or (not noun.isascii() and low.startswith(noun) and len(low) - len(noun) <= 3)
        for noun in _WORK_NOUNS
    )


def is_titled_quote(text: str, start: int) -> bool:
    """Is the quoted span opening at start (its first letter, past the mark) a work's title:
    right after a lower-case work noun and the opening mark ("l'exposition « Lumières de la
    Seine »", "die Ausstellung „Licht und Wasser“", "la película «Nadie vuelve»", "фільм
    «Тиха ніч»"), and opening with a capital as a title does? A remark never stands as a
    noun's name."""
    if not text[start : start + 1].isupper():
        return False  # "картина «вернулась домой»": a remark about the work, not its title
    before = text[max(0, start - _LOOK_BACK) : start].rstrip(" \u00a0")
    if not before or before[-1] not in _OPEN_QUOTES:
        return False
    head = before[:-1]
    if not head.endswith((" ", "\u00a0")):
        return False
    words = head.split()
    low = words[-1].replace("’", "'").rpartition("'")[2] if words else ""  # "l'exposition"
    if not low.isalpha() or not low.islower():
        return False
    return any(
        low == noun or (not noun.isascii() and low.startswith(noun) and len(low) - len(noun) <= 3)
        for noun in _WORK_NOUNS
    )


def is_work_title(texts: Mapping[int, str], variants: Sequence[Iterable[NameMention]]) -> bool:
    """A work's title: one mention follows a work noun, or every mention is a whole quotation
    and one is in Latin letters (Cyrillic text quotes firms' names too: «Укрзалізниця»; Latin
    text quotes titles, not firms)."""
    all_quoted, latin = True, False
    for ms in variants:
        for m in ms:
            text = texts[m.article_id]
            if _after_work_noun(text, m):
                return True
            quoted = _is_quoted_whole(text, m)
            all_quoted = all_quoted and quoted
            latin = latin or (quoted and m.name[:1].isascii())
    return all_quoted and latin


def _body_that_spoke(text: str, m: NameMention) -> bool:
    """ "в Укрзалізниці повідомили", "сообщили в «Росавиации»": a body named in the locative
    beside a subjectless plural speech verb spoke; it is not a place."""
    before = _WORDS.findall(text, max(0, m.start - _LOOK_BACK), m.start)[-2:]
    after = _WORDS.findall(text, m.end, m.end + _LOOK_BACK)[:2]
    return any(w.lower() in IMPERSONAL_VERBS for w in before + after)


_STAKE_WORDS = frozenset(
    """stake stakes share shares interest invest invested investing investment investments
    participation participations parts investissement investissements investi
    participación participaciones acciones inversión invertir invirtió
    beteiligung beteiligungen anteil anteile investition investiert
    доля долю доли акции акций инвестиции инвестировал частка частку частки акції
    інвестиції інвестував""".split()
)
"""Words for owning part of or investing in something, in six languages: a firm follows them
and a preposition of place ("a stake in Rössler Modellbahn", "participación en Grupo X",
"долю в «Агросвіті»"), no place."""


def _after_stake(text: str, m: NameMention) -> bool:
    before = _WORDS.findall(text, max(0, m.start - _LOOK_BACK), m.start)[-3:-1]
    return any(w.lower() in _STAKE_WORDS for w in before)


def _place_marked(texts: Mapping[int, str], name: str, ms: list[NameMention]) -> bool:
    """At least half the spelling's mentions stand where a place goes: a body is now and then
    written after "en la" or "in der" too ("denuncia en la Guardia Civil"), a place mostly."""
    marked = 0
    for m in ms:
        text = texts[m.article_id]
        if not (_body_that_spoke(text, m) or _after_stake(text, m)) and (
            place_spellings(texts, {name: [m]})
            or _PLACE_ARTICLE.search(text, max(0, m.start - _LOOK_BACK), m.start)
        ):
            marked += 1
    return 2 * marked >= len(ms) > 0


def is_acronym_translated(names: Sequence[str]) -> bool:
    """A body named by its initials and a place, the place in each language's form ("НАН
    України" / "НАН Украины", "МВС України" / "МВД Украины"): a translation, no spelling of
    a name. Every name in Cyrillic letters, opening with initials, the rest known words."""
    return all(
        script_of(n) == "cyrillic"
        and len(n.split()) >= 2
        and n.split()[0].isupper()
        and len(n.split()[0]) >= 2
        and all(lexicon.is_known_capitalised(w) for w in n.split()[1:])
        for n in names
    )


def is_place_group(texts: Mapping[int, str], variants: Mapping[str, list[NameMention]]) -> bool:
    """A place: at least half the spellings are written where a place goes (after a
    preposition of place, with or without an article, or a settlement noun). The caller asks
    only of groups written in two languages (a place translated or transliterated); one
    place misspelt within one language is still worth showing. One marked spelling must be
    in Latin letters: Russian and Ukrainian put a firm in the locative after "в"/"у" as often
    as a place ("працює в «Нафтогазі»"), English, French, Spanish and German seldom do."""
    if any(after_firm_noun(texts[m.article_id], m.start) for ms in variants.values() for m in ms):
        return False  # "the porcelain maker X" and "bei X": a firm, not a place
    marked = [name for name, ms in variants.items() if _place_marked(texts, name, ms)]
    return 2 * len(marked) >= len(variants) and any(script_of(n) == "latin" for n in marked)


_CREDIT_WORDS = frozenset(
    """by staff and with von und mit par et avec por y con redacción redaccion redaction
    source sources quelle fuente fuentes источник джерело від автор авторка и та і""".split()
)
"""The lower-case words a credit line may hold ("By Interfax staff", "Fuente: EFE",
"Источник: РИА Новости", "Par la rédaction avec AFP"); any other makes it prose."""
_HEAD_LINES, _FOOT_LINES, _CREDIT_LENGTH = 5, 3, 80
_LONE_CREDIT, _MARKED_CREDIT = 3, 7
"""Words of a credit line with no mark ("Интерфакс-Украина") or with a separator ("RIA
Novosti, Volgograd", "Kyiv Post | Weather") at most: a title-case headline is longer."""
_CREDIT_MARKS = re.compile(r"[|,/(—–]")
_LOWER_WORD = re.compile(r"(?<![\w-])[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]*")
_DATELINE_OPENING = re.compile(r"[^\W\d_a-zа-яёіїєґ]{2,}[^\n]{0,30}?[,(/][^\n]{0,25}$")
_CREDIT_CLOSE = re.compile(r"[»”\"]?(?:\)|\.|/|[ \u00a0]*[-–—][ \u00a0]|[ \u00a0]*$)", re.MULTILINE)
"""What closes an agency's name in a dateline: a bracket, a dot, a slash or a dash ("MOSCOW
(Interfax) -", "УЛЬЯНОВСК, 19 августа – РИА Новости.", "МАДРИД, 18 августа. /РИА
Новости/.")."""


def _in_credit(text: str, m: NameMention) -> bool:
    """Is the mention in an article's head or foot credit: a short line among the first or
    last lines with no lower-case word but credit words ("РИА Новости, Волгоград", "By
    Interfax staff | ST PETERSBURG, Nov 14", "Источник: РИА Новости"), or a dateline
    opening a line in capitals before it ("MOSCOW (Interfax) -", "КИЕВ, 2 сен —
    «Интерфакс-Украина»")?"""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    end = len(text) if end < 0 else end
    line = text[start:end]
    lines = [s for s in text.split("\n") if s.strip()]
    at = sum(1 for s in text[:start].split("\n") if s.strip())
    if at >= _HEAD_LINES and at < len(lines) - _FOOT_LINES:
        return False
    words = line.split()
    if (
        len(line.strip()) <= _CREDIT_LENGTH
        and all(w.casefold() in _CREDIT_WORDS for w in _LOWER_WORD.findall(line))
        and (
            len(words) <= _LONE_CREDIT
            or (len(words) <= _MARKED_CREDIT and _CREDIT_MARKS.search(line) is not None)
            or any(w.casefold() in _CREDIT_WORDS for w in words)
        )
    ):
        return True  # not a headline in title case ("General Sin Kum Chol Returns Home")
    return (
        _DATELINE_OPENING.fullmatch(text, start, m.start) is not None
        and _CREDIT_CLOSE.match(text, m.end) is not None
    )


def is_outlet_group(texts: Mapping[int, str], variants: Mapping[str, list[NameMention]]) -> bool:
    """An outlet: one of its mentions stands in an article's head or foot credit line or
    dateline (`_in_credit`). Writers never label the outlet a report comes from as a name
    variant ("РИА Новости" / "RIA Novosti"): it is the channel, not a body of the event."""
    return any(_in_credit(texts[m.article_id], m) for ms in variants.values() for m in ms)
