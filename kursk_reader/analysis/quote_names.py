"""A person's name as a quote's speaker, cut out of the capitalised run the text writes it in:
a run may open with a role, a title or a nationality written with a capital ("die Meteorologin
Marina X", "Me Sandrine X", "l'Espagnol Inigo X", "директор СВФУ Варвара X") and may run on
into the body the remark was told to ("sagte X der Deutschen Presse-Agentur"). Also which
capitalised words of an event may be surnames, and whom "he"/"she" stands for. Split from
`quotes`: who a name in a quote's sentence is."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.name_match import identity
from kursk_reader.analysis.name_sounds import script_of
from kursk_reader.analysis.name_spans import is_german_speaker, is_role_shaped, is_title_before
from kursk_reader.analysis.names import name_mentions, person_names
from kursk_reader.analysis.quote_roles import longest_form
from kursk_reader.analysis.textspans import fold

_CASE_ARTICLES = frozenset("der dem des den of".split())
"""A German case article or "of" after a person's name opens the body the person speaks for
or to ("sagte Anna Berg der Agentur AFP", "Jan Kowal of the port authority")."""
_PARTICLES = frozenset("van von de du da di del della le la ter ten op".split())
"""Lower-case particles inside a name, before which "der"/"den" belong to the name ("Henk
van der Sluis")."""
_ARTICLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:the|le|la|les|el|los|las|(der|die|das|dem|den|des)|l['’])[ \u00a0]*$",
    re.IGNORECASE,
)
"""An article or an elided "l'" right before a word: a person's given name never follows
one, a nationality or a role written with a capital does ("l'Espagnol", "la Bretonne", "der
Geologe"). Not "d'", which precedes given names ("le bateau d'Inigo X")."""
_DEMONYM_END = re.compile(
    r"(?:ol|ole|ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|onne|ard|arde)$"
)
"""Endings of nationalities French writes with a capital after an article ("l'Espagnol",
"la Bretonne", "le Français", "l'Italienne", "l'Allemand", "le Savoyard"): after "the",
"le", "la", "el" only such a word is left out, so a body keeps its name ("the Royal
National Lifeboat Institution", "el Servicio Canario de Salud")."""
_OFFICE_END = re.compile(r"(?:ive|ent|ant|ary|er|or|ist|ian)$")
"""Endings of the common word that goes on from a title ("Chief Executive", "Deputy
Secretary", "Vice President"), unlike a given name the dictionary also knows ("Maria")."""
_GERMAN_ADJECTIVE = re.compile(r"(?:sche[nrsm]?|en)$")
"""After a German article (group 1 above), a word in "-en" or "-ische" opens a body's name
as its adjective ("die Bayerische Oberland Bahn", "der Deutschen Bahn"), no role."""
_PATRONYMIC = re.compile(r"(?:vich|vych|vna|ovna|evna|ivna|ich)$")
"""A patronymic after a given name ("Valentin Petrovich"): the word before it is the name."""
_TITLE_ABBREVIATIONS = frozenset("Me Mme Mlle Dr Pr Sr Sra Dña".split())
"""Titles written short before a name ("Me" for a French lawyer, "Mme", "Sra")."""


def speaker_form(text: str, start: int, name: str) -> tuple[int, str]:
    """(start, name) of the person in a name run found at `start`: leading words that are a
    title, a role noun, an acronym or a word after an article dropped while three or more
    parts stay, and the run cut before a German case article or "of" that opens a body
    ("… der Deutschen Presse-Agentur")."""
    if name.count(" ") < 2:
        return start, name  # two parts: nothing to cut (most names, read fast)
    words = name.split(" ")
    cut = _body_after(words, text, start)
    if cut:
        words = words[:cut]
    at = start
    body = len(words) >= 3 and any(  # "la Federación Vasca de Vela" keeps its head
        w.casefold() in SOURCE_NOUNS or fold(w) in SOURCE_NOUNS for w in words
    )
    while not body and len(words) >= 3 and _heads_name(words[0], words[1], text, at):
        at += len(words[0]) + 1
        words = words[1:]
    if at == start and not cut:
        return start, name
    return at, " ".join(words)


def _body_after(words: list[str], text: str, start: int) -> int:
    """The index of a case article or "of" that ends the person and opens a body's name, 0
    when none: the words before it are two name parts no dictionary knows (roles aside), or
    a lone surname right after a German speech verb ("sagte Wehrle der dpa")."""
    for k in range(1, len(words) - 1):
        if words[k] not in _CASE_ARTICLES or not words[k + 1][:1].isupper():
            continue
        if words[k - 1].casefold() in _PARTICLES:
            return 0
        head = [w for w in words[:k] if not is_role_shaped(w)]
        if len(head) == 1 and is_german_speaker(text, start, start + len(words[0])):
            return k
        if len(head) >= 2 and not _known_word(head[-1]) and fold(head[-1]) not in SOURCE_NOUNS:
            return k
        return 0
    return 0


def _heads_name(word: str, following: str, text: str, at: int) -> bool:
    """Does `word` open a name run without being part of the person's name: a short title, a
    role noun ("Meteorologin", "Firmenchef"), an acronym before a name ("СВФУ"), a word
    after an article or an elided "l'" ("l'Espagnol", "la Bretonne"), a common word going on
    from a title ("Chief Executive X"), or a Cyrillic common noun in the genitive of a body
    ("директор Музея X")?"""
    if not following[:1].isupper() or following.casefold() in _PARTICLES:
        return False
    if word in _TITLE_ABBREVIATIONS:
        return True
    if is_role_shaped(word):
        return not _PATRONYMIC.search(following)
    if len(word) >= 2 and word.isupper() and not following.isupper():
        return True
    article = _ARTICLE_BEFORE.search(text, max(0, at - 6), at)
    if article is not None:
        if article.group(1):  # German: a noun after its article, unless a body's adjective
            return not _GERMAN_ADJECTIVE.search(word) and not lexicon.is_known_capitalised(word)
        return bool(_DEMONYM_END.search(word)) and not lexicon.is_known_capitalised(word)
    if not lexicon.is_dictionary_word(word.lower()) or lexicon.is_known_capitalised(word):
        return False
    if script_of(word) == "cyrillic":
        return True
    return bool(_OFFICE_END.search(word)) and is_title_before(text, at)  # "Chief Executive X"


def _known_word(word: str) -> bool:
    return lexicon.is_dictionary_word(word.lower()) or lexicon.is_common_noun(word)


def event_surnames(
    texts: Mapping[int, str], people: frozenset[str] | None = None
) -> frozenset[str]:
    """Folded last parts of the multi-word names of every article that may be people's: the
    name reads as a person's (`names.person_names`) or opens with a word no dictionary knows
    in lower case (not "Universität Carrow", "Storm Elna"); a body's kind noun ("Service",
    "Police") is no surname, nor the place after a body's kind ("Staatsanwaltschaft
    Düsseldorf"). `people`: `names.person_names` of the texts, when known."""
    out = set()
    if people is None:
        people = person_names(texts)
    read: set[str] = set()
    for text in texts.values():
        for m in name_mentions(0, text):  # the name alone counts (as `_persons` reads it)
            if m.name in read:
                continue
            read.add(m.name)
            words = m.name.split()
            last, first = words[-1], words[0]
            if len(last) < 3 or last.lower() in SOURCE_NOUNS:  # not "… Fire Service"
                continue
            if first.casefold() in SOURCE_NOUNS:
                continue  # "Staatsanwaltschaft Düsseldorf": a body and its place
            if fold(m.name) in people or not (
                lexicon.is_dictionary_word(first.lower()) or lexicon.is_common_noun(first)
            ):
                out.add(surname_key(last))  # not "Universität Carrow", "Storm Elna"
    return frozenset(out)


def surname_key(word: str) -> str:
    """A surname folded, a Cyrillic one to its stem (`identity`, then the vowels it ends in):
    "Белецкому" (after a given name) and "Белецкий" (alone), "Зуевой" and "Зуева" are one
    surname."""
    if script_of(word) != "cyrillic":
        return fold(word)
    key = identity(word)
    stem = key.rstrip("аеиіїоуыюяєэ")
    return stem if len(stem) >= 4 else key


def pronouns_person(
    earlier: list[tuple[int, str]],
    persons: list[tuple[int, str]],
    is_person: Callable[[str], bool] | None,
) -> str:
    """The person "he"/"she" stands for: the last one cited before who is one of the event's
    people (`is_person`), not a place or body cited after them ("X told reporters the
    federation was in talks with Antholz-Anterselva. “…,” he said"); the last cited when
    none is."""
    if is_person is not None:
        for _, name in reversed(earlier[-_PRONOUN_BACK:]):
            full = longest_form(name, persons)
            if is_person(full):
                return full
    return longest_form(earlier[-1][1], persons)


_PRONOUN_BACK = 3
"""Citations before a pronoun's quote searched for a person named in full."""
