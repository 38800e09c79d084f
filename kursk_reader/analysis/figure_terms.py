"""Prison terms: a number of years a court imposed ("sentenced to eight years", "к 9 годам
колонии", "quatre ans de prison", "vier Jahren Haft") is one figure of a court story, and the
term prosecutors asked for ("Prosecutors had asked for 11 years", "Гособвинение просило 11
лет", "Le parquet avait requis cinq ans") is another. Other spans of years (bans from office,
ages, "for 12 years") are neither.

The words are closed classes in six languages (en, ru, uk, de, fr, es): nouns for years,
words for custody, verbs of sentencing and of asking for a sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_reader.analysis.figure_context import cognates
from kursk_reader.analysis.textspans import fold

if TYPE_CHECKING:
    from kursk_reader.analysis.figures import Figure

YEAR_NOUNS = frozenset(
    """years year лет год года году годам годами роки років рік року рокам роками jahre jahren
    jahr ans an annees années anos años ano año""".split()
)
"""The noun of a span of years, folded, in any case form."""

_CUSTODY = re.compile(
    r"^(?:prison|jail|gaol|imprisonment|incarceration|penal|колони|лишени|свобод|"
    r"тюрьм|тюрем|заключени|колоні|позбавлен|волі|язн|тюрм|haft|gefangnis|"
    r"freiheitsstrafe|jugendstrafe|zuchthaus|emprisonnement|reclusion|detention|incarcer|"
    r"prision|carcel|privacion|presidio)"
)
"""Words saying the years are spent in custody ("in prison", "лишения свободы", "колонии",
"позбавлення волі", "Haft", "de réclusion", "de prisión")."""
_SENTENCING = re.compile(
    r"^(?:sentenc|jailed|imprisoned|приговор|осужд|осуди|засуд|вирок|присуд|verurteil|"
    r"condamn|condena|conden|sentenci)"
)
"""Verbs and nouns of a court imposing a term ("sentenced to", "приговорил к", "засудив до",
"verurteilt zu", "condamné à", "condenado a")."""
_ASKING = re.compile(
    r"^(?:asked|asking|asks|sought|seeking|seeks|requested|demanded|прос|требова|требу|"
    r"запрашива|запрос|проси|вимага|forder|gefordert|beantrag|verlangt|requis|requiert|"
    r"requer|reclam|pide|piden|pidi|pedi|solicit)"
)
"""Verbs of asking for a term ("Prosecutors had asked for", "обвинение просило", "la
fiscalía pedía", "die Anklage forderte", "le parquet avait requis")."""
_AFTER = 5
"""Words after the years searched for a custody word ("to eight years in a maximum-security
penal colony")."""
_BEFORE = 4
"""Words before the number searched for a verb of sentencing or asking ("Prosecutors had
asked for 11 years", "приговорил его к 9 годам")."""

_ASKED_AFTER = 2
"""Words after the counted noun searched for a verb of asking (German puts it last: "sieben
Jahre Haft gefordert"); further on it may be another clause's ("as prosecutors demanded")."""

IMPOSED = "prison"
REQUESTED = "prison:requested"


MONTH_NOUNS = frozenset(
    """months month месяцев месяца месяц місяців місяці місяць monate monaten monat mois
    meses mes""".split()
)
"""The noun of a span of months, folded: terms are given in months too ("18 mois de
prison", "six months in jail")."""


def prison_term(noun_words: list[str], before: list[str], after: list[str]) -> tuple[str, float]:
    """(`IMPOSED` or `REQUESTED`, months in the unit) when a figure counting years or months
    (its counted noun `noun_words`) is a prison term, ("", 1.0) otherwise. `before`: the
    words before the number in its clause; `after`: the words after its counted noun. The
    word right after may also be the sentence itself ("a five-year sentence")."""
    head = fold(noun_words[0]) if noun_words else ""
    if head not in YEAR_NOUNS and head not in MONTH_NOUNS:
        return "", 1.0
    near_before = [_key(w) for w in before[-_BEFORE:]]
    rest = [_key(w) for w in noun_words[1:] + after[:_AFTER]]
    custody = any(_CUSTODY.match(w) for w in rest) or bool(rest and _SENTENCE.match(rest[0]))
    custody = custody or any(
        w == "behind" and v == "bars" for w, v in zip(rest, rest[1:], strict=False)
    )  # "ten years behind bars", never "fourteen months behind schedule"
    if not (custody or _sentenced_to(near_before)):
        return "", 1.0
    scale = 12.0 if head in YEAR_NOUNS else 1.0
    if any(_ASKING.match(w) for w in near_before + rest[:_ASKED_AFTER]):
        return REQUESTED, scale  # "hatte sieben Jahre Haft gefordert": German asks last
    return IMPOSED, scale


_SENTENCE = re.compile(r"^(?:sentence|haftstrafe|strafe|peine|condena|pena|срок|строк)")
"""Nouns for the sentence itself, read right after the years ("a seven-year sentence")."""


_HYPHENED_SPAN = re.compile(r"-(?:year|month)s?$", re.IGNORECASE)


def idle_hyphened(quote: str, before: str = "") -> bool:
    """Is a figure a span hyphened onto years or months ("a five-year term", "a ten-year
    plan")? Unless it is a prison term it names no quantity of the story; nor does it when
    it is the span something ended after ("after a six-year renovation"): `before` is the
    text before the figure."""
    return bool(_HYPHENED_SPAN.search(quote)) and not _AFTER_A.search(before[-_AFTER_REACH:])


_AFTER_A = re.compile(r"\b(?:after|following)\s+an?\s+$", re.IGNORECASE)
_AFTER_REACH = 20


def hyphened_years(words: list[str], j: int) -> bool:
    """Is the number before words[j] joined by a hyphen to years or months ("a five-year
    prison sentence", "a 30-month term")? Only such a term is read; "a 52-year-old" is an
    age, excluded before."""
    return (
        j + 1 < len(words)
        and words[j] in ("-", "‐")
        and fold(words[j + 1]) in YEAR_NOUNS | MONTH_NOUNS
    )


def term_hedge(hedge: str, term: str) -> str:
    """The hedge of a figure, none for a prison term whose "hedge" is the preposition its
    sentencing verb takes ("засудив до семи років" is seven years, not up to seven)."""
    return "" if term and hedge.lower() in _TO else hedge


def _key(word: str) -> str:
    """The folded word without an elided article or prefix ("d'emprisonnement" ->
    "emprisonnement", "в'язниці" -> "язниці")."""
    parts = fold(word).split()
    return parts[-1] if parts else ""


def term_not_age(words: list[str], i: int, text_after: str) -> bool:
    """Is "N ans" / "N años" at words[i] a prison term rather than an age: custody named
    right after ("ans de prison", "años de cárcel") or sentencing right before ("condamné à
    quatre ans", "condenado a cuatro años")?"""
    after = re.findall(r"[^\W\d_]+", text_after)[:3]
    if any(_CUSTODY.match(_key(w)) for w in after):
        return True
    return _sentenced_to([_key(w) for w in words[max(0, i - _BEFORE) : i]])


_TO = frozenset("to for к на до zu auf a à".split())
"""The preposition a sentencing verb takes its term with ("sentenced to", "jailed for",
"приговорил к", "осудили на", "засудив до", "verurteilt zu", "condamné à", "condenado a")."""


def _sentenced_to(before: list[str]) -> bool:
    """Do the folded words before a number end in a verb of sentencing and the preposition
    of its term ("sentenced him to", "приговорил его к")? A convict named in passing
    ("запретил осуждённому в течение пяти лет") is no sentence."""
    return bool(before) and before[-1] in _TO and any(_SENTENCING.match(w) for w in before)


AGO = "ago"
AGE = "age"
"""The age of a thing older than any person ("1.5 million years old", "возраст находки 32
тысячи лет"): the time since it began, as `AGO` is, said the other way; two ages said alike
pair first (see `figure_groups.similarity`)."""
_AGO_AFTER = frozenset("ago назад тому".split())
_AGO_BEFORE = frozenset("vor hace спустя через после після after nach apres après tras".split())
"""Words making a span of years the time since something ("31 years ago", "hace 32 años",
"спустя 31 год", "vor 31 Jahren", "il y a 31 ans"), not how long something lasted ("over
three years", "за останні 20 років")."""


AGE_WORD = re.compile(r"^(?:age|aged|возраст|вік|віку|alter|alters|edad|antiguedad|datiert)")
"""Words giving the age of a thing ("Возраст находки составляет 32 тысячи лет", "a find aged
32,000 years", "ein Alter von 32.000 Jahren", "âge estimé à", "una edad de")."""
_OLD_AFTER = frozenset("old alt alte alten".split())
""""Old" after a number of years ("3 million years old", "Jahre alt"): an age."""
_OLDER_THAN_PEOPLE = 120
"""Years beyond any person's age: an age that large is the time since a thing began, as "N
years ago" is; a smaller one may be a person's ("в возрасте 58 лет")."""


def years_relation(
    noun_words: list[str],
    before: list[str],
    after: list[str],
    number: float,
    line_before: list[str],
) -> str:
    """`AGO` for a span of years counted back from now ("31 years ago", "hace 32 años",
    "спустя 31 год", or the age of a thing older than any person: "возраст находки 32
    тысячи лет", the age word anywhere in its sentence: `line_before` is the line up to the number), ""
    otherwise (or for no years).
    `before`: the words of the figure's clause before its number."""
    if not noun_words or fold(noun_words[0]) not in YEAR_NOUNS:
        return ""
    if after and fold(after[0]) in _AGO_AFTER:
        return AGO
    last = [fold(w) for w in before[-2:]]
    if last and last[-1] in _AGO_BEFORE or last == ["y", "a"]:  # "il y a 31 ans"
        return AGO
    if last[-1:] in (["a"], ["an"]) and last[0] in _AGO_BEFORE:
        return AGO  # "after a six-year renovation"
    olds = [fold(w) for w in [*noun_words[1:2], *after[:1]]]
    if number > _OLDER_THAN_PEOPLE and any(w in _OLD_AFTER for w in olds):
        return AGE  # "1.5 million years old", "anderthalb Millionen Jahre alt"
    back = _sentence_before(line_before)
    if number > _OLDER_THAN_PEOPLE and any(AGE_WORD.match(_key(w)) for w in back):
        return AGE
    return ""


def spans_back(a: Figure, b: Figure) -> bool:
    """Do both figures count years back from now, as a time since or as an age?"""
    return a.relation in (AGO, AGE) and b.relation in (AGO, AGE)


def years_alike(a: Figure, b: Figure) -> bool:
    """May two spans of years (see `plain_years`) be one? When both count back from now,
    or a lower-case word beside them is shared or cognate. Names do not count: a climber's
    years on a mountain and a guide's years there are two spans."""
    if spans_back(a, b):
        return True
    return any(x == y or cognates(x, y) for x in a.near_lower for y in b.near_lower)


def plain_years(noun: str, kind: str) -> bool:
    """Does a figure count years with nothing to say what of (no prison term)?"""
    words = noun.split()
    return not kind and bool(words) and fold(words[0]) in YEAR_NOUNS


_DATED_REACH = 8
"""Words on each side of a figure, in its sentence, searched for a year it is dated by."""
_AGE_REACH = 16
"""Words before a span of years, in its sentence, searched for a word giving an age
("Возраст лодки, найденной в озере, составляет около 4500 лет")."""


def dated(words: list[str], number_at: int, tail_at: int) -> bool:
    """Is the figure at words[number_at:tail_at] dated by a year in its sentence ("sickened
    well over a hundred people in 2013", "в 2019 году погибли 12 человек")? Such a figure
    is background from another time, never a version of the story's own figure."""
    lo = number_at
    while lo > 0 and number_at - lo < _DATED_REACH and words[lo - 1] not in _STOP:
        lo -= 1
    hi = tail_at
    while hi < len(words) and hi - tail_at < _DATED_REACH and words[hi] not in _STOP:
        hi += 1
    return any(
        (_point_year(words, k) or past_period(words, k))
        and not _aside(words, k, number_at, tail_at)
        and not (k >= tail_at and baseline(words, number_at, tail_at, k))
        for k in [*range(lo, number_at), *range(tail_at, hi)]
    )


_THAN = frozenset(
    """than on against over compared versus vs from als gegenuber vergleich zum zu чем
    сравнению сравнении ніж порівняно порівнянні проти que qu rapport respecto frente
    comparacion relacion""".split()
)
"""Words that set a time after a figure as the baseline it is measured against ("22% less
than last year", "down 18% on last year", "als im Vorjahr", "чем в прошлом году", "ніж
торік", "par rapport à l'an dernier", "frente al año pasado")."""
_SHARE = ("%", "percent", "per", "prozent", "процент", "відсот", "pour", "por")
_BASELINE_REACH = 3
"""Words before the time searched for a word of comparison ("than in", "compared with")."""
_CHANGE = re.compile(
    r"^(?:down|up|fall|fell|drop|decline|decrease|rise|rose|increase|ruckgang|anstieg|zuwachs|"
    r"einbruch|gesunken|gestiegen|gefallen|снижен|рост|паден|сократ|вырос|упал|уменьш|увелич|"
    r"знижен|зростан|зрос|падін|скорот|впал|зменш|збільш|baisse|hausse|recul|chute|augment|"
    r"dimin|caida|descen|aumento|subida|bajada|crec|cay)"
)
"""Words of a change, in six languages (folded stems): "a fall of 22%", "down 18%", "рост на
22%", "une baisse de 22 %"."""
_COMPARATIVE = re.compile(
    r"^(?:less|more|fewer|lower|higher|weniger|mehr|geringer|hoher|niedriger|minus|plus|"
    r"меньш|больш|ниже|выше|менш|більш|нижч|вищ|moins|menos|mas$)"
)
"""Comparatives, read only after the number ("22% less than", "22 Prozent weniger als", "на
22% меньше"): before it they are hedges ("more than 300")."""


def _change_at(words: list[str], k: int) -> bool:
    """Does a share word or a comparative follow within two words of words[k] ("22 %",
    "400 fewer", "400 Autos weniger")?"""
    if fold(" ".join(words[k : k + 1])).startswith(_SHARE):
        return True
    return any(_COMPARATIVE.match(fold(w)) for w in words[k : k + 2])


def baseline(words: list[str], number_at: int, tail_at: int, k: int) -> bool:
    """Is the time at words[k], after the figure at words[number_at:tail_at], the baseline a
    change is measured against ("a fall of 22% against last year", "22 Prozent weniger als im
    Vorjahr", "на 22% меньше, чем в прошлом году")? The figure is then the change, said of
    now, not a figure of then. A number between the figure and the time is the figure of
    then ("rose to 12 from 9 last year"), unless it is a share or a change itself ("3,200
    cars, 400 fewer than last year")."""
    between = words[tail_at:k]
    if any(
        w[:1].isdigit() and not _change_at(words, m + 1)
        for m, w in enumerate(between, start=tail_at)
    ):
        return False  # "fell to 29,000 tonnes, 22% less than last year": both are of now
    if not any(fold(w) in _THAN for w in words[max(number_at + 1, k - _BASELINE_REACH) : k]):
        return False
    around = words[max(0, number_at - _BASELINE_REACH) : number_at] + between
    return any(_CHANGE.match(fold(w)) for w in around) or any(
        _COMPARATIVE.match(fold(w)) for w in words[number_at + 1 : k]
    )  # "400 fewer than last year": the comparative may be read as the counted noun


_PAST = re.compile(r"^(?:last|прошл|минул|vergangen|letzt|vorig|dernier|derniere|passe|pasad)")
_PERIOD = frozenset(
    """year season году года год сезоне сезона сезон року році рік сезону сезоні jahr jahres
    saison an annee ano temporada""".split()
)
_SINCE = frozenset("since с со з із seit depuis desde".split())
_LAST_YEAR = frozenset("торік торішній торішнього vorjahr vorjahres vorsaison".split())


def past_period(words: list[str], k: int) -> bool:
    """Do words[k] and the next one name last year or last season ("last season", "в прошлом
    сезоне", "минулого року", "im vergangenen Jahr", "l'an dernier", "el año pasado",
    "торік")? A figure of then is background, like one dated by a year. "The last year"
    (a span up to now) is not."""
    w = fold(words[k])
    if any(fold(x) in _SINCE for x in words[max(0, k - 3) : k]):
        return False  # "since its release last year", "з минулого року": a span up to now
    if w in _LAST_YEAR:
        return True
    if k + 1 >= len(words):
        return False
    nxt = fold(words[k + 1]).removeprefix("l ")
    if _PAST.match(w) and nxt in _PERIOD:
        return not (w == "last" and k > 0 and fold(words[k - 1]) in ("the", "past"))
    return w.removeprefix("l ") in _PERIOD and bool(_PAST.match(nxt)) and nxt != "last"


def _aside(words: list[str], k: int, number_at: int, tail_at: int) -> bool:
    """Is the year at words[k] inside an aside set off by two commas that leaves the figure
    out ("The plant, due to open in 2028, will have a 45,000-square-metre hall")? The year
    dates the aside, not the figure; "In 2013, 12 people died" has no comma before its year."""
    if k < number_at:
        lo = k
        while lo > 0 and words[lo - 1] not in _STOP:
            lo -= 1
        return "," in words[lo:k] and "," in words[k + 1 : number_at]
    hi = k
    while hi < len(words) and words[hi] not in _STOP:
        hi += 1
    return "," in words[tail_at:k] and "," in words[k + 1 : hi]


_STOP = frozenset(".!?;")
_FOUNDED = re.compile(
    r"(?:founded|established|incorporated|gegrundet|fonde|fondee|cree|creee|fundad[oa]|"
    r"cread[oa]|establecid[oa]|основан\w*|создан\w*|заснован\w*|створен\w*)$"
)
"""Participles of founding, in six languages: a year beside one dates the founding of what
the sentence is about, not the figure ("Founded in 1921, X has about 340 employees",
"основанная в 1921 году фабрика, где работают 430 человек")."""
_IN = frozenset("in im en в у".split())
_RANGE = frozenset("and to und bis et à a y и і до по - –".split())


def _point_year(words: list[str], k: int) -> bool:
    """Is words[k] one year said as a point in time ("in 2013", "в 2019 году"), not an end
    of a span ("between 2021 and 2024", "de 2008 à 2020": the story's own period)?"""
    if not (_is_year(words[k]) and k > 0 and words[k - 1].lower() in _IN):
        return False
    if any(_FOUNDED.match(fold(w)) for w in words[max(0, k - 3) : k + 2]):
        return False  # "Founded in 1921, the firm has 340 employees": the year is the firm's
    return not (k + 1 < len(words) and words[k + 1].lower() in _RANGE)


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def _sentence_before(words: list[str]) -> list[str]:
    """Up to `_AGE_REACH` last words of words, not past a sentence's end."""
    lo = len(words)
    while lo > 0 and len(words) - lo < _AGE_REACH and words[lo - 1] not in _STOP:
        lo -= 1
    return words[lo:]
