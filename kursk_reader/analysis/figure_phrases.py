"""Word shapes the figure reader goes by, in six languages: where a counted noun phrase ends,
an aside naming a part of a group, time spans written without a number ("half an hour",
"полчаса"), percent words, hyphened units, the start of a range and the event word after a
counted phrase ("people were badly injured"), and what a bare number closing its clause
counts, named before it ("the death toll rose to 12"). Pure functions of the
token list, kept apart from `figures` so that module stays about building figures."""

from __future__ import annotations

import re

from kursk_reader.analysis import concepts
from kursk_reader.analysis.counted_nouns import concept_of
from kursk_reader.analysis.figure_events import CLAUSE_STOP, CONJUNCTIONS
from kursk_reader.analysis.figure_exclusions import is_month
from kursk_reader.analysis.figure_text import hedge_before
from kursk_reader.analysis.figure_words import AUXILIARY, RISE_VERBS, STOP
from kursk_reader.analysis.numbers import read_number
from kursk_reader.analysis.textspans import fold

_SENTENCE_STOP = frozenset(".!?;")


_INCLUDING = frozenset(
    """including among|them of|whom among|whom darunter davon unter|ihnen dont parmi|eux
    parmi|elles parmi|lesquels parmi|lesquelles y|compris включая в|том среди|них из|них
    у|тому серед|них з|них із|них зокрема entre|ellos entre|ellas incluidos incluidas
    incluyendo""".split()
)
"""Words opening an aside that names a part of the group just counted, in six languages
("including two staff", "dont deux employés", "darunter zwei Kinder", "в том числе двое
детей", "серед них двоє дітей", "entre ellos dos niños")."""
_ASIDE_WORDS = 12
"""Tokens an aside may run before its closing comma."""


def aside_end(words: list[str], k: int) -> int:
    """Index after the comma closing an aside that opens at words[k] (", including two
    staff,"), or 0: what follows the aside is said of the figure before it."""
    if k + 2 >= len(words) or words[k] != ",":
        return 0
    first = words[k + 1].lower()
    if first not in _INCLUDING and f"{first}|{words[k + 2].lower()}" not in _INCLUDING:
        return 0
    for m in range(k + 2, min(len(words), k + 2 + _ASIDE_WORDS)):
        if words[m] in _SENTENCE_STOP or words[m] in "—–()":
            return 0
        if words[m] == ",":
            return m + 1
    return 0


_TIME_UNITS = frozenset(("minutes", "hours", "days", "weeks"))
_ONE_UNIT = frozenset("a an eine einen une un una uno на".split())
"""Articles (and the Slavic "на" of a span) before a unit that count one of it ("at least a
week", "mindestens eine Woche", "au moins une semaine", "щонайменше на тиждень")."""
_HALF_WORDS = frozenset("media medio halbe halben".split())
HALF_PREFIXES = ("demi-", "пол", "пів", "пiв")
"""Half of a unit: "half an hour", "media hora", "eine halbe Stunde", "une demi-heure",
"полчаса", "півгодини", "півдоби"."""


_ENGLISH_UNITS = frozenset("minute minutes hour hours day days week weeks".split())
_FUSED_UNITS = frozenset(("minutes", "hours"))
_FUSED_DAYS = frozenset("суток доби".split())
"""Units a Slavic half is fused with ("полчаса", "півгодини", "полсуток", "півдоби"); never
"день"/"дня": "полдень" is noon and "південь", "півдні" the south."""


_AMOUNT_STARTS = _HALF_WORDS | _ONE_UNIT | {"half"}


def unit_amount(words: list[str], i: int) -> tuple[float, int] | None:
    """(amount, index of the unit word) of a time span written without a number: half a unit
    ("half an hour", "media hora", "полчаса": the unit may be fused), or one unit after an
    article when a hedge stands before it ("about an hour", "щонайменше на тиждень": alone,
    "a week" is as often no figure: "a week ago")."""
    lower = words[i].lower()
    if lower not in _AMOUNT_STARTS and not lower.startswith(HALF_PREFIXES):
        return None

    def unit(k: int) -> bool:
        return k < len(words) and concepts.noun_class(words[k]) in _TIME_UNITS

    if lower == "half" and i + 1 < len(words) and words[i + 1].lower() in ("a", "an"):
        return (0.5, i + 2) if unit(i + 2) else None
    if lower in _HALF_WORDS:  # "media hora", "eine halbe Stunde"; never "a media day"
        english = i + 1 < len(words) and words[i + 1].lower() in _ENGLISH_UNITS
        return (0.5, i + 1) if unit(i + 1) and not english else None
    for prefix in HALF_PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and len(rest) >= 3 and rest.isalpha():
            if prefix == "demi-":
                fused = concepts.noun_class(rest) in _TIME_UNITS
            else:
                fused = concepts.noun_class(rest) in _FUSED_UNITS or rest in _FUSED_DAYS
            return (0.5, i) if fused else None
    if lower in _ONE_UNIT and hedge_before(words, i) < i and unit(i + 1):
        return 1.0, i + 1
    return None


def hyphened_unit(toks: list[tuple[int, int, str]], words: list[str], j: int) -> bool:
    """Is the number before words[j] joined by a hyphen to a unit ("14-hour", "5-km"), to
    a people noun ("12-member", "12-köpfige") or to a noun of the counted-noun lexicon (a
    whole form: "a 14-page score", "a 300-bed hospital" count pages and beds)?"""
    return (
        j + 1 < len(words)
        and words[j] in ("-", "‐")
        and toks[j][0] == toks[j - 1][1]
        and toks[j + 1][0] == toks[j][1]
        and (
            concepts.noun_class(words[j + 1]) in concepts.MEASURES | _MEMBER_CLASSES
            or not concepts.noun_class(words[j + 1])
            and _lexicon_noun(words[j + 1])
        )
    )


def _lexicon_noun(word: str) -> bool:
    """Is a word a whole form of the counted-noun lexicon?"""
    concept, whole = concept_of(word)
    return bool(concept) and whole


_MEMBER_CLASSES = frozenset((concepts.GENERIC,))
"""A hyphened people noun gives a group's size ("a 12-member team", "a 12-person crew",
"eine 12-köpfige Gruppe"), which counts its people."""


_RANGE_FROM = frozenset("from с з із від von de".split())
_RANGE_TO = frozenset("to до auf bis à a".split())


_BETWEEN = frozenset("between entre zwischen между між".split())
_AND = frozenset("and y et und и і та".split())


def range_end(words: list[str], i: int) -> bool:
    """Is the number at words[i] the end of a span given by both ends ("between two and ten
    days", "entre dos y diez días", "zwischen zwei und zehn Tagen", "между двумя и десятью")?
    Such a span is no single value to set against another article's figure."""
    return (
        i >= 3
        and words[i - 1].lower() in _AND
        and read_number(words[i - 2 : i - 1]) is not None
        and words[i - 3].lower() in _BETWEEN
    )


def range_start(words: list[str], i: int, j: int) -> bool:
    """Is the number at words[i:j] the old value of a change or the start of a range ("rose
    from 5 to 8", "выросло с 5 до 8", "stieg von 5 auf 8", "est passé de 5 à 8")? The figure
    is the value after it."""
    return (
        i > 0
        and words[i - 1].lower() in _RANGE_FROM
        and j + 1 < len(words)
        and words[j].lower() in _RANGE_TO
        and read_number(words[j + 1 : j + 2]) is not None
    )


PERCENT_WORDS = frozenset(
    "% percent per-cent prozent pour-cent por-ciento porcentaje процент процента процентов "
    "відсоток відсотка відсотків pct".split()
)


def percent_at(words: list[str], j: int) -> int:
    """Tokens of a percent sign or word at j ("%", "percent", "per cent", "Prozent"), or 0."""
    if j < len(words) and words[j].lower() in PERCENT_WORDS:
        return 1
    if j + 1 < len(words) and f"{words[j]}-{words[j + 1]}".lower() in PERCENT_WORDS:
        return 2
    return 0


_SLAVIC_VERB = re.compile(
    r"(?:ли|лись|лось|лася|ются|ятся|ится|ется|ються|яться|иться|ається|уть|ють|ять|ить|"
    r"ать|име|имуть)$"
)
"""Russian and Ukrainian verb endings (past plural, reflexive, infinitive, Ukrainian future):
after the number and its noun such a word is the clause's verb, not part of what is counted."""


def phrase_ended(last: str, word: str, before_last: str) -> bool:
    """Does the counted noun phrase end before `word`, by the shape of the words alone? A
    lower-case plural in -s takes no lower-case word without that ending after it (English
    puts the verb there: "60 runners needed help", "3,000 donors gave"; Spanish and French
    adjectives after the noun agree: "corales revisados", "écoles primaires"); a capitalised
    noun after a lower-case word ends a German phrase ("23 leeren Kesselwagen erreichte",
    "deutsche Kunden Geld"), where English capitals come first ("North Korean soldiers") or
    stand before the plural ("two senior Hamas officials"); a
    Cyrillic word with a verb ending ends it too ("бегунов получили")."""
    if not word[:1].islower():
        return bool(before_last[:1].islower() and last[:1].isupper())
    if before_last[:1].islower() and last[:1].isupper():
        return not (word.endswith("s") or concepts.noun_class(word))  # "senior Hamas officials"
    if _SLAVIC_VERB.search(word) and not concepts.noun_class(word):
        return True  # "300 бегунов получили помощь", "800 метрів триватиме"
    return (
        last[:1].islower()
        and last.isalpha()
        and fold(last).isascii()  # Latin letters, accents too: "péniches attendaient"
        and last.endswith("s")
        and not word.endswith("s")
        and not concepts.noun_class(word)
    )


PREDICATE_CLASSES = ("dead", "injured", "evacuated", "missing", "arrested", "hospital")


_ADVERBS = 2
"""Adverbs skipped between a bare number's auxiliary and its event word."""
_ADVERB = re.compile(
    r"^(?:\w{3,}(?:ly|mente|ment)|so|too|very|schwer|leicht|lebensgefährlich|тяжело|легко|"
    r"серьезно|серьёзно|тяжко|легко|серйозно|grièvement|gravement|légèrement|gravemente)$"
)
"""Adverbs of degree or manner in six languages ("badly", "schwer", "тяжело", "grièvement",
"gravemente")."""


def predicate_at(words: list[str], after: int, number_at: int) -> str:
    """A casualty-like word just after the counted phrase ("people were injured", "four
    died") or just before the number ("загинули четверо людей")."""
    k = after
    while k < len(words) and k < after + 4 and words[k].lower() in AUXILIARY:
        k += 1
    for _ in range(_ADVERBS):
        if k < len(words) and _ADVERB.match(words[k].lower()):
            k += 1  # "another 12 were so badly injured", "wurden schwer verletzt"
    for idx in (k, number_at - 1):
        if 0 <= idx < len(words) and concepts.event_of(words[idx]) in PREDICATE_CLASSES:
            return words[idx]
    if k > after and k < len(words) and fold(words[k]) in _TAKEN:
        for idx in range(k + 1, min(len(words), k + 1 + _TAKEN_REACH)):
            if concepts.event_of(words[idx]) == "hospital":
                return words[
                    idx
                ]  # "four were taken to hospital", "zwei wurden ins Spital gebracht"
            if not words[idx][:1].isalpha():
                break
    return ""


_TAKEN = frozenset(
    """taken brought rushed admitted airlifted flown transferred transported
    gebracht eingeliefert geflogen transportiert
    emmenes emmene transportes transporte evacues admis hospitalises
    trasladados trasladadas llevados llevadas ingresados
    доставлены госпитализированы доставили доставлено доставлені доставили""".split()
)
"""Verbs of taking someone somewhere, after a bare number's auxiliary: the place names the
event ("four were taken to hospital", "zwei wurden ins Krankenhaus gebracht" reads the
verb last, so only forms before the place are listed here)."""
_TAKEN_REACH = 3


def looks_like_verb(word: str) -> bool:
    w = word.lower()
    return not concepts.noun_class(w) and (
        w.endswith(("ed", "ли", "ла", "ло")) or w in ("fought", "were", "went")
    )


NUMBER_STARTS = frozenset(
    "mil mille tausend тысяча тисяча cent quarantaine cuarentena cincuentena".split()
)
"""Words that begin a number only in context (see `numbers.read_number`)."""
ENGLISH_LOOKALIKES = {"once": 11.0, "cent": 100.0}
"""Spanish eleven and French hundred, spelled like English words: read only in lower case
before a plural noun the lexicon knows ("once días", "cent personnes"; never "once again",
"Once people arrive")."""


_ROMANCE_BEFORE = frozenset(
    "en las los con por sus entre sobre unas unos les des aux ses dans pour sur".split()
)
"""Spanish and French prepositions and articles that English never puts before "once" or
"cent" ("en once playas", "las once víctimas", "des cent maisons")."""


def romance_plural(words: list[str], k: int) -> bool:
    """Do words[k - 1] (a number lookalike) stand after a Spanish or French function word and
    before a lower-case plural ("en once playas", "sur cent kilomètres")? Then it is the
    number whatever noun follows."""
    if k < 2 or k >= len(words) or words[k - 2].lower() not in _ROMANCE_BEFORE:
        return False
    w = words[k]
    return w.isalpha() and w.islower() and w.endswith("s")


def counted_plural(words: list[str], k: int) -> bool:
    """Is words[k] a plural counted noun or event word the lexicon knows, not an English one
    ("días", "personnes", "heridos"; not "people", "hours")?"""
    if k >= len(words):
        return False
    w = words[k].lower()
    known = concepts.noun_class(w) or concepts.event_of(w)
    return bool(known) and w.endswith("s") and not _ENGLISH_PLURAL.search(w)


_ENGLISH_PLURAL = re.compile(r"(?:ers|ies|ths|nts|ors|ks|ns|ps|ts|rs|ls|gs)$")
"""Endings English plurals have and Romance ones of these nouns do not ("workers",
"casualties", "tonnes" is shared and harmless)."""


_LOOK_BACK = 5
"""Tokens before a bare number searched for what it counts ("the death toll rose to 12",
"Число погибших выросло до 14", "Injured: 25"): further back reaches the subject of another
figure or clause."""
_LOOK_BACK_RISE = 12
"""Tokens searched back when a verb of reaching a figure stands before the number ("The
death toll from the Marlow factory explosion rose to 17", "La cifra de muertos por la
explosión … asciende a 21"): the subject of such a verb is what is counted, however long."""


def noun_before(words: list[str], hedge_start: int, j: int) -> int:
    """Index of the counted noun or event word named shortly before a number that ends its
    clause, or -1. The number must close its clause ("reached 4,000.", "rose to 12 on
    Monday") so "arrested him at 5 Elm Street" or "in 3 cases" is not read this way."""
    if j < len(words) and words[j] not in CLAUSE_STOP and words[j].lower() not in STOP:
        return -1
    k = hedge_start - 1
    if k >= 0 and words[k] in (":", "–", "—"):
        k -= 1  # "Injured: 25", "Evacuated – 1,500"
    reach = _LOOK_BACK
    if any(fold(w).split(" ")[-1] in RISE_VERBS for w in words[max(0, k - 4) : k + 1]):
        reach = _LOOK_BACK_RISE  # "rose to 17", "выросло до 19", "s'élève à 17"
        counted = _count_subject(words, k)
        if counted >= 0:
            return counted
    for idx in range(k, max(-1, k - reach), -1):
        w = words[idx]
        if read_number([w]) is not None and range_start(words, idx, idx + 1):
            continue  # "rose from 5 to 8": the 8 counts the toll
        if w in CLAUSE_STOP or w.lower() in CONJUNCTIONS or read_number([w]) is not None:
            return -1  # "two died and five were flown out": the five are not the dead
        if not w[:1].isalpha() or w.lower() in STOP or is_month(w):
            continue
        if concepts.event_of(w) in PREDICATE_CLASSES or concepts.noun_class(w):
            return idx
        if fold(w) in COUNT_NOUNS and idx < k:
            return _counted_after(words, idx + 1, k)
    return -1


COUNT_NOUNS = frozenset(
    """number total count количество число кількість число anzahl zahl gesamtzahl nombre
    total numero cifra""".split()
)
"""Nouns that name a count of what follows them ("the number of nests", "кількість гнізд",
"die Zahl der Nester", "le nombre de nids", "el número de nidos"): a figure closing their
clause counts that."""
_OF_THE = frozenset("of the der des de du la les del los las d".split())


_COUNT_REACH = 24
"""Tokens searched back, in the number's sentence, for the count noun a verb of reaching a
figure has as its subject ("Число случаев ГЛПС среди работников лесозаготовительного
предприятия в … районе выросло до 23": cases, not the enterprise)."""


def _count_subject(words: list[str], k: int) -> int:
    """Index of what a count noun opening the sentence before a verb of reaching counts
    ("the number of cases among the firm's workers rose to 23": cases), or -1. Another
    number or the sentence's start ends the search."""
    for idx in range(k, max(-1, k - _COUNT_REACH), -1):
        w = words[idx]
        if w in (".", "!", "?", ";") or w[:1].isdigit():
            return -1
        if fold(w) in COUNT_NOUNS and idx < k:
            return _counted_after(words, idx + 1, k)
    return -1


def _counted_after(words: list[str], k: int, end: int) -> int:
    """Index of the first word after a count noun that is no "of" or article, or -1."""
    while k <= end and fold(words[k]) in _OF_THE:
        k += 1
    return k if k <= end and words[k][:1].isalpha() else -1


_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.I)


_ADJECTIVE_ENDINGS = ("ских", "ських", "ских", "цких", "цьких", "ские", "ські", "ский", "ський")
"""Russian and Ukrainian endings of adjectives made from nouns ("пассажирских",
"пасажирських"): such a word modifies the noun after it."""


def slavic_adjective(word: str) -> bool:
    """Is the word a Russian or Ukrainian adjective made from a noun ("пассажирских")?"""
    return word.lower().endswith(_ADJECTIVE_ENDINGS)


def person_head(noun_words: list[str]) -> str:
    """In Russian and Ukrainian the counted noun comes first and what it is of follows in
    the genitive ("420 покупателей квартир", "300 жителей домов"): the class of the first
    noun when it counts people and something else follows, else ""."""
    if len(noun_words) < 2 or not _CYRILLIC.match(noun_words[0]):
        return ""
    for k, w in enumerate(noun_words[:-1]):
        cls = concepts.noun_class(w)
        if cls and w.lower().endswith(_ADJECTIVE_ENDINGS):
            return ""  # "9 пасажирських поїздів": an adjective, the trains are counted
        if cls:
            people = cls in concepts.PERSON_CLASSES or cls == concepts.GENERIC
            return cls if people and _CYRILLIC.match(noun_words[k + 1]) else ""
    return ""


_GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es")


def german_adjective(noun_words: list[str], word: str) -> bool:
    """Is `word` a German adjective before the capitalised noun it qualifies ("60 tote
    Störe", "200 verendete Fische"): lower case, an inflected ending, and a capitalised word
    after it? Such a word says what happened or what kind, never what is counted."""
    if not word[:1].islower() or not word.endswith(_GERMAN_ADJECTIVE_ENDINGS):
        return False
    k = noun_words.index(word) if word in noun_words else -1
    return 0 <= k < len(noun_words) - 1 and noun_words[k + 1][:1].isupper()
