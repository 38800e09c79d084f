"""The name a group of quotes gives its speaker: the form most articles name, both scripts
when the quoting articles write the speaker in Latin and in Cyrillic letters, and one form
for spellings that differ only in accents or umlauts written out. Split from
`quote_pairing`."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from rapidfuzz import fuzz

from kursk_reader.analysis.quote_pairing import ROMAN


def group_speaker(speakers: Counter[str], usage: Callable[[str], int] | None = None) -> str:
    """The most named form (on a tie the one `usage` finds in most articles, the spelling
    most writers use: "Wagener" in two articles over the one "Wagner"; then the earliest
    article's: Counter keeps first-seen order);
    when the quoting articles write the speaker in two scripts, both forms, Latin first
    ("Andriy Melnychuk / Андрій Мельничук"), so a reader of either finds the name; of two
    Latin forms as often named, the one nearer the Cyrillic form romanised ("Hrytsiv" for
    "Грицьків" beside the German "Hryzkiw")."""
    if not speakers:
        return ""
    by_script: dict[bool, Counter[str]] = {}
    for name, n in speakers.items():
        by_script.setdefault(bool(_CYRILLIC_NAME.search(name)), Counter())[name] += n
    if False in by_script:
        by_script[False] = _accented_forms(by_script[False])
    used = usage or (lambda _s: 0)
    forms = [_most_named(c, used) for _, c in sorted(by_script.items())]
    if len(forms) == 2:
        latin, cyrillic = by_script[False], forms[1].lower().translate(ROMAN)
        forms[0] = max(
            latin,
            key=lambda s: (latin[s], fuzz.ratio(s.lower().translate(ROMAN), cyrillic)),
        )  # a tie goes to the Latin spelling nearest the Cyrillic one read aloud
    return " / ".join(forms)


def _most_named(named: Counter[str], used: Callable[[str], int]) -> str:
    """The most named form; of forms as often named, the first seen unless another spelling
    of that name (as many words, nearly the same letters) is in more articles: a longer
    form, or another person's name, keeps the first its place."""
    top = max(named.values())
    tied = [s for s in named if named[s] == top]
    first = _plain_key(tied[0])
    alike = [
        s
        for s in tied
        if len(s.split()) == len(tied[0].split()) and fuzz.ratio(_plain_key(s), first) >= 80
    ]
    return max(alike, key=used) if len(alike) > 1 else tied[0]


_CYRILLIC_NAME = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    | {"œ": "oe", "æ": "ae", "Œ": "Oe", "Æ": "Ae"}
)


def _plain_key(name: str) -> str:
    """A Latin name with its umlauts and ligatures spelled out and other accents dropped,
    lower case: "Xaver Wöhrl" and "Xaver Woehrl", "José" and "Jose", "Schœn" and "Schoen"
    are one key."""
    spelled = unicodedata.normalize("NFKD", name.translate(_SPELLED_OUT))
    return "".join(ch for ch in spelled if not unicodedata.combining(ch)).casefold()


def _accented_forms(latin: Counter[str]) -> Counter[str]:
    """Latin forms of a speaker counted together when they differ only in accents or umlauts
    written out, each such set counted under its form with the most accented letters: the
    writer's own spelling ("Xaver Wöhrl" over the twice-cited "Xaver Woehrl")."""
    sets: dict[str, list[str]] = {}
    for name in latin:
        sets.setdefault(_plain_key(name), []).append(name)
    out: Counter[str] = Counter()
    for names in sets.values():
        best = max(names, key=lambda s: (sum(not ch.isascii() for ch in s), latin[s]))
        out[best] = sum(latin[n] for n in names)
    return out
