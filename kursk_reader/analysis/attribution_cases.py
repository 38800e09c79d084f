"""A Russian person's name after a cue that governs the genitive ("по словам Анны Беловой",
"по словам Евгения Сорокина") put back in the nominative ("Анна Белова", "Евгений Сорокин"),
so it reads and groups like the name written elsewhere. The given name tells the gender
(-ы/-и: a woman's, else a man's), and the gender tells how the surname declines."""

from __future__ import annotations

import re

GENITIVE_CUES = re.compile(r"(?:по\s+словам|по\s+мнению|со\s+слов)$", re.IGNORECASE)
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")

_FEMALE_GIVEN = [
    ("ии", "ия"),
    ("ьи", "ья"),
    ("ги", "га"),
    ("ки", "ка"),
    ("хи", "ха"),
    ("ши", "ша"),
    ("жи", "жа"),
    ("чи", "ча"),
    ("щи", "ща"),
    ("ы", "а"),
]
_MALE_GIVEN = [
    ("ея", "ей"),
    ("ия", "ий"),
    ("оя", "ой"),
    ("ая", "ай"),
    ("ля", "ль"),
    ("ря", "рь"),
    ("а", ""),
]
_FEMALE_SURNAME = [("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ей", "я")]
_MALE_SURNAME = [
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ына", "ын"),
    ("ого", "ой"),
]


def _replace_end(word: str, rules: list[tuple[str, str]]) -> str:
    for old, new in rules:
        if word.endswith(old) and len(word) > len(old) + 1:
            return word[: len(word) - len(old)] + new
    return word


def nominative(name: str) -> str:
    """ "Анны Беловой" -> "Анна Белова", "Евгения Сорокина" -> "Евгений Сорокин"; a name of
    two or three Russian words, else unchanged."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_CYRILLIC_NAME.fullmatch(w) for w in words):
        return name
    given, surname = words[0], words[-1]
    female = given.endswith(("ы", "и")) and not given.endswith(("ия", "ея"))
    if female:
        out = [_replace_end(given, _FEMALE_GIVEN)]
        middle = [_replace_end(w, [("ны", "на")]) for w in words[1:-1]]  # "Сергеевны"
        last = _replace_end(surname, _FEMALE_SURNAME)
    else:
        out = [_replace_end(given, _MALE_GIVEN)]
        middle = [_replace_end(w, [("ича", "ич")]) for w in words[1:-1]]  # "Петровича"
        last = _replace_end(surname, _MALE_SURNAME)
    return " ".join(out + middle + [last])
