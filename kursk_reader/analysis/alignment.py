"""Passage alignment: for a passage selected in one article, the most similar passage in each
other article (windows of one to three sentences, TF-IDF weighted cosine over word stems).

Build a `PassageIndex` once per set of texts (a few ms for dozens of articles); each look-up
then scores every window of the other articles."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kursk_reader.analysis.textspans import fold, sentences

_MAX_WINDOW = 3
_MIN_SCORE = 0.12
"""Below this cosine a passage is not shown as a match: better no mark than a wrong one."""
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class AlignedPassage:
    article_id: int
    start: int
    end: int
    score: float


def _stems(text: str) -> list[str]:
    return [w[:6] for w in _WORD.findall(fold(text)) if len(w) > 2 or w.isdigit()]


class PassageIndex:
    """Sentence windows of every article with their stem counts, and stem IDF weights."""

    def __init__(self, texts: Mapping[int, str]) -> None:
        self._texts = dict(texts)
        self._sentences: dict[int, list[tuple[int, int, Counter[str]]]] = {}
        df: Counter[str] = Counter()
        n = 0
        for aid in sorted(texts):
            spans = []
            for s, e in sentences(texts[aid]):
                counts = Counter(_stems(texts[aid][s:e]))
                spans.append((s, e, counts))
                df.update(counts.keys())
                n += 1
            self._sentences[aid] = spans
        self._idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        return {w: c * self._idf.get(w, 1.0) for w, c in counts.items()}

    def align(
        self, article_id: int, start: int, end: int, others: Iterable[int] | None = None
    ) -> list[AlignedPassage]:
        """The best matching passage in each other article (or in `others`), best first."""
        text = self._texts.get(article_id, "")
        query = self._vector(Counter(_stems(text[start:end])))
        qnorm = math.sqrt(sum(v * v for v in query.values()))
        if not qnorm:
            return []
        wanted = sorted(
            set(self._sentences) - {article_id} if others is None else set(others) - {article_id}
        )
        selected_sentences = max(
            1, sum(1 for s, e, _ in self._sentences.get(article_id, []) if s < end and e > start)
        )
        width = min(_MAX_WINDOW, selected_sentences + 1)
        out: list[AlignedPassage] = []
        for aid in wanted:
            spans = self._sentences.get(aid, [])
            best: AlignedPassage | None = None
            for i in range(len(spans)):
                counts: Counter[str] = Counter()
                for k in range(i, min(len(spans), i + width)):
                    counts.update(spans[k][2])
                    vec = self._vector(counts)
                    dot = sum(query[w] * vec[w] for w in query if w in vec)
                    norm = math.sqrt(sum(v * v for v in vec.values()))
                    score = dot / (qnorm * norm) if norm else 0.0
                    if best is None or score > best.score + 1e-9:
                        best = AlignedPassage(aid, spans[i][0], spans[k][1], score)
            if best is not None and best.score >= _MIN_SCORE:
                out.append(
                    AlignedPassage(best.article_id, best.start, best.end, round(best.score, 4))
                )
        out.sort(key=lambda p: (-p.score, p.article_id))
        return out


def align_passage(
    texts: Mapping[int, str],
    article_id: int,
    start: int,
    end: int,
    others: Iterable[int] | None = None,
) -> list[AlignedPassage]:
    """One-off alignment without keeping an index."""
    return PassageIndex(texts).align(article_id, start, end, others)
