"""How a name sounds, whatever the transliteration: a sound skeleton that folds common
transliteration habits (sh/s, g/k, u/o, y/ie/i; regional spelling systems: Basque "tx",
Polish "cz" for "ch", Galician and Catalan "X" for Castilian "J", Ukrainian "h" for Russian
"g"; "c" before a/o/u as "k"), the script a name is written in, and
standard romanisations of Cyrillic names (Russian and Ukrainian)."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_reader.analysis.textspans import fold

_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.I)

_PLAIN_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ŀ": "l",
    }
)
"""Latin letters that Unicode does not decompose into a plain letter and a mark, written
without it in other articles ("Yıldırım" / "Yildirim", "Mølgaard" / "Molgaard")."""


@lru_cache(maxsize=65536)
def name_fold(text: str) -> str:
    """`textspans.fold` that also writes the letters above in plain Latin: the key by which
    two spellings of a name are the same but for accents."""
    return fold(text).translate(_PLAIN_LETTERS)


_SOUND_RULES_RAW = [
    (r"ł", "l"),
    (r"tx|cz", "ch"),
    (r"^x(?=[aeiou])", "j"),
    (r"^mac", "mc"),
    (r"c(?=[aou])", "k"),
    (r"(?<=[eiouy])h$", "g"),
    (r"^([bcdfgkpt]h?)ar(?=[kgpbtd]$)", r"\1a"),
    (r"x", "ks"),
    (r"^(?:el|ul|il)$", "al"),
    (r"^ol(?=[eiy])", "al"),
    (r"(?<=[a-z])[yji]e(?=[a-z])", "e"),
    (r"(?<=[a-z])[yj]o(?=[a-z])", "e"),
    (r"(?<=[^aeiouy])(?:ue|ü)(?=[^aeiouy]|$)", "u"),
    (r"(?<=[^aeiouy])oe(?=[^aeiouy]|$)", "o"),
    (r"(?<=[^aeiouy])ae(?=[^aeiouy]|$)", "a"),
    (r"ts|tz|tс|тс", "c"),
    (r"(?<=[yj])ou", "u"),
    (r"yo|jo|ё|ë", "e"),
    (r"^(?:y|j|i)(?=[aeou])|^[йі](?=[аеоу])", ""),
    (r"^h|^г", "k"),
    (r"(?<=.)(?:kh|х)", "h"),
    (r"sch|sh|ch(?=[^aeiouy]|$)|sz|zh|ж|ш|щ", "s"),
    (r"tch|tsch|ch|tsh|c|ч|ц", "c"),
    (r"(?<=[aeiouylrnmv])h(?=[a-z])", "g"),
    (r"kh|ck|q|g|к|г|х|ґ", "k"),
    (r"ph|v|w|в|ф", "f"),
    (r"th|d|т|д", "t"),
    (r"b|п|б", "p"),
    (r"z|з|с", "s"),
    (r"(?<=[a-zа-я])h", ""),
    (r"iy|ij|ie|ey|ei|ej|yi|y|j|ий|ій|ы|і|ї|й|и|е|є|э|ё", "i"),
    (r"ou|oo|o|u|о|у|ю", "u"),
    (r"я|а", "a"),
    (r"ь|ъ|'|’", ""),
    (r"(.)\1+", r"\1"),
]


_SOUND_RULES = [(re.compile(pattern), repl) for pattern, repl in _SOUND_RULES_RAW]


@lru_cache(maxsize=65536)
def sound_key(part: str) -> str:
    """A rough sound skeleton that folds common transliteration differences (cached: names
    are compared pairwise)."""
    s = name_fold(part).replace(" ", "")
    for pattern, repl in _SOUND_RULES:
        s = pattern.sub(repl, s)
    return s


_VOWELS = re.compile(r"[aeiou]+")


def consonant_skeleton(part: str) -> str:
    """The sound key without its vowels ("Reardon" / "Riordan" -> "rrtn"): names that differ
    only in how their vowels are written share it."""
    return _VOWELS.sub("", sound_key(part))


def vowel_groups(part: str) -> int:
    """How many vowel runs (roughly syllables) the sound key has."""
    return len(_VOWELS.findall(sound_key(part)))


@lru_cache(maxsize=65536)
def script_of(name: str) -> str:
    """ "cyrillic" or "latin": names in two scripts are translations, compared by sound."""
    return "cyrillic" if _CYRILLIC.search(name) else "latin"


_COMMON_CYRILLIC = dict(
    zip(
        "абвдезклмнопрстуфцчшщъыьэюяё",
        "a b v d e z k l m n o p r s t u f ts ch sh shch _ y _ e yu ya yo".split(),
        strict=True,
    )
)
_RUSSIAN = {
    **_COMMON_CYRILLIC, "г": "g", "ґ": "g", "и": "i", "і": "i", "ї": "yi", "є": "ye", "й": "y",
    "х": "kh", "ж": "zh",
}  # fmt: skip
_UKRAINIAN = {
    **_COMMON_CYRILLIC, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "й": "i",
    "х": "kh", "ж": "zh",
}  # fmt: skip
"""Standard romanisations (Russian BGN/PCGN-like; Ukrainian national 2010): names written in
Cyrillic are compared with Latin ones through both."""


@lru_cache(maxsize=65536)
def transliterations(name: str) -> tuple[str, ...]:
    """A Cyrillic name in Latin letters, Russian-style and Ukrainian-style ("Сергій" ->
    "Sergiy", "Serhii"); a Latin name as it is."""
    if not _CYRILLIC.search(name):
        return (name,)
    out = []
    for table in (_RUSSIAN, _UKRAINIAN):
        chars = []
        for ch in name:
            low = ch.lower()
            latin = table.get(low)
            if latin is None:
                chars.append(ch)
                continue
            latin = latin.replace("_", "")
            chars.append(latin.capitalize() if ch != low else latin)
        out.append("".join(chars))
    return tuple(dict.fromkeys(out))


_FOREIGN = {"дж": "j", "х": "j", "кс": "x", "э": "e"}
"""How Russian and Ukrainian write foreign names, read back: "Джон" is "John", "Хосе" is the
Spanish "José" ("х" for "j"), "Алекс" is "Alex"."""
_FOREIGN_PATTERN = re.compile("|".join(sorted(_FOREIGN, key=len, reverse=True)))


@lru_cache(maxsize=65536)
def foreign_transliteration(name: str) -> str:
    """A Cyrillic name read as a foreign name written in Cyrillic (`_FOREIGN` first, then
    the Russian table): "Джон Смит" -> "jon smit"."""
    low = _FOREIGN_PATTERN.sub(lambda m: _FOREIGN[m.group()], name.lower())
    return "".join(_RUSSIAN.get(ch, ch).replace("_", "") for ch in low)
