"""Where names are in a text: runs of capitalised words (`textspans.name_runs`) cut into
names ("Kim Yong Bok and Major General Sin Kum Chol" is two), with titles, offices, role
nouns, German role compounds ("Feuerwehrchef"), adjectives hyphened to a place
("Valletta-based"), opening function words, an agency's initials and a legal-form suffix
trimmed; and which names the text treats as people's (a title or role before, an age or ",
who" after). Split from `names`, which groups the names found here."""

from __future__ import annotations

import re
from collections.abc import Mapping

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.name_demonyms import is_article_demonym, is_demonym
from kursk_reader.analysis.name_forms import LEGAL_FORMS, is_firm_compound
from kursk_reader.analysis.name_match import FUNCTION_WORDS, NameMention, name_parts
from kursk_reader.analysis.name_reading import (
    kept_reading,
    readings_kept,
    text_runs,
    text_tokens,
)
from kursk_reader.analysis.name_sounds import name_fold, script_of
from kursk_reader.analysis.textspans import (
    Token,
    gap_is_space,
    is_sentence_start,
    language_of,
    name_runs,
    strip_possessive,
)

TITLES = frozenset(
    """mr mrs ms dr prof sir lord lady president vice prime minister chief general gen colonel
    col major maj lieutenant lt captain capt sergeant sgt admiral adm marshal commander
    senator sen governor gov mayor king queen prince princess pope leader chairman secretary
    spokesman spokeswoman ambassador director deputy head minister officer private corporal
    brigadier field former acting dictator judge justice rev saint st
    президент премьер министр генерал полковник майор лейтенант капитан глава командующий
    лидер мэр губернатор посол директор заместитель маршал адмирал сержант
    президент прем'єр міністр генерал полковник майор лейтенант капітан голова командувач
    лідер мер губернатор посол директор заступник маршал адмірал сержант
    präsident kanzler bundeskanzler minister generalleutnant oberst herr frau
    organiser organizer organisers organizers activist coordinator founder chairwoman
    spokesperson lawyer
    организатор организаторка організатор організаторка активист активістка адвокат
    organisator organisatorin sprecher sprecherin bürgermeister kapitän direktor
    organisateur organisatrice maire capitaine directeur ministre porte-parole
    organizador organizadora alcalde alcaldesa capitán director ministro portavoz""".split()
)


_ROLE_TITLES = frozenset(
    """inspector superintendent constable detective commissioner councillor councilor
    chancellor professor doctor coroner prosecutor sheriff
    начальник заместитель руководитель представитель прокурор судья врач доктор профессор
    следователь начальник заступник керівник представник речник прокурор суддя лікар
    професор слідчий очільник
    landrat staatsanwalt staatsanwältin kommissar kommissarin polizeipräsident
    polizeipräsidentin oberbürgermeister oberbürgermeisterin bürgermeisterin
    ministerpräsident ministerpräsidentin pressesprecher pressesprecherin chefarzt
    chefärztin professor professorin doktor richter richterin
    préfet préfète procureur procureure commandant docteur professeur député députée
    sénateur sénatrice président présidente juge
    presidente presidenta comisario comisaria juez jueza doctora gobernador
    gobernadora consejero consejera ministra capitana teniente coronel sargento
    mme mlle monsieur madame mademoiselle sr sra srta señor señora señorita doña
    господин госпожа пан пані""".split()
)
"""More titles and offices before a name, in six languages, used only to trim names here
(TITLES is shared with the attribution check)."""
_ALL_TITLES = TITLES | _ROLE_TITLES

_MIN_PART = 2
"""Letters a name part needs ("Li" counts, a stray initial does not)."""


def name_mentions(article_id: int, text: str) -> list[NameMention]:
    """Capitalised name runs of two or more parts, titles and function words trimmed (a new
    list each call; inside `reading_once` worked out once per text and article)."""
    key = ("mentions", article_id, text)
    return list(kept_reading(key, lambda: _name_mentions(article_id, text)))


def _name_mentions(article_id: int, text: str) -> list[NameMention]:
    toks = text_tokens(text)
    out: list[NameMention] = []
    german: bool | None = None  # the text's language, read at the first place noun
    for i, j in split_runs(toks, _particle_runs(text, toks)):
        if j - i == 1 and not _HYPHENS.search(toks[i].text):
            continue  # one word, one part: no name here (read fast, most runs are these)
        i = _trim_start(toks, i, j)
        if j - i >= 2 and toks[i].text.casefold() in _GERMAN_PLACE_NOUNS:
            if german is None:
                german = language_of(text) == "de"
            if german:
                i += 1  # "die Stadt Freiburg", "im Kanton Wallis": the place is the name
        if (
            j - i > 2
            and _is_common_word_opening(text, toks[i], toks[i + 1])
            and not (  # "Van der Sluijs sagte": a particle capitalised at a sentence start
                toks[i].text.casefold() in _PAIRED_PARTICLES
                and toks[i + 1].text in _PAIRED_PARTICLES
            )
        ):
            i += 1
        while j - i > 2 and (
            is_demonym(toks[i].text)
            or is_article_demonym(text, toks[i])
            or _is_role_word(toks[i].text)
            or _is_acronym_before_person(toks[i].text, toks[i + 1].text)
            or _is_cyrillic_common_start(text, toks[i])
            or _is_role_before_given_name(toks[i].text, toks[i + 1].text)
            or _is_bare_role(toks[i].text)
        ):
            i += 1
            while j - i > 2 and _is_title(toks[i].text):
                i += 1
        while j - i > 2 and toks[j - 1].text.casefold() in LEGAL_FORMS:
            j -= 1
        if j - i == 3 and _place_before_given_name(text, toks, i):
            i += 1  # "мэр Москвы Сергей Собянин": the office's place, then the person
        if i >= j:
            continue
        end = toks[j - 1].start + len(strip_possessive(toks[j - 1].text))
        name = " ".join(text[toks[i].start : end].split())
        parts = name_parts(name)
        if len(parts) < 2 or any(len(p) < _MIN_PART for p in parts):
            continue
        if (
            all(lexicon.is_dictionary_word(p) for p in parts)
            and is_sentence_start(text, toks[i].start)
            and not _CYRILLIC_SURNAME.search(parts[-1])
        ):
            continue
        out.append(NameMention(article_id, name, toks[i].start, end))
    return out


_HYPHENS = re.compile("[-‐‑]")
"""The hyphens `name_match.name_parts` splits a word at ("Jean-Marc" is two parts)."""
_JOINING_PARTICLES = frozenset("ben bint ter ten zu".split())
"""Particles that join two runs of capitalised words ("Hamad ben Saïd", "Piet ter Horst");
"el", "la", "de", "dos" also open or count in running text ("y el Atlético", "dos Madrid"),
and textspans already takes "bin", "ibn", "van", "von" and "de" inside a name."""
_PAIRED_PARTICLES = frozenset("van von de den der la las los le du des da del di op".split())
"""Two particles in a row inside a name ("Pieter van den Heuvel", "Juan de la Cruz", "Ursula
von der Brügge"), which `name_runs` does not cross."""


_ELIDED_PARTICLES = frozenset("d' d’".split())
"""An elided "de" written onto the next name part ("Conseil d'État", "Jean d'Ormesson",
"Cortina d'Ampezzo"), which `textspans.tokens` splits off; after "de" or "du" an elided "le"
or "la" too ("Jean-Baptiste de l'Isle")."""
_ELIDED = frozenset("l' l’".split())
_INITIAL = re.compile(r"[^\W\d_a-z]\.[ \t]+")
"""A middle initial and its dot ("John R. Hallworth"), where `textspans.name_runs` stops."""


def _is_common_word(word: str) -> bool:
    """A word that opens a sentence as often as it continues a name ("Plan B. Officials said",
    "Gate C. The"): a function word, or one the dictionary knows only in lower case."""
    return word.casefold() in FUNCTION_WORDS or (
        lexicon.is_dictionary_word(word) and not lexicon.is_known_capitalised(word)
    )


def _particle_runs(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """`name_runs`, two runs joined across one lower-case particle between them ("Hamad ben
    Saïd", "Piet ter Horst"), two ("Pieter van den Heuvel") or an elided one written onto the
    next part ("Conseil d'État"): the particles are part of the name."""
    mine = toks is text_tokens(text)
    kept = readings_kept() if mine else None
    if kept is not None and ("particles", text) in kept:
        return kept[("particles", text)]
    runs = text_runs(text) if mine else name_runs(text, toks)
    out: list[tuple[int, int]] = []
    for i, j in runs:
        gap = out[-1][1] if out else -1
        between = [t.text for t in toks[gap:i]] if out else []
        joined = (len(between) == 1 and between[0] in _JOINING_PARTICLES) or (
            len(between) == 2 and all(w in _PAIRED_PARTICLES for w in between)
        )
        elided = (
            (
                (len(between) == 1 and between[0] in _ELIDED_PARTICLES)
                or (len(between) == 2 and between[0] in ("de", "du") and between[1] in _ELIDED)
            )
            and all(gap_is_space(text, toks[k - 1].end, toks[k].start) for k in range(gap, i - 1))
            and toks[i - 1].end == toks[i].start
        )
        initial = (
            bool(out)
            and not between
            and out[-1][1] - out[-1][0] >= 2
            and _INITIAL.fullmatch(text, toks[gap - 1].start, toks[i].start) is not None
            and not _is_common_word(toks[i].text)
            and toks[gap - 2].text.casefold() not in FUNCTION_WORDS
            and not _is_title(toks[gap - 2].text)
        )
        if (
            elided
            or initial
            or (
                joined
                and all(
                    gap_is_space(text, toks[k - 1].end, toks[k].start) for k in range(gap, i + 1)
                )
            )
        ):
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    if kept is not None:
        kept[("particles", text)] = out
    return out


def _place_before_given_name(text: str, toks: list[Token], i: int) -> bool:
    """Three Cyrillic words after a lower-case one, no patronymic among them, the second a
    given name the dictionary lists: the first is the genitive of the place or body the
    person heads ("президент Украины Владимир X", "голова Львова Андрій X", "вице-губернатор
    Приморья Олег X"), as Russian and Ukrainian name a person with given name and surname."""
    words = [t.text for t in toks[i : i + 3]]
    if not all(script_of(w) == "cyrillic" for w in words) or i == 0:
        return False
    if any(_PATRONYMIC_END.search(w.casefold()) for w in words):
        return False
    before = toks[i - 1]
    return (
        before.text.islower()
        and script_of(before.text) == "cyrillic"
        and gap_is_space(text, before.end, toks[i].start)
        and lexicon.is_known_capitalised(words[1])
    )


_PATRONYMIC_END = re.compile(r"(?:вич|вна|ична|івна|ївна|йовна)$")
_CYRILLIC_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|ський|ська|енко|чук|юк|ук|ич)$"
)
"""Russian and Ukrainian surname endings: "Иван Петров" opening a sentence is a name, though
the dictionary knows "иван" and the adjective "петров"."""


def _is_common_word_opening(text: str, tok: Token, following: Token) -> bool:
    """A Latin-script common word capitalised only because it opens the sentence, before a
    word no dictionary knows ("Nurse Olena Kravets", "Farmer Tomasz Nowak"); "New York
    Times" and "National Grid" keep their first word, as "York" and "grid" are known."""
    return (
        script_of(tok.text) == "latin"
        and is_sentence_start(text, tok.start)
        and lexicon.is_dictionary_word(tok.text)
        and not lexicon.is_known_capitalised(tok.text)
        and not lexicon.is_dictionary_word(following.text)
        and not lexicon.is_known_capitalised(following.text)
    )


def _trim_start(toks: list[Token], i: int, j: int) -> int:
    """The first token of a name in the run [i, j): titles, function words, adjectives
    hyphened to a place ("Valletta-based", "Maltese-flagged", "London-born") and role
    compounds ("Feuerwehrchef Schäfer") skipped."""
    while i < j and (
        _is_title(toks[i].text)
        or toks[i].text.lower() in FUNCTION_WORDS
        or _is_hyphened_adjective(toks[i].text)
        or _is_demonym_compound(toks[i].text)
        or (j - i > 1 and _is_role_compound(toks[i].text, toks[i + 1].text))
        or (j - i > 1 and is_firm_compound(toks[i].text, toks[i + 1].text))
    ):
        i += 1
    return i


def _is_demonym_compound(word: str) -> bool:
    """Nationality adjectives hyphened together ("German-French raids", "Russian-Ukrainian
    talks"): an adjective before a noun, never a name, in whichever order a writer puts them."""
    parts = word.split("-")
    return len(parts) >= 2 and all(
        p.casefold() in _COMBINING_FORMS
        or is_demonym(p)
        or (bool(_DEMONYM_END.search(p)) and lexicon.is_dictionary_word(p))
        for p in parts
    )


_COMBINING_FORMS = frozenset("franco anglo sino russo italo austro greco indo afro".split())
"""The combining forms English writes for a nationality in a compound ("Franco-German",
"Sino-Russian"); the other five languages write these compounds in lower case."""
_DEMONYM_END = re.compile(r"(?:an|ese|ish|ch)$")


def _is_hyphened_adjective(word: str) -> bool:
    """A capitalised word hyphened to a lower-case one ("Valletta-based", "Maltese-flagged"):
    an adjective before a name, never a name ("Hagen-Vorhalle", "al-Mashani" are)."""
    head, _, tail = word.rpartition("-")
    return bool(head) and len(tail) >= 2 and tail.isalpha() and tail.islower()


_GERMAN_PLACE_NOUNS = frozenset(
    "stadt dorf gemeinde ortschaft landkreis kreis bezirk kanton provinz bundesland".split()
)
"""German nouns for a settlement or territory, capitalised as every noun, before its name."""
_GERMAN_CASE_ARTICLES = frozenset("der des dem den".split())
"""A German article after a person's name starts the object of the verb ("sagte Anna Berg
der Agentur AFP"), no particle of the name: "von der" / "van den" have their own particle
before it."""
_SPLITTERS = frozenset("and & und и та і y et".split())


def split_runs(toks: list[Token], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Kim Yong Bok and Major General Sin Kum Chol" is two names: split at "and" and
    before a title, a role or a firm's description inside a run ("Aktien des
    Fahrradherstellers Velmora")."""
    out = []
    for i, j in runs:
        start = i
        for k in range(i + 1, j):
            word = toks[k].text
            role = k + 1 < j and (
                _is_role_compound(word, toks[k + 1].text)
                or is_firm_compound(word, toks[k + 1].text)
            )
            if word.lower() in _SPLITTERS or (
                (_is_title(word) or role) and not _is_title(toks[k - 1].text)
            ):
                cut = k - 1 if role and toks[k - 1].text in _GERMAN_CASE_ARTICLES else k
                out.append((start, cut))  # "Aktien des": the article goes with the role
                start = k + 1 if word.lower() in _SPLITTERS else k
            elif (
                word == "of" or (word in _GERMAN_CASE_ARTICLES and toks[k - 1].text[:1].isupper())
            ) and _reads_as_person(toks[start:k]):
                out.append((start, k))  # "X of Rosselhoznadzor", "sagte X der Agentur AFP"
                start = k + 1
        out.append((start, j))
    return [(a, b) for a, b in out if b > a]


def _is_cyrillic_common_start(text: str, tok: Token) -> bool:
    """A Russian or Ukrainian common word capitalised only because it opens the sentence
    ("Начальник Микола Ткачук ..."): those languages capitalise nothing else but names, so a
    word the dictionary knows in lower case is no part of the name."""
    return (
        script_of(tok.text) == "cyrillic"
        and is_sentence_start(text, tok.start)
        and lexicon.is_dictionary_word(tok.text)
        and not lexicon.is_known_capitalised(tok.text)
    )


_AGENT_ENDING = re.compile(r"(?:er|or|ist|eur|rice|in|chef)$")
_MIN_ROLE = 7


def is_role_shaped(word: str) -> bool:
    """A capitalised word shaped like a role noun: an agent ending, at least _MIN_ROLE
    letters, no name the dictionary lists ("Schiedsrichter", "Polizeisprecherin"; not
    "Christopher")."""
    return (
        len(word) >= _MIN_ROLE
        and bool(_AGENT_ENDING.search(word))
        and not lexicon.is_known_capitalised(word)
    )


def _is_role_before_given_name(word: str, following: str) -> bool:
    """A compound role noun no dictionary here knows before a given name it does know
    ("Polizeisprecher Thomas Weber", "Bürgermeisterin Anna Schmitt"): an agent ending, at
    least _MIN_ROLE letters, itself no listed name ("Christopher", "Alexander" are)."""
    return (
        len(word) >= _MIN_ROLE
        and bool(_AGENT_ENDING.search(word))
        and not lexicon.is_known_capitalised(word)
        and _is_given_name(following)
    )


def _is_given_name(word: str) -> bool:
    """A given name the dictionary lists, or two hyphened ones ("Anne-Claude", "Hans-Peter")."""
    return all(
        lexicon.is_known_capitalised(p) and not lexicon.is_dictionary_word(p)
        for p in word.split("-")
    )


_ROLE_COMPOUND = re.compile(
    r"(?:chef|chefin|leiter|leiterin|sprecher|sprecherin|berater|beraterin|meister|meisterin"
    r"|führer|führerin|direktor|direktorin|präsident|präsidentin|kommandant|kommandantin"
    r"|beauftragte|beauftragter|vorsitzende|vorsitzender|experte|expertin|arzt|ärztin"
    r"|inspektor|inspektorin|ermittler|ermittlerin|helfer|helferin|retter|retterin"
    r"|intendant|intendantin|dirigent|dirigentin|trainer|trainerin|minister|ministerin"
    r"|politiker|politikerin|kapitän|kapitänin|anwalt|anwältin|richter|richterin"
    r"|kandidat|kandidatin|gründer|gründerin|inhaber|inhaberin|manager|managerin)"
    r"(?:en|n|s)?$"
)
"""Heads of German compound role nouns ("Feuerwehrchef", "Wolfsberaterin", "Bergwachtleiter"):
German writes an office and its field as one word, which no dictionary here lists. A case
ending may follow ("den CSU-Kandidaten", "des Bergwachtleiters", "dem Präsidenten")."""
_MIN_COMPOUND = 8


def _is_role_compound(word: str, following: str) -> bool:
    """A German role compound before a name: a head from _ROLE_COMPOUND after at least three
    more letters, no name the dictionary knows, before a capitalised word that is none. A
    head hyphened to its field may be short ("OK-Chef", "IBU-Präsident", "Kreis-Arzt"):
    the hyphen marks the compound, and no given name ends in "-Chef"."""
    low = word.casefold()
    match = _ROLE_COMPOUND.search(low)
    hyphened = match is not None and low[match.start() - 1 : match.start()] == "-"
    return (
        match is not None
        and (len(low) >= _MIN_COMPOUND or hyphened)
        and match.start() >= 3
        and following[:1].isupper()
        and not lexicon.is_known_capitalised(word)
        and not lexicon.is_dictionary_word(following)
    )


def _is_bare_role(word: str) -> bool:
    """A German role noun alone, a head of _ROLE_COMPOUND ("der Ermittler Sergej X"): before
    two more capitalised words, the person's role."""
    return word[:1].isupper() and _ROLE_COMPOUND.fullmatch(word.casefold()) is not None


def _is_acronym_before_person(word: str, following: str) -> bool:
    """An agency's initials heading a person's name ("ДСНС Микола Ткачук", "FEMA Director
    ...", "TASS Evgeny Sorokin"): the next word is a title, or no common word (a given name
    the dictionary lists or none it knows), unlike "BBC World Service"."""
    return (
        len(word) >= 2
        and word.isupper()
        and not following.isupper()
        and (_is_title(following) or not lexicon.is_dictionary_word(following))
    )


def _reads_as_person(head: list[Token]) -> bool:
    """ "Evgeny Sorokin" in "Evgeny Sorokin of Rosselhoznadzor": two or more words no
    dictionary knows in lower case, unlike the head of "Bank of England" or "Royal Bank of
    Scotland"; the words after "of" then name the person's body, not part of the name."""
    words = [
        t.text
        for t in head
        if not (_is_title(t.text) or _is_role_word(t.text) or t.text.lower() in FUNCTION_WORDS)
    ]
    return len(words) >= 2 and not any(
        lexicon.is_dictionary_word(w) or lexicon.is_common_noun(w) for w in words
    )


_WORD_AND_DOT_BEFORE = re.compile(r"([^\W\d_]+)(\.?)\s+$")
_ABBREVIATED = frozenset("m mm".split())
"""Titles written as one or two letters, only with their dot ("M. Durand", "MM.")."""


def is_title_before(text: str, start: int) -> bool:
    """Is the word before start a title or an honorific ("Mr Whitlok", "Frau Weismüller",
    "M. Castelnaud", "Sr. Castañedo", "Inspector Brandt")? The capitalised word after one
    is a person's name, even in German, which capitalises every noun."""
    before = _WORD_AND_DOT_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word.casefold() in _ABBREVIATED:
        return bool(before.group(2)) and word[:1].isupper()
    return _is_title(word)


_GERMAN_SPEECH = (
    r"(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|berichtete|berichtet|meinte|meint"
    r"|warnte|warnt|bestätigte|bestätigt|ergänzte|ergänzt|schilderte|schildert|erzählte"
    r"|erzählt|räumte|fügte|teilte|so)"
)
_SPEECH_BEFORE = re.compile(r"\b" + _GERMAN_SPEECH + r"\s+$")
_SPEECH_AFTER = re.compile(r"\s+" + _GERMAN_SPEECH + r"\b")


def is_german_speaker(text: str, start: int, end: int) -> bool:
    """Does a German speech verb stand right before or after the word ("sagte Hübner",
    "Hübner sagte", "…, so Heinemann")? Then the capitalised word is a person's name, though
    German capitalises every noun."""
    return bool(
        _SPEECH_BEFORE.search(text, max(0, start - 15), start) or _SPEECH_AFTER.match(text, end)
    )


def _is_title(word: str) -> bool:
    """ "General", "Gen.", and compounds of titles ("Lieutenant-Colonel", "Vice-President")."""
    w = word.lower().rstrip(".")
    return w in _ALL_TITLES or ("-" in w and all(p in _ALL_TITLES for p in w.split("-")))


_ROLE_SUFFIX = re.compile(r"(?:er|or|ist|ant|ent|eur|rice|man|woman|person|ian)$")


def _is_role_word(word: str) -> bool:
    """A capitalised common noun naming a role before a name ("Headteacher", "Epidemiologist",
    "Einsatzleiter"): a dictionary word with an agent-noun ending, no proper name itself."""
    return (
        len(word) >= 6
        and bool(_ROLE_SUFFIX.search(word))
        and (lexicon.is_dictionary_word(word) or lexicon.is_common_noun(word))
        and not lexicon.is_known_capitalised(word)
    )


_PERSON_AFTER = re.compile(
    r",\s+(?:(?:who|qui|quien|quienes|который|которая|який|яка)\s"
    r"|(?:the|a|an|el|la|le|der|die|its|their)\s+([^\W\d_]+)"
    r"|\d{1,3}\s*,)"
    r"|\s+\(\d{1,3}\)"
)
"""After a person's name: a relative pronoun for people, a title, or an age ("X, 52, was
arrested", "X (52)")."""
_PRONOUN_AFTER = re.compile(r"[^A-Z.!?;\n“”\"«»]{0,60}?\b(?:he|she|his|her|him)\b")
"""An English personal pronoun later in the clause, no capitalised word or quote between
("Hernan Ortiz said he respected the count"): bodies are "it"."""


def _is_letter(ch: str) -> bool:
    r"""`[^\W\d_]` of `re` for one character."""
    return ch.isalnum() and not ch.isdecimal()


def _word_before(text: str, lo: int, end: int) -> str | None:
    """The word (two hyphened ones at most) that spacing separates from `end`, not reaching
    before `lo`: `_ROLE_BEFORE.search(text, lo, end).group(1)` read backwards from `end`,
    without trying every start in the window."""
    k = end
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k == end:
        return None
    j = k
    while j > lo and _is_letter(text[j - 1]):
        j -= 1
    if j == k:
        return None
    if j - 1 > lo and text[j - 1] == "-" and _is_letter(text[j - 2]):
        j -= 1
        while j > lo and _is_letter(text[j - 1]):
            j -= 1
    return text[j:k]


def _comma_before(text: str, lo: int, end: int) -> bool:
    """A comma and spacing end text[lo:end]: what `_ROLE_BEFORE_COMMA` and `_ROLE_APPOSITIVE`
    need to match at all."""
    k = end
    while k > lo and text[k - 1].isspace():
        k -= 1
    return lo < k < end and text[k - 1] == ","


_ROLE_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)\s+$")
_ROLE_BEFORE_COMMA = re.compile(
    r"(?:^|[\s(])(?:the|a|an|its|his|her|their|our|el|la|los|las|le|les|un|una|une|der|die"
    r"|das|den|dem|ein|eine|[^\W\d_]+['’]s)\s+(?:[^\W\d_]+\s+){0,2}"
    r"([^\W\d_]+(?:-[^\W\d_]+)?),\s+$",
    re.IGNORECASE,
)
"""A role set off by a comma before a name is an appositive only after a determiner ("the
alleged ringleader, X", "the town's mayor, X"); "lifted off by helicopter, X said" is a
clause ending."""
_ROLE_APPOSITIVE = re.compile(r"([^\W\d_]+)(?:\s+[^\W\d_]+){0,3},\s+$")


def person_names(texts: Mapping[int, str]) -> frozenset[str]:
    """Folded multi-word names the text treats as people's: after a title or role word
    ("Lieutenant-Colonel Helene Duret", "El presidente del club, José Luis Cabrera"), or
    followed by a relative pronoun for people (", who", ", qui") or a title (", the
    president of")."""
    out: set[str] = set()
    for text in texts.values():
        toks = text_tokens(text)
        for i, j in _particle_runs(text, toks):
            if j - i < 2:
                continue
            start, end = toks[i].start, toks[j - 1].end
            word = _word_before(text, max(0, start - 40), start)
            comma = word is None and _comma_before(text, max(0, start - 60), start)
            if comma:
                m = _ROLE_BEFORE_COMMA.search(text, max(0, start - 60), start)
                word = m.group(1) if m else None
            role = word is not None and (
                any(part.lower() in _ALL_TITLES for part in word.split("-")) or _is_role_word(word)
            )
            appositive = _ROLE_APPOSITIVE.search(text, max(0, start - 60), start) if comma else None
            role = role or (appositive is not None and appositive.group(1).lower() in _ALL_TITLES)
            titled = [t for t in range(i, j - 2) if _is_title(toks[t].text)]  # "Health Minister"
            first_title = _is_title(toks[i].text) or (
                j - i > 2
                and (
                    _is_role_word(toks[i].text) or _is_role_compound(toks[i].text, toks[i + 1].text)
                )
            )
            after = _PERSON_AFTER.match(text, end)
            if after and after.group(1) and after.group(1).lower() not in _ALL_TITLES:
                after = None
            pronoun = _PRONOUN_AFTER.match(text, end)
            speaker = is_german_speaker(text, start, end)
            if role or first_title or after or titled or pronoun or speaker:
                k = titled[-1] + 1 if titled else i + 1 if first_title else i
                out.add(name_fold(text[toks[k].start : end]))
    return frozenset(out)
