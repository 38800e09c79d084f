"""Reading quantities: digits ("15,000", "15 000", "1.5 million", "15 тыс.") and numbers
written as words in English, Russian and Ukrainian ("thirty-one", "a dozen",
"пятнадцать тысяч", "понад десяток"). Pure; `read_number` returns the value and how many
tokens it used."""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}  # fmt: skip

# French, Spanish and German number words (whole words; compounds joined by "-" or "y"/"und"
# are read piece by piece). Words that are also common English words ("once", "cent") are
# left out; "elf" (German eleven) is rare enough in English news to be read.
_UNITS_OTHER = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cents": 100,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "cientos": 100,
    "veintiuno": 21, "veintiuna": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "doscientos": 200, "doscientas": 200,
    "trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400,
    "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600,
    "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
    "novecientos": 900, "novecientas": 900, "vingts": 20,
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000, "decena": 10,
    "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100, "millar": 1000,
    "dutzend": 12,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90, "hundert": 100,
}  # fmt: skip
_UNITS_ALL = {**_UNITS_EN, **_UNITS_OTHER}

# Russian and Ukrainian number words by stem: case endings vary ("двенадцать", "двенадцати").
_STEMS_SLAVIC: list[tuple[str, int]] = [
    ("одиннадцат", 11), ("одинадцят", 11), ("двенадцат", 12), ("дванадцят", 12),
    ("тринадцат", 13), ("тринадцят", 13), ("четырнадцат", 14), ("чотирнадцят", 14),
    ("пятнадцат", 15), ("п'ятнадцят", 15), ("п’ятнадцят", 15), ("шестнадцат", 16),
    ("шістнадцят", 16), ("семнадцат", 17), ("сімнадцят", 17), ("восемнадцат", 18),
    ("вісімнадцят", 18), ("девятнадцат", 19), ("дев'ятнадцят", 19), ("дев’ятнадцят", 19),
    ("двадцат", 20), ("двадцят", 20), ("тридцат", 30), ("тридцят", 30), ("сорок", 40),
    ("пятьдесят", 50), ("пятидесят", 50), ("п'ятдесят", 50), ("п’ятдесят", 50),
    ("шестьдесят", 60), ("шістдесят", 60), ("семьдесят", 70), ("сімдесят", 70),
    ("восемьдесят", 80), ("вісімдесят", 80), ("шестидесят", 60), ("семидесят", 70),
    ("восьмидесят", 80), ("шістдесят", 60), ("сімдесят", 70), ("вісімдесят", 80), ("девяност", 90), ("дев'яност", 90),
    ("дев’яност", 90), ("двест", 200), ("двісті", 200), ("триста", 300),
    ("четыреста", 400), ("чотириста", 400), ("пятьсот", 500), ("п'ятсот", 500),
    ("п’ятсот", 500), ("шестьсот", 600), ("шістсот", 600), ("семьсот", 700),
    ("сімсот", 700), ("восемьсот", 800), ("вісімсот", 800), ("девятьсот", 900),
    ("дев'ятсот", 900), ("дев’ятсот", 900), ("двухсот", 200), ("двохсот", 200),
    ("трехсот", 300), ("трёхсот", 300), ("трьохсот", 300), ("четырехсот", 400),
    ("четырёхсот", 400), ("чотирьохсот", 400), ("пятисот", 500), ("п'ятисот", 500),
    ("п’ятисот", 500), ("шестисот", 600), ("семисот", 700), ("восьмисот", 800),
    ("девятисот", 900), ("дев'ятисот", 900), ("дев’ятисот", 900), ("десят", 10), ("дюжин", 12), ("сотн", 100), ("сто", 100),
    ("дв", 2), ("три", 3), ("трьох", 3), ("трех", 3), ("трёх", 3), ("четыр", 4), ("чотир", 4),
    ("пят", 5), ("п'ят", 5), ("п’ят", 5), ("шест", 6), ("шість", 6), ("шести", 6),
    ("сем", 7), ("сім", 7), ("восем", 8), ("вісім", 8), ("восьм", 8), ("вісьм", 8), ("девят", 9), ("дев'ят", 9),
    ("дев’ят", 9),
]  # fmt: skip
_SLAVIC_EXACT = {
    "один": 1, "одна": 1, "одного": 1, "одной": 1, "одні": 1, "два": 2, "две": 2, "дві": 2,
    "двое": 2, "двоє": 2, "трое": 3, "троє": 3, "четверо": 4, "пятеро": 5, "п'ятеро": 5,
    "п’ятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "вісьмеро": 8, "полтора": 1.5,
    "полторы": 1.5, "півтора": 1.5, "півтори": 1.5, "полутора": 1.5,
    "тремя": 3, "четырьмя": 4, "трьома": 3, "п'ятьма": 5, "п’ятьма": 5, "сімома": 7,
    "вісьмома": 8, "дев'ятьма": 9, "дев’ятьма": 9, "ста": 100,
    "полсотни": 50, "полсотня": 50, "півсотні": 50, "півсотня": 50, "полтысячи": 500,
    "півтисячі": 500,
    **{f"{stem}{end}": n for stem, n in (
        ("дво", 2), ("тро", 3), ("четвер", 4), ("пятер", 5), ("шестер", 6), ("семер", 7),
        ("восьмер", 8), ("девятер", 9), ("десятер", 10),
    ) for end in (("их", "им", "ими") if n < 4 else ("ых", "ым", "ыми"))},
    "дев'ятеро": 9, "дев’ятеро": 9, "десятеро": 10, "девятеро": 9,
}  # fmt: skip
"""Russian collective numerals in their oblique cases ("задержали троих", "четверым") and
the Ukrainian ones not caught by stems ("дев'ятеро")."""
_SLAVIC_SMALL_OK = re.compile(
    r"^(?:дв|три|трь|тре|трё|четыр|чотир|пят|п.ят|шест|шіс|сем|сім|восем|вісім|восьм|вісьм|девят|дев.ят)[а-яёіїєґ']*$"
)

# Scale words multiply what comes before ("15 thousand", "1,5 млн", "п'ять тисяч").
_SCALES: list[tuple[str, float]] = [
    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("bn", 1e9), ("mln", 1e6),
    ("тыс", 1e3), ("тис", 1e3), ("млн", 1e6), ("млрд", 1e9), ("миллион", 1e6),
    ("мільйон", 1e6), ("миллиард", 1e9), ("мільярд", 1e9), ("тысяч", 1e3), ("тисяч", 1e3),
    ("тисяч", 1e3), ("tausend", 1e3), ("millionen", 1e6), ("million", 1e6), ("mrd", 1e9),
    ("mille", 1e3), ("milliard", 1e9), ("millón", 1e6), ("millones", 1e6), ("mil", 1e3),
    ("mio", 1e6), ("milliarde", 1e9),
]  # fmt: skip

_DIGITS = re.compile(r"\d{1,3}(?:[,\u00a0\u202f '’]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?")


def digits_value(raw: str) -> float:
    """ "15,000" / "15 000" / "15.000" / Swiss "15'000" -> 15000; "1.5" / "1,5" -> 1.5."""
    groups = re.split(r"[ ,.\u00a0\u202f'’]", raw)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
        return float("".join(groups))
    return float(raw.replace(",", ".").replace("\u00a0", "").replace(" ", ""))


def scale_of(word: str) -> float | None:
    w = word.lower().rstrip(".")
    if w == "milles":
        return None  # French "mille" never takes an s: "3 890 milles" are miles
    for stem, value in _SCALES:
        if w == stem or (len(stem) > 3 and w.startswith(stem) and len(w) <= len(stem) + 3):
            return value  # short stems ("mil", "bn") only whole: "miles" is no scale
    return None


@lru_cache(maxsize=65536)
def word_value(word: str) -> float | None:
    """The value of one number word ("thirty-one" -> 31, "десятка" -> 10), or None (cached:
    every token of every article is asked)."""
    w = word.lower().replace("ʼ", "'")  # Ukrainian modifier-letter apostrophe: "пʼять"
    if "-" in w:
        return _hyphenated(w)
    if w in _UNITS_ALL:
        return float(_UNITS_ALL[w])
    if w == "anderthalb":
        return 1.5
    if w.endswith("einhalb") and len(w) > len("einhalb"):  # "dreieinhalb", "eineinhalb"
        whole = _german_compound(w[: -len("einhalb")])
        return None if whole is None else whole + 0.5
    if w.isalpha() and w != "tausend" and ("tausend" in w or "hundert" in w or "und" in w):
        german = _german_compound(w)
        if german is not None:
            return float(german)
    if w in _SLAVIC_EXACT:
        return float(_SLAVIC_EXACT[w])
    if not re.fullmatch(r"[а-яёіїєґ'’]+", w):
        return None
    for stem, value in _STEMS_SLAVIC:
        if w.startswith(stem):
            if value < 10 and not _slavic_small_word(w, stem):
                return None
            if (
                value == 100
                and stem == "сто"
                and w not in ("сто", "ста", "сотня", "сотни", "сотні")
            ):
                return None
            return float(value)
    return None


def _hyphenated(w: str) -> float | None:
    """ "thirty-one", "dix-sept", "soixante-dix", "quatre-vingts", "quatre-vingt-dix",
    "vingt-et-un" -> 31, 17, 70, 80, 90, 21; None when w is no number."""
    words = [p for p in w.split("-") if p != "et"]
    words = ["one" if p in ("un", "une") and k else p for k, p in enumerate(words)]
    if not words or not all(p in _UNITS_ALL for p in words):
        return None
    parts = [_UNITS_ALL[p] for p in words]
    if len(parts) >= 2 and 2 <= parts[0] <= 9 and parts[1] == 20:
        parts = [parts[0] * 20] + parts[2:]  # "quatre-vingt-dix"
    if len(parts) == 1:
        return float(parts[0])
    if len(parts) == 2 and parts[0] == 10 and parts[1] < 10:
        return float(10 + parts[1])  # "dix-sept"
    if len(parts) == 2 and parts[0] >= 20 and parts[0] % 10 == 0 and parts[1] < 20:
        return float(sum(parts))  # "thirty-one", "soixante-dix", "soixante-quinze"
    return None


_GERMAN_PARTS = {k: v for k, v in _UNITS_OTHER.items() if k.isascii() or "ö" in k or "ü" in k}
_GERMAN_PARTS.update({"ein": 1, "eins": 1, "elf": 11, "dreissig": 30})
_GERMAN_TENS = frozenset((20, 30, 40, 50, 60, 70, 80, 90))


def _german_compound(w: str) -> int | None:
    """German numbers written as one word: "dreitausend", "dreihundertfünfzig",
    "dreiundzwanzig" (None when w is no such number)."""
    for scale, factor in (("tausend", 1000), ("hundert", 100)):
        if scale in w:
            left, right = w.split(scale, 1)
            head = _german_compound(left) if left else 1
            tail = _german_compound(right) if right else 0
            if head is None or tail is None or not 0 < head < 1000 or tail >= factor:
                return None
            return head * factor + tail
    if w in _GERMAN_PARTS:
        return _GERMAN_PARTS[w]
    if "und" in w:
        unit, tens = w.split("und", 1)
        u, t = _GERMAN_PARTS.get(unit), _GERMAN_PARTS.get(tens)
        if u is not None and t is not None and 1 <= u <= 9 and t in _GERMAN_TENS:
            return t + u
    return None


def _slavic_small_word(w: str, stem: str) -> bool:
    """ "два", "пяти", "шість" are numbers; "семья", "девятый", "пятница" are not."""
    endings = (
        "",
        "е",
        "и",
        "ь",
        "ти",
        "ть",
        "ью",
        "ох",
        "ем",
        "ум",
        "ом",
        "ої",
        "ий",
        "ьох",
        "ма",
        "ух",
        "ех",
        "ёх",
        "ьмя",
    )
    rest = w[len(stem) :]
    if stem in ("дв",):
        return w in ("два", "две", "дві", "двух", "двум", "двох", "двома", "двумя")
    return rest in endings and bool(_SLAVIC_SMALL_OK.match(w))


ONE_WORDS = frozenset("a an eine einer einem un une una uno один одна одну".split())
"""Words for "one" read as a number only before a scale word ("a million", "un millón")."""
_LONE_THOUSANDS = frozenset("mil mille tausend тысяча тисяча".split())
"""A thousand written without a number before it ("mil doscientos vecinos")."""


def read_number(words: list[str]) -> tuple[float, int] | None:
    """Read a number from the start of words (already-split tokens): (value, tokens used)."""
    if not words:
        return None
    first = words[0]
    total = 0.0
    used = 0
    if _DIGITS.fullmatch(first):
        total = digits_value(first)
        used = 1
    else:
        lower = first.lower()
        if lower in ONE_WORDS and len(words) > 1:
            nxt = words[1].lower()
            if nxt in ("dozen", "hundred") and lower in ("a", "an"):
                return _with_scale(float(_UNITS_EN[nxt]), words, 2)
            if scale_of(nxt):
                return _with_scale(1.0, words, 1)  # "a million", "eine Million", "un millón"
            return None
        if lower in _LONE_THOUSANDS:
            return _with_scale(1.0, words, 0)  # "mil doscientos", "тысяча двести"
        current = 0.0
        while used < len(words):
            w = words[used]
            group = _group_of(w) if current and used else None
            if group:  # "zwei Dutzend", "два десятка", "dos docenas": 24, 20, 24
                current *= group
                used += 1
                break
            value = word_value(w)
            if value is None and _french_hundred(words, used):
                value = 100.0
            if value is None and w.lower() in _BEFORE_OF and used + 1 < len(words):
                if words[used + 1].lower().startswith(("de", "d'", "d’")):
                    value = _BEFORE_OF[w.lower()]  # "une quarantaine d'habitants"
            if value is None:
                if (
                    w.lower() in ("and", "y", "et")
                    and used > 0
                    and used + 1 < len(words)
                    and (joined := word_value(words[used + 1]))
                    and current % 10 == 0
                    and current > joined
                ):  # "treinta y dos", "a hundred and five"; "entre dos y diez días" is two figures
                    used += 1
                    continue
                if w.lower() == "et" and used and words[used + 1 : used + 2] in (["un"], ["une"]):
                    current += 1  # "vingt et un"
                    used += 2
                break
            if value == 100 and current:
                current *= 100
            else:
                current += value
            used += 1
        if not used:
            return None
        total = current
    half = half_after(words, used)
    return _with_scale(total + 0.5 * bool(half), words, used + half)


_GROUPS = {
    "dozen": 12.0, "dozens": 12.0, "dutzend": 12.0, "douzaine": 12.0, "douzaines": 12.0,
    "docena": 12.0, "docenas": 12.0, "dizaine": 10.0, "dizaines": 10.0, "decena": 10.0,
    "decenas": 10.0, "centaine": 100.0, "centaines": 100.0, "centenar": 100.0,
    "centenares": 100.0,
}  # fmt: skip
_SLAVIC_GROUPS = (("десятк", 10.0), ("десяток", 10.0), ("дюжин", 12.0), ("сотн", 100.0))


def _group_of(word: str) -> float | None:
    """The size of a group word counted by a number before it ("zwei Dutzend", "два
    десятка", "dos docenas", "trois douzaines"), or None; never "десять" (ten)."""
    w = word.lower()
    if w in _GROUPS:
        return _GROUPS[w]
    return next((n for stem, n in _SLAVIC_GROUPS if w.startswith(stem)), None)


_BEFORE_OF = {"quarantaine": 40.0, "cuarentena": 40.0, "cincuentena": 50.0}
"""Approximate numbers that are also words for quarantine: read only before "de" ("une
quarantaine de blessés", "una cuarentena de vecinos"; never "placés en quarantaine")."""
_FRENCH_UNITS = frozenset("deux trois quatre cinq six sept huit neuf".split())


def _french_hundred(words: list[str], k: int) -> bool:
    """Is words[k] the French hundred inside a number ("deux cents", "Cent quarante",
    "trois cent vingt")? Alone it is never read: "cent" is an English word too."""
    if words[k].lower() not in ("cent", "cents"):
        return False
    if k:
        return words[k - 1].lower() in _FRENCH_UNITS
    return k + 1 < len(words) and word_value(words[k + 1]) is not None


_HALVES = (
    ("and", "a", "half"),
    ("and", "one", "half"),
    ("с", "половиной"),
    ("з", "половиною"),
    ("із", "половиною"),
    ("et", "demi"),
    ("et", "demie"),
    ("y", "medio"),
    ("y", "media"),
    ("und", "ein", "halb"),
)
"""A half added to a whole number, in six languages ("three and a half", "три с половиной",
"три з половиною"); French and Spanish say it after the unit ("trois heures et demie", "tres
horas y media"), see `figures`."""


_HALF_STARTS = frozenset(h[0] for h in _HALVES)


def half_after(words: list[str], k: int) -> int:
    """Tokens of a half written at words[k] ("and a half", "с половиной", "et demie"), or 0."""
    if k >= len(words) or words[k].lower() not in _HALF_STARTS:
        return 0
    for half in _HALVES:
        if tuple(w.lower() for w in words[k : k + len(half)]) == half:
            return len(half)
    return 0


_SCALED_DIGITS = 6
"""Decimals a value times its scale word is rounded to, so that "4,1 Milliarden" and "4 100
millions" are one value despite binary fractions."""


def _with_scale(total: float, words: list[str], used: int) -> tuple[float, int]:
    while used < len(words):
        scale = scale_of(words[used])
        if scale is None:
            break
        total = round((total or 1.0) * scale, _SCALED_DIGITS)  # 4.1 * 1e9 is 4099999999.9999995
        used += 1
        if used < len(words):
            rest = read_number(words[used:]) if word_value(words[used]) else None
            if rest and rest[0] < scale:
                total += rest[0]
                used += rest[1]
    return total, used


def format_value(value: float) -> str:
    """15000.0 -> "15000"; 1.5 -> "1.5"."""
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


def transposed(x: float, y: float) -> bool:
    """Are two values the same digits in another order, the decimal point in place ("4812" /
    "4218", "17" / "71", "41.3" / "43.1")? One outlet's slip of the keyboard: the two are
    versions of one figure however far apart their ratio puts them."""
    lo, hi = (x, y) if x < y else (y, x)
    if lo <= 0 or hi >= 10 * lo or lo == hi:
        return False  # same digits, point in place: within one order of magnitude
    a, b = format_value(x), format_value(y)
    if a == b or len(a) != len(b) or a.find(".") != b.find("."):
        return False
    return sorted(a) == sorted(b)
