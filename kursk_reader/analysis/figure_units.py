"""Units of measured figures: which dimension a unit measures (length, duration, mass, area,
volume, money in one currency) and its size in that dimension's base unit, so "2 days" and
"48 hours" or "14 miles" and "22 km" are compared like with like. Money converts to nothing:
two sums pair only in the same currency ("€4 million" never meets "$4.5 million").

A figure's counted class comes from `concepts` (the unit word: "kilometres", "hours"); its
dimension and scale from here. Classes that are not units (people, vehicles) have none."""

from __future__ import annotations

import re

from kursk_reader.analysis import concepts
from kursk_reader.analysis.textspans import fold

_UNITS: dict[str, tuple[str, float]] = {
    "metres": ("length", 1.0),
    "centimetres": ("length", 0.01),
    "millimetres": ("length", 0.001),
    "kilometres": ("length", 1000.0),
    "miles": ("length", 1609.344),
    "nautical miles": ("length", 1852.0),
    "light-years": ("length", 9.4607e15),
    "yards": ("length", 0.9144),
    "knots": ("speed", 1.852),
    "cubic metres": ("volume", 1000.0),
    "kilowatts": ("power", 1e3),
    "megawatts": ("power", 1e6),
    "gigawatts": ("power", 1e9),
    "feet": ("length", 0.3048),
    "minutes": ("duration", 60.0),
    "hours": ("duration", 3600.0),
    "days": ("duration", 86400.0),
    "weeks": ("duration", 604800.0),
    "months": ("duration", 2629800.0),
    "seconds": ("duration", 1.0),
    "degrees": ("temperature", 1.0),
    "kilograms": ("mass", 1.0),
    "grams": ("mass", 0.001),
    "tonnes": ("mass", 1000.0),
    "pounds weight": ("mass", 0.45359),
    "hectares": ("area", 1e4),
    "acres": ("area", 4046.86),
    "mph": ("speed", 1.609344),
    "litres": ("volume", 1.0),
    "gallons": ("volume", 3.78541),
    "barrels": ("volume", 158.987),
}
"""Counted classes that are units: (dimension, size in the dimension's base unit)."""

_SQUARE: list[tuple[tuple[str, ...], float]] = [
    (("mile", "мил", "meil", "mill"), 2.58999e6),
    (("km", "kilom", "килом", "кілом", "quadratkilom"), 1e6),
    (("m", "metr", "meter", "метр", "quadratmeter", "m²", "м²", "м2"), 1.0),
]
"""Square units by the start of the word after "square"/"квадратных" (or the unit itself:
"km²"), tried in order: an "area" figure says its unit in its counted noun."""

_CURRENCIES: list[tuple[str, tuple[str, ...]]] = [
    ("USD", ("$", "usd", "dollar", "доллар", "долар", "dolar")),
    ("EUR", ("€", "eur", "евро", "євро")),
    ("GBP", ("£", "pound", "фунт", "libra", "sterling", "pfund")),
    ("RUB", ("₽", "rub", "руб", "rouble")),
    ("UAH", ("₴", "hryvn", "гривн", "гривен", "грн", "uah", "griwn", "hrywn", "grivn")),
    ("JPY", ("¥", "yen", "иен", "ієн")),
    ("CNY", ("yuan", "юан", "renminbi")),
    ("CHF", ("chf", "franken", "franc", "франк")),
    ("HUF", ("forint", "форинт", "huf")),
    ("ILS", ("shekel", "шекел", "ils")),
    ("KZT", ("tenge", "тенге", "kzt")),
    ("PLN", ("zlot", "злот", "pln")),
    ("SEK", ("kronor", "krona", "krone", "couronne", "corona", "крон", "sek", "nok")),
    ("TRY", ("lira", "lire", "лир", "лір")),
    ("MAD", ("dirham", "дирхам", "дірхам")),
    ("DZD", ("dinar", "динар")),
    ("INR", ("rupee", "рупи", "рупі")),
    ("MXN", ("peso", "песо")),
]
"""Currencies by sign or the start of the folded currency word ("dollars", "долларов",
"dólares" -> USD). The Nordic and Czech crowns are one: outlets in other languages call
them all "Kronen", "couronnes", "coronas", "крон" without the country."""

CURRENCY_CODES = frozenset("USD EUR GBP UAH RUB CHF JPY CNY PLN SEK NOK INR MXN".split())
"""ISO codes written before a sum as its sign is ("UAH 321 million", "EUR 4.5m")."""
MONEY_EVENTS = frozenset(("stolen", "sold", "awarded", "damaged"))
"""Events a sum can undergo; any other event word beside a sum belongs to something else in
the clause ("La droga, valorada en 56 millones de euros, fue enviada": the drug was sent)."""

_SIGN_SCALES = {"k": 1e3, "m": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9}
"""Scale letters written before a sign after the number ("56 M€", "1,2 Md€", "500 k€")."""


def sign_after(toks: list[tuple[int, int, str]], words: list[str], j: int) -> tuple[float, int]:
    """(factor, index of the currency sign) when a sum's sign follows its number, alone ("3
    millions €") or after a scale letter written onto it ("56 M€", "1,2 Md€"); (1.0, -1) when
    none does."""
    if j < len(words) and words[j] in SIGNS:
        return 1.0, j
    if j + 1 < len(words) and words[j + 1] in SIGNS and toks[j + 1][0] == toks[j][1]:
        factor = _SIGN_SCALES.get(words[j].lower())
        if factor is not None:
            return factor, j + 1
    return 1.0, -1


SIGNS = frozenset("€$£¥₴₽")
MONEY_SUFFIX = {"m": 1e6, "mn": 1e6, "k": 1e3}
"""Scale letters written onto a sum after a currency sign ("£3.4m", "$250k")."""


def currency_of(noun: str) -> str:
    """The currency a money figure's counted noun or sign names ("USD"), or ""."""
    for word in reversed(noun.split()):
        key = fold(word)
        key = (key[2:] if key[1:2] == " " else key).replace(" ", "")  # "d'euros"
        for code, starts in _CURRENCIES:
            if any(key.startswith(fold(s)) for s in starts):
                return code
    return ""


def unit_of(kind: str, noun: str) -> tuple[str, float]:
    """(dimension, size) of a figure of counted class `kind` and counted noun `noun`:
    ("length", 1000.0) for "km"; ("money:EUR", 1.0) for euros; ("", 1.0) when the figure is
    no measure in a known unit (people, cars, percentages)."""
    if kind in _UNITS:
        return _UNITS[kind]
    if kind == "money":
        code = currency_of(noun)
        return (f"money:{code}" if code else "money:?"), 1.0
    if kind == "area":
        for word in noun.split():
            key = fold(word).replace(" ", "")
            if key.startswith("square") and len(key) > len("square"):
                key = key[len("square") :]  # "a 45,000-square-metre hall"
            if key in ("sq", "square") or key.startswith(("квадрат", "quadrat")) and len(key) < 11:
                continue
            for starts, size in _SQUARE:
                if any(key.startswith(fold(s)) for s in starts):
                    return "area", size
        return "area", 1e6
    return "", 1.0


_YEAR_WORDS = frozenset("year years yr yrs".split())

_NAUTICAL = ("nautic", "nautiq", "marin", "морск", "морськ")
"""Starts of the folded words that make a mile a nautical mile, written as a separate word
("nautical miles", "milles nautiques", "millas marinas", "морских миль")."""
_CUBIC = ("cubic", "cubique", "cubes", "cubico", "kubik", "кубическ", "кубічн", "кубометр")
"""Starts of the folded words that make metres a volume ("cubic metres", "mètres cubes",
"metros cúbicos", "Kubikmeter", "кубических метров", "кубічних метрів")."""
_LIGHT_YEARS = ("light year", "lichtjahr", "annee lumiere", "annees lumiere", "светов", "світлов")
"""Starts of a folded light-year unit in six languages ("light-years", "Lichtjahre",
"années-lumière", "световых лет", "світлових років"; Spanish "años luz" is two words)."""


def unit_words(kind: str, noun_words: list[str]) -> str:
    """The unit class a counted noun phrase of several words names when its head word alone
    says less (`noun_words` may run one word past the phrase, where Romance languages put
    the modifier): a mile with "nautical" beside it is a nautical mile ("4,100 nautical
    miles", "3 890 milles nautiques", "millas náuticas"), metres with "cubic" beside them
    are a volume, and a light-year is a length
    whatever its year word says ("137 años luz", "173 световых лет"); otherwise `kind`."""
    keys = [fold(w) for w in noun_words]
    if kind == "miles" and any(k.startswith(_NAUTICAL) for k in keys):
        return "nautical miles"
    if kind == "metres" and any(k.startswith(_CUBIC) for k in keys):
        return "cubic metres"  # "300 metros cúbicos", "кубічних метрів", "Kubikmeter"
    if any(k.startswith(_LIGHT_YEARS) for k in keys) or any(
        f"{x} {y}".startswith(_LIGHT_YEARS) or x in ("ano", "anos") and y == "luz"
        for x, y in zip(keys, keys[1:], strict=False)
    ):
        return "light-years"
    return kind


def unit_family(kind: str) -> str:
    """The unit a measure is given in, a nautical mile counted as a mile: outlets write
    "miles" for either at sea, so "seis millas" and "nine nautical miles" are one unit."""
    return "miles" if kind == "nautical miles" else kind


MILE_SCALES = frozenset((_UNITS["miles"][1], _UNITS["nautical miles"][1]))
"""A mile and a nautical mile: outlets write "miles" for either at sea, so one number in the
two is one figure (`figure_values.conflict`)."""


def million_letter(noun: str, after: str) -> bool:
    """Is the "m" after a number the English million, not metres ("120m years old", "3m
    people", "2m barrels"): a counted noun follows it? A unit ("2m km") or any other word
    ("a 40m stretch", "100m breaststroke", "40m high") leaves it metres."""
    if noun.lower() != "m" or not after:
        return False
    cls = concepts.noun_class(after)
    return fold(after) in _YEAR_WORDS or bool(cls) and cls not in concepts.MEASURES


_ENERGY_PREFIX = {"": 1.0, "kilo": 1e3, "k": 1e3, "mega": 1e6, "m": 1e6, "giga": 1e9, "g": 1e9}
_ENERGY = re.compile(
    r"^(kilo|mega|giga|k|m|g|кило|кіло|мега|гига|гіга|к|м|г)?"
    r"(?:wh|watt ?hours?|watts? heures?|wattheures?|wattstunden?|vatios? hora|watios? hora|"
    r"ватт ?часов|ватт ?часа|ватт ?час|ват ?годин[иа]?|ват ?год|вт ?ч|вт ?год)$"
)
"""Energy units written as one word, hyphened or abbreviated, folded ("Wh", "kWh",
"watt-hours", "kilowattheures", "Kilowattstunden", "kilovatios hora", "киловатт-часов",
"кВт·ч", "кіловат-годин"), with their metric prefix."""
_CYRILLIC_PREFIX = {"кило": "kilo", "кіло": "kilo", "к": "k", "мега": "mega", "м": "m"}
_CYRILLIC_PREFIX |= {"гига": "giga", "гіга": "giga", "г": "g"}
PER_WORDS = frozenset("/ per par pro por je на".split())
"""Words between a unit and the unit it is counted per ("Wh/kg", "watt-hours per kilogram",
"Wh par kilo", "Wh pro Kilogramm", "Вт·ч на килограмм")."""


def energy_scale(noun: str) -> float:
    """The size in watt-hours of the energy unit a counted noun names ("kWh": 1000), or 0."""
    key = " ".join(fold(noun).replace("·", " ").split())
    m = _ENERGY.match(key)
    if m is None:
        return 0.0
    prefix = m.group(1) or ""
    return _ENERGY_PREFIX[_CYRILLIC_PREFIX.get(prefix, prefix)]


def per_unit(words: list[str], at: int) -> tuple[str, float, int]:
    """The unit a measure is counted per, read at words[at] ("/" or a per word, then a unit:
    "Wh/kg", "per kilogram", "на килограмм"): (its dimension, its size, index past it), or
    ("", 1.0, at) when none follows."""
    if at + 1 >= len(words) or fold(words[at]) not in PER_WORDS and words[at] != "/":
        return "", 1.0, at
    unit = words[at + 1]
    kind = concepts.noun_class(unit) or concepts.noun_class(unit.rstrip("s") + "s")
    dimension, size = _UNITS.get(kind, ("", 1.0))
    if dimension not in ("mass", "volume", "length", "area"):
        return "", 1.0, at  # "per hour" makes a speed or a rate, read elsewhere
    return dimension, size, at + 2


def energy_per(
    noun: str, words: list[str], tail_at: int, unit: tuple[str, str, float]
) -> tuple[str, str, float, int]:
    """(kind, dimension, scale, tail) of a figure in an energy unit ("175 Wh", "2 kWh", "160
    watt-hours": no duration), counted per a unit of mass, volume, length or area when one
    follows ("175 Wh/kg", "160 watt-hours per kilogram", "Wh pro Kilogramm"): "energy/mass",
    compared only with figures of that same compound dimension."""
    kind, dimension, scale = unit
    after = words[tail_at : tail_at + 2]
    if after[:1] == ["·"]:
        after = ["", *after[1:]]  # "кВт·ч"
    for extra, tail in ((0, ""), (1, after[0] if after else ""), (2, after[-1] if after else "")):
        energy = energy_scale(f"{noun} {tail}".strip()) if extra == 0 or tail else 0.0
        if energy and (extra < 2 or not after[0]):
            kind, dimension, scale = "energy", "energy", energy
            tail_at += extra  # "kilovatios hora", "кВт·ч"
            break
    if dimension:
        per, size, past = per_unit(words, tail_at)
        if per and kind == "energy":
            return kind, f"{dimension}/{per}", scale / size, past
    return kind, dimension, scale, tail_at
