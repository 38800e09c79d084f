"""Undo commands for tags, claims, evidence, notes and the project dictionary.

Each command's `redo` makes one write through the project services and `undo` reverts it with
the snapshot or previous value that write returned. A write that fails (a duplicate tag name,
a read-only project) leaves the command obsolete, so the undo stack drops it; the caller reads
`error` and shows it.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from kursk_reader.core.errors import KurskError
from kursk_reader.core.models import ClaimStatus, EvidenceLink, Stance
from kursk_reader.services import Project
from kursk_reader.services.tags_claims import ClaimSnapshot, TagSnapshot


def short(text: str, limit: int = 40) -> str:
    """A one-line excerpt for command names and labels."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class AnnotationCommand(QUndoCommand):
    """Base: runs `_redo`/`_undo`, catching user-facing errors."""

    def __init__(self, project: Project, text: str) -> None:
        super().__init__(text)
        self.project = project
        self.error: KurskError | None = None
        self._done_once = False

    def redo(self) -> None:
        try:
            self._redo()
            self._done_once = True
        except KurskError as e:
            self.error = e
            self.setObsolete(True)

    def undo(self) -> None:
        try:
            self._undo()
        except KurskError as e:
            self.error = e
            self.setObsolete(True)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


def push(stack: QUndoStack, command: AnnotationCommand) -> KurskError | None:
    """Push `command` (which runs it); returns the error it met, if any."""
    stack.push(command)
    return command.error


class CreateTagCommand(AnnotationCommand):
    def __init__(
        self, project: Project, name: str, parent_id: int | None = None, colour: str = "#90caf9"
    ) -> None:
        super().__init__(project, f"Create tag '{short(name)}'")
        self.name, self.parent_id, self.colour = name, parent_id, colour
        self.tag_id: int | None = None
        self._snapshot: TagSnapshot | None = None

    def _redo(self) -> None:
        if self._snapshot is not None:
            self.project.restore_tag(self._snapshot)
        else:
            self.tag_id = self.project.create_tag(self.name, self.parent_id, self.colour).id

    def _undo(self) -> None:
        assert self.tag_id is not None
        self._snapshot = self.project.delete_tag(self.tag_id)


class UpdateTagCommand(AnnotationCommand):
    """Rename or recolour a tag."""

    def __init__(
        self,
        project: Project,
        tag_id: int,
        name: str | None = None,
        colour: str | None = None,
    ) -> None:
        tag = next(t for t in project.tags() if t.id == tag_id)
        if name is not None:
            text = f"Rename tag '{short(tag.name)}' to '{short(name)}'"
        else:
            text = f"Recolour tag '{short(tag.name)}'"
        super().__init__(project, text)
        self.tag_id = tag_id
        self.new = (name, colour)
        self.old = (tag.name if name is not None else None, tag.colour if colour else None)

    def _redo(self) -> None:
        self.project.update_tag(self.tag_id, name=self.new[0], colour=self.new[1])

    def _undo(self) -> None:
        self.project.update_tag(self.tag_id, name=self.old[0], colour=self.old[1])


class MoveTagCommand(AnnotationCommand):
    def __init__(
        self, project: Project, tag_id: int, parent_id: int | None, parent_name: str = ""
    ) -> None:
        tag = next(t for t in project.tags() if t.id == tag_id)
        where = f"under '{short(parent_name)}'" if parent_id is not None else "to the top level"
        super().__init__(project, f"Move tag '{short(tag.name)}' {where}")
        self.tag_id, self.parent_id, self.old_parent_id = tag_id, parent_id, tag.parent_id

    def _redo(self) -> None:
        self.project.move_tag(self.tag_id, self.parent_id)

    def _undo(self) -> None:
        self.project.move_tag(self.tag_id, self.old_parent_id)


class DeleteTagCommand(AnnotationCommand):
    def __init__(self, project: Project, tag_id: int) -> None:
        tag = next(t for t in project.tags() if t.id == tag_id)
        super().__init__(project, f"Delete tag '{short(tag.name)}'")
        self.tag_id = tag_id
        self._snapshot: TagSnapshot | None = None

    def _redo(self) -> None:
        self._snapshot = self.project.delete_tag(self.tag_id)

    def _undo(self) -> None:
        assert self._snapshot is not None
        self.project.restore_tag(self._snapshot)


class MergeTagsCommand(AnnotationCommand):
    """Fold one tag into another; undo brings the source back with its highlights and children."""

    def __init__(self, project: Project, source_id: int, target_id: int) -> None:
        tags = {t.id: t for t in project.tags()}
        super().__init__(
            project,
            f"Merge tag '{short(tags[source_id].name)}' into '{short(tags[target_id].name)}'",
        )
        self.source_id, self.target_id = source_id, target_id
        self._children: tuple[int, ...] = ()
        self._snapshot: TagSnapshot | None = None
        self._added: tuple[int, ...] = ()

    def _redo(self) -> None:
        self._children = tuple(t.id for t in self.project.tags() if t.parent_id == self.source_id)
        self._snapshot, self._added = self.project.merge_tags(self.source_id, self.target_id)

    def _undo(self) -> None:
        assert self._snapshot is not None
        self.project.restore_tag(self._snapshot)
        for child in self._children:
            self.project.move_tag(child, self.source_id)
        if self._added:
            self.project.remove_tag_from(self.target_id, self._added)


class SetHighlightTagsCommand(AnnotationCommand):
    """Give a highlight exactly these tags; `new_tag_name` first creates a tag of that name
    (and undo deletes it again)."""

    def __init__(
        self,
        project: Project,
        highlight_id: int,
        tag_ids: tuple[int, ...],
        text: str,
        new_tag_name: str = "",
        new_tag_colour: str = "#90caf9",
    ) -> None:
        super().__init__(project, text)
        self.highlight_id = highlight_id
        self.tag_ids = tag_ids
        self.new_tag_name, self.new_tag_colour = new_tag_name, new_tag_colour
        self.new_tag_id: int | None = None
        self._new_tag_snapshot: TagSnapshot | None = None
        self._previous: tuple[int, ...] = ()

    def _redo(self) -> None:
        wanted = self.tag_ids
        if self.new_tag_name:
            if self._new_tag_snapshot is not None:
                self.project.restore_tag(self._new_tag_snapshot)
            else:
                self.new_tag_id = self.project.create_tag(
                    self.new_tag_name, colour=self.new_tag_colour
                ).id
            assert self.new_tag_id is not None
            wanted = (*wanted, self.new_tag_id)
        self._previous = self.project.set_highlight_tags(self.highlight_id, wanted)

    def _undo(self) -> None:
        self.project.set_highlight_tags(self.highlight_id, self._previous)
        if self.new_tag_id is not None:
            self._new_tag_snapshot = self.project.delete_tag(self.new_tag_id)


class SetHighlightNoteCommand(AnnotationCommand):
    def __init__(self, project: Project, highlight_id: int, old: str, new: str) -> None:
        super().__init__(project, "Edit highlight note")
        self.highlight_id, self.old, self.new = highlight_id, old, new

    def _redo(self) -> None:
        self.project.update_highlight(self.highlight_id, note=self.new)

    def _undo(self) -> None:
        self.project.update_highlight(self.highlight_id, note=self.old)


class CreateClaimCommand(AnnotationCommand):
    """Create a claim, optionally tying a highlight to it at once."""

    def __init__(
        self,
        project: Project,
        statement: str,
        highlight_id: int | None = None,
        stance: Stance = Stance.SUPPORTS,
        value: str = "",
    ) -> None:
        super().__init__(project, f"New claim '{short(statement)}'")
        self.statement = statement
        self.highlight_id, self.stance, self.value = highlight_id, stance, value
        self.claim_id: int | None = None
        self._snapshot: ClaimSnapshot | None = None

    def _redo(self) -> None:
        if self._snapshot is not None:
            self.project.restore_claim(self._snapshot)
            return
        self.claim_id = self.project.create_claim(self.statement).id
        if self.highlight_id is not None:
            self.project.link_evidence(self.highlight_id, self.claim_id, self.stance, self.value)

    def _undo(self) -> None:
        assert self.claim_id is not None
        self._snapshot = self.project.delete_claim(self.claim_id)


class UpdateClaimCommand(AnnotationCommand):
    """Change a claim's statement, status or note."""

    def __init__(
        self,
        project: Project,
        claim_id: int,
        statement: str | None = None,
        status: ClaimStatus | None = None,
        note: str | None = None,
    ) -> None:
        claim = project.get_claim(claim_id)
        if status is not None:
            text = f"Mark claim '{short(claim.statement)}' {status.value}"
        elif statement is not None:
            text = f"Reword claim '{short(claim.statement)}'"
        else:
            text = f"Edit note of claim '{short(claim.statement)}'"
        super().__init__(project, text)
        self.claim_id = claim_id
        self.new = (statement, status, note)
        self.old = (
            claim.statement if statement is not None else None,
            claim.status if status is not None else None,
            claim.note if note is not None else None,
        )

    def _redo(self) -> None:
        statement, status, note = self.new
        self.project.update_claim(self.claim_id, statement=statement, status=status, note=note)

    def _undo(self) -> None:
        statement, status, note = self.old
        self.project.update_claim(self.claim_id, statement=statement, status=status, note=note)


class DeleteClaimCommand(AnnotationCommand):
    def __init__(self, project: Project, claim_id: int) -> None:
        claim = project.get_claim(claim_id)
        super().__init__(project, f"Delete claim '{short(claim.statement)}'")
        self.claim_id = claim_id
        self._snapshot: ClaimSnapshot | None = None

    def _redo(self) -> None:
        self._snapshot = self.project.delete_claim(self.claim_id)

    def _undo(self) -> None:
        assert self._snapshot is not None
        self.project.restore_claim(self._snapshot)


class LinkEvidenceCommand(AnnotationCommand):
    """Tie a highlight to a claim with a stance and the outlet's value (or change the tie)."""

    def __init__(
        self, project: Project, highlight_id: int, claim_id: int, stance: Stance, value: str
    ) -> None:
        claim = project.get_claim(claim_id)
        super().__init__(project, f"Link to claim '{short(claim.statement)}'")
        self.highlight_id, self.claim_id = highlight_id, claim_id
        self.stance, self.value = stance, value
        self._previous: EvidenceLink | None = None

    def _redo(self) -> None:
        self._previous = self.project.link_evidence(
            self.highlight_id, self.claim_id, self.stance, self.value
        )

    def _undo(self) -> None:
        p = self._previous
        if p is None:
            self.project.unlink_evidence(self.highlight_id, self.claim_id)
        else:
            self.project.link_evidence(p.highlight_id, p.claim_id, p.stance, p.value)


class UnlinkEvidenceCommand(AnnotationCommand):
    def __init__(self, project: Project, highlight_id: int, claim_id: int) -> None:
        claim = project.get_claim(claim_id)
        super().__init__(project, f"Unlink from claim '{short(claim.statement)}'")
        self.highlight_id, self.claim_id = highlight_id, claim_id
        self._removed: EvidenceLink | None = None

    def _redo(self) -> None:
        self._removed = self.project.unlink_evidence(self.highlight_id, self.claim_id)

    def _undo(self) -> None:
        r = self._removed
        if r is not None:
            self.project.link_evidence(r.highlight_id, r.claim_id, r.stance, r.value)


class AddWordCommand(AnnotationCommand):
    """Add a word to the project dictionary."""

    def __init__(self, project: Project, word: str) -> None:
        super().__init__(project, f"Add '{short(word)}' to the project dictionary")
        self.word = word.strip()
        self._was_there = self.word in project.words()

    def _redo(self) -> None:
        self.project.add_word(self.word)

    def _undo(self) -> None:
        if not self._was_there:
            self.project.remove_word(self.word)
