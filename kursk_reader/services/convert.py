"""ORM rows to the plain records of `core.models`; nothing outside services sees a row."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from kursk_reader.core.models import (
    ArticleInfo,
    Claim,
    ClaimStatus,
    EvidenceLink,
    Highlight,
    Stance,
    Tag,
)
from kursk_reader.storage.schema import ArticleRow, ClaimRow, EvidenceRow, HighlightRow, TagRow


def article_info(row: ArticleRow) -> ArticleInfo:
    return ArticleInfo(
        id=row.id,
        title=row.title,
        outlet=row.outlet,
        url=row.url,
        author=row.author,
        published=row.published,
        language=row.language,
        source_file=row.source_file,
        original_format=row.original_format,
        chars=row.chars,
        text_hash=row.text_hash,
        imported_at=row.imported_at,
        near_duplicate_of=row.near_duplicate_of,
    )


INFO_COLUMNS = tuple(getattr(ArticleRow, f.name) for f in fields(ArticleInfo))
"""The article columns an `ArticleInfo` holds, in its fields' order: lists select only
these, never the text or the original bytes."""


def info_from_columns(r: Any) -> ArticleInfo:
    """An `ArticleInfo` from a row selected with INFO_COLUMNS."""
    return ArticleInfo(*tuple(r))


def tag(row: TagRow, count: int = 0) -> Tag:
    return Tag(
        id=row.id,
        name=row.name,
        parent_id=row.parent_id,
        colour=row.colour,
        description=row.description,
        highlight_count=count,
    )


def claim(row: ClaimRow) -> Claim:
    return Claim(id=row.id, statement=row.statement, status=ClaimStatus(row.status), note=row.note)


def evidence(row: EvidenceRow) -> EvidenceLink:
    return EvidenceLink(
        highlight_id=row.highlight_id,
        claim_id=row.claim_id,
        stance=Stance(row.stance),
        value=row.value,
    )


def highlight(row: HighlightRow) -> Highlight:
    return Highlight(
        id=row.id,
        article_id=row.article_id,
        start=row.start,
        end=row.end,
        exact=row.exact,
        prefix=row.prefix,
        suffix=row.suffix,
        colour=row.colour,
        note=row.note,
        orphan=row.orphan,
        created_at=row.created_at,
        updated_at=row.updated_at,
        tag_ids=tuple(sorted(t.id for t in row.tags)),
        evidence=tuple(sorted((evidence(e) for e in row.evidence), key=lambda e: e.claim_id)),
    )
