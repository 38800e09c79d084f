"""Undoable highlight actions: add, delete, change colour. Each redo/undo is one service call
(one committed transaction); the views follow through the bus's `changed` signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from kursk_reader.core.models import HighlightSnapshot

if TYPE_CHECKING:
    from kursk_reader.services import Project


def _quote(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"


class AddHighlightCommand(QUndoCommand):
    """Highlight a passage. Undo deletes it; redo puts back the same highlight (same id), so
    later commands that refer to it still work."""

    def __init__(
        self, project: Project, article_id: int, start: int, end: int, colour: str, quote: str
    ) -> None:
        super().__init__(f"Highlight {_quote(quote)}")
        self.project = project
        self.article_id, self.start, self.end, self.colour = article_id, start, end, colour
        self.highlight_id: int | None = None
        self._snapshot: HighlightSnapshot | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            h = self.project.add_highlight(self.article_id, self.start, self.end, self.colour)
            self.highlight_id = h.id
        else:
            self.project.restore_highlight(self._snapshot)

    def undo(self) -> None:
        if self.highlight_id is not None:
            self._snapshot = self.project.delete_highlight(self.highlight_id)


class DeleteHighlightCommand(QUndoCommand):
    """Delete a highlight with its tags and evidence; undo restores all of it."""

    def __init__(self, project: Project, highlight_id: int) -> None:
        h = project.get_highlight(highlight_id)
        super().__init__(f"Delete highlight {_quote(h.exact)}")
        self.project = project
        self.highlight_id = highlight_id
        self._snapshot: HighlightSnapshot | None = None

    def redo(self) -> None:
        self._snapshot = self.project.delete_highlight(self.highlight_id)

    def undo(self) -> None:
        if self._snapshot is not None:
            self.project.restore_highlight(self._snapshot)


class ChangeColourCommand(QUndoCommand):
    """Give a highlight another colour; undo gives back the old one."""

    def __init__(self, project: Project, highlight_id: int, colour: str) -> None:
        h = project.get_highlight(highlight_id)
        super().__init__(f"Change colour of {_quote(h.exact)}")
        self.project = project
        self.highlight_id = highlight_id
        self.old, self.new = h.colour, colour

    def redo(self) -> None:
        self.project.update_highlight(self.highlight_id, colour=self.new)

    def undo(self) -> None:
        self.project.update_highlight(self.highlight_id, colour=self.old)
