"""Growing a speaker's remark group: once one person's remark is paired across two or more
articles, the same person's only remark in a further article joins it on weaker evidence (a
word, a concept, a cognate) than two loose quotes would need. Called by `quotes` with its
word tests, so this module does not import it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from kursk_reader.analysis.name_sounds import transliterations
from kursk_reader.analysis.quote_concepts import COMMON_CONCEPTS, concepts, strong
from kursk_reader.analysis.quote_pairing import (
    STOPWORDS,
    cognates,
    folded,
    people_of,
    same_surname,
    stem,
)
from kursk_reader.analysis.textspans import fold

if TYPE_CHECKING:
    from kursk_reader.analysis.quotes import Quote

_ALIKE_LENGTH = 2.2
"""Two wordings of one remark by one speaker are rarely more than this many times longer
than each other."""


def grown_groups(
    quotes: list[Quote],
    root: Callable[[int], int],
    languages: Mapping[int, str],
    direct: int,
    stems: Callable[[str], frozenset[str]],
    once_each_alike: Callable[[str, str], bool],
    sentence_of: Callable[[int], int] | None = None,
) -> list[tuple[int, int]]:
    """A speaker's remark already paired across two or more articles grows by the speaker's
    only remark of a further article (quoted, or reported where the article quotes them
    nothing) that shares weaker evidence with any member (`_weakly_alike`): the same person
    quoted once per article about one event mostly gives one remark, and the group's own
    wordings are the evidence. Fragments quoted in one sentence (`sentence_of`: "pagó «…» y
    pidió «…»") are one remark for this count. A speaker with two such groups is
    ambiguous: nothing joins."""
    members: dict[int, list[int]] = {}
    for i, k in people_of(
        ((i, q.speaker) for i, q in enumerate(quotes) if q.speaker), same_person
    ).items():
        members.setdefault(k, []).append(i)
    out: list[tuple[int, int]] = []
    for said in members.values():
        direct_in = Counter(
            quotes[i].article_id
            for i in {(sentence_of(i) if sentence_of else i) for i in said if i < direct}
        )
        reported_in = Counter(quotes[i].article_id for i in said if i >= direct)
        by_root: dict[int, list[int]] = {}
        for i in said:
            by_root.setdefault(root(i), []).append(i)
        wide = [r for r, ix in by_root.items() if len({quotes[i].article_id for i in ix}) >= 2]
        if not wide:
            out.extend(_once_in_every(quotes, said, direct, languages, stems, once_each_alike))
            continue
        if len(wide) != 1:
            continue
        group = list(by_root[wide[0]])
        grew = True
        while grew:
            grew = False
            inside = {quotes[i].article_id for i in group}
            for r, ix in sorted(by_root.items()):
                if r == wide[0] or len(ix) != 1 or ix[0] in group:
                    continue
                i = ix[0]
                aid = quotes[i].article_id
                only = (
                    direct_in[aid] == 1
                    if i < direct
                    else direct_in[aid] == 0 and reported_in[aid] == 1
                )
                if aid in inside or not only:
                    continue
                if any(
                    _weakly_alike(
                        quotes[g], quotes[i], languages, i >= direct, stems, once_each_alike
                    )
                    for g in group
                ):
                    out.append((group[0], i))
                    group.append(i)
                    grew = True
    return out


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """One surname and, when both give one, given names opening alike in Latin letters
    ("Anna Kovalenko" / "Ганна Коваленко" yes, "Anna" / "Petro Kovalenko" no): two relatives
    or namesakes quoted about one event are two speakers. Any part before the last counts as
    a given name, so a role word run into the name ("DB-Cargo-Sprecher Jorg Schafer") or a
    second surname ("Rodrigo Valdés Ibarra" / "Rodrigo Valdés") does not part one person."""
    if not same_surname(a, b):
        return given_vouches(a, b)
    pa, pb = a.split(), b.split()
    if len(pa) < 2 or len(pb) < 2:
        return True
    ia = {_initial(t) for part in pa[:-1] for t in transliterations(part)}
    ib = {_initial(t) for part in pb[:-1] for t in transliterations(part)}
    return any(x == y or {x, y} <= group for x in ia for y in ib for group in _ALIKE_INITIALS)


_LOOSE_SURNAME = 70
"""rapidfuzz ratio of two folded surnames that, after one given name written alike, are one
person spelled two ways ("Guillermo Etxeberria" / "Guillermo Echeverria": Basque tx, b for
v); "Anna Petrova" / "Anna Petrenko" (67) stay two people."""


def given_vouches(a: str, b: str) -> bool:
    """One given name (three letters or more, the same once folded) and surnames loosely
    alike (`_LOOSE_SURNAME`): the given name vouches for one person."""
    pa, pb = fold(a).split(), fold(b).split()
    return (
        len(pa) >= 2
        and len(pb) >= 2
        and len(pa[-2]) >= 3
        and pa[-2] == pb[-2]
        and fuzz.ratio(pa[-1], pb[-1]) >= _LOOSE_SURNAME
    )


def _initial(romanised: str) -> str:
    """A given name's initial in Latin letters, Cyrillic Х read as h ("Khose" -> h: "Хосе"
    is José, "Хуан" is Juan, h and j being alike)."""
    low = fold(romanised)
    return "h" if low.startswith("kh") else low[:1]


_ALIKE_INITIALS = (set("aeiouyjh"), set("gh"), set("kcq"), set("fp"), set("vw"), set("sz"))
"""Initials of one given name across transliterations: Anna/Hanna, Yevgeny/Evgeny,
Georgiy/Heorhiy, Konstantinos/Constantinos, Vasyl/Wasyl."""


def _weakly_alike(
    a: Quote,
    b: Quote,
    languages: Mapping[int, str],
    reported: bool,
    stems: Callable[[str], frozenset[str]],
    once_each_alike: Callable[[str, str], bool],
) -> bool:
    """Weak evidence of one remark: in one language a content stem or a closed-class concept
    in common and lengths alike (a remark `reported` in indirect speech needs the test of
    `_once_each_alike`: its wording is the reporter's), across languages a cognate or
    concept (`cognates` of one or more); numbers, days or months that differ on both sides
    rule it out."""
    ca, cb = concepts(a.quote), concepts(b.quote)
    if strong(ca) and strong(cb) and not strong(ca) & strong(cb):
        return False
    la, lb = languages.get(a.article_id, ""), languages.get(b.article_id, "")
    if la and lb and la != lb:
        return cognates(a.quote, b.quote) >= 1
    if reported:
        return once_each_alike(a.quote, b.quote)
    lx, ly = len(a.quote), len(b.quote)
    if max(lx, ly) > _ALIKE_LENGTH * min(lx, ly):
        return False
    if stems(a.quote) & stems(b.quote):
        return True
    return _concept(a, b)


def _concept(a: Quote, b: Quote) -> bool:
    """A closed-class concept in common that is neither common in remarks nor a number."""
    both = concepts(a.quote) & concepts(b.quote)
    return bool(both - COMMON_CONCEPTS - strong(both))


_ALIKE_LENGTH = 2.2
"""Two wordings of one remark by one speaker are rarely more than this many times longer
than each other."""


_EVERY_ARTICLES = 3
"""Articles that must each quote a speaker exactly once, every two quotes weakly alike, for
the quotes to be one remark without a closer pair to start from."""


def _once_in_every(
    quotes: list[Quote],
    said: list[int],
    direct: int,
    languages: Mapping[int, str],
    stems: Callable[[str], frozenset[str]],
    once_each_alike: Callable[[str, str], bool],
) -> list[tuple[int, int]]:
    """A speaker quoted exactly once in each of three or more articles (and nowhere more
    than once), every two of those quotes alike (in one language two words or a concept in
    common, across languages a cognate or concept) gives one remark: "get the fuel out before the weather turns" / "sacar el
    combustible antes de que empeore el tiempo" / "empty those tanks before the storm
    arrives". Two articles are not enough: one shared word between two remarks is chance."""
    single = [i for i in said if i < direct]
    per_article = Counter(quotes[i].article_id for i in single)
    if len(single) < _EVERY_ARTICLES or any(n != 1 for n in per_article.values()):
        return []
    for x in range(len(single)):
        for y in range(x + 1, len(single)):
            a, b = quotes[single[x]], quotes[single[y]]
            if not _weakly_alike(a, b, languages, False, stems, once_each_alike):
                return []
            same_language = languages.get(a.article_id) == languages.get(b.article_id)
            if same_language and len(stems(a.quote) & stems(b.quote)) < 2 and not _concept(a, b):
                return []  # one shared word is the event's topic as often as the remark's
    return [(single[0], i) for i in single[1:]]


def topic_stems(
    texts: Mapping[int, str], quotes: list[Quote], least: int | None = None
) -> frozenset[str]:
    """Content stems the articles' own prose (quotes left out) uses in at least half of the
    articles (two at least): the event's topic ("fire", "cancer"), which any remark about it
    may hold, so sharing one says little about which remark it is. `least` = 1 gives every
    stem the prose uses."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for q in quotes:
        spans.setdefault(q.article_id, []).append((q.start, q.end))
    seen: Counter[str] = Counter()
    for aid, text in texts.items():
        parts, at = [], 0
        for s, e in sorted(spans.get(aid, [])):
            parts.append(text[at:s])
            at = max(at, e)
        parts.append(text[at:])
        words = re.findall(r"\w+", folded(" ".join(parts)))
        seen.update({stem(w) for w in words if len(w) > 2 and w not in STOPWORDS})
    if least is None:
        least = max(2, (len(texts) + 1) // 2)
    return frozenset(w for w, n in seen.items() if n >= least)
