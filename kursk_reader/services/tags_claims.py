"""The tag tree and the claims."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from kursk_reader.core.errors import KurskError, NotFound
from kursk_reader.core.models import Change, Claim, ClaimStatus, EvidenceLink, Tag
from kursk_reader.services import convert
from kursk_reader.services.base import ProjectBase
from kursk_reader.storage.schema import (
    ClaimRow,
    EvidenceRow,
    HighlightRow,
    TagRow,
    highlight_tags,
    utcnow,
)

DEFAULT_TAG_COLOUR = "#90caf9"


@dataclass(frozen=True, slots=True)
class TagSnapshot:
    """A deleted tag with what pointed at it, to put it back (undo)."""

    tag: Tag
    highlight_ids: tuple[int, ...]
    child_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ClaimSnapshot:
    claim: Claim
    evidence: tuple[EvidenceLink, ...]


class TagClaimServices(ProjectBase):
    def create_tag(
        self,
        name: str,
        parent_id: int | None = None,
        colour: str = DEFAULT_TAG_COLOUR,
        description: str = "",
    ) -> Tag:
        name = name.strip()
        if not name:
            raise KurskError("a tag needs a name")
        with self._write() as s:
            self._check_name_free(s, name)
            if parent_id is not None and s.get(TagRow, parent_id) is None:
                raise NotFound(f"no tag {parent_id}")
            row = TagRow(name=name, parent_id=parent_id, colour=colour, description=description)
            s.add(row)
            s.flush()
            result = convert.tag(row)
        self._notify(Change("tag", "added", (result.id,)))
        return result

    def tags(self) -> list[Tag]:
        """All tags with how many highlights carry each, parents before children by name."""
        with self._read() as s:
            counts: dict[int, int] = dict(
                s.execute(
                    select(highlight_tags.c.tag_id, func.count()).group_by(highlight_tags.c.tag_id)
                ).all()
            )
            rows = s.scalars(select(TagRow).order_by(func.lower(TagRow.name)))
            return [convert.tag(r, counts.get(r.id, 0)) for r in rows]

    def tag_by_name(self, name: str) -> Tag | None:
        with self._read() as s:
            row = s.scalars(select(TagRow).where(TagRow.name == name)).first()
            return convert.tag(row) if row is not None else None

    def update_tag(
        self,
        tag_id: int,
        name: str | None = None,
        colour: str | None = None,
        description: str | None = None,
    ) -> Tag:
        """Rename, recolour or describe a tag."""
        with self._write() as s:
            row = s.get(TagRow, tag_id)
            if row is None:
                raise NotFound(f"no tag {tag_id}")
            if name is not None:
                if not name.strip():
                    raise KurskError("a tag needs a name")
                if name.strip() != row.name:
                    self._check_name_free(s, name.strip())
                row.name = name.strip()
            if colour is not None:
                row.colour = colour
            if description is not None:
                row.description = description
            s.flush()
            result = convert.tag(row)
        self._notify(Change("tag", "updated", (tag_id,)))
        return result

    @staticmethod
    def _check_name_free(s: Session, name: str) -> None:
        if s.scalar(select(TagRow.id).where(TagRow.name == name)) is not None:
            raise KurskError(f"a tag named {name!r} already exists")

    def move_tag(self, tag_id: int, parent_id: int | None) -> Tag:
        """Nest a tag under another (None makes it top-level); returns it as it now is."""
        with self._write() as s:
            row = s.get(TagRow, tag_id)
            if row is None:
                raise NotFound(f"no tag {tag_id}")
            if parent_id is not None and self._is_descendant(s, parent_id, tag_id):
                raise KurskError("a tag cannot be nested inside itself or its children")
            row.parent_id = parent_id
            s.flush()
            result = convert.tag(row)
        self._notify(Change("tag", "updated", (tag_id,)))
        return result

    @staticmethod
    def _is_descendant(s: Session, candidate: int, ancestor: int) -> bool:
        seen = set()
        node: int | None = candidate
        while node is not None and node not in seen:
            if node == ancestor:
                return True
            seen.add(node)
            node = s.scalar(select(TagRow.parent_id).where(TagRow.id == node))
        return False

    def delete_tag(self, tag_id: int) -> TagSnapshot:
        """Delete a tag; its children move up to its parent. The snapshot undoes it."""
        with self._write() as s:
            snap = self._delete_tag(s, tag_id, new_parent=None)
        self._notify(Change("tag", "removed", (tag_id,)), Change("highlight", "updated"))
        return snap

    @staticmethod
    def _delete_tag(s: Session, tag_id: int, new_parent: int | None) -> TagSnapshot:
        """Delete inside the caller's transaction; children go to `new_parent`, or else to
        the tag's own parent."""
        row = s.get(TagRow, tag_id)
        if row is None:
            raise NotFound(f"no tag {tag_id}")
        snap = TagSnapshot(
            tag=convert.tag(row),
            highlight_ids=tuple(
                s.scalars(
                    select(highlight_tags.c.highlight_id).where(highlight_tags.c.tag_id == tag_id)
                )
            ),
            child_ids=tuple(s.scalars(select(TagRow.id).where(TagRow.parent_id == tag_id))),
        )
        parent = new_parent if new_parent is not None else row.parent_id
        s.execute(update(TagRow).where(TagRow.parent_id == tag_id).values(parent_id=parent))
        s.delete(row)
        return snap

    def restore_tag(self, snap: TagSnapshot) -> Tag:
        t = snap.tag
        with self._write() as s:
            s.add(
                TagRow(
                    id=t.id,
                    name=t.name,
                    parent_id=t.parent_id,
                    colour=t.colour,
                    description=t.description,
                )
            )
            s.flush()
            s.execute(update(TagRow).where(TagRow.id.in_(snap.child_ids)).values(parent_id=t.id))
            if snap.highlight_ids:
                s.execute(
                    insert(highlight_tags).prefix_with("OR IGNORE"),
                    [{"highlight_id": h, "tag_id": t.id} for h in snap.highlight_ids],
                )
        self._notify(Change("tag", "added", (t.id,)), Change("highlight", "updated"))
        return t

    def merge_tags(self, source_id: int, target_id: int) -> tuple[TagSnapshot, tuple[int, ...]]:
        """Fold tag `source_id` into `target_id`: its highlights and children move over.

        One transaction. Returns the source's snapshot and the highlights that newly got the
        target; to undo: `restore_tag(snapshot)` then `remove_tag_from(target_id, added)`.
        """
        if source_id == target_id:
            raise KurskError("a tag cannot be merged into itself")
        with self._write() as s:
            if s.get(TagRow, target_id) is None:
                raise NotFound(f"no tag {target_id}")
            if self._is_descendant(s, target_id, source_id):
                raise KurskError("a tag cannot be merged into one of its own children")
            had_target = set(
                s.scalars(
                    select(highlight_tags.c.highlight_id).where(
                        highlight_tags.c.tag_id == target_id
                    )
                )
            )
            snap = self._delete_tag(s, source_id, new_parent=target_id)
            added = tuple(sorted(set(snap.highlight_ids) - had_target))
            if added:
                s.execute(
                    insert(highlight_tags),
                    [{"highlight_id": h, "tag_id": target_id} for h in added],
                )
        self._notify(
            Change("tag", "removed", (source_id,)),
            Change("tag", "updated", (target_id,)),
            Change("highlight", "updated", added),
        )
        return snap, added

    def remove_tag_from(self, tag_id: int, highlight_ids: tuple[int, ...]) -> None:
        with self._write() as s:
            s.execute(
                highlight_tags.delete().where(
                    highlight_tags.c.tag_id == tag_id,
                    highlight_tags.c.highlight_id.in_(highlight_ids),
                )
            )
        self._notify(Change("highlight", "updated", highlight_ids), Change("tag", "updated"))

    def create_claim(
        self, statement: str, status: ClaimStatus | str = ClaimStatus.UNVERIFIED, note: str = ""
    ) -> Claim:
        statement = statement.strip()
        if not statement:
            raise KurskError("a claim needs a statement")
        with self._write() as s:
            row = ClaimRow(statement=statement, status=ClaimStatus(status).value, note=note)
            s.add(row)
            s.flush()
            result = convert.claim(row)
        self._notify(Change("claim", "added", (result.id,)))
        return result

    def claims(self) -> list[Claim]:
        with self._read() as s:
            return [convert.claim(r) for r in s.scalars(select(ClaimRow).order_by(ClaimRow.id))]

    def get_claim(self, claim_id: int) -> Claim:
        with self._read() as s:
            row = s.get(ClaimRow, claim_id)
            if row is None:
                raise NotFound(f"no claim {claim_id}")
            return convert.claim(row)

    def update_claim(
        self,
        claim_id: int,
        statement: str | None = None,
        status: ClaimStatus | str | None = None,
        note: str | None = None,
    ) -> Claim:
        with self._write() as s:
            row = s.get(ClaimRow, claim_id)
            if row is None:
                raise NotFound(f"no claim {claim_id}")
            if statement is not None:
                if not statement.strip():
                    raise KurskError("a claim needs a statement")
                row.statement = statement.strip()
            if status is not None:
                row.status = ClaimStatus(status).value
            if note is not None:
                row.note = note
            row.updated_at = utcnow()
            s.flush()
            result = convert.claim(row)
        self._notify(Change("claim", "updated", (claim_id,)))
        return result

    def delete_claim(self, claim_id: int) -> ClaimSnapshot:
        with self._write() as s:
            row = s.get(ClaimRow, claim_id)
            if row is None:
                raise NotFound(f"no claim {claim_id}")
            evidence = tuple(
                convert.evidence(e)
                for e in s.scalars(select(EvidenceRow).where(EvidenceRow.claim_id == claim_id))
            )
            snap = ClaimSnapshot(claim=convert.claim(row), evidence=evidence)
            s.delete(row)
        self._notify(Change("claim", "removed", (claim_id,)), Change("evidence", "removed"))
        return snap

    def restore_claim(self, snap: ClaimSnapshot) -> Claim:
        c = snap.claim
        with self._write() as s:
            s.add(ClaimRow(id=c.id, statement=c.statement, status=c.status.value, note=c.note))
            s.flush()
            wanted = [e.highlight_id for e in snap.evidence]
            live = set(s.scalars(select(HighlightRow.id).where(HighlightRow.id.in_(wanted))))
            for e in snap.evidence:
                if e.highlight_id not in live:
                    continue
                s.add(
                    EvidenceRow(
                        highlight_id=e.highlight_id,
                        claim_id=c.id,
                        stance=e.stance.value,
                        value=e.value,
                    )
                )
        self._notify(Change("claim", "added", (c.id,)), Change("evidence", "added"))
        return c
