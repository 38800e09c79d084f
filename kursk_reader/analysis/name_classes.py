"""How many spellings of a name a reader would tell apart, and which Latin spellings romanise
a Cyrillic one the standard way. Split from `names`."""

from __future__ import annotations

from kursk_reader.analysis.name_match import case_key, identity, name_parts
from kursk_reader.analysis.name_romanise import is_standard_part
from kursk_reader.analysis.name_sounds import script_of


def spelling_classes(names: list[str]) -> int:
    """How many spellings a reader would tell apart: every written form counts, in any script
    ("Анна Белова" beside "Anna Belova" is a variant: the issue counts transliterations), but
    a surname alone that is another spelling's last word (a case form, or its romanisation:
    "Харитонова" beside "Yevgeny Kharitonov") adds none."""
    seen: set[str] = set()
    for name in names:
        if len(name_parts(name)) == 1 and any(
            _same_words(name, other) for other in names if len(name_parts(other)) > 1
        ):
            continue
        seen.add(
            case_key(name)
            if script_of(name) == "latin"
            else _name_identity_cyr(name) + "ё" * name.lower().count("ё")
        )
    return len(seen)


def _name_identity_cyr(name: str) -> str:
    return " ".join(identity(p) for p in name_parts(name))


def standard_romanisations(names: list[str]) -> set[str]:
    """The Latin names that romanise a Cyrillic name of the group the standard way: preferred
    as the group's name when as common, and never a misspelling of one another ("Yelena" /
    "Elena" both romanise "Елена")."""
    cyrillic = [n for n in names if script_of(n) == "cyrillic"]
    return {
        n
        for n in names
        if script_of(n) == "latin"
        and any(_same_words(c, n) and len(name_parts(c)) == len(name_parts(n)) for c in cyrillic)
    }


def _same_words(name: str, other: str) -> bool:
    """Is name (Cyrillic, or one word) written in other: a Cyrillic name romanised the
    standard way, or a lone word that is other's last word?"""
    pn, po = name_parts(name), name_parts(other)
    if len(pn) == 1 and len(po) > 1:
        pn, po = pn, po[-1:]
    elif len(pn) != len(po) or script_of(name) == "latin" or script_of(other) == "cyrillic":
        return False
    for x, y in zip(pn, po, strict=True):
        if script_of(x) == script_of(y):
            same = identity(x) == identity(y) if script_of(x) == "cyrillic" else x == y
        else:
            lat, cyr = (x, y) if script_of(y) == "cyrillic" else (y, x)
            same = is_standard_part(lat, cyr) or is_standard_part(lat, identity(cyr))
        if not same:
            return False
    return True
