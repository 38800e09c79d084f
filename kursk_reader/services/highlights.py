"""Highlights, their tags and the evidence tying them to claims."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from kursk_reader.core.anchoring import CONTEXT_CHARS
from kursk_reader.core.errors import KurskError, NotFound
from kursk_reader.core.models import (
    Change,
    EvidenceLink,
    Highlight,
    HighlightSnapshot,
    Stance,
)
from kursk_reader.services import convert
from kursk_reader.services.base import ProjectBase, bulk_records
from kursk_reader.storage.schema import (
    ArticleRow,
    ClaimRow,
    EvidenceRow,
    HighlightRow,
    TagRow,
    highlight_tags,
    utcnow,
)

DEFAULT_COLOUR = "#ffd54f"


def load_highlights(s: Session, ids: Select[Any]) -> list[Highlight]:
    """The highlights whose ids `ids` selects, in reading order, with tags and evidence.

    The ids are read once and handed to three plain SQLite queries as one JSON list
    (`json_each`), read through the driver: the claim matrix and `highlights()` of a large
    project read thousands of rows, and ORM rows or per-row type processing cost more than
    the queries themselves.
    """
    with bulk_records():
        return _load_highlights(s, ids)


def _load_highlights(s: Session, ids: Select[Any]) -> list[Highlight]:
    conn = s.connection()
    wanted = json.dumps([row[0] for row in conn.execute(ids).all()])
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        tags: dict[int, list[int]] = {}
        for hid, tid in cursor.execute(_TAGS_SQL, (wanted,)).fetchall():
            tags.setdefault(hid, []).append(tid)
        evidence: dict[int, list[EvidenceLink]] = {}
        for hid, cid, stance, value in cursor.execute(_EVIDENCE_SQL, (wanted,)).fetchall():
            evidence.setdefault(hid, []).append(EvidenceLink(hid, cid, _STANCES[stance], value))
        rows = cursor.execute(_HIGHLIGHTS_SQL, (wanted,)).fetchall()
    finally:
        cursor.close()
    when = datetime.fromisoformat
    return [
        Highlight(
            hid,
            aid,
            start,
            end,
            exact,
            prefix,
            suffix,
            colour,
            note,
            bool(orphan),
            when(created),
            when(updated),
            tuple(tags.get(hid, ())),
            tuple(evidence.get(hid, ())),
        )
        for hid, aid, start, end, exact, prefix, suffix, colour, note, orphan, created, updated in rows
    ]


_IDS = "(SELECT value FROM json_each(?))"
_TAGS_SQL = (
    f"SELECT highlight_id, tag_id FROM highlight_tags WHERE highlight_id IN {_IDS} ORDER BY tag_id"
)
_EVIDENCE_SQL = (
    f"SELECT highlight_id, claim_id, stance, value FROM evidence WHERE highlight_id IN {_IDS} "
    "ORDER BY claim_id"
)
_HIGHLIGHTS_SQL = (
    'SELECT id, article_id, start, "end", exact, prefix, suffix, colour, note, orphan, '
    f"created_at, updated_at FROM highlights WHERE id IN {_IDS} ORDER BY article_id, start, id"
)


_STANCES = {s.value: s for s in Stance}


class HighlightServices(ProjectBase):
    def add_highlight(
        self,
        article_id: int,
        start: int,
        end: int,
        colour: str = DEFAULT_COLOUR,
        note: str = "",
        tag_ids: Iterable[int] = (),
    ) -> Highlight:
        """Highlight text[start:end] (code points) of an article, with its quote selectors."""
        with self._write() as s:
            row = self._new_highlight_row(s, article_id, start, end, colour, note)
            s.add(row)
            s.flush()
            tag_ids = tuple(tag_ids)
            if tag_ids:
                self._link_tags(s, row.id, tag_ids)
            result = Highlight(
                id=row.id,
                article_id=article_id,
                start=row.start,
                end=row.end,
                exact=row.exact,
                prefix=row.prefix,
                suffix=row.suffix,
                colour=row.colour,
                note=row.note,
                orphan=False,
                created_at=row.created_at,
                updated_at=row.updated_at,
                tag_ids=tuple(sorted(tag_ids)),
            )
        self._notify(Change("highlight", "added", (result.id,)))
        return result

    def _new_highlight_row(
        self, s: Session, article_id: int, start: int, end: int, colour: str, note: str
    ) -> HighlightRow:
        # Quote and context are cut by SQLite (substr counts characters, as Python does),
        # so a long article's text is not loaded for every highlight; one substr of the whole
        # window, since each substr walks the UTF-8 text from its start.
        pre = max(0, start - CONTEXT_CHARS)
        found = s.execute(
            select(
                ArticleRow.chars,
                ArticleRow.text_hash,
                func.substr(ArticleRow.text, pre + 1, max(0, end - pre) + CONTEXT_CHARS),
            ).where(ArticleRow.id == article_id)
        ).first()
        if found is None:
            raise NotFound(f"no article {article_id}")
        chars, digest, window = found
        prefix = window[: start - pre]
        exact = window[start - pre : end - pre]
        suffix = window[end - pre :]
        if not (0 <= start < end <= chars):
            raise KurskError(
                f"range {start}-{end} is outside article {article_id} ({chars} characters)"
            )
        now = utcnow()
        return HighlightRow(
            article_id=article_id,
            start=start,
            end=end,
            exact=exact,
            prefix=prefix,
            suffix=suffix,
            text_hash=digest,
            colour=colour,
            note=note,
            orphan=False,
            created_at=now,
            updated_at=now,
        )

    def get_highlight(self, highlight_id: int) -> Highlight:
        with self._read() as s:
            found = load_highlights(
                s, select(HighlightRow.id).where(HighlightRow.id == highlight_id)
            )
        if not found:
            raise NotFound(f"no highlight {highlight_id}")
        return found[0]

    def highlights(
        self,
        article_ids: Iterable[int] | None = None,
        tag_ids: Iterable[int] | None = None,
        claim_ids: Iterable[int] | None = None,
    ) -> list[Highlight]:
        """Highlights in reading order (article, start), optionally only those in scope."""
        q = select(HighlightRow).order_by(
            HighlightRow.article_id, HighlightRow.start, HighlightRow.id
        )
        if article_ids is not None:
            q = q.where(HighlightRow.article_id.in_(list(article_ids)))
        if tag_ids is not None:
            q = q.where(
                HighlightRow.id.in_(
                    select(highlight_tags.c.highlight_id).where(
                        highlight_tags.c.tag_id.in_(list(tag_ids))
                    )
                )
            )
        if claim_ids is not None:
            q = q.where(
                HighlightRow.id.in_(
                    select(EvidenceRow.highlight_id).where(
                        EvidenceRow.claim_id.in_(list(claim_ids))
                    )
                )
            )
        with self._read() as s:
            return load_highlights(s, q.with_only_columns(HighlightRow.id))

    def highlight_spans(self, article_ids: Iterable[int]) -> list[tuple[int, int, int, int, str]]:
        """(id, article_id, start, end, colour) of the articles' highlights in reading order:
        what a text view needs to draw them, without loading tags, notes and evidence (fast
        for an article holding thousands of highlights)."""
        q = (
            select(
                HighlightRow.id,
                HighlightRow.article_id,
                HighlightRow.start,
                HighlightRow.end,
                HighlightRow.colour,
            )
            .where(HighlightRow.article_id.in_(list(article_ids)))
            .order_by(HighlightRow.article_id, HighlightRow.start, HighlightRow.id)
        )
        with self._read() as s:
            return [(r[0], r[1], r[2], r[3], r[4]) for r in s.execute(q)]

    def update_highlight(
        self, highlight_id: int, colour: str | None = None, note: str | None = None
    ) -> Highlight:
        with self._write() as s:
            row = s.get(HighlightRow, highlight_id)
            if row is None:
                raise NotFound(f"no highlight {highlight_id}")
            if colour is not None:
                row.colour = colour
            if note is not None:
                row.note = note
            row.updated_at = utcnow()
            s.flush()
            result = convert.highlight(row)
        self._notify(Change("highlight", "updated", (highlight_id,)))
        return result

    def delete_highlight(self, highlight_id: int) -> HighlightSnapshot:
        """Delete a highlight; the snapshot returned puts it back exactly (undo)."""
        with self._write() as s:
            row = s.get(HighlightRow, highlight_id)
            if row is None:
                raise NotFound(f"no highlight {highlight_id}")
            h = convert.highlight(row)
            s.delete(row)
        self._notify(Change("highlight", "removed", (highlight_id,)))
        return HighlightSnapshot(highlight=h, tag_ids=h.tag_ids, evidence=h.evidence)

    def restore_highlight(self, snap: HighlightSnapshot) -> Highlight:
        """Put a deleted highlight back with its id, tags and evidence (tags or claims deleted
        since are skipped)."""
        h = snap.highlight
        with self._write() as s:
            s.add(
                HighlightRow(
                    id=h.id,
                    article_id=h.article_id,
                    start=h.start,
                    end=h.end,
                    exact=h.exact,
                    prefix=h.prefix,
                    suffix=h.suffix,
                    text_hash=s.scalar(
                        select(ArticleRow.text_hash).where(ArticleRow.id == h.article_id)
                    ),
                    colour=h.colour,
                    note=h.note,
                    orphan=h.orphan,
                    created_at=h.created_at,
                    updated_at=h.updated_at,
                )
            )
            s.flush()
            live_tags = set(s.scalars(select(TagRow.id).where(TagRow.id.in_(snap.tag_ids))))
            self._link_tags(s, h.id, [t for t in snap.tag_ids if t in live_tags])
            claims = {e.claim_id for e in snap.evidence}
            live_claims = set(s.scalars(select(ClaimRow.id).where(ClaimRow.id.in_(claims))))
            for e in snap.evidence:
                if e.claim_id in live_claims:
                    s.add(
                        EvidenceRow(
                            highlight_id=h.id,
                            claim_id=e.claim_id,
                            stance=e.stance.value,
                            value=e.value,
                        )
                    )
            s.flush()
            s.expire_all()
            result = convert.highlight(s.get_one(HighlightRow, h.id))
        self._notify(Change("highlight", "added", (h.id,)))
        return result

    def set_highlight_tags(self, highlight_id: int, tag_ids: Iterable[int]) -> tuple[int, ...]:
        """Make the highlight's tags exactly `tag_ids`; returns the tags it had before."""
        wanted = set(tag_ids)
        with self._write() as s:
            if s.get(HighlightRow, highlight_id) is None:
                raise NotFound(f"no highlight {highlight_id}")
            before = set(
                s.scalars(
                    select(highlight_tags.c.tag_id).where(
                        highlight_tags.c.highlight_id == highlight_id
                    )
                )
            )
            s.execute(
                delete(highlight_tags).where(
                    highlight_tags.c.highlight_id == highlight_id,
                    highlight_tags.c.tag_id.in_(before - wanted),
                )
            )
            self._link_tags(s, highlight_id, sorted(wanted - before))
        self._notify(Change("highlight", "updated", (highlight_id,)), Change("tag", "updated"))
        return tuple(sorted(before))

    def _link_tags(self, s: Session, highlight_id: int, tag_ids: Iterable[int]) -> None:
        rows = [{"highlight_id": highlight_id, "tag_id": t} for t in tag_ids]
        if rows:
            s.execute(insert(highlight_tags), rows)

    def link_evidence(
        self,
        highlight_id: int,
        claim_id: int,
        stance: Stance | str = Stance.MENTIONS,
        value: str = "",
    ) -> EvidenceLink | None:
        """Tie a highlight to a claim (or change the tie); returns the previous link, if any."""
        stance = Stance(stance)
        with self._write() as s:
            if s.get(HighlightRow, highlight_id) is None:
                raise NotFound(f"no highlight {highlight_id}")
            if s.get(ClaimRow, claim_id) is None:
                raise NotFound(f"no claim {claim_id}")
            row = s.scalars(
                select(EvidenceRow).where(
                    EvidenceRow.highlight_id == highlight_id, EvidenceRow.claim_id == claim_id
                )
            ).first()
            previous = convert.evidence(row) if row is not None else None
            if row is None:
                s.add(
                    EvidenceRow(
                        highlight_id=highlight_id,
                        claim_id=claim_id,
                        stance=stance.value,
                        value=value,
                    )
                )
            else:
                row.stance, row.value = stance.value, value
        self._notify(Change("evidence", "updated", (highlight_id, claim_id)))
        return previous

    def unlink_evidence(self, highlight_id: int, claim_id: int) -> EvidenceLink | None:
        """Untie a highlight from a claim; returns the link removed (for undo), if there was one."""
        with self._write() as s:
            row = s.scalars(
                select(EvidenceRow).where(
                    EvidenceRow.highlight_id == highlight_id, EvidenceRow.claim_id == claim_id
                )
            ).first()
            if row is None:
                return None
            previous = convert.evidence(row)
            s.delete(row)
        self._notify(Change("evidence", "removed", (highlight_id, claim_id)))
        return previous
