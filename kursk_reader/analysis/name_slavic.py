"""One person's given name in its Russian and Ukrainian forms: a Ukrainian is written
"Олексій Гнатюк" in Ukrainian, "Алексей Гнатюк" in Russian and "Oleksiy" or "Aleksei" in
English, the surname the same in all. The forms differ in vowels ("Сергей" / "Сергій",
"Владимир" / "Володимир"), in г / h, and now and then in the first sound ("Николай" /
"Микола"); their consonants otherwise agree. Two such names with one surname (long enough
to be rare) are one person when no article writes both and their given
names have three consonants or more, all but the first the same ("Олег" / "Ольга", two
consonants, stay two people; so do "Виталий" / "Володимир")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from kursk_reader.analysis.name_match import core_parts, identity
from kursk_reader.analysis.name_orgs import GEOGRAPHIC_NOUNS
from kursk_reader.analysis.textspans import fold

_ROMAN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "e",
        "ё": "e", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ь": "",
        "ъ": "", "ы": "i", "э": "e", "ю": "u", "я": "a", "'": "", "’": "",
    }
)  # fmt: skip
_MIN_SURNAME = 6
"""Letters of a surname (romanised, case ending cut) before two given names may be joined."""
_MIN_GIVEN = 3
"""Consonants each given name needs before the first one may differ ("nkl" / "mkl")."""


def _roman(word: str) -> str:
    latin = fold(word).translate(_ROMAN)
    return (
        latin.replace("kh", "h")
        .replace("g", "h")
        .replace("x", "ks")
        .replace("w", "v")
        .replace("y", "i")
        .replace("j", "i")
    )


def _consonants(word: str) -> str:
    return "".join(c for c in _roman(word) if c not in "aeiou")


def _given_alike(x: str, y: str) -> bool:
    cx, cy = _consonants(identity(x)), _consonants(identity(y))
    return len(cx) >= _MIN_GIVEN and len(cy) >= _MIN_GIVEN and cx[1:] == cy[1:]


_STREET_STEMS = tuple(
    identity(w) for w in GEOGRAPHIC_NOUNS if any("\u0400" <= c <= "\u04ff" for c in w)
)


def slavic_given_pairs(
    samples: Mapping[str, str],
    written_in: Mapping[str, frozenset[int]],
    words_before: Mapping[str, frozenset[str]],
) -> list[tuple[str, str]]:
    """Pairs of identities (keys of samples) that are one person's name in its Russian and
    Ukrainian forms: both in Cyrillic letters, two words each, not in capitals, never right
    after a street or place noun (`words_before`: the lower-case words before an identity's
    mentions; "проспект Миколи Бажана" is a street named after someone, not a person)."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for ident, name in samples.items():
        parts = core_parts(name)
        if (
            len(parts) != 2
            or not all(_is_cyrillic(p) for p in parts)
            or name.isupper()
            or "-" in name
            or any(w.startswith(_STREET_STEMS) for w in words_before.get(ident, ()))
        ):
            continue
        surname = _roman(identity(parts[1]))
        if len(surname) >= _MIN_SURNAME:
            by_surname[surname].append(ident)
    out: list[tuple[str, str]] = []
    for idents in by_surname.values():
        if len(idents) < 2:
            continue
        for x, a in enumerate(idents):
            for b in idents[x + 1 :]:
                ga, gb = core_parts(samples[a])[0], core_parts(samples[b])[0]
                if not written_in[a] & written_in[b] and _given_alike(ga, gb):
                    out.append((a, b))
    return out


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)
