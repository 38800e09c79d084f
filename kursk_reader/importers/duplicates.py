"""Near-duplicate articles (the same wire copy lightly edited), by shingling.

Each text becomes the set of its word 5-grams ("shingles"); two texts are near-duplicates
when the Jaccard similarity of those sets reaches NEAR_DUPLICATE_JACCARD. To stay fast on
large projects we keep only the shingles whose hash falls in 1/SAMPLE_MODULUS of the hash
space (Broder's mod-m sampling: an unbiased estimate of the same similarity) and find
candidates through an inverted index, so a new article is compared only with articles that
share sampled shingles with it.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict

SHINGLE_WORDS = 5
NEAR_DUPLICATE_JACCARD = 0.5
"""At or above this share of shared 5-grams two texts are the same copy. Lower would flag
different reports quoting the same wire paragraph; higher would miss rewrites of the lead."""
SAMPLE_MODULUS = 4
"""Keep one shingle in this many (by hash). Short texts keep them all."""
SHORT_TEXT_SHINGLES = 200

_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """The (sampled) hashes of the word 5-grams of `text`, case and punctuation ignored."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    grams = {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    if len(grams) <= SHORT_TEXT_SHINGLES:
        return frozenset(grams)
    return frozenset(h for h in grams if h % SAMPLE_MODULUS == 0)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class ShingleIndex:
    """Articles' shingle sets with an inverted index for finding near-duplicates quickly."""

    def __init__(self) -> None:
        self._sets: dict[int, frozenset[int]] = {}
        self._postings: defaultdict[int, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._sets)

    def add(self, article_id: int, text: str, sig: frozenset[int] | None = None) -> None:
        sig = shingles(text) if sig is None else sig
        self._sets[article_id] = sig
        for h in sig:
            self._postings[h].append(article_id)

    def most_similar(self, text: str, sig: frozenset[int] | None = None) -> tuple[int, float]:
        """(article id, similarity) of the closest stored article, or (0, 0.0)."""
        sig = shingles(text) if sig is None else sig
        shared: Counter[int] = Counter()
        for h in sig:
            shared.update(self._postings.get(h, ()))
        best_id, best = 0, 0.0
        for article_id, n in shared.items():
            other = self._sets[article_id]
            score = n / (len(sig) + len(other) - n)
            if score > best:
                best_id, best = article_id, score
        return best_id, best

    def near_duplicate_of(self, text: str, sig: frozenset[int] | None = None) -> tuple[int, float]:
        """The stored article `text` nearly duplicates, with the similarity; (0, s) if none."""
        article_id, score = self.most_similar(text, sig)
        return (article_id, score) if score >= NEAR_DUPLICATE_JACCARD else (0, score)
