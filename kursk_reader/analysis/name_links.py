"""Names built from other names: a route or link written as two names joined by a hyphen
("Paris-Barcelona" / "Paris-Barcelone", "Київ-Варшава") and a place within a place written
with or without a hyphen ("Barcelona Sants" / "Barcelona-Sants"). Each part is a name the
articles give on its own, coordinated with another name ("between Paris and Barcelona",
"Barcelona y París"); a person's given name or a double surname is never written so. Such
spellings differ by each language's exonym or by punctuation, not as a person's or body's
name is misspelt, and writers do not list them as name variants."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from kursk_reader.analysis.name_match import name_parts
from kursk_reader.analysis.name_sounds import name_fold

_CAP = r"[^\W\d_a-zà-ÿа-яёіїєґ]"
_WORD = rf"{_CAP}[^\W\d_]+"
_BEFORE = re.compile(rf"{_CAP}[^\W\d_]*[ \u00a0]+$")
_COORDINATED = re.compile(
    rf"(?<![\w\-‐‑’'])({_WORD})\s+(?:and|et|y|e|und|и|і|й|та)\s+"
    rf"({_WORD})(?![\w\-‐‑])(?!\s+{_CAP})"
)
"""Two single capitalised words joined by "and" in six languages, neither run on into
another capitalised word ("Paris et Barcelone", "Figueres y Barcelona", "Львів і Краків"):
two names of one kind, each standing on its own."""


def coordinated_names(texts: Mapping[int, str]) -> frozenset[str]:
    """Folded names written on their own beside another name joined by "and"."""
    out: set[str] = set()
    for text in texts.values():
        for m in _COORDINATED.finditer(text):
            if _BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Léa Castanyer et Marc": the end of a longer name
            out.update((name_fold(m.group(1)), name_fold(m.group(2))))
    return frozenset(out)


def _unhyphened(name: str) -> str:
    return " ".join(name_parts(name))


def is_linked_group(names: Iterable[str], coordinated: frozenset[str]) -> bool:
    """Are the spellings all a link of names standing alone elsewhere (every part of a
    hyphenated single word is one: "Paris-Barcelone"), or all one name opened by such a name
    and differing only in hyphens ("Barcelona Sants" / "Barcelona-Sants")?"""
    spellings = list(names)
    if len(spellings) < 2 or not coordinated:
        return False
    if all(
        " " not in s
        and len(parts := name_parts(s)) >= 2
        and all(name_fold(p) in coordinated for p in parts)
        for s in spellings
    ):
        return True
    plain = {name_fold(_unhyphened(s)) for s in spellings}
    return (
        len(plain) == 1
        and any("-" in s for s in spellings)
        and name_fold(name_parts(spellings[0])[0]) in coordinated
    )
