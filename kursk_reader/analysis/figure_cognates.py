"""Counts whose nouns differ between languages but whose own phrase shares a cognate: "más de
70 huellas de dinosaurio" / "more than 70 dinosaur footprints" / "58 empreintes de
dinosaures"; "16 militärische Einrichtungen" / "16 military sites". The counted noun is the
word outlets translate most freely (huellas, footprints, empreintes), while the word that
says what kind of thing it is (dinosaur, military) is often an international word spelled
alike in every language.

Guards: both figures are plain counts of a noun the lexicon does not know, in two articles of
different languages; the cognate stands in the figure's noun phrase or right beside it,
written in lower case (no names: a story's place stands beside most of its figures); and in
each article no other count near the other's value has that cognate beside it, so the word
picks out one figure.

`cognate_heads` tells whether two head nouns are one word in two languages ("containers" /
"Container" / "контейнеров")."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from rapidfuzz import fuzz

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_context import COGNATE, cognates, latin_key
from kursk_reader.analysis.figure_links import within_ratio
from kursk_reader.analysis.figures import Figure
from kursk_reader.analysis.textspans import fold

_MIN_WORD = 6
"""Letters a shared word needs: shorter words collide across languages by chance."""
_MIN_STEM = 4
"""Letters both stems need when they do not begin alike for five letters."""
COGNATE_COUNT_SCORE = 0.3
"""Pair score: below pairs the lexicon or a shared stem ties."""


def _words(f: Figure) -> set[str]:
    """Lower-case content words of a figure's noun phrase and of the "of" phrase after it
    ("huellas de dinosaurio"), no event words (those are compared as events)."""
    noun = [fold(w) for w in f.noun.split() if w[:1].islower()]
    return {
        w
        for w in [*noun, f.complement]
        if len(w) >= _MIN_WORD and w.isalpha() and not concepts.event_of(w)
    }


_ENDING = re.compile(r"(?:que|ques|ikh|ykh|iv|ov|ev|es|os|as|s|a|o|e|i|u|y)$")
"""Plural, case and adjective endings cut before comparing ("céramique" / "cerámica" /
"ceramics" -> "kerami", "keramik", "keramik")."""


def _akin(u: str, v: str) -> bool:
    """Cognates spelled nearly alike through their whole stem ("dinosaurio" / "dinosaur",
    "céramique" / "ceramics"; not "інвесторів" / "investigating", which only begin alike)."""
    ku, kv = _ENDING.sub("", latin_key(u)), _ENDING.sub("", latin_key(v))
    if not cognates(u, v) and not (ku[:2] == kv[:2] and min(len(ku), len(kv)) >= _MIN_STEM):
        return False  # "тигров" / "tigers": "tigr" / "tiger" differ in their fifth letter
    return fuzz.ratio(ku, kv) >= COGNATE


def _plain(f: Figure) -> bool:
    return not (f.kind or f.dimension or f.percent or f.per) and bool(f.noun)


def cognate_count_pairs(
    figures: list[Figure],
    score: Mapping[tuple[int, int], float],
    languages: Mapping[int, str],
    relaxed: Callable[[int, int], float],
) -> dict[tuple[int, int], float]:
    """Pairs of plain counts of two languages tied by one cognate in their phrases (see the
    module docstring), when `relaxed` (the pair score with the counted noun let go) allows."""
    plain = [i for i, f in enumerate(figures) if _plain(f)]
    words = {i: _words(figures[i]) for i in plain}
    by_article: dict[int, list[int]] = {}
    for i in plain:
        by_article.setdefault(figures[i].article_id, []).append(i)
    out: dict[tuple[int, int], float] = {}
    for m, x in enumerate(plain):
        for y in plain[m + 1 :]:
            a, b = figures[x], figures[y]
            la, lb = languages.get(a.article_id, ""), languages.get(b.article_id, "")
            if (x, y) in score or a.article_id == b.article_id or not la or not lb or la == lb:
                continue
            shared = [(u, v) for u in words[x] for v in words[y] if _akin(u, v)]
            near_a = [k for k in by_article[a.article_id] if within_ratio(figures[k], b)]
            near_b = [k for k in by_article[b.article_id] if within_ratio(figures[k], a)]
            if not shared or not any(
                _only(u, x, near_a, words) and _only(v, y, near_b, words) for u, v in shared
            ):
                continue
            if relaxed(x, y) > 0:
                out[(x, y)] = COGNATE_COUNT_SCORE
    return out


def _only(word: str, i: int, others: list[int], words: Mapping[int, set[str]]) -> bool:
    """Is figure i the only count among `others` (its article's counts near the other
    figure's value: "3 tigers released" leaves "750 tigers" in the wild the only one near
    "600 tigers") with `word` (or a cognate) beside it?"""
    return not any(k != i and any(_akin(word, w) for w in words[k]) for k in others)


_PLURAL = re.compile(r"(?:es|en|as|os|s|e|n)$")
_SLAVIC_ENDING = re.compile(r"(?:iakh|akh|ami|ov|ev|iv|ei|om|i|a|u|e|o)$")
_MIN_COGNATE = 5
"""Letters two spelled-alike head nouns need before they are read as one word in two
languages ("objects" / "Objekte", "containers" / "Container"): shorter words collide
("mines" / "minutes" after endings are cut)."""


_MIN_FUZZY_COGNATE = 7
"""Letters both head-noun keys need before a spelled-nearly-alike pair (rapidfuzz ratio >=
`_COGNATE`: "chimpanzees" / "Schimpansen") is read as one word in two languages. Shorter
keys differ by a letter or two between unrelated words ("workers" / "walkers"); longer
ones rarely collide, and the figures must still agree on event and value range."""


def _cognate_key(word: str) -> str:
    """A head noun in Latin letters without its plural or case ending and with spelling
    habits folded (c/k, z/s): "containers", "Container", "контейнеров" -> "kontainer",
    "kontainer", "konteiner"."""
    w = latin_key(word)
    if len(w) > _MIN_COGNATE:
        w = (_PLURAL if fold(word).isascii() else _SLAVIC_ENDING).sub("", w)
    return w


def cognate_heads(a: Figure, b: Figure) -> bool:
    """Are the head nouns of two figures one word in two languages (same key, or one key the
    other plus at most two letters)?"""
    wa = [w for w in a.noun.split() if not concepts.event_of(w)]
    wb = [w for w in b.noun.split() if not concepts.event_of(w)]
    wa, wb = _without_participle(wa), _without_participle(wb)
    if not wa or not wb:
        return False
    ka, kb = _cognate_key(wa[-1]), _cognate_key(wb[-1])
    short, long_ = sorted((ka, kb), key=len)
    if len(short) >= _MIN_COGNATE and long_.startswith(short) and len(long_) - len(short) <= 2:
        return True
    if len(short) >= _MIN_FUZZY_COGNATE and fuzz.ratio(ka, kb) >= COGNATE:
        return True
    return any(_demonyms_alike(x, y) for x in wa for y in wb)  # "Ukrainiens vivent"


def _without_participle(words: list[str]) -> list[str]:
    """A noun phrase without an English participle closing it ("Ukrainians living" in
    "60,000 Ukrainians living in Germany"): the head stands before it."""
    if len(words) > 1 and words[-1].endswith("ing") and words[-1].islower():
        return words[:-1]
    return words


_DEMONYM_ENDING = re.compile(
    r"(?:erinnen|erinn|erin|ern|er|innen|iennes|ienne|iens|ien|ianos|ianas|iano|iana|ians|ian"
    r"|tsam|tsami|tsakh|tsev|tsiv|tsy|tsi|ts)$"
)
"""Endings of words for a people in six languages, in Latin letters ("Ukrainerinnen",
"Ukrainians", "Ukrainiens", "ucranianos", "українців", "украинцев"): the country's stem is
left."""
_MIN_DEMONYM_STEM = 5


@lru_cache(maxsize=65536)
def _demonyms_alike(a: str, b: str) -> bool:
    """Do two words name one people in two languages ("Ukrainerinnen" / "українців" /
    "Ukrainians")? A word in Latin letters must be capitalised, as names of peoples are
    everywhere but in Russian, Ukrainian, French and Spanish, whose lower-case forms count
    too; the stems left without the people ending must be one and long."""
    keys = []
    for word in (a, b):
        if fold(word).isascii() and not word[:1].isupper() and not _ROMANCE_PEOPLE.search(word):
            return False
        keys.append(_DEMONYM_ENDING.sub("", latin_key(word).replace("y", "i")))
    return len(keys[0]) >= _MIN_DEMONYM_STEM and keys[0] == keys[1]


_ROMANCE_PEOPLE = re.compile(r"(?:iens|iennes|ianos|ianas)$")
"""French and Spanish plural words for a people, written in lower case ("ukrainiens",
"ucranianos")."""
