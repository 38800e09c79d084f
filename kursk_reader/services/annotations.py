"""Placing annotations from a W3C Web Annotation file in the project's articles, and storing them.

An annotation names its article (our text-hash URN or a URL) or not. Known article: the
selectors are anchored in it (position, exact quote, approximate). Unknown article: the quote
is searched across all articles, with its prefix and suffix, and only a unique match is
taken (a position selector may settle a tie). Anything ambiguous or not found is reported,
never guessed. All placed annotations are stored in one transaction.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select

from kursk_reader.core.anchoring import (
    TextSelectors,
    anchor,
    context_agrees,
    describe,
    occurrences,
)
from kursk_reader.core.models import Change, ClaimStatus, Stance
from kursk_reader.services.base import ProjectBase
from kursk_reader.services.highlights import DEFAULT_COLOUR
from kursk_reader.services.tags_claims import DEFAULT_TAG_COLOUR
from kursk_reader.storage.schema import (
    ArticleRow,
    ClaimRow,
    EvidenceRow,
    HighlightRow,
    TagRow,
    highlight_tags,
    utcnow,
)

ARTICLE_URN = "urn:kursk-reader:article:"
"""How our JSON-LD names an article: this prefix and the sha256 of its text."""
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_SEPARATOR = "\x00"

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class IncomingEvidence:
    statement: str
    status: str = "unverified"
    claim_note: str = ""
    stance: str = "mentions"
    value: str = ""


@dataclass(frozen=True, slots=True)
class IncomingAnnotation:
    """What an annotation file says about one highlight, before it is placed."""

    label: str
    """The annotation's id, or its number in the file: how reports name it."""
    sources: tuple[str, ...]
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    colour: str | None = None
    note: str = ""
    tags: tuple[tuple[str, str | None], ...] = ()
    evidence: tuple[IncomingEvidence, ...] = ()
    created: datetime | None = None
    modified: datetime | None = None


@dataclass(frozen=True, slots=True)
class Placed:
    label: str
    article_id: int
    start: int
    end: int
    method: str
    """"position", "exact", "fuzzy" (within the named article) or "search" (found project-wide)."""


@dataclass(frozen=True, slots=True)
class NotPlaced:
    label: str
    exact: str
    reason: str


@dataclass
class AnnotationImport:
    placed: list[Placed] = field(default_factory=list)
    not_placed: list[NotPlaced] = field(default_factory=list)
    duplicates: list[Placed] = field(default_factory=list)
    created_tags: list[str] = field(default_factory=list)
    created_claims: list[str] = field(default_factory=list)
    highlight_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{len(self.placed)} annotations placed"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already in the project")
        parts.append(f"{len(self.not_placed)} could not be placed")
        if self.created_tags:
            parts.append(f"{len(self.created_tags)} new tags")
        if self.created_claims:
            parts.append(f"{len(self.created_claims)} new claims")
        return ", ".join(parts)


class _Corpus:
    """All article texts joined, to search a quote across the project in one pass per quote."""

    def __init__(self, texts: dict[int, str]) -> None:
        self.ids = sorted(texts)
        self.texts = texts
        self.starts: list[int] = []
        parts = []
        at = 0
        for article_id in self.ids:
            self.starts.append(at)
            parts.append(texts[article_id])
            at += len(texts[article_id]) + 1
        self.joined = _SEPARATOR.join(parts)

    def find(self, exact: str) -> list[tuple[int, int]]:
        """(article id, start) of every occurrence of `exact`."""
        hits = []
        for at in occurrences(self.joined, exact):
            n = bisect_right(self.starts, at) - 1
            hits.append((self.ids[n], at - self.starts[n]))
        return hits


def locate(
    texts: dict[int, str],
    by_source: dict[str, int],
    incoming: IncomingAnnotation,
    corpus: _Corpus | None,
) -> Placed | NotPlaced:
    """Where an annotation goes, or why it cannot be placed."""
    a = incoming
    if not a.exact:
        return NotPlaced(a.label, "", "has no TextQuoteSelector (no quote to find)")
    known = next((by_source[s] for s in a.sources if s in by_source), None)
    if known is not None:
        text = texts[known]
        if a.start is not None and a.end is not None:
            found = anchor(text, TextSelectors(a.start, a.end, a.exact, a.prefix, a.suffix))
            if not found.orphan:
                return Placed(a.label, known, found.start, found.end, found.method)
            return NotPlaced(a.label, a.exact, f"quote not found in article {known}")
        starts = _with_context(text, occurrences(text, a.exact), a)
        if len(starts) == 1:
            return Placed(a.label, known, starts[0], starts[0] + len(a.exact), "exact")
        if starts:
            return NotPlaced(
                a.label, a.exact, f"quote occurs {len(starts)} times in article {known}"
            )
        return NotPlaced(a.label, a.exact, f"quote not found in article {known}")
    if corpus is None:
        return NotPlaced(a.label, a.exact, "no article in the project")
    hits = corpus.find(a.exact)
    if not hits:
        return NotPlaced(a.label, a.exact, "quote not found in any article")
    in_context = [(aid, s) for aid, s in hits if _context_fits(texts[aid], s, a)]
    for candidates in (in_context, hits):
        if len(candidates) > 1 and a.start is not None:
            at_position = [c for c in candidates if c[1] == a.start]
            if len(at_position) == 1:
                candidates = at_position
        if len(candidates) == 1:
            aid, s = candidates[0]
            return Placed(a.label, aid, s, s + len(a.exact), "search")
        if candidates:
            where = sorted({aid for aid, _ in candidates})
            shown = ", ".join(str(x) for x in where[:5]) + ("…" if len(where) > 5 else "")
            return NotPlaced(
                a.label,
                a.exact,
                f"ambiguous: quote occurs {len(candidates)} times (articles {shown})",
            )
    return NotPlaced(a.label, a.exact, "quote not found in any article")


def _context_fits(text: str, start: int, a: IncomingAnnotation) -> bool:
    return context_agrees(text, start, a.exact, a.prefix, a.suffix)


def _with_context(text: str, starts: list[int], a: IncomingAnnotation) -> list[int]:
    fitting = [s for s in starts if _context_fits(text, s, a)]
    return fitting or starts


def import_annotations(
    project: ProjectBase,
    incoming: list[IncomingAnnotation],
    progress: Progress | None = None,
) -> AnnotationImport:
    """Place each annotation and store those placed (with tags, notes, claims) in one commit."""
    result = AnnotationImport()
    with project._read() as s:
        rows = s.execute(
            select(ArticleRow.id, ArticleRow.text, ArticleRow.text_hash, ArticleRow.url)
        ).all()
        existing = {
            (r.article_id, r.start, r.end)
            for r in s.execute(
                select(HighlightRow.article_id, HighlightRow.start, HighlightRow.end)
            )
        }
    texts = {r.id: r.text for r in rows}
    hashes = {r.id: r.text_hash for r in rows}
    by_source: dict[str, int] = {ARTICLE_URN + r.text_hash: r.id for r in rows}
    urls: dict[str, list[int]] = defaultdict(list)
    for r in rows:
        if r.url:
            urls[r.url].append(r.id)
    for url, ids in urls.items():
        if len(ids) == 1:
            by_source.setdefault(url, ids[0])
    corpus: _Corpus | None = None
    placed: list[tuple[Placed, IncomingAnnotation]] = []
    for n, a in enumerate(incoming, start=1):
        known = any(src in by_source for src in a.sources)
        if not known and corpus is None and texts:
            corpus = _Corpus(texts)
        where = locate(texts, by_source, a, corpus)
        if isinstance(where, NotPlaced):
            result.not_placed.append(where)
        elif (where.article_id, where.start, where.end) in existing:
            result.duplicates.append(where)
        else:
            existing.add((where.article_id, where.start, where.end))
            result.placed.append(where)
            placed.append((where, a))
        if progress is not None and n % 500 == 0:
            progress(n, len(incoming))
    if placed:
        _store(project, placed, texts, hashes, result)
    return result


def _store(
    project: ProjectBase,
    placed: list[tuple[Placed, IncomingAnnotation]],
    texts: dict[int, str],
    hashes: dict[int, str],
    result: AnnotationImport,
) -> None:
    with project._write() as s:
        tag_ids = {name.casefold(): tid for tid, name in s.execute(select(TagRow.id, TagRow.name))}
        claim_ids = {
            st.strip(): cid for cid, st in s.execute(select(ClaimRow.id, ClaimRow.statement))
        }
        for _, a in placed:
            for name, colour in a.tags:
                key = name.strip().casefold()
                if key not in tag_ids:
                    row = TagRow(name=name.strip(), colour=_colour(colour, DEFAULT_TAG_COLOUR))
                    s.add(row)
                    s.flush()
                    tag_ids[key] = row.id
                    result.created_tags.append(row.name)
            for e in a.evidence:
                key = e.statement.strip()
                if key not in claim_ids:
                    status = e.status if e.status in set(ClaimStatus) else ClaimStatus.UNVERIFIED
                    claim = ClaimRow(statement=key, status=status, note=e.claim_note)
                    s.add(claim)
                    s.flush()
                    claim_ids[key] = claim.id
                    result.created_claims.append(key)
        now = utcnow()
        rows = []
        for where, a in placed:
            sel = describe(texts[where.article_id], where.start, where.end)
            rows.append(
                {
                    "article_id": where.article_id,
                    "start": sel.start,
                    "end": sel.end,
                    "exact": sel.exact,
                    "prefix": sel.prefix,
                    "suffix": sel.suffix,
                    "text_hash": hashes[where.article_id],
                    "colour": _colour(a.colour, DEFAULT_COLOUR),
                    "note": a.note,
                    "orphan": False,
                    "created_at": a.created or now,
                    "updated_at": a.modified or a.created or now,
                }
            )
        ids = list(
            s.scalars(
                insert(HighlightRow).returning(HighlightRow.id, sort_by_parameter_order=True), rows
            )
        )
        links = []
        evidence = []
        stances = set(Stance)
        for hid, (_, a) in zip(ids, placed, strict=True):
            for tid in sorted({tag_ids[name.strip().casefold()] for name, _ in a.tags}):
                links.append({"highlight_id": hid, "tag_id": tid})
            seen: set[int] = set()
            for e in a.evidence:
                cid = claim_ids[e.statement.strip()]
                if cid in seen:
                    continue
                seen.add(cid)
                stance = e.stance if e.stance in stances else Stance.MENTIONS
                evidence.append(
                    {"highlight_id": hid, "claim_id": cid, "stance": stance, "value": e.value}
                )
        if links:
            s.execute(insert(highlight_tags), links)
        if evidence:
            s.execute(insert(EvidenceRow), evidence)
        result.highlight_ids = ids
    changes = [Change("highlight", "added", tuple(ids))]
    if result.created_tags or links:
        changes.append(Change("tag", "updated"))
    if result.created_claims or evidence:
        changes.append(Change("claim", "updated"))
    project._notify(*changes)


def _colour(colour: str | None, fallback: str) -> str:
    return colour if colour and _COLOUR.match(colour) else fallback
