"""Reworded quotes: the same remark quoted in different words by different articles, with the
speaker when the text names one ("…,” Madden noted", "Madden stressed: …").

Quotes are spans in quotation marks (“ ” " " « » „ “ ‘ ’) and lines introduced by a line
ending in a colon. Two quotes are one remark when they share enough content words (stems);
a group is reported when its wordings differ."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from kursk_reader.analysis.attributions import Attribution, find_attributions
from kursk_reader.analysis.textspans import fold


@dataclass(frozen=True, slots=True)
class Quote:
    article_id: int
    quote: str
    start: int
    end: int
    speaker: str = ""


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    speaker: str
    quotes: tuple[Quote, ...]


_QUOTED = re.compile(
    r"“([^”“\n]{8,600})”|\"([^\"\n]{8,600})\"|«([^»«\n]{8,600})»|„([^“”„\n]{8,600})[“”]"
    r"|(?:(?<=^)|(?<=[\s(—–]))‘([^‘’\n]{8,600}?)’(?=[\s.,;:!?)—–]|$)",
    re.MULTILINE,
)
_MIN_WORDS = 4
_MIN_SHARED = 3
_MIN_OVERLAP = 0.5
"""Shared content stems over the smaller quote's stems; lower finds freer rewordings and
pairs more unrelated remarks on the same topic."""
_SAME_WORDING = 92
"""rapidfuzz ratio above which two quotes are the same wording (punctuation, a word)."""
_SPEAKER_REACH = 160
"""How far (characters) from a quote an attribution may name its speaker."""
_STOPWORDS = frozenset(
    """the a an of in on at to from by for with and or but as than that which who is are was
    were be been being have has had will would could should may might can not no it its this
    these those they them their he she his her we our you your i my me us do does did so if
    into also just very more most there here what when where how all any some such only own
    same too now then out up about over after before again further once shouldn't should
    и в во на с со из у от до по за к о об а но что как это эти его их ее её он она они мы
    не ни же ли бы уже ещё еще для при через
    і й в у на з із від до по за к о про а але що як це ці його їх її він вона вони ми не
    der die das den dem des ein eine und oder aber in im am auf mit von zu ist sind war nicht""".split()
)


def find_quotes(article_id: int, text: str) -> list[Quote]:
    """Quoted spans and colon-introduced quote lines of at least four words."""
    out: list[Quote] = []
    for m in _QUOTED.finditer(text):
        group = next(g for g in range(1, 6) if m.group(g) is not None)
        s, e = m.span(group)
        s, e = _trim(text, s, e)
        if len(text[s:e].split()) >= _MIN_WORDS:
            out.append(Quote(article_id, text[s:e], s, e))
    pos = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if k > 0 and lines[k - 1].rstrip().endswith(":") and _MIN_WORDS <= len(line.split()) <= 80:
            s, e = _trim(text, pos, pos + len(line))
            if not any(q.start <= s < q.end for q in out):
                out.append(Quote(article_id, text[s:e], s, e))
        pos += len(line) + 1
    out.sort(key=lambda q: q.start)
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u00a0\"“”«»‘’'":
        s += 1
    while e > s and text[e - 1] in " \t\u00a0,.;:\"“”«»‘’'":
        e -= 1
    return s, e


def _stems(quote: str) -> set[str]:
    words = re.findall(r"\w+", fold(quote))
    return {w[:5] for w in words if w not in _STOPWORDS and len(w) > 2}


def same_remark(a: str, b: str) -> bool:
    """Do two quotes report one remark (enough content stems in common)?"""
    sa, sb = _stems(a), _stems(b)
    shared = len(sa & sb)
    if not sa or not sb:
        return False
    return shared >= _MIN_SHARED and shared / min(len(sa), len(sb)) >= _MIN_OVERLAP


def _speaker(q: Quote, text: str, attributions: list[Attribution]) -> str:
    """The attribution nearest to the quote, in its sentence or the line introducing it."""
    best: tuple[int, str] | None = None
    for a in attributions:
        if q.start <= a.start < q.end:
            continue
        if a.end <= q.start:
            gap = q.start - a.end
            between = text[a.end : q.start]
            if re.search(r"[.!?]\s", between) and not between.rstrip().endswith(
                (":", "“", '"', "«")
            ):
                continue
        elif a.start >= q.end:
            gap = a.start - q.end
            if re.search(r"[.!?]\s", text[q.end : a.start].lstrip('.,!? ”"»’')):
                continue
        else:
            continue
        if gap <= _SPEAKER_REACH and (best is None or gap < best[0]):
            best = (gap, a.source)
    return best[1] if best else ""


def find_quote_variants(
    texts: Mapping[int, str], attributions: list[Attribution] | None = None
) -> list[QuoteGroup]:
    """Groups of quotes from two or more articles that word one remark differently."""
    if attributions is None:
        attributions = find_attributions(texts)
    by_article: dict[int, list[Attribution]] = {}
    for a in attributions:
        by_article.setdefault(a.article_id, []).append(a)
    quotes: list[Quote] = []
    for aid in sorted(texts):
        for q in find_quotes(aid, texts[aid]):
            speaker = _speaker(q, texts[aid], by_article.get(aid, []))
            quotes.append(Quote(q.article_id, q.quote, q.start, q.end, speaker))
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for x in range(len(quotes)):
        for y in range(x + 1, len(quotes)):
            if quotes[x].article_id != quotes[y].article_id and same_remark(
                quotes[x].quote, quotes[y].quote
            ):
                rx, ry = root(x), root(y)
                if rx != ry:
                    parent[max(rx, ry)] = min(rx, ry)
    groups: dict[int, list[Quote]] = {}
    for i, q in enumerate(quotes):
        groups.setdefault(root(i), []).append(q)
    out: list[QuoteGroup] = []
    for members in groups.values():
        if len({q.article_id for q in members}) < 2:
            continue
        wordings = [fold(q.quote) for q in members]
        if all(fuzz.ratio(wordings[0], w) >= _SAME_WORDING for w in wordings[1:]):
            continue
        speakers = Counter(q.speaker for q in members if q.speaker)
        speaker = sorted(speakers, key=lambda s: (-speakers[s], s))[0] if speakers else ""
        out.append(
            QuoteGroup(speaker, tuple(sorted(members, key=lambda q: (q.article_id, q.start))))
        )
    out.sort(key=lambda g: (g.quotes[0].article_id, g.quotes[0].start))
    return out
