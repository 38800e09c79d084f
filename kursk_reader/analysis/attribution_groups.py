"""Grouping the sources found by `attributions`: one key per source (article and kind-noun
dropped), joined by acronym, initials, surname and near-identical spelling, each group named
by its most used full form."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from kursk_reader.analysis.attribution_cues import DOCUMENT_NOUNS, SOURCE_NOUNS
from kursk_reader.analysis.disjoint import DisjointSets
from kursk_reader.analysis.textspans import NAME_CONNECTORS, fold

_DETERMINERS = frozenset("the a an".split())
_FUZZY_SAME_SOURCE = 92  # keys this alike (rapidfuzz ratio) are one source, e.g. spelling slips


@dataclass
class Found:
    """A source as one article writes it, before grouping."""

    article_id: int
    surface: str
    acronym: str
    start: int
    end: int
    source_start: int


@lru_cache(maxsize=16384)
def source_key(surface: str) -> str:
    """The grouping key of a source: folded, without a leading article or trailing kind-noun.
    A description all in lower case keeps its kind-noun: "regional police" and "regional
    hospital" share an adjective, not a body."""
    words = fold(surface).split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    if surface.islower():
        return " ".join(words)
    core = [w for w in words if w not in SOURCE_NOUNS and w not in DOCUMENT_NOUNS]
    return " ".join(core or words)


def _cyrillic_word(key: str) -> bool:
    return " " not in key and len(key) >= 5 and any("\u0400" <= c <= "\u04ff" for c in key)


def _case_forms(a: str, b: str) -> bool:
    """Two case forms of one Russian or Ukrainian word: a shared stem of at least five
    letters, each left with an ending of at most three."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 5 and len(a) - n <= 3 and len(b) - n <= 3


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in NAME_CONNECTORS).upper()


def canonical_names(found: list[Found]) -> dict[int, str]:
    """Group sources (same key, acronym, initials, surname, near-identical spelling) and name
    each group by its most used full form, with the acronym when one is known."""
    surfaces = {f.surface: source_key(f.surface) for f in found}
    keys = sorted(set(surfaces.values()))
    sets = DisjointSets(keys)
    union = sets.union

    acronyms: dict[str, str] = {}
    for f in found:
        if f.acronym:
            acronyms[source_key(f.surface)] = f.acronym.upper()
    by_upper = {k.upper().replace(" ", ""): k for k in keys if " " not in k}
    for k in keys:
        if k in acronyms and acronyms[k] in by_upper:
            union(k, by_upper[acronyms[k]])
        words = k.split()
        if len(words) >= 2:
            initials = _initials(k)
            if len(initials) >= 2 and initials in by_upper:
                union(k, by_upper[initials])
    cyrillic = [k for k in keys if _cyrillic_word(k)]
    for i, a in enumerate(cyrillic):
        for b in cyrillic[i + 1 :]:
            if _case_forms(a, b):  # "Думская" / "Думской", "Суспільне" / "Суспільному"
                union(a, b)
    named = {
        key
        for surface, key in surfaces.items()
        if any(w[:1].isupper() for w in surface.split() if w.lower() not in _DETERMINERS)
    }
    one_word = {key for surface, key in surfaces.items() if _lone_word(surface)}
    ends: dict[str, list[str]] = {}
    for o in keys:
        if " " in o:
            first, last = o.split()[0], o.split()[-1]
            ends.setdefault(first, []).append(o)
            if last != first:
                ends.setdefault(last, []).append(o)
    for k in keys:
        if " " not in k and len(k) > 2 and not k.isupper() and k in named and k in one_word:
            # A lone surname (or a lone family name written first) joins the one full name
            # that starts or ends with it; with two candidates ("Kim") it stays apart.
            holders = ends.get(k, [])
            if len(holders) == 1:
                union(k, holders[0])
    words_of: dict[str, int] = {}
    for surface, k in surfaces.items():
        words_of[k] = min(words_of.get(k, 99), len(surface.split()))
    long_keys = sorted((k for k in keys if len(k) > 6 and words_of[k] >= 3), key=len)
    for a_i, a in enumerate(long_keys):
        for b in long_keys[a_i + 1 :]:
            if 200 * len(a) < _FUZZY_SAME_SOURCE * (len(a) + len(b)):
                break  # the ratio cannot reach the threshold: longer ones differ even more
            if fuzz.ratio(a, b) >= _FUZZY_SAME_SOURCE:
                union(a, b)  # two-word names spelled apart are name variants, kept apart
    groups: dict[str, list[Found]] = {}
    for f in found:
        groups.setdefault(sets.find(surfaces[f.surface]), []).append(f)
    names: dict[int, str] = {}
    for members in groups.values():
        if len(members) == 1:  # most sources are cited once: no forms to weigh
            f = members[0]
            best = _display(f.surface)
            acronym = f.acronym.upper() or (best if best.isupper() and len(best) >= 2 else "")
            if acronym and acronym not in (best, *best.split()) and f"({acronym})" not in best:
                best = f"{best} ({acronym})"
            names[id(f)] = best
            continue
        forms = Counter(_display(f.surface) for f in members)
        full = [s for s in forms if not s.isupper()] or list(forms)
        best = sorted(full, key=lambda s: (" " not in s, -forms[s], -len(s), s))[0]
        acronym = next(
            (a for a in sorted({f.acronym.upper() for f in members if f.acronym})), ""
        ) or next((s for s in sorted(forms) if s.isupper() and len(s) >= 2), "")
        if acronym and acronym not in (best, *best.split()) and f"({acronym})" not in best:
            best = f"{best} ({acronym})"
        for f in members:
            names[id(f)] = best
        _own_forms(members, best, names)
    return names


def _own_forms(members: list[Found], best: str, names: dict[int, str]) -> None:
    """An article that writes the source in full itself keeps its own most used full form
    ("Altenbruck police" beside another article's "Polizei Altenbrück"): the group's name
    is for the articles that only shorten it ("the WSJ", a lone surname)."""
    if len({f.article_id for f in members}) < 2:
        return  # one article: the group is named by its own forms already
    named = (best, _core(best), "the " + best, "The " + best)
    if all(f.surface in named for f in members):
        return  # every article writes it as the group is named
    by_article: dict[int, list[Found]] = {}
    for f in members:
        by_article.setdefault(f.article_id, []).append(f)
    for own in by_article.values():
        forms = Counter(_display(f.surface) for f in own)
        full = [s for s in forms if " " in s and not s.islower() and not _lone_word(s)]
        if not full:
            continue
        mine = sorted(full, key=lambda s: (-forms[s], -len(s), s))[0]
        if fold(mine) in fold(best) or fold(_core(best)) in fold(mine):
            continue  # one holds the other ("Captain Ilmar Saar"): the group's name serves
        for f in own:
            names[id(f)] = mine


def _core(name: str) -> str:
    """A group's name without its bracketed acronym: "Deutsche Welle (DW)" -> "Deutsche Welle"."""
    return name.split(" (", 1)[0]


def _lone_word(surface: str) -> bool:
    """A source written as one word, or as an acronym with a kind noun ("KCNA statement");
    "Lancashire Police" is a name of its own, not a lone surname of "Lancashire Fire …"."""
    words = [w for w in surface.split() if w.lower() not in _DETERMINERS]
    if len(words) == 1:
        return True
    core = [w for w in words if w.lower() not in SOURCE_NOUNS and w.lower() not in DOCUMENT_NOUNS]
    return len(core) == 1 and core[0].isupper()


def _display(surface: str) -> str:
    words = surface.split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)
