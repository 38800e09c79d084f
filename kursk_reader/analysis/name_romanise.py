"""Is a Latin name just the standard romanisation of a Cyrillic one? "Anna Belova" beside
"Анна Белова" is one spelling in two scripts (a translation, nothing for a reader to check);
"Sergei Grushko" beside the Ukrainian "Сергій Грушко" (standard: "Serhii Hrushko") is a
variant. Russian names are read with BGN/PCGN and the usual news practice ("Yevgeny" /
"Evgeny", "Alexei"), Ukrainian ones with the national 2010 system ("Andrii" / "Andriy")."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_reader.analysis.textspans import fold

_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "ж": "zh", "з": "z", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch|sch", "ь": "", "ъ": "", "ю": "yu|iu",
    "я": "ya|ia", "'": "", "’": "", "-": "",
}  # fmt: skip
_RUSSIAN = {
    **_COMMON, "г": "g", "е": "e|ye", "ё": "yo|e|io", "и": "i", "й": "y|i", "ы": "y", "э": "e",
}  # fmt: skip
_UKRAINIAN = {
    **_COMMON, "г": "h|gh", "ґ": "g", "е": "e", "є": "ye|ie", "и": "y", "і": "i", "ї": "yi|i",
    "й": "y|i",
}  # fmt: skip
_RUSSIAN_ENDINGS = {"ий": "iy|y|ii|i", "ый": "yy|y|iy", "ой": "oy|oi"}
_UKRAINIAN_ENDINGS = {"ий": "yi|y|iy", "ій": "ii|iy|i|y"}
_RUSSIAN_PAIRS = {"кс": "ks|x"}
_UKRAINIAN_ONLY = re.compile(r"[іїєґ'’]")
_RUSSIAN_ONLY = re.compile(r"[ыэъё]")


def _pattern(
    word: str, table: dict[str, str], endings: dict[str, str], pairs: dict[str, str]
) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        two = word[i : i + 2]
        if len(two) == 2 and i + 2 == len(word) and two in endings:
            out.append(f"(?:{endings[two]})")
            i += 2
            continue
        if two in pairs:
            out.append(f"(?:{pairs[two]})")
            i += 2
            continue
        latin = table.get(word[i])
        if latin is None:
            return ""
        out.append(f"(?:{latin})" if latin else "")
        i += 1
    return "".join(out)


@lru_cache(maxsize=16384)
def _patterns(cyrillic_part: str) -> tuple[re.Pattern[str], ...]:
    word = cyrillic_part.casefold()
    found = []
    if not _UKRAINIAN_ONLY.search(word):
        found.append(_pattern(word, _RUSSIAN, _RUSSIAN_ENDINGS, _RUSSIAN_PAIRS))
    if not _RUSSIAN_ONLY.search(word):
        found.append(_pattern(word, _UKRAINIAN, _UKRAINIAN_ENDINGS, {}))
    return tuple(re.compile(p) for p in found if p)


def is_standard_part(latin: str, cyrillic: str) -> bool:
    """Is the Latin word the Cyrillic word in a standard romanisation?"""
    target = fold(latin).replace(" ", "")
    return any(p.fullmatch(target) for p in _patterns(cyrillic))


def is_standard_romanisation(latin: str, cyrillic: str) -> bool:
    """Is the Latin name the Cyrillic name romanised by a standard system, word by word
    (hyphens and spaces alike)?"""
    lat, cyr = _words(latin), _words(cyrillic)
    return len(lat) == len(cyr) and all(
        is_standard_part(x, y) for x, y in zip(lat, cyr, strict=True)
    )


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-‐‑]+", name) if w]
