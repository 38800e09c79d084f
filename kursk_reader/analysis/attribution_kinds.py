"""A body cited by its kind alone ("Как сообщили в профсоюзе", "the federation said", "die
Gewerkschaft teilte mit") when the same article cites one body of that kind by its name
elsewhere ("Профсоюз докеров Находки объявил …"): the kind word refers to it, so the source
is that name. Only the names the article's own citations give are read (no scan of the
text), the kind word must be a kind of body (`attribution_bodies.BODY_KINDS`), and with two
named bodies of the kind the bare word is left as it is."""

from __future__ import annotations

from functools import lru_cache

from kursk_reader.analysis.attribution_bodies import BODY_KINDS, kind_word
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.textspans import fold

_DETERMINERS = frozenset("the le la les l el los las der die das des den dem".split())
_CYRILLIC_KEEP = 2
"""Letters a case ending may change at the end of a Cyrillic kind noun ("профсоюзе")."""


def named_kinds(found: list[Found]) -> None:
    """Name each bare kind word in found by the one cited body of its article holding it."""
    bare = [f for f in found if _kind_alone(f.surface)]
    if not bare:
        return
    ids = {id(f) for f in bare}
    named = [(g, fold(g.surface).split()) for g in found if id(g) not in ids and " " in g.surface]
    for f in bare:
        word = fold(f.surface).split()[-1]
        cyrillic = "а" <= word[:1] <= "я" or word[:1] in "ёіїєґ"
        stem = word[: len(word) - _CYRILLIC_KEEP] if cyrillic and len(word) > 5 else word
        stem = _without_genitive(stem)
        names = {
            g.surface
            for g, words in named
            if any(w.startswith(stem) or (len(stem) >= 6 and w.endswith(stem)) for w in words)
        }
        if len(names) == 1:
            name = next(iter(names))
            f.surface = name
            f.acronym = next((g.acronym for g in found if g.surface == name and g.acronym), "")


@lru_cache(maxsize=8192)
def _kind_alone(surface: str) -> bool:
    """One kind-of-body word in lower case ("профсоюзе", "the union") or after a definite
    article ("Die Verbraucherzentrale")."""
    words = surface.split()
    if len(words) == 2 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    elif len(words) == 1 and words[0][:1].isupper() and not _german_kind(words[0]):
        return False  # "сообщил Профсоюз …": the head of a longer name the reader cut short
    if len(words) != 1 or len(words[0]) < 4:
        return False
    word = words[0]
    low = word.lower()
    if "а" <= low[:1] <= "я" or low[:1] in "ёіїєґ":  # a case ending: "профсоюзе", "профспілці"
        stem = low[: len(low) - _CYRILLIC_KEEP]
        return any(k.startswith(stem) and abs(len(k) - len(low)) <= 2 for k in _CYRILLIC_KINDS)
    return kind_word(word) or _without_genitive(low) != low


def _without_genitive(word: str) -> str:
    """A German kind noun without its genitive ending ("ministeriums" -> "ministerium")."""
    for ending in ("es", "s"):
        if word.endswith(ending) and not kind_word(word) and kind_word(word[: -len(ending)]):
            return word[: -len(ending)]
    return word


def _german_kind(word: str) -> bool:
    """A capitalised Latin-script kind noun, perhaps in the genitive ("Ministeriums",
    "Verbandes"): German writes every noun so, and alone it still names a kind of body."""
    low = word.lower()
    return "a" <= low[:1] <= "z" and (kind_word(low) or _without_genitive(low) != low)


_CYRILLIC_KINDS = frozenset(k for k in BODY_KINDS if "а" <= k[:1] <= "я" or k[:1] in "ёіїєґ")
