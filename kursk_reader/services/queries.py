"""Read-only views across the project: the claim matrix and full-text search."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import select, text

from kursk_reader.core.models import ClaimMatrix, EvidenceLink, Highlight, MatrixCell, SearchHit
from kursk_reader.services import convert
from kursk_reader.services.base import ProjectBase
from kursk_reader.services.highlights import load_highlights
from kursk_reader.storage.schema import ArticleRow, ClaimRow, EvidenceRow, HighlightRow

SNIPPET_CHARS = 60
"""Characters of context either side of a search hit."""

MAX_HITS_PER_ARTICLE = 50
TEXT_BATCH = 20


class QueryServices(ProjectBase):
    def claim_matrix(
        self, claim_ids: Iterable[int] | None = None, article_ids: Iterable[int] | None = None
    ) -> ClaimMatrix:
        """Claims × articles; each cell the evidence one article gives for one claim."""
        claim_q = select(ClaimRow).order_by(ClaimRow.id)
        article_q = select(*convert.INFO_COLUMNS).order_by(ArticleRow.id)
        if claim_ids is not None:
            claim_q = claim_q.where(ClaimRow.id.in_(list(claim_ids)))
        if article_ids is not None:
            article_q = article_q.where(ArticleRow.id.in_(list(article_ids)))
        with self._read() as s:
            claims = tuple(convert.claim(r) for r in s.scalars(claim_q))
            articles = tuple(convert.info_from_columns(r) for r in s.execute(article_q))
            wanted_claims = {c.id for c in claims}
            wanted_articles = {a.id for a in articles}
            ids = select(EvidenceRow.highlight_id).where(EvidenceRow.claim_id.in_(wanted_claims))
            if article_ids is not None:
                ids = ids.join(HighlightRow, HighlightRow.id == EvidenceRow.highlight_id).where(
                    HighlightRow.article_id.in_(wanted_articles)
                )
            grouped: dict[tuple[int, int], list[tuple[EvidenceLink, Highlight]]] = {}
            for hl in load_highlights(s, ids):  # reading order: article, then start
                if hl.article_id not in wanted_articles:
                    continue
                for ev in hl.evidence:
                    if ev.claim_id in wanted_claims:
                        grouped.setdefault((ev.claim_id, hl.article_id), []).append((ev, hl))
        cells = {
            key: MatrixCell(claim_id=key[0], article_id=key[1], evidence=tuple(items))
            for key, items in grouped.items()
        }
        return ClaimMatrix(claims=claims, articles=articles, cells=cells)

    def search(self, query: str, limit: int = 500) -> list[SearchHit]:
        """Find words across article texts, highlight notes and claims (prefix matching).

        Article hits come first, best-ranked article first, at most `limit` of them (and
        MAX_HITS_PER_ARTICLE per article); then the matching notes and claims.
        """
        terms = [t for t in re.findall(r"\w+", query) if t]
        if not terms:
            return []
        fts_query = " ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        hits: list[SearchHit] = []
        with self._read() as s:
            rowids = [
                r[0]
                for r in s.execute(
                    text(
                        "SELECT rowid FROM search_index WHERE search_index MATCH :q ORDER BY rank LIMIT :n"
                    ),
                    {"q": fts_query, "n": limit},
                )
            ]
            article_ids = [r // 4 for r in rowids if r % 4 == 0]
            note_ids = [r // 4 for r in rowids if r % 4 == 1]
            claim_ids = [r // 4 for r in rowids if r % 4 == 2]
            pattern = _term_pattern([fold(t) for t in terms])
            bodies: dict[int, str] = {}
            for rank, article_id in enumerate(article_ids):  # best-ranked first, until full
                if len(hits) >= limit:
                    break
                if article_id not in bodies:  # texts in batches: one query, not one each
                    batch = article_ids[rank : rank + TEXT_BATCH]
                    rows = s.execute(
                        select(ArticleRow.id, ArticleRow.text).where(ArticleRow.id.in_(batch))
                    )
                    bodies.update((row.id, row.text) for row in rows)
                body = bodies.get(article_id, "")
                for n, m in enumerate(pattern.finditer(fold(body))):
                    if n >= MAX_HITS_PER_ARTICLE or len(hits) >= limit:
                        break
                    hits.append(
                        SearchHit(
                            "article",
                            article_id,
                            None,
                            m.start(),
                            m.end(),
                            _snippet(body, m.start(), m.end()),
                        )
                    )
            notes = {
                r.id: r
                for r in s.execute(
                    select(
                        HighlightRow.id,
                        HighlightRow.article_id,
                        HighlightRow.start,
                        HighlightRow.end,
                        HighlightRow.note,
                    ).where(HighlightRow.id.in_(note_ids))
                )
            }
            for hid in note_ids:  # in rank order
                if (h := notes.get(hid)) is not None:
                    snippet = h.note[: 2 * SNIPPET_CHARS]
                    hits.append(SearchHit("note", h.article_id, h.id, h.start, h.end, snippet))
            statements = dict(
                s.execute(
                    select(ClaimRow.id, ClaimRow.statement).where(ClaimRow.id.in_(claim_ids))
                ).all()
            )
            for cid in claim_ids:
                statement = statements.get(cid, "")
                word = pattern.search(fold(statement))
                start, end = word.span() if word else (0, 0)
                hits.append(SearchHit("claim", 0, None, start, end, statement, claim_id=cid))
        return hits


def fold(text: str) -> str:
    """`text` with accents dropped, one character for one (so offsets stay valid), matching
    the FTS index's `remove_diacritics` (Latin letters): "defense" finds "défense"."""
    if text.isascii():
        return text
    table = {}
    for ch in set(text):
        if ord(ch) > 127:
            base = unicodedata.normalize("NFD", ch)
            # Latin letters only, as the index: "й" stays "й", not "и".
            if len(base) > 1 and base[0].isascii() and all(map(unicodedata.combining, base[1:])):
                table[ord(ch)] = base[0]
    return text.translate(table) if table else text


def _term_pattern(terms: list[str]) -> re.Pattern[str]:
    # Words starting with any term, case-insensitively, as the FTS prefix query matched them.
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)


def _snippet(body: str, start: int, end: int) -> str:
    lo = max(0, start - SNIPPET_CHARS)
    hi = min(len(body), end + SNIPPET_CHARS)
    snippet = " ".join(body[lo:hi].split())
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(body) else "")
