"""Who speaks a quote when the citation is not a plain "X said": the attribution names the
speaker in another spelling than the article ("Sebastien Lefevre" for "Sébastien Lefèvre"),
the quote's clause goes on with a verb no list holds ("…», a confié X", "…,” X joked"), the
person comes before the body they speak for or to ("X of the regional administration told
…", "sagte X dem Sender Y"), or a role stands for a person named earlier ("bromeó el
director", "selon la spécialiste", "said the ship's doctor"). Split from `quotes`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.attributions import Attribution
from kursk_reader.analysis.name_demonyms import is_demonym
from kursk_reader.analysis.name_match import FUNCTION_WORDS, identity
from kursk_reader.analysis.name_spans import is_role_shaped, is_title_before
from kursk_reader.analysis.quote_ages import AGED, age_after, aged_speaker, resolve_aged
from kursk_reader.analysis.quote_gender import compatible, person_gender, role_gender
from kursk_reader.analysis.quote_growth import given_vouches, same_person
from kursk_reader.analysis.quote_heads import headed_body, roles_near
from kursk_reader.analysis.quote_pairing import same_surname
from kursk_reader.analysis.quote_speech import (
    DATIVE_NOUN,
    after_speech_verb,
    speech_verb,
    told_between,
)
from kursk_reader.analysis.textspans import fold

if TYPE_CHECKING:
    from kursk_reader.analysis.quotes import Quote


def own_forms(attributions: Iterable[Attribution], full: set[str]) -> list[tuple[int, str]]:
    """(position, name) of the citations whose source the article writes in another form:
    accents or a given name the source (a form shared across articles) lacks or adds
    ("Sébastien Lefèvre" cited, "Sebastien Lefevre" written; "Jose Lozano" / "Maria Jose
    Lozano"). Each is the article's own name, so the citation counts as naming that person."""
    by_fold: dict[str, str] = {}
    for name in sorted(full):
        by_fold.setdefault(fold(name), name)
    out = []
    for a in attributions:
        if a.source in full:
            continue
        key = fold(a.source)
        own = by_fold.get(key)
        if own is None and " " in key:
            own = next((n for f, n in by_fold.items() if f.endswith(" " + key)), None)
        if own is not None:
            out.append((a.start, own))
    return out


_OWNER = re.compile(
    r"^,?[ \u00a0]+(?:of|from|at|de|del|du|des|von|vom|der|des|из|с|з)"
    r"(?:[ \u00a0]+(?:the|la|le|el|l['’]|der|dem|des|den))?[ \u00a0]*",
    re.IGNORECASE,
)


def person_before_source(
    text: str, source: str, source_at: int, named: list[tuple[int, str]], lo: int
) -> str:
    """The person named first in a citation whose source is a body: the source holds the
    person's full name ("Amelie Desgranges of Numismatique Berard"), or the person stands
    between `lo` and the source, the body after "of"/"de"/"von" or as the one spoken to
    ("X of the Zakarpattia regional administration told …", "sagte X dem Sender LRT")."""
    for at, name in named:  # "Spanish Foreign Minister Inigo X": the person after the title
        end = source_at + len(source)
        if " " in name and at + len(name) == end and source.endswith(" " + name):
            if is_title_before(text, at):
                return name
    for at, name in named:
        if name == source:
            continue
        if (" " in name or _CASE_NEXT.match(source, len(name))) and source.startswith(name + " "):
            return name  # "sagte Wehrle der Deutschen Presse-Agentur"
        if " " in name and f" {name} " in source:
            return name  # "Meteorologin Marina X der Nachrichtenagentur Y": a role before
        if not (lo <= at and at + len(name) <= source_at):
            continue
        between = text[at + len(name) : source_at]
        if " " not in name:
            if DATIVE_NOUN.fullmatch(between) and after_speech_verb(text, at):
                return name  # "рассказал Белецкий корреспонденту РИА Новости"
            continue
        if _OWNER.match(between) or _SPOKEN_TO.fullmatch(between) or told_between(between):
            return name
    return ""


_CASE_NEXT = re.compile(r" (?:der|dem|des|den|of) ")
"""A case article or "of" after a lone surname in a citation: the body spoken for or to."""


_SPOKEN_TO = re.compile(
    r"[ \u00a0]+(?:dem|der|den|to|à|a|al|an|an[ \u00a0]+den)(?:[ \u00a0]+\w+)?[ \u00a0]+",
    re.IGNORECASE,
)


_ROLE_WORDS_BEFORE = 4
"""Lower-case words (a speech verb with its auxiliary, "приводит слова") that may stand
between a quote's closing comma and the person the clause names ("…», a confié Amélie X",
"«…», — приводит слова капитана порта X"); more words are a new clause."""

_LOWER_WORD = re.compile(r"[ \u00a0,—–-]*([^\W\d_][\w'’-]*)")
_OF_BEFORE = re.compile(
    r"(?:^|[ \u00a0])(?:of|for|de|del|du|des|von|für|pour|para|по|для|от|від|за)[ \u00a0]*$",
    re.IGNORECASE,
)


def named_after_comma(text: str, after_end: int, at: int) -> bool:
    """Does the person named at `at` close the clause a quote opened with its comma ("…,”
    Echeverría joked", "«…», a confié Amélie X")? Only lower-case words stand between, at
    most `_ROLE_WORDS_BEFORE` besides articles and elided words ("s'est réjouie la
    conseillère d'…"), and the person is no one's possession ("the lawyer for X")."""
    gap = text[after_end:at]
    words = re.findall(r"[^\W\d_][\w'’-]*", gap)
    counted = [w for w in words if len(w.rstrip("'’")) > 2]
    if len(counted) > _ROLE_WORDS_BEFORE or any(w[:1].isupper() for w in words):
        return False
    if re.search(r"[.!?;:()\n]", gap):
        return False
    return not _OF_BEFORE.search(gap)


_ROLE_AFTER = re.compile(
    r"[ \u00a0,—–-]*(?:[^\W\d_]+[ \u00a0]+){0,2}?"
    r"(the|el|la|le|l['’]|der|die)[ \u00a0]*(?:[^\W\d_]+['’]s[ \u00a0]+)?([^\W\d_]{3,})",
)
"""After a quote's closing comma, at most two words (the verb) and a singular role with a
definite article: "bromeó el director", "a plaisanté le cinéaste basque", "said the ship's
doctor"."""
_SLAVIC_ROLE_AFTER = re.compile(
    r"[ \u00a0,—–-]*(?P<verb>[а-яёіїєґ]+)[ \u00a0]+(?:[а-яёіїєґ]+(?:ый|ий|ой|ая|яя|ий|ій|а|я)[ \u00a0]+)?"
    r"([а-яёіїєґ]{3,}(?:тель|ник|ница|ист|ор|ер|эр|ець|иня|лог|ач|ант|ент|арь|ар))[ \u00a0]*"
)
"""Russian and Ukrainian give a role after a quote with no article: a speech verb, maybe an
adjective, and a lower-case agent noun ending the clause ("— заявил избранный ректор",
"— сказав лікар")."""
_AGE_AFTER = re.compile(
    r"[ \u00a0,—–-]*(?:[^\W\d_]+[ \u00a0]+){0,2}?(?:the|el|la|le|l['’]|der|die)[ \u00a0]+"
    r"(\d{1,3}-[^\W\d_]+(?:-[^\W\d_]+)*)(?:[ \u00a0]+([^\W\d_]{3,}))?",
)
"""A person known by their age after a quote's comma: "the 25-year-old said", "sagte der
54-Jährige", "sagt der 54-jährige Niederländer" (the noun after the age, when there is one)."""
_ROLE_BEFORE = re.compile(
    r"(?:según|selon|d['’]après|laut|according[ \u00a0]+to)[ \u00a0]+"
    r"(?:the|el|la|le|l['’]|der|die|dem|des)[ \u00a0]*([^\W\d_]{3,})[ \u00a0]*,?[^,.;:!?]*$",
    re.IGNORECASE,
)
"""A role named as the source in the words that bring a quote in: "Según la especialista,
jamás se había registrado «…»"."""


def role_after(text: str, after_end: int, clause_end: int) -> str:
    """The role the clause after a quote's comma cites (a lower-case noun with a definite
    article: "bromeó el director" -> "director"; a German agent noun: "so die Präfektin"),
    or ""."""
    age = _AGE_AFTER.match(text, after_end, clause_end)
    if age is not None:  # "said the 25-year-old", "sagte der 54-jährige Niederländer"
        noun = age.group(2)
        return noun if noun and not speech_verb(noun) else age.group(1)
    m = _ROLE_AFTER.match(text, after_end, clause_end)
    if m is None:
        slavic = _SLAVIC_ROLE_AFTER.fullmatch(text, after_end, clause_end)
        return slavic.group(2) if slavic and speech_verb(slavic.group("verb")) else ""
    german = m.group(1).lower() in ("der", "die") and _AGENT.search(m.group(2))
    return m.group(2) if m.group(2).islower() or german else ""


_ROLE_SUBJECT = re.compile(
    r"(?:the|el|la|le|l['’]|der|die)[ \u00a0]+([^\W\d_]{3,})[ \u00a0]+"
    r"(?:[^\W\d_]+[ \u00a0]+)?([^\W\d_]+)[ \u00a0]*[:,]?[ \u00a0]*(?:que|that|dass|qu['’])?[ \u00a0]*$",
    re.IGNORECASE,
)
"""A role as the subject of a speech verb that brings the quote in: "La alcaldesa afirmó:
«…»", "The captain said: “…”", "Le maire a déclaré : « … »"."""


def role_before(text: str, intro_start: int, start: int) -> str:
    """The role the words before a quote in its sentence cite ("according to the doctor, …",
    "La alcaldesa afirmó: «…»" -> "doctor", "alcaldesa"), or ""."""
    m = _ROLE_BEFORE.search(text, intro_start, start)
    if m is not None and m.group(1).islower():
        return m.group(1)
    lead = text[intro_start:start].rstrip(" \t\u00a0“\"«„‘'")
    m = _ROLE_SUBJECT.match(lead)
    if m is not None and m.group(1).islower() and speech_verb(m.group(2)):
        return m.group(1)
    return ""


def role_source(a: Attribution, text: str) -> str:
    """The role a citation names instead of a person: one lower-case word ("the mayor said"
    -> "mayor"), or a German agent noun after an article ("sagte die Bürgermeisterin")."""
    word = a.source
    if " " in word or len(word) < 4:
        return ""
    if word.islower():
        return word
    before = text[max(0, a.start - 12) : a.start]
    at = text.find(word, a.start)
    if at >= 0:
        before = text[max(0, at - 24) : at]
    if _GERMAN_ARTICLE.search(before) and _AGENT.search(word):
        return word
    return ""


_GERMAN_ARTICLE = re.compile(r"(?:^|\s)(?:der|die|dem|des)\s+(?:(?:\d+-)?[a-zäöüß][\w-]*\s+)?$")
"""A German article before a role noun, an adjective between ("der 54-jährige Niederländer")."""
_AGENT = re.compile(r"(?:er|or|ent|ant|eur|ist|in)$")
"""German agent nouns, feminine "-in" included ("Sprecher", "Präfektin", "Ärztin")."""


ROLE = "\x00role:"
"""Prefix of a speaker known only by a role ("the captain said") until `resolve_roles`
finds the person another article gives that role, or drops it."""


def resolve_roles(
    quotes: list[Quote],
    texts: Mapping[int, str],
    persons_of: Mapping[int, list[tuple[int, str]]],
) -> list[Quote]:
    """Speakers known by an age become the one person some article gives that age
    (`quote_ages`); speakers known only by a role ("«…», dijo el capitán" in an article that
    names no one) become the one person some article gives a like role ("Captain Giorgos
    Antoniadis", "le commandant de bord, Georgios Antoniadis": role words compared as
    cognates, `_role_alike`); with no such person, or two, the quote has no speaker."""
    out = []
    near: _RoleWords | None = None
    person_of: dict[str, str] = {}  # a folded role -> its person ("" when none or two)
    ages: dict[str, list[str]] | None = None
    for q in quotes:
        if q.speaker.startswith(AGED):  # "sagte die 38-jährige Juristin"
            speaker, ages = resolve_aged(
                q.speaker, q.article_id, texts, persons_of, same_person, ages
            )
            q = replace(q, speaker=speaker)
        if not q.speaker.startswith(ROLE):
            out.append(q)
            continue
        role = fold(q.speaker[len(ROLE) :])
        if role not in person_of:
            if near is None:  # each named person's role words, read once for every role
                near = _RoleWords(texts, persons_of)
            person_of[role] = near.person_with(role)
        out.append(replace(q, speaker=person_of[role]))
    return out


class _RoleWords:
    """Every named person (two parts or more) of the articles in order, with the words that
    may give their role (`quote_heads.roles_near`), and for each such word the people it stands by."""

    def __init__(
        self, texts: Mapping[int, str], persons_of: Mapping[int, list[tuple[int, str]]]
    ) -> None:
        self.names: list[str] = []
        self.beside: dict[str, list[int]] = {}  # a role word -> indexes into names
        read: dict[tuple[int, str], list[str]] = {}  # one name at one place, read once
        for aid, persons in persons_of.items():
            read.clear()
            for at, name in persons:
                if " " not in name:
                    continue
                words = read.get((at, name))
                if words is None:
                    words = read[(at, name)] = roles_near(texts[aid], at, name)
                for w in words:
                    self.beside.setdefault(w, []).append(len(self.names))
                self.names.append(name)

    def person_with(self, role: str) -> str:
        """The one person (in the first spelling found) with a role word like `role` beside
        their name, "" when none or two."""
        hits: set[int] = set()
        for w, at in self.beside.items():
            if _role_alike(role, w):
                hits.update(at)
        found: list[str] = []
        for i in sorted(hits):
            name = self.names[i]
            if not any(same_person(name, f) for f in found):
                found.append(name)
        return found[0] if len(found) == 1 else ""


def _role_alike(role: str, word: str) -> bool:
    """One role in two languages or spellings: "captain" / "capitán" / "Kapitän" /
    "capitaine" / "капитан" (romanised), five letters alike at the start or a near spelling."""
    if len(role) < 4 or len(word) < 4:
        return False
    a, b = _roman(role), _roman(word)
    return a[:5] == b[:5] or fuzz.ratio(a, b) >= _ROLE_RATIO


_ROLE_RATIO = 75
_ROMAN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэіїєґ", "abvgdeziiklmnoprstufieiieg", strict=True)),
        **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "iu"},
        **{"я": "ia", "ё": "e", "ь": "", "ъ": "", "k": "c"},
    }
)


def _roman(word: str) -> str:
    return word.translate(_ROMAN)


def last_person_before(
    text: str,
    pos: int,
    named: list[tuple[int, str]],
    is_person: Callable[[str], bool],
    role: str = "",
    gender: str = "",
) -> str:
    """The person a role stands for: the last one named before `pos` with a like role word
    beside the name ("Firefighter X … Mayor Y … the mayor said"), else the last one named
    before `pos` — by their surname alone too ("X, de 31 años, completó …"); a name of two
    parts or more that `is_person` takes for one of the event's people (named as a person
    somewhere, or quoted), never one of the other `gender` (`quote_gender`)."""
    before = [
        (at, n)
        for at, n in named
        if at < pos
        and " " in n
        and is_person(n)
        and compatible(gender, person_gender(text, at, n))
        and not headed_body(text, at, n)
    ]
    if role:
        key = fold(role)
        for at, name in reversed(before):
            if any(_role_alike(key, w) for w in roles_near(text, at, name)):
                return name
    if not before:
        return ""
    last_at, last = before[-1]
    tried: set[str] = set()
    for at, name in reversed(named):  # "Arrizabalaga, de 31 años, completó …" came after
        if at <= last_at:
            break
        if at < pos and " " not in name and name not in tried:
            tried.add(name)
            full = longest_form(name, named)
            if (
                " " in full
                and is_person(full)
                and compatible(gender, person_gender(text, at, full))
            ):
                return full
    return last


_OFFICE = re.compile(r"(?:er|or|eur|euse|rice|ist|iste|ista|ent|ente|ant|ante|in|ier|ière)$")


def named_with_other_role(
    text: str, name: str, pos: int, persons: list[tuple[int, str]], role: str
) -> bool:
    """Is the person named before `pos` with an office unlike the role cited ("Der
    Bürgermeister Jan X" when "der Direktor des Werks" speaks)? Office words: nouns of an
    agent or office beside the name, no function word or speech verb."""
    key, last = fold(role), name.split()[-1] if name else ""
    return any(
        len(w) >= 5
        and _OFFICE.search(w)
        and w not in FUNCTION_WORDS
        and not speech_verb(w)
        and not _role_alike(key, w)
        for at, written in persons
        if at < pos and last and last in written.split()
        for w in roles_near(text, at, written)
    )


def person_of_role_before(
    text: str, pos: int, named: list[tuple[int, str]], is_person: Callable[[str], bool], role: str
) -> str:
    """The last person named before `pos` with a role word like `role` beside the name
    ("Präsident Xaver X … sagt der Präsident"), "" when none: no guess at whoever came last."""
    key = fold(role)
    for at, name in reversed([(at, n) for at, n in named if at < pos and " " in n]):
        if is_person(name) and any(_role_alike(key, w) for w in roles_near(text, at, name)):
            return longest_form(name, named)
    return ""


def people_test(
    named: frozenset[str],
    people_of: Mapping[int, tuple[list[tuple[int, str]], list[tuple[int, str]]]],
) -> Callable[[str], bool]:
    """Is a name one of the event's people? Among `named` (folded names the texts treat as
    people's: `names.person_names`), or its surname cited as a speaker in some article;
    spellings and scripts of one surname alike (`same_surname`, `given_vouches`)."""
    cited = {fold(n.split()[-1]) for _, c in people_of.values() for _, n in c if " " in n}
    answers: dict[str, bool] = {}
    by_given: dict[str, set[str]] = {}
    by_initial: dict[str, set[str]] = {}
    for p in named:
        by_given.setdefault(p.split()[0], set()).add(p)
        by_initial.setdefault(p.split()[-1][:1], set()).add(p)

    def test(name: str) -> bool:
        if name not in answers:
            key = fold(name)
            parts = key.split()
            near = sorted(  # one given name, or a surname opening alike: the few worth a look
                by_given.get(parts[0], set()) | by_initial.get(parts[-1][:1], set())
            )
            answers[name] = (
                key in named
                or parts[-1] in cited
                or any(same_surname(name, p) or given_vouches(name, p) for p in near)
            )
        return answers[name]

    return test


def person_shaped(name: str) -> bool:
    """Could a speaker's name be a person's? Every word capitalised but name particles ("de",
    "van"), none before the last a word the dictionary knows in lower case ("South Korean",
    "International Testing Agency"; Cyrillic words aside), none a kind of body ("ministère",
    "Agentur"): a quote's speaker found by position may be a body that announced something."""
    words = name.split()
    for k, word in enumerate(words):
        if word.casefold() in _NAME_PARTICLES:
            continue
        if not word[:1].isupper() or fold(word) in SOURCE_NOUNS:
            return False
        if _CYRILLIC.search(word) or k == len(words) - 1:
            continue  # Cyrillic names and surnames are often words too ("Berg", "Мельник")
        if lexicon.is_dictionary_word(word.lower()) and not lexicon.is_known_capitalised(word):
            return False
    return True


_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)


_NAME_PARTICLES = frozenset(
    "de del della di da do dos das du la le van von der den ter ten".split()
)


def longest_form(name: str, persons: list[tuple[int, str]]) -> str:
    """The longest name in the article that holds the name's last part ("Kovalev" ->
    "Evgeny Kovalev"), or, for a name cited as another article spells it, the article's own
    spelling of that person ("Weismüller" -> "Jürgen Weißmüller")."""
    parts = name.split()
    last = parts[-1]
    given = parts[0] if len(parts) >= 2 and not is_role_shaped(parts[0]) else ""
    forms = [
        p
        for _, p in persons
        if last in p
        and last in p.split()
        and _ends_person(p, last)
        and not _demonym_led(p)
        and (not given or given in p.split())  # "Johann Pichler": not "Backhaus Pichler"
    ]
    if all(" " not in p for p in forms) and _CYRILLIC.search(last):  # "словам Петрова"
        key = _stem(last)
        forms = [p for _, p in persons if " " in p and _stem(p.split()[-1]) == key]
        if forms:
            return max(forms, key=lambda p: (len(p.split()), len(p)))
    if not forms and " " in name:  # cited in another article's spelling: the article's own
        forms = [p for _, p in persons if " " in p and same_person(p, name)]
    if not forms:
        return last if _demonym_led(name) else name
    most = max(len(p.split()) for p in forms)
    longest = {p for p in forms if len(p.split()) == most}
    if len(longest) > 1:  # "Darina X" before "Ukrainerin X": a role noun is no given name
        return max(longest, key=lambda p: (not is_role_shaped(p.split()[0]), len(p), p))
    return max(forms, key=lambda p: (len(p.split()), len(p)))


def _demonym_led(form: str) -> bool:
    """A nationality and a surname ("Ukrainian Kovalchuk" in a headline): no name form."""
    words = form.split()
    if len(words) != 2 or not is_demonym(words[0]):
        return False  # "-ch" of "French" ends "Heinrich" too: a plural tells a nationality
    return words[0].endswith(("ish", "ese")) or lexicon.is_known_capitalised(words[0] + "s")


def _stem(word: str) -> str:
    """A Cyrillic surname without its case ending and final vowels ("Белецкому", "Белецкий",
    "Петрова" -> "белецк", "петров"); a stem under four letters keeps its ending."""
    key = identity(word)
    stem = key.rstrip("аеиіїоуыюяєэ")
    return stem if len(stem) >= 4 else key


def _ends_person(form: str, last: str) -> bool:
    """Does `last` end the person's name in `form`, or only further name parts follow it (a
    second surname: "Valdés" in "Rodrigo Valdés Ibarra")? Not when a body's words follow
    ("Beletsky Fine Watches", "Moosbrugger von der Universität Passau")."""
    words = form.split()
    after = words[len(words) - 1 - words[::-1].index(last) + 1 :]
    return all(
        w[:1].isupper()
        and not lexicon.is_dictionary_word(w.lower())
        and fold(w) not in SOURCE_NOUNS
        for w in after
    )


def cited_speaker(
    text: str,
    q: Quote,
    cited: Attribution,
    until: int,
    candidates: list[tuple[int, str]],
    floor: int,
    persons: list[tuple[int, str]],
    is_person: Callable[[str], bool] | None,
) -> str:
    """The speaker a citation of q names: the person just before its source ("Mayor Ana
    Ruiz of the city council said"), else the role it cites standing for a person, else the
    source itself, in the article's longest form of the name."""
    at = text.find(cited.source, cited.start, until)
    start = at if at >= 0 else cited.start
    person = person_before_source(text, cited.source, start, candidates, floor)
    if not person and at >= 0 and is_person is not None:
        person = _person_after_source(text, cited.source, at, candidates, is_person)
    role = role_source(cited, text) if not person and is_person is not None else ""
    if role and is_person is not None:
        return role_speaker(role, text, q, persons, is_person)
    return longest_form(person or cited.source, persons)


_AFTER_SOURCE = re.compile(
    r"[»”\"]?(?:,[ \u00a0]*|[ \u00a0]+)(?:[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*[ \u00a0]+){0,2}"
)
"""Between a body cited and a person named after it: a comma or a space, and at most two
lower-case words of a role ("la consejera de Desarrollo Educativo, María José X",
"рассказала «Фонтанке» пассажирка Анна X")."""


def _person_after_source(
    text: str,
    source: str,
    source_at: int,
    candidates: list[tuple[int, str]],
    is_person: Callable[[str], bool],
) -> str:
    """A person of the event named right after a cited body, in apposition or as the
    subject after the outlet told: the body is whom they speak for or to."""
    end = source_at + len(source)
    for at, name in candidates:
        if at < end or " " not in name:
            continue
        gap = _AFTER_SOURCE.match(text, end, at)
        if gap is None or gap.end() != at or DATIVE_NOUN.fullmatch(text, end, at):
            return ""  # "рассказал Белецкий корреспонденту РИА Новости": the one spoken to
        return name if is_person(name) and not is_person(source) else ""
    return ""


_GENDER_REACH = 60
"""Characters after a quote read for the gender of the role that cites it."""


def role_speaker(
    role: str,
    text: str,
    q: Quote,
    persons: list[tuple[int, str]],
    is_person: Callable[[str], bool],
) -> str:
    """A role cited as the speaker stands for the person named last before the quote, or,
    when the article names no one, for the person another article gives that role
    (`quote_roles.resolve_roles`)."""
    gender = role_gender(text, q.end, q.end + _GENDER_REACH, role)
    person = last_person_before(text, q.start, persons, is_person, role, gender)
    said_by = longest_form(person, persons) if person else ROLE + role
    age = age_after(text, q.end)  # "…“, sagte die 38-jährige Juristin"
    return aged_speaker(age, said_by) if age else said_by
