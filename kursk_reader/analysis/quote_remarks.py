"""When two quotes are one remark, told by their words: enough content stems in common, a
combined score of wording and stems, one speaker's only remark in each of two articles
sharing two stems (or a concept, or one long word the prose never uses), and a remark
reported in indirect speech. Split from `quotes`, which finds quotes and speakers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from rapidfuzz import fuzz

from kursk_reader.analysis.quote_concepts import COMMON_CONCEPTS, STRONG, concepts, strong
from kursk_reader.analysis.quote_pairing import MIN_COGNATES, STOPWORDS, cognates, folded, stem

_MIN_SHARED = 3
_MIN_OVERLAP = 0.5
"""Shared content stems over the smaller quote's stems; lower finds freer rewordings and
pairs more unrelated remarks on the same topic."""
_W_RATIO, _W_OVERLAP, _W_SPEAKER = 0.45, 0.4, 0.15
_MIN_SCORE = 0.55
"""Combined score above which two quotes sharing few words are one remark. Lower pairs freer
rewordings and also different remarks on one topic by one speaker (the speaker bonus alone
is 0.15); higher keeps only close rewordings."""
_MIN_SHARED_ANY = 2
"""Content stems any pair must share, however high its score."""


@lru_cache(maxsize=16384)
def content_stems(quote: str) -> frozenset[str]:
    """Content stems (five letters) and numbers, digits or words alike ("six" = "6")."""
    words = re.findall(r"\w+", folded(quote))
    stems = {stem(w) for w in words if w not in STOPWORDS and len(w) > 2 and not w.isdigit()}
    return frozenset(stems | {c for c in concepts(quote) if c.startswith(_NUMBER_CONCEPT)})


_NUMBER_CONCEPT = STRONG + "n="


def _content(quote: str) -> frozenset[str]:
    return content_stems(quote)


def remark_score(a: str, b: str, same_speaker: bool = False) -> float:
    """How likely two quotes report one remark, 0..1: rapidfuzz token set ratio (word order
    and small words forgiven), the share of content stems in common (over the shorter
    quote), and a bonus when both quotes are given to one speaker (same surname)."""
    sa, sb = _content(a), _content(b)
    if not sa or not sb:
        return 0.0
    shared = len(sa & sb)
    overlap = shared / min(len(sa), len(sb))
    ratio = fuzz.token_set_ratio(folded(a), folded(b)) / 100
    score = _W_RATIO * ratio + _W_OVERLAP * overlap + (_W_SPEAKER if same_speaker else 0.0)
    return score if shared >= _MIN_SHARED_ANY else 0.0


def same_remark(a: str, b: str, same_speaker: bool = False) -> bool:
    """Do two quotes report one remark? Enough content stems in common, or a combined score
    (see `remark_score`) above _MIN_SCORE for rewordings that share few words."""
    sa, sb = content_stems(a), content_stems(b)
    if not sa or not sb:
        return False
    shared = len(sa & sb)
    if shared >= _MIN_SHARED and shared / min(len(sa), len(sb)) >= _MIN_OVERLAP:
        return True
    return remark_score(a, b, same_speaker) >= _MIN_SCORE


def reported_alike(
    quoted: str, reported: str, languages: Mapping[int, str], a: int, b: int, single: bool
) -> bool:
    """Is a reported remark the quoted one of the same speaker? In one language: the wording
    test, or — when each article gives the speaker one remark (`single`) — the looser test of
    `once_each_alike`; across languages: cognates and concepts (`cognates`)."""
    if languages.get(a) and languages.get(b) and languages[a] != languages[b]:
        return cognates(quoted, reported) >= MIN_COGNATES + (0 if single else 1)
    return same_remark(quoted, reported, True) or (single and once_each_alike(quoted, reported))


_TWO_SPEAKERS_OVERLAP = 0.7
"""Share of content stems two quotes given to two different people must have in common to
be one remark (one misattributed or quoting the other); lower pairs different people's
remarks on one topic."""


def nearly_same_words(a: str, b: str) -> bool:
    sa, sb = content_stems(a), content_stems(b)
    shared = len(sa & sb)
    return (
        bool(sa and sb)
        and shared >= _MIN_SHARED
        and shared / min(len(sa), len(sb)) >= (_TWO_SPEAKERS_OVERLAP)
    )


def once_each_alike(a: str, b: str) -> bool:
    """One speaker quoted once in each of two articles: one remark when the quotes share two
    content stems or numbers, or one and a closed-class word of meaning ("again", "never",
    "as if", a unit of time)."""
    shared = len(content_stems(a) & content_stems(b))
    if shared >= _MIN_SHARED_ANY:
        return True
    both = (concepts(a) & concepts(b)) - strong(concepts(a)) - COMMON_CONCEPTS
    return shared >= 1 and bool(both)


_RARE_LETTERS = 7
"""Letters of a word two remarks share that, unused in any article's own prose, makes them
one remark of a speaker quoted once in each ("responsibility"); shorter shared words
("school", "fire") are too often chance."""


def rare_word_alike(a: str, b: str, prose: frozenset[str]) -> bool:
    """One speaker quoted once in each of two articles in one language: a long word in common
    (`_RARE_LETTERS`) whose stem no article's prose uses, and no number that differs, make
    one remark ("take full responsibility" / "bear all responsibility")."""
    ca, cb = concepts(a), concepts(b)
    if strong(ca) and strong(cb) and not strong(ca) & strong(cb):
        return False
    shared = (content_stems(a) & content_stems(b)) - prose
    long_a = {stem(w) for w in re.findall(r"\w+", folded(a)) if len(w) >= _RARE_LETTERS}
    long_b = {stem(w) for w in re.findall(r"\w+", folded(b)) if len(w) >= _RARE_LETTERS}
    return bool(shared & long_a & long_b)
