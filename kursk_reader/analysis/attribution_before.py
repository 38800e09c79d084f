"""Sources named before their verb ("KCNA reported", "the port authority said", "The captain,
Nicos Papadakis, said", "X, who led the response, said")."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_appositions import described_apposition, named_aside
from kursk_reader.analysis.attribution_asides import described_aside
from kursk_reader.analysis.attribution_cues import DOCUMENT_NOUNS, SOURCE_NOUNS
from kursk_reader.analysis.attribution_places import PEOPLE_NOUNS, body_of_place
from kursk_reader.analysis.attribution_runs import (
    DETERMINERS,
    PRONOUNS,
    STOP_BETWEEN,
    TITLES,
    end_of,
    run_ok,
)
from kursk_reader.analysis.attribution_second_verb import AND_WORDS, subject_of
from kursk_reader.analysis.attribution_trims import LEADING_ARTICLES
from kursk_reader.analysis.textspans import (
    Token,
    gap_is_space,
    is_sentence_start,
    name_runs,
    strip_possessive,
)

_PLACE_WORDS = frozenset("in at в у im".split())
_AUX_BEFORE_VERB = frozenset(
    "a ont hat haben ha han have has had avait avaient había habían hatte hatten".split()
)
_SOURCE_OR_DOCUMENT = SOURCE_NOUNS | DOCUMENT_NOUNS
_NOT_A_MODIFIER = DETERMINERS | STOP_BETWEEN | PRONOUNS
_STOP_OR_PRONOUN = STOP_BETWEEN | PRONOUNS
"""Unions of the word lists, built once: hot loops test words against them."""


def source_before(text: str, toks: list[Token], verb: int) -> tuple[int, int, str] | None:
    k = verb
    if (
        k >= 2
        and toks[k - 1].text.lower() in AND_WORDS
        and gap_is_space(text, toks[k - 1].end, toks[k].start)
    ):
        return subject_of(text, toks, k - 1)  # "KVB put the damage at €2m and said …"
    if (
        k >= 3
        and toks[k - 1].text.lower() in _AUX_BEFORE_VERB
        and toks[k - 2].text.lower() in AND_WORDS
    ):
        return subject_of(text, toks, k - 2)  # "Le maire a remercié … et a souligné"
    if (
        k > 1
        and toks[k - 1].text.lower() in _AUX_BEFORE_VERB
        and (
            toks[verb].text.lower() not in ("said", "told", "reported", "stated", "noted")
            or toks[k - 1].text.lower() in ("has", "have", "had")  # "Police have said"
            and toks[verb].text.lower() in ("said", "told", "stated")  # not "have reported …"
        )
        and gap_is_space(text, toks[k - 1].end, toks[k].start)
    ):
        k -= 1  # "le maire a déclaré", "la policía ha informado"
    if (
        k > 2
        and toks[k - 1].text.lower() == "est"
        and toks[k - 2].text.lower() in ("s'", "s’")
        and gap_is_space(text, toks[k - 1].end, toks[k].start)
    ):
        k -= 2  # "le ministère s'est dit prêt": the body declared itself
    slavic = _slavic_body_before(text, toks, k)
    if slavic is not None:
        return slavic
    relative = _before_relative(text, toks, k)
    if relative is not None:
        return relative
    appositive = _appositive_before(text, toks, k)
    if appositive is not None:
        return appositive
    if (
        k > 1
        and toks[k - 1].text.endswith("ly")
        and not toks[k - 1].capitalised
        and gap_is_space(text, toks[k - 1].end, toks[k].start)
    ):
        k -= 1  # "Madden emphatically stressed"
    last = k - 1  # the word before the verb, its auxiliary or adverb left out
    nouns = 0
    while (
        k > 0
        and nouns < 2
        and (not toks[k - 1].capitalised or is_sentence_start(text, toks[k - 1].start))
        and toks[k - 1].text.lower() in _SOURCE_OR_DOCUMENT
        and gap_is_space(text, toks[k - 1].end, toks[k].start)
    ):
        k -= 1
        nouns += 1
    if nouns and toks[k].text.lower() in SOURCE_NOUNS and toks[last].text.lower() in SOURCE_NOUNS:
        s = k
        if (
            k > 0
            and not toks[k - 1].capitalised
            and toks[k - 1].text.lower() not in _NOT_A_MODIFIER
            and gap_is_space(text, toks[k - 1].end, toks[k].start)
            and not (k >= 1 and toks[k - 1].text.lower() in SOURCE_NOUNS)
        ):
            s = k - 1
            if (
                s > 0
                and not toks[s - 1].capitalised
                and len(toks[s - 1].text) <= _SHORT_NAME
                and toks[s - 1].text.lower() not in _NOT_A_MODIFIER
                and gap_is_space(text, toks[s - 1].end, toks[s].start)
                and not lexicon.is_dictionary_word(toks[s - 1].text)
            ):
                s -= 1  # "the dpa news agency reported"
            mods = _modifiers_start(text, toks, s)
            if mods < s and mods > 0 and toks[mods - 1].text.lower() in DETERMINERS:
                s = mods  # "the regional civil protection agency said": the whole body
        if (
            k == 0
            or not toks[k - 1].capitalised
            or not gap_is_space(text, toks[k - 1].end, toks[k].start)
            or (
                toks[k - 1].text.lower() in _BODY_ARTICLES
                and is_sentence_start(text, toks[k - 1].start)
            )  # "The police said", "La policía dijo": an article opening the sentence
            or _adjective_opening(text, toks, k - 1)
        ):  # "…on Thursday, authorities said": the comma ends what came before
            if (
                _adjective_opening(text, toks, k - 1)
                and s == k
                and toks[k - 1].text.lower() not in _QUANTIFIERS
            ):
                s = k - 1  # "Local residents said": the adjective opening the sentence
            person = _person_of(text, toks, s)
            if person is not None:
                return person  # "Station manager Dana Whitcombe of the county fire service said"
            named = _name_before(text, toks, s)
            return (named if named is not None else toks[s].start), toks[last].end, ""
    if k == 0 or not gap_is_space(text, toks[k - 1].end, toks[k].start):
        return None
    if not nouns and not toks[k - 1].capitalised:
        return _lower_case_source(text, toks, k)
    if not toks[k - 1].capitalised or strip_possessive(toks[k - 1].text) != toks[k - 1].text:
        return None
    ok = _run_ending_at(text, toks, k, 8)
    if ok is None:
        return None
    i, j = ok
    body_start = body_of_place(text, toks, i) if not nouns else None
    if body_start is not None:
        return body_start, toks[j - 1].end, ""  # "the port authority of Marseille said"
    if i >= 2 and toks[i - 1].text.lower() in _PLACE_WORDS and not nouns:
        named = _name_before(text, toks, i - 1)  # "the … Centre in Magadan said"
        if named is not None:
            return named, toks[i - 2].end, ""
        body = toks[i - 2].text.lower()
        if (
            body in SOURCE_NOUNS
            and body not in PEOPLE_NOUNS
            and (not toks[i - 2].capitalised or is_sentence_start(text, toks[i - 2].start))
        ):
            if toks[i - 1].text.lower() == "at":
                return toks[i].start, toks[j - 1].end, ""  # "analysts at Harmon Commodities"
            return toks[i - 2].start, toks[i - 2].end, ""  # "police in Wendelstadt said"
        return None  # "residents in Magadan said": the place is not who speaks
    person = _person_of(text, toks, i)
    if person is not None:
        return person  # "Astronomer Josep Vilaro of the University of Lleida said"
    return toks[i].start, toks[last].end if nouns else toks[j - 1].end, ""


_CYRILLIC_WORD = re.compile(r"^[а-яёіїєґʼ'’-]+$", re.IGNORECASE)
_SLAVIC_MODIFIERS = 3
_GENITIVE_NAME = re.compile(
    r"[А-ЯЁІЇЄҐ]{2,6}$|[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ии|ії|ой|ей|ого|ої|ы|и|і)$"
)
"""A capitalised word that can follow a body's noun in the genitive: an abbreviation or a
place ("Министерство экономики Грузии", "Управление МВД"), not a person's nominative name."""


def _slavic_body_before(text: str, toks: list[Token], k: int) -> tuple[int, int, str] | None:
    """ "Оператор лотереї заявив", "Прокуратура області заявила": in Russian and Ukrainian a
    body's noun comes first and its genitive words follow it, so a source noun up to three
    lower-case Cyrillic words before the verb names the body with them. An object pronoun
    before the verb is no genitive ("суд це визнав", "суд это признал": the court)."""
    while k > 1 and toks[k - 1].text.lower() in _OBJECT_PRONOUNS:
        k -= 1
    for n in range(k - 2, max(-1, k - 2 - _SLAVIC_MODIFIERS), -1):
        words = toks[n + 1 : k]
        if not all(
            (not t.capitalised or _GENITIVE_NAME.match(t.text))
            and _CYRILLIC_WORD.match(t.text)
            and t.text.lower() not in _STOP_OR_PRONOUN
            for t in words
        ):
            return None
        noun = toks[n]
        if noun.text.lower() in SOURCE_NOUNS and _CYRILLIC_WORD.match(noun.text):
            if noun.capitalised and not is_sentence_start(text, noun.start):
                return None
            if not all(gap_is_space(text, toks[m].end, toks[m + 1].start) for m in range(n, k - 1)):
                return None
            return noun.start, toks[k - 1].end, ""
    return None


_OBJECT_PRONOUNS = frozenset(
    """это этого этому эти то того тому его её ее ему их им нам вам всё
    це цього цьому ці те його її йому їх їм нам вам все усе""".split()
)
"""Russian and Ukrainian demonstrative and object pronouns, a closed class."""

_RELATIVE = frozenset("which who que qui который которая которое которые який яка яке які".split())


def _before_relative(text: str, toks: list[Token], k: int) -> tuple[int, int, str] | None:
    """ "… the caterer Restauval, which said it had …": a name set off by a comma before a
    relative pronoun that is the speech verb's subject."""
    if k < 2 or toks[k - 1].text.lower() not in _RELATIVE:
        return None
    if text[toks[k - 2].end : toks[k - 1].start].strip() != ",":
        return None
    ok = _run_ending_at(text, toks, k - 1, 6)
    if ok is None:
        return None
    i, j = ok
    if j - i == 1 and is_sentence_start(text, toks[i].start):
        return None
    return toks[i].start, end_of(toks[j - 1]), ""


_QUANTIFIERS = frozenset(
    "several many some most other others few all both numerous plusieurs certains nombreux"
    " quelques varios muchos algunos otros einige viele mehrere andere".split()
)
"""Words that count a source's members, no part of its name ("Several witnesses said")."""


def _adjective_opening(text: str, toks: list[Token], i: int) -> bool:
    """A word capitalised only because it opens the sentence, a dictionary word no name
    ("Regional officials said", "Local residents said")."""
    return (
        i >= 0
        and toks[i].capitalised
        and is_sentence_start(text, toks[i].start)
        and toks[i].text.lower() not in _STOP_OR_PRONOUN
        and toks[i].text.lower() not in DETERMINERS
        and toks[i].text.lower() not in _BODY_ARTICLES
        and lexicon.is_dictionary_word(toks[i].text)
        and not lexicon.is_known_capitalised(toks[i].text)
    )


_OF_AFFILIATION = frozenset("of at from von vom aus de del du из с з із від".split())
_BODY_ARTICLES = DETERMINERS | frozenset("der die das dem den des la le l el los las les".split())
_AFFILIATION_STOPS = _OF_AFFILIATION | _BODY_ARTICLES | STOP_BETWEEN
_PERSON_ROLE = re.compile(
    r"(?:er|or|ist|ant|ent|eur|man|woman|person|ian|erin|log|logo|loga|logue|login|ista|ero"
    r"|era|ora|ico|ica|лог|ист|ник|тель|ер|ор|ач|ог|іст)$"
)
"""Endings of role nouns before a name in six languages ("biologist", "Klimaforscher",
"climatólogo", "periodista", "bombera", "климатолог", "журналіст")."""


def _person_of(text: str, toks: list[Token], k: int) -> tuple[int, int, str] | None:
    """ "<person> of the <body> said": the person speaks, the body is where they work. The
    person is a name of two or three capitalised words after a title or a role noun
    ("Astronomer Josep Vilaro", "Station manager Dana Whitcombe")."""
    m = k - 1
    while (
        m > 0
        and k - m <= 3
        and not toks[m].capitalised
        and toks[m].text.lower() not in _AFFILIATION_STOPS
    ):
        m -= 1  # "of the county fire service": modifiers of the body
    if m > 0 and toks[m].capitalised and toks[m - 1].text.lower().rstrip("'’") in _BODY_ARTICLES:
        m -= 1  # "of the Zakarpattia regional administration": the body's place
    if m >= 0 and toks[m].text.lower().rstrip("'’") in _BODY_ARTICLES:
        m -= 1
    if m < 2 or toks[m].text.lower() not in _OF_AFFILIATION:
        return None
    if not gap_is_space(text, toks[m - 1].end, toks[m].start):
        return None
    j = i = m
    while (
        i > 0
        and j - i < 4
        and toks[i - 1].capitalised
        and gap_is_space(text, toks[i - 1].end, toks[i].start)
    ):
        i -= 1
    while j - i > 2 and toks[i].text.lower() in _BODY_ARTICLES:
        i += 1  # "Der Klimaforscher Peter Vance"
    role = _is_role_word(toks[i - 1].text) if i > 0 else False
    if j - i >= 3 and _is_role_word(toks[i].text):
        i, role = i + 1, True  # "Astronomer Josep Vilaro", "Sprecherin Anna Lang"
    while j - i > 3:
        i += 1
    if j - i >= 2 and not role:
        role = not any(lexicon.is_dictionary_word(t.text) for t in toks[i:j])
    if j - i < 2 or not role:
        return None
    return toks[i].start, end_of(toks[j - 1]), ""


def _is_role_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in TITLES or bool(_PERSON_ROLE.search(low))


_ROMANCE_DETERMINERS = frozenset("la le el los las les l".split())
_SHORT_NAME = 4
"""Letters of a lower-case word no dictionary knows taken for a name written in lower case
(agency names like "dpa"); longer unknown words are more often inflected adjectives."""


def _lower_case_source(text: str, toks: list[Token], k: int) -> tuple[int, int, str] | None:
    """A lower-case word right before the verb that no dictionary knows, after a source noun
    ("the German news agency dpa reported"), or a Romance adjective after a source noun ("La
    policía bávara informó", "la police nationale a indiqué")."""
    word = toks[k - 1].text
    if k < 2 or not gap_is_space(text, toks[k - 2].end, toks[k - 1].start):
        return None
    where = _source_at_place(text, toks, k)
    if where is not None:
        return where
    noun = toks[k - 2].text.lower()
    if noun not in SOURCE_NOUNS or toks[k - 2].capitalised:
        return None
    if len(word) <= _SHORT_NAME and not lexicon.is_dictionary_word(word):
        return toks[k - 1].start, toks[k - 1].end, ""
    if (
        k >= 3
        and toks[k - 3].text.lower().rstrip("'’") in _ROMANCE_DETERMINERS
        and word.lower() not in STOP_BETWEEN
        and not word.lower().endswith("mente")
    ):
        return toks[k - 2].start, toks[k - 1].end, ""
    return None


_AT_WORDS = frozenset("at of from in de du des del von aus из с з у в".split())
_PLACE_PHRASE = 4


def _source_at_place(text: str, toks: list[Token], k: int) -> tuple[int, int, str] | None:
    """ "Doctors at the regional hospital said", "les médecins de l'hôpital régional ont
    dit": a source noun, a preposition, then a lower-case phrase of where they work just
    before the verb."""
    for p in range(k - 2, max(0, k - 2 - _PLACE_PHRASE), -1):
        tok = toks[p]
        if tok.capitalised or not gap_is_space(text, tok.end, toks[p + 1].start):
            return None
        if tok.text.lower() not in _AT_WORDS:
            continue
        noun = toks[p - 1] if p > 0 else None
        if noun is None or noun.text.lower() not in SOURCE_NOUNS:
            return None
        if noun.capitalised and not is_sentence_start(text, noun.start):
            return None
        if not gap_is_space(text, noun.end, tok.start):
            return None
        between = [t.text.lower() for t in toks[p + 1 : k]]
        if any(w in _STOP_OR_PRONOUN and w not in LEADING_ARTICLES for w in between):
            return None
        return noun.start, toks[k - 1].end, ""
    return None


def _name_before(text: str, toks: list[Token], k: int) -> int | None:
    """Start of a capitalised name just before token k ("the Interfax news agency"), or None."""
    if k == 0 or not gap_is_space(text, toks[k - 1].end, toks[k].start):
        return None
    ok = _run_ending_at(text, toks, k, 6)
    return toks[ok[0]].start if ok else None


def _run_ending_at(text: str, toks: list[Token], end: int, reach: int) -> tuple[int, int] | None:
    """The name run (token indexes, as `run_ok` trims it) that ends right before token
    `end`, looking back at most `reach` tokens; None when no name ends there."""
    lo = max(0, end - reach)
    runs = [(lo + a, lo + b) for a, b in name_runs(text, toks[lo:end])]
    if not runs or runs[-1][1] != end:
        return None
    return run_ok(text, toks, *runs[-1])


_AGE_ASIDE = re.compile(
    r",\s*(?:de\s+|aged\s+)?\d{1,3}(?:\s+(?:años|ans|years?(?:\s+old)?|Jahre|лет|років))?\s*,\s*$"
)


_ASIDE = re.compile(
    r",\s+(?:(?:who|whose|which|the|a|an|its|le|la|les|l['’]|un|une|el|los|las|der|die|das|qui|quien"
    r"|dont|cuyo|cuya|cuyos|cuyas|dessen|deren|чей|чья|чьё|чье|чьи|чий|чия|чиє|чиї"
    r"|que|которое|который|которая|которые|який|яка|яке|які|of|from|de|del|du|des|von|vom|из|з|із)(?:\s|(?<=['’]))"
    r"|(?P<role>[a-zà-öø-ÿа-яёіїєґ][\w-]*|[A-ZÄÖÜ][a-zäöüß]+(?=\s+(?:der|des|vom|beim)\s))"
    r"\s+(?:(?:of|de|du|del|der|des)\s|[\w-]+\s+(?:of|de)\s)?"
    r"|[A-ZÀ-Þ][\w-]*['’]s\s+(?=[a-z]))"
    r"(?:[^,.;:!?\n“”«»\"]|(?<=\bNo|\bNr|\bSt|\bMt)\.){0,90},\s*$"
)
"""A set-off aside between a name and its verb, opening in lower case (or with a German
role noun before "der"/"des": "…, Analystin der X-Bank, sagte"): a relative clause (a
possessive one too: "whose", "dont", "cuyo", "dessen", "чей") or
a role, with or without an article ("…, who led the response, said", "…, the mayor of
Montclar, told", "…, deputy head of the regional service, said", "…, of the consumer group
X, said", "…, de la Universidad de X, explicó")."""


_ACRONYM_ASIDE = re.compile(
    r",\s+(?:the|la|le|l['’]|el|die|der|das)\s*([A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,6}),\s*$"
)
"""An aside that is a body's acronym ("…, the DGAC, said"), kept with the body's name."""
_ROLE_WORD = re.compile(r"(?:er|or|ist|ant|ent|eur|man|woman|person|head|chief)$")


def _role_aside(aside: re.Match[str]) -> bool:
    """An aside opening without an article is a role when its first word is a title or a
    role noun, or is followed by "of"/"de" ("deputy head of …", "director of …", "chef de
    …"); a participle ("suspendidas a 80 metros") is no role."""
    word = aside.group("role").lower()
    rest = aside.group(0)[aside.end("role") - aside.start() :].split()
    return (
        word in TITLES
        or bool(_ROLE_WORD.search(word))
        or (bool(rest) and rest[0] in _ROLE_OF)
        or (bool(rest) and rest[0] in _ROLE_PLACES and not _PARTICIPLE_END.search(word))
        or (
            1 <= len(rest) <= 4
            and all(w[:1].islower() for w in rest)
            and _NOUN_ROLE.fullmatch(word) is not None
        )
    )


_NOUN_ROLE = re.compile(
    r"(?!\w*(?:ado|ada|ados|adas|ido|ida|idos|idas|é|ée|és|ées|ed|ing|ший|шая|щий|щая|нный"
    r"|нная|вший|вша|ний|на|ся|сь|ши)$)[^\W\d_]{4,}"
)
"""A short aside of two to five words opening with a noun of any kind ("ветеринар городской
клиники", "лікарка міської лікарні"): a role, unless its word ends like a participle or
a reflexive verb ("suspendida a 80 metros", "раненный", "вернувшись"), or the aside holds a
capitalised word (a name: "пенсіонер Тимофій Вашкевич" is who speaks)."""


_ROLE_OF = frozenset("of de du del des der".split())
_ROLE_PLACES = frozenset("at for à au aux en pour para bei beim am im für".split())
_PARTICIPLE_END = re.compile(r"(?:ado|ada|ados|adas|ido|ida|idos|idas|é|ée|és|ées|ed|iert|ert)$")
"""What follows a role noun in an aside: the body it belongs to or works at ("director of
…", "veterinarian at …", "vétérinaire à la clinique …"); a participle before "at"/"en"
("fundada en 2017", "basée à Lyon") tells no role."""


def _body_before_aside(text: str, toks: list[Token], end: int) -> tuple[int, int, str] | None:
    """ "A hospital spokesperson, who asked not to be named, said": a source noun (with its
    lower-case modifiers after an article) before an aside."""
    noun = toks[end - 1] if end > 0 else None
    if noun is None or noun.text.lower() not in SOURCE_NOUNS:
        return None
    if noun.capitalised and not is_sentence_start(text, noun.start):
        return None
    return toks[_modifiers_start(text, toks, end - 1)].start, noun.end, ""


def _modifiers_start(text: str, toks: list[Token], k: int, most: int = 2) -> int:
    """Where the lower-case modifiers right before toks[k] begin (at most `most` words, no
    article, pronoun or stop word): "the regional civil protection agency" from "agency"."""
    i = k
    while (
        i > 0
        and k - i < most
        and not toks[i - 1].capitalised
        and toks[i - 1].text.lower() not in _NOT_A_MODIFIER
        and gap_is_space(text, toks[i - 1].end, toks[i].start)
    ):
        i -= 1
    return i


def _appositive_before(text: str, toks: list[Token], k: int) -> tuple[int, int, str] | None:
    """A name just before the verb set off by commas ("The captain, Nicos Papadakis, said")
    or after a title with an age aside ("Organiser Iryna Melnyk, 29, said", "La
    organizadora, Iryna Melnyk, de 29 años, dijo")."""
    if k < 2:
        return None
    lo_text = toks[max(0, k - 12)].start
    age = _AGE_ASIDE.search(text, lo_text, toks[k].start)
    aside = None if age else _ASIDE.search(text, toks[max(0, k - 18)].start, toks[k].start)
    if aside and aside.group("role") and not _role_aside(aside):
        aside = None
    end_tok = k
    named = named_aside(text, aside.start(), toks[k].start) if aside else None
    if named is not None:  # "Une association de Lyon, la CLCV Rhône, affirme": the name
        return named[0], named[1], ""
    if aside and described_aside(text, toks, k):
        return described_aside(text, toks, k)
    if aside:
        age = aside  # "Stanisław Wójcik, who led the response, said": the name before the aside
    if age:
        end_tok = next((i for i in range(k - 1, -1, -1) if toks[i].end <= age.start()), -1) + 1
        if end_tok <= 0:
            return None
    elif text[toks[k - 1].end : toks[k].start].strip() != ",":
        return None
    lo = max(0, end_tok - 6)
    runs = [(lo + a, lo + b) for a, b in name_runs(text, toks[lo:end_tok])]
    acronym = _ACRONYM_ASIDE.match(aside.group(0)) if aside else None
    if not runs or runs[-1][1] != end_tok:
        body = _body_before_aside(text, toks, end_tok) if aside else None
        if body is not None and acronym is not None:  # "the aviation authority, the DGAC, said"
            return body[0], body[1], acronym.group(1)
        return body
    i, j = runs[-1]
    member = _member_of(text, toks, i) if aside else None
    if member is not None:  # "X of the University of Bergen, who …, said": X, not the body
        return member
    titled = toks[i].text.lower().rstrip(".") in TITLES or (
        i > 0 and toks[i - 1].text.lower().rstrip(".") in TITLES
    )
    set_off = i > 0 and text[toks[i - 1].end : toks[i].start].strip() == ","
    set_off = set_off or (j - i >= 2 and described_apposition(text, toks, i))
    if (
        aside
        and j - i == 1
        and (
            not is_sentence_start(text, toks[i].start)
            or not lexicon.is_dictionary_word(toks[i].text)
        )
    ):
        pass  # "…,” Garnier, the epidemiologist leading the inquiry, said"; "Okonjo, of …, said"
    elif set_off and j - i == 1 and _described_body(text, toks, i):
        pass  # "the protected areas commission, Conanp, said": a body, then its one-word name
    elif age and not aside and j - i == 1 and not lexicon.is_dictionary_word(toks[i].text):
        pass  # "Larranaga, 31, said": a surname with an age aside
    elif not (set_off or (age and (titled or j - i >= 2))) or j - i < 2:
        return _body_before_aside(text, toks, end_tok) if aside else None
    ok = run_ok(text, toks, i, j)
    if ok is None:
        return None
    return toks[ok[0]].start, end_of(toks[ok[1] - 1]), ""


def _member_of(text: str, toks: list[Token], i: int) -> tuple[int, int, str] | None:
    """The person of two or more name parts right before "of the", "from the", "de la",
    "von der" and the body whose run starts at token i, or None."""
    k = i
    if k > 0 and toks[k - 1].text.lower() in _BODY_ARTICLES:
        k -= 1
    if k < 3 or toks[k - 1].text.lower() not in _OF_AFFILIATION:
        return None
    end = k - 1
    runs = [(a, b) for a, b in name_runs(text, toks[max(0, end - 4) : end])]
    if not runs:
        return None
    a, b = runs[-1]
    a, b = a + max(0, end - 4), b + max(0, end - 4)
    if (
        b != end
        or b - a < 2
        or not all(gap_is_space(text, toks[q].end, toks[q + 1].start) for q in range(a, k))
    ):
        return None
    ok = run_ok(text, toks, a, b)
    if ok is None or ok[1] - ok[0] < 2 or lexicon.is_dictionary_word(toks[ok[1] - 1].text):
        return None
    return toks[ok[0]].start, end_of(toks[ok[1] - 1]), ""


def _described_body(text: str, toks: list[Token], i: int) -> bool:
    """The one-word name at token i follows a comma after a source noun ("the regional
    utility operator, Enerko, said") and is no dictionary word: the body's own name."""
    return (
        i >= 2
        and toks[i - 1].text.lower() in SOURCE_NOUNS
        and not toks[i - 1].capitalised
        and text[toks[i - 1].end : toks[i].start].strip() == ","
        and not lexicon.is_dictionary_word(toks[i].text)
    )
