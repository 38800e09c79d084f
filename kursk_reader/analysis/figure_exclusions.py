"""Numbers that are no counted quantity: dates, years, ages, clock times, ordinals, codes
and model numbers ("March 15", "in 1998", "a 52-year-old", "6 p.m.", "4B", "A320neo")."""

from __future__ import annotations

import re

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_terms import term_not_age
from kursk_reader.analysis.figure_text import hedge_before
from kursk_reader.analysis.figure_tokens import CELSIUS_WORD
from kursk_reader.analysis.numbers import word_value
from kursk_reader.analysis.textspans import fold

_MONTHS_EN = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$"
)
"""English months only capitalised and whole: "a march of 3,000", "marines", "mayor",
"decided", "deceased" are no months."""
_MONTHS_OTHER = re.compile(
    r"^(?:январ|феврал|марта?$|марте$|апрел|ма[яйе]$|июн|июл|август|сентябр|октябр|ноябр|"
    r"декабр|січ(?:ня|ень)$|лют(?:ого|ий)$|берез(?:ня|ень)$|квіт(?:ня|ень)$|трав(?:ня|ень)$|"
    r"черв(?:ня|ень)$|лип(?:ня|ень)$|серп(?:ня|ень)$|верес(?:ня|ень)$|жовт(?:ня|ень)$|"
    r"листопад|груд(?:ня|ень)$|januar$|februar$|märz$|april$|mai$|juni$|juli$|august$|"
    r"september$|oktober$|november$|dezember$|janvier$|f[ée]vrier$|mars$|avril$|juin$|"
    r"juillet$|ao[uû]t$|septembre$|octobre$|novembre$|d[ée]cembre$|enero$|febrero$|marzo$|"
    r"abril$|mayo$|junio$|julio$|agosto$|septiembre$|octubre$|noviembre$|diciembre$)",
    re.IGNORECASE,
)
"""Months of the other five languages, whole words or their case forms ("травня", never
"травмовано"; "марта", never "марш")."""


def is_month(word: str) -> bool:
    """Is the word a month name ("March", "Sept.", "марта", "травня", "juillet")?"""
    return bool(_MONTHS_EN.match(word) or _MONTHS_OTHER.match(word))


_MAX_DAY = 31
"""A number beside a month is its day or its year; a larger one is a count ("seit Januar 214
Masernfälle")."""
_MONTH_ABBREVIATIONS = frozenset(
    """ene feb mar abr may jun jul ago sep sept oct nov dic janv févr fevr avr juil déc dec
    jan mär apr aug okt dez янв фев мар апр июн июл авг сен сент окт ноя дек січ лют бер
    квіт трав черв лип серп вер жовт лист груд""".split()
)
"""Month abbreviations written after a day in datelines ("Madrid, 7 nov (EFE)", "9 Okt.",
"14 сент."), in six languages: whole words only."""


def _month_after(words: list[str], j: int) -> bool:
    """Does a month follow the number ending before words[j]: an abbreviation ("7 nov",
    "9 Okt.") or a month after "de" ("3 de marzo", "14 de junio")?"""
    if j >= len(words):
        return False
    if words[j].lower() in _MONTH_ABBREVIATIONS:
        return True
    return words[j].lower() in ("de", "del") and j + 1 < len(words) and is_month(words[j + 1])


_YEAR_WORDS = frozenset(
    "in since of by until till from year years summer autumn fall winter spring "
    "в во с до году года год літа осені весни зими році року рік im seit jahr".split()
)
_AGE_AFTER = re.compile(
    r"^(?:-?year-old|-?years?-old|years?\s+old|-летн|-річн|jährig|ans\b|años\b)", re.I
)
_MAX_AGE = 150
"""Years beyond any person's age: "N years old" above it is the age of a thing (ice, a
fossil, a tree), a figure outlets may give differently."""
_YEARS_SPAN_BEFORE = frozenset(
    """hace tras durante desde après pendant depuis sur en duré dure durent durait duraient
    durera dureront duró duraron dura duran duraba durará durarán tardó tardaron tardará
    llevó""".split()
)
"""Spanish and French words that make "N años" / "N ans" a span of years ("hace 32 años",
"tras 31 años", "il y a 32 ans", "après 31 ans", "pendant 20 ans", "les travaux ont duré
six ans", "la obra duró siete años"), not an age ("un hombre de 45 años", "Pierre, 45
ans")."""


_LIGHT_YEARS = re.compile(r"\s+años?\s+luz\b", re.IGNORECASE)
"""Spanish light-years ("137 años luz"): a distance, not an age."""


def _span_of_years(words: list[str], i: int) -> bool:
    """Does a span word stand before the number, or before its hedge ("hace más de 30
    años", "il y a près de 30 ans")?"""
    i = hedge_before(words, i)
    prev = words[i - 1].lower() if i > 0 else ""
    return prev in _YEARS_SPAN_BEFORE or (
        i >= 2 and [w.lower() for w in words[i - 2 : i]] == ["y", "a"]
    )


_AGE_BEFORE = frozenset("aged age возраст віці вік alter".split())
_AGE_WORDS = frozenset(
    """aged ages age возрасте возраст віці вік віком alter alters agee agees age ages edad
    edades""".split()
)
"""Folded words a person's age or an age range follows ("aged 24 to 61", "в возрасте от 24
до 61 года", "віком від 24", "im Alter von 24 bis 61 Jahren", "âgés de 24 à 61 ans", "de
edades entre 24 y 61 años")."""
_AGE_RANGE = frozenset(
    """from to between and or от до между и или від до між і та або von bis zwischen und
    oder de a à entre et ou y o""".split()
)
"""Words of an age range between its age word and its numbers."""
_AGE_REACH = 5
"""Words looked back over range words and numbers for the age word."""


def _aged(words: list[str], i: int) -> bool:
    """Is the number an age or a bound of an age range ("aged 24", "в возрасте от 24 до 61
    года": both bounds), not a count? Range words and the range's other number may stand
    between it and the age word; a hedge may stand before it ("aged about 40")."""
    k = hedge_before(words, i) - 1
    for _ in range(_AGE_REACH):
        if k < 0:
            return False
        word = fold(words[k])
        if word in _AGE_WORDS:
            return True
        if not (word in _AGE_RANGE or words[k][:1].isdigit() or word_value(words[k]) is not None):
            return False
        k -= 1
    return False


_CLOCK_BEFORE = frozenset(
    (p, a) for p in ("a", "desde", "hasta", "hacia", "sobre") for a in ("la", "las")
)
"""Spanish clock times are said with the article: "a las 9", "hasta las diez"."""
_TIME_OF_DAY = re.compile(
    r"\s+(?:(?:heures?\s+|часов\s+|часа\s+|годин[иіу]?\s+|horas?\s+)?"
    r"(?:de la (?:mañana|manana|tarde|noche|madrugada)|du (?:matin|soir)|de l'après-midi|"
    r"утра|вечера|ночи|ранку|вечора|ночі)|(?:часов|часа|час|годин[иіу]?)\s+дня|o'clock)\b",
    re.IGNORECASE,
)
"""A number followed by its part of the day is a clock time ("9 de la mañana", "à 9 heures du
matin", "в 9 часов утра", "о 8 годині ранку", "в три часа дня", "о третій годині дня", "at
three o'clock"); "дня" alone is days ("два дня"), after an hour word it is the afternoon."""
_LABEL_BEFORE = frozenset("number nr nº номер № nummer numéro numero número núm".split())
"""Words that make the number after them a label ("el número 16 de la calle", "house number
12", "номер 5", "Nummer 7"), not a quantity."""
_CLOCK = re.compile(r"\s?(?:[ap]\.\s?m\b|[ap]m\b|uhr\b|h\d\d)", re.IGNORECASE)


_REMAINDER = frozenset(
    "other remaining anderen übrigen restlichen autres restants restantes otros otras demás".split()
)
_REMAINDER_ALONE = frozenset(
    "остальные остальных остальным оставшиеся оставшихся решта решти інші інших".split()
)
_THE = frozenset("the los las les die den der".split())


def _remainder(words: list[str], i: int) -> bool:
    """Does the number count the rest of a whole ("the other 41 turbines", "los otros 41",
    "les 41 autres", "die übrigen 41 Anlagen", "остальные 41 турбина")? The rest is never a
    version of the whole another article gives (42 turbines in all)."""
    prev = words[i - 1].lower() if i > 0 else ""
    if prev in _REMAINDER_ALONE:
        return True
    return prev in _REMAINDER and i > 1 and words[i - 2].lower() in _THE


def excluded(
    text: str, toks: list[tuple[int, int, str]], words: list[str], i: int, j: int, number: float
) -> bool:
    """Dates, years, ages, times, ordinals, model numbers: not counted quantities."""
    first = words[i]
    start, end = toks[i][0], toks[j - 1][1]
    before = text[max(0, start - 1) : start]
    after = text[end : end + 12]
    if re.match(r"[:/\-–]\d|[-–]?(?:st|nd|rd|th|го|й|я|е|ї|ий)\b", after) or before in (
        ":",
        "/",
        "#",
        "№",
        "$",
    ):
        if not (before == "$" or after.startswith(("-", "–")) and after[1:2].isalpha()):
            return True
    if first[0].isdigit() and before.isalpha():
        return True  # road and model codes: "the A4", "M25", "B737"
    if first[0].isdigit() and after[:1].isalpha():
        unit = re.match(r"[^\W\d_]+", after)
        if not (
            unit
            and concepts.noun_class(unit.group()) in concepts.MEASURES
            or j < len(words)
            and words[j] == CELSIUS_WORD
        ):
            return True  # codes and room numbers: "4B", "A320neo"; "10km", "4m" are lengths
    if _CLOCK.match(after):
        return True  # "6 p.m.", "10 Uhr", "в 9 часов утра" is left to the hours class
    if i >= 2 and (words[i - 2].lower(), words[i - 1].lower()) in _CLOCK_BEFORE:
        return True  # "a las 9 de la mañana", "hasta las diez"
    if _TIME_OF_DAY.match(text[end : end + 24]):
        return True  # "las nueve de la noche", "9 de la mañana"
    if before == "-" or (start >= 2 and text[start - 2 : start - 1].isalpha() and before in ("-",)):
        return True
    light = _LIGHT_YEARS.match(text[end : end + 16])
    if _AGE_AFTER.match(after.lstrip()) and not _span_of_years(words, i) and not light:
        thing = number > _MAX_AGE and not after.lstrip().startswith("-")
        if not (thing or term_not_age(words, i, text[end : end + 40])):
            return True  # "ice 1.5 million years old" is a thing's age, a figure to compare
    if i > 0 and words[i - 1].lower() in _AGE_BEFORE or _aged(words, i):
        return True
    if _remainder(words, i):
        return True
    if i > 0 and words[i - 1].lower().rstrip(".") in _LABEL_BEFORE:
        return True
    neighbours = [w for w in (words[i - 1] if i > 0 else "", words[j] if j < len(words) else "")]
    dated = any(is_month(w) and w.isalpha() for w in neighbours if w) or _month_after(words, j)
    if dated and (number <= _MAX_DAY or 1800 <= number <= 2100):
        return True  # "March 15", "15 марта", "Januar 2024"; not "seit Januar 214 Fälle"
    if first.isdigit() and len(first) == 4 and 1800 <= number <= 2100:
        prev = words[i - 1].lower() if i > 0 else ""
        nxt = words[j] if j < len(words) else ""
        if prev in _YEAR_WORDS or not nxt.isalpha() or nxt.lower() in _YEAR_WORDS:
            return True
    if (
        first.isdigit()
        and len(first) == 4
        and 1800 <= number <= 2100
        and j < len(words)
        and words[j][:1].isupper()
    ):
        return True
    return False
