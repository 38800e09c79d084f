"""The person a role phrase after a cue describes: "сказала руководитель Музея мамонта СВФУ
Варвара Сивцева", "sagte die Generaldirektorin für Verkehr, Hanna Müller-Stein", "ha afirmado
el secretario de CCOO Servicios en Castilla y León, Javier Redondo", "sagte Amtsleiter Dr. Klaus
Weber". The words between the role and the name describe the office (a body, a field, a place)
and are not the source; the full name closing the phrase is. A name is taken only when it is
two to four capitalised words ending the sentence or set off by punctuation, so a role phrase
that names no one ("sagte die Sprecherin") is left to the other readers."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import BEFORE_VERBS, SOURCE_NOUNS
from kursk_reader.analysis.attribution_phrases import TIME_ADVERBS
from kursk_reader.analysis.attribution_runs import TITLES, end_of
from kursk_reader.analysis.attribution_trims import LEADING_ARTICLES, role_compound
from kursk_reader.analysis.textspans import Token, gap_is_space

ROLE_WORDS = frozenset(
    """secretary head chair chairwoman chairperson president director manager
    secretario secretaria responsable delegado delegada gerente
    secrétaire responsable délégué déléguée gérant gérante
    sekretär sekretärin geschäftsführer geschäftsführerin
    секретарь заведующий заведующая заместитель председатель руководительница
    секретар заступник заступниця завідувач завідувачка голова
    judge juez jueza juge richter richterin судья суддя magistrado magistrada magistrat
    procureur procureure fiscal staatsanwältin прокурор""".split()
)
"""Heads and officers of a body in six languages, beside the titles `TITLES` lists: the words
that open a description of the person whose name ends it."""
_REACH = 12
"""Tokens from the role to the end of the name: a longer phrase is a clause of its own."""
_NAME_END = re.compile(r"[ \u00a0]*(?:[.,;:!?)\n]|$)")
_SENTENCE_STOP = re.compile(r"[.!?\n\"“”«»„]")
_TITLE_CASE = re.compile(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zß-öø-ÿа-яёіїєґ'’]+(?:-[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐa-zа-я][\w'’]*)?"
)
_PREPOSITIONS = frozenset(
    "of in at from for de del des du d en à von vom für aus im am в во на из с у з із".split()
)
"""A name right after one of these is a body's or a place's ("of Costa Brava"), not the person's."""


_DEPUTY = re.compile(r"^(?:sub|vice-?|vize|вице-|віце-|зам)(?=\w{4})")
"""A deputy's prefix ("subsecretario", "vice-président", "вице-губернатор"): the role after it."""
_DEPUTY_STARTS = ("sub", "vi", "вице", "віце", "зам")


_PROFESSION_ENDINGS = (
    "ologist",
    "ologue",
    "ólogo",
    "óloga",
    "ologe",
    "ologin",
    "олог",
    "ологиня",
    "ологині",
    "ist",
    "iste",
    "ista",
    "istin",
    "ист",
    "іст",
    "истка",
    "істка",
    "expert",
    "experte",
    "expertin",
    "experto",
    "experta",
    "эксперт",
    "експерт",
    "researcher",
    "chercheur",
    "chercheuse",
    "investigador",
    "investigadora",
    "forscher",
    "forscherin",
    "исследователь",
    "дослідник",
    "дослідниця",
    "analyst",
    "analyste",
    "analystin",
    "аналитик",
    "аналітик",
    "аналітикиня",
)
"""How the names of professions end in six languages ("entomologist", "vulcanólogo",
"économiste", "Biologin", "эколог"), and the words for experts, researchers and analysts: a
lower-case profession opens a description of the person whose name ends it."""


_LEAD_SKIP = LEADING_ARTICLES | BEFORE_VERBS | TIME_ADVERBS


def _is_role(tok: Token) -> bool:
    word = tok.text.lower().rstrip(".")
    if word in TITLES or word in ROLE_WORDS:
        return True
    if len(word) >= 6 and word.endswith(_PROFESSION_ENDINGS) and not tok.text[:1].isupper():
        return True  # "said entomologist Irina Voronova", "dijo el vulcanólogo Íñigo Sáez"
    if tok.text[:1].isupper() and role_compound(tok.text):
        return True
    if not word.startswith(_DEPUTY_STARTS):
        return False
    bare = _DEPUTY.sub("", word)
    return bare != word and (bare in TITLES or bare in ROLE_WORDS)


def person_after_role(text: str, toks: list[Token], idx: int) -> tuple[int, int, str] | None:
    """The full name closing a role phrase that opens at token idx (an article may lead), or
    None when the phrase has no role word first or no such name."""
    k = idx
    while k < len(toks) and k - idx < 3 and toks[k].text.lower() in _LEAD_SKIP:
        k += 1  # "según confirmó ayer el juez …", "insistió ayer el subsecretario …"
    if k >= len(toks) or not _is_role(toks[k]):
        return None
    stop = min(len(toks), k + _REACH)
    n = k + 1
    adjacent = k + 1
    while n < stop:
        if _SENTENCE_STOP.search(text, toks[n - 1].end, toks[n].start) and not (
            toks[n - 1].text.lower() in TITLES and text[toks[n - 1].end] == "."
        ):
            return None
        if toks[n].text.lower().rstrip(".") in TITLES and toks[n].capitalised:
            adjacent = n + 1 if adjacent == n else adjacent
            n += 1  # "Amtsleiter Dr. Klaus Weber"
            continue
        if _TITLE_CASE.fullmatch(toks[n].text):
            j = n
            while j + 1 < stop and gap_is_space(text, toks[j].end, toks[j + 1].start):
                if _TITLE_CASE.fullmatch(toks[j + 1].text):
                    j += 1
                    continue
                p = j + 1  # "Íñigo Sáez de Ugarte", "Henk van der Sluis": particles inside
                while p < stop - 1 and toks[p].text in _NAME_PARTICLES and p - j <= 2:
                    p += 1
                if (
                    p == j + 1
                    or toks[j + 1].text in _ARTICLE_PARTICLES  # "der Nachrichtenagentur"
                    or (toks[j + 1].text == "von" and toks[j + 2].text in _ARTICLE_PARTICLES)
                    or not _TITLE_CASE.fullmatch(toks[p].text)
                    or toks[p].text.lower() in SOURCE_NOUNS
                    or lexicon.is_known_capitalised(toks[p].text)  # "de Madrid": a place
                    or (p + 1 < stop and _TITLE_CASE.fullmatch(toks[p + 1].text))
                    or not all(
                        gap_is_space(text, toks[q].end, toks[q + 1].start) for q in range(j, p)
                    )
                ):
                    break
                j = p
            if _names_person(text, toks, n, j + 1, right_after=n == adjacent):
                return toks[n].start, end_of(toks[j]), ""
            n = j + 1
            continue
        n += 1
    return None


def _names_person(text: str, toks: list[Token], i: int, j: int, right_after: bool) -> bool:
    """Two to four capitalised words, none a source noun or a German common noun, not after a
    preposition, ending the phrase (or following the role at once: "sagte Amtsleiter X am")."""
    if not 2 <= sum(toks[n].text not in _NAME_PARTICLES for n in range(i, j)) <= 4:
        return False
    if i > 0 and toks[i - 1].text.lower() in _PREPOSITIONS:
        return False
    words = [toks[n].text for n in range(i, j) if toks[n].text not in _NAME_PARTICLES]
    if any(w.lower() in SOURCE_NOUNS or lexicon.is_common_noun(w) for w in words):
        return False
    return right_after or bool(_NAME_END.match(text, toks[j - 1].end))


_NAME_PARTICLES = frozenset(
    "de del la las los da das do dos van von der den di du le ten ter".split()
)
"""Lower-case particles inside a person's name ("Sáez de Ugarte", "van der Sluis")."""
_ARTICLE_PARTICLES = frozenset("der den la las los le".split())
"""Particles that open a name's tail only after another ("van der", "de la"): alone they are
articles ("der Nachrichtenagentur"); after German "von" too ("von der Stadtverwaltung" is
where the person works)."""
_AT_WORDS = frozenset("at from of in".split())
_THE = frozenset("the".split())
_NAME_INNER = frozenset("de del des du di da dos der für and y et und".split())
"""Words inside a body's name in the languages English reports keep names in."""


def workplace(text: str, toks: list[Token], lead: list[int]) -> int | None:
    """The end of the body people cited by their kind work for ("researchers at North-Eastern
    Federal University", "experts from the Natural History Museum"): the kind noun, "at" /
    "from", and a name of capitalised words right after; None when no name follows."""
    if len(lead) < 3 or toks[lead[0]].capitalised or toks[lead[1]].text not in _AT_WORDS:
        return None
    k = 2
    if toks[lead[k]].text in _THE:
        k += 1
    if k >= len(lead) or not _TITLE_CASE.fullmatch(toks[lead[k]].text):
        return None
    j = k
    while j + 1 < len(lead) and (
        _TITLE_CASE.fullmatch(toks[lead[j + 1]].text)
        or toks[lead[j + 1]].text == "of"
        or (
            toks[lead[j + 1]].text in _NAME_INNER
            and j + 2 < len(lead)
            and _TITLE_CASE.fullmatch(toks[lead[j + 2]].text) is not None
        )
    ):
        j += 1  # "Universidad Austral de Chile", "Institut für Meereskunde"
    if toks[lead[j]].text == "of" or j == k and toks[lead[1]].text == "in":
        return None  # "officials in Lyon": a place, not an employer
    return end_of(toks[lead[j]])
