"""Highlighting in the main window's panes: H, the colour keys, delete and recolour as undoable
commands, the selected highlight, hover tooltips, and keeping the panes' highlights in step
with the project. A part of `MainWindow`."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow

from kursk_reader.core.errors import KurskError, NotFound
from kursk_reader.gui.bus import GuiBus
from kursk_reader.gui.commands_highlights import (
    AddHighlightCommand,
    ChangeColourCommand,
    DeleteHighlightCommand,
)
from kursk_reader.gui.panes import PaneArea

if TYPE_CHECKING:
    from kursk_reader.services import Project

NO_SELECTION = "Select some text first, then press H."


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) without the white space at either edge of text[start:end]."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class HighlightEditing(QMainWindow):
    """Adds, recolours and deletes highlights in the panes; tracks the selected one."""

    panes: PaneArea
    bus: GuiBus
    undo_stack: QUndoStack
    current_colour: str
    colour_actions: list[QAction]
    _tag_names: dict[int, str] | None = None
    _claim_texts: dict[int, str] | None = None
    _selected_highlight: int | None = None

    if TYPE_CHECKING:  # provided by the other parts of MainWindow

        @property
        def live_project(self) -> Project: ...
        def current_selection(self) -> tuple[int, int, int] | None: ...
        def _update_actions(self, *_: object) -> None: ...
        def _error(self, message: str) -> None: ...

    def selected_highlight(self) -> int | None:
        """The highlight last selected (clicked in the text or in the highlight list)."""
        return self._selected_highlight

    def set_current_colour(self, colour: str) -> None:
        """The colour new highlights get (keys 1-6)."""
        self.current_colour = colour
        for action in self.colour_actions:
            action.setChecked(action.data() == colour)

    def highlight_selection(self) -> None:
        """Highlight the current pane's selected text with the current colour (undoable)."""
        found = self.current_selection()
        if found is None:
            self.statusBar().showMessage(NO_SELECTION, 4000)
            return
        article_id, start, end = found
        pane = self.panes.current_pane()
        text = pane.view.article.text if pane and pane.view.article else ""
        if text:
            # Word-wise keyboard selection takes the space after the last word: leave it out.
            start, end = trimmed(text, start, end)
            if start >= end:
                self.statusBar().showMessage(NO_SELECTION, 4000)
                return
        command = AddHighlightCommand(
            self.live_project, article_id, start, end, self.current_colour, text[start:end]
        )
        self._push(command)
        if pane is not None:
            cursor = pane.view.textCursor()
            cursor.clearSelection()
            pane.view.setTextCursor(cursor)
        if command.highlight_id is not None:
            # The new highlight is the one to tag, note or link next (T, N, L).
            self.bus.highlightSelected.emit(command.highlight_id)

    def delete_selected_highlight(self) -> None:
        if self._selected_highlight is not None:
            self._push(DeleteHighlightCommand(self.live_project, self._selected_highlight))

    def recolour_selected_highlight(self) -> None:
        if self._selected_highlight is not None:
            self._push(
                ChangeColourCommand(
                    self.live_project, self._selected_highlight, self.current_colour
                )
            )

    def reveal_highlight(self, highlight_id: int) -> None:
        """Scroll the pane showing a highlight to it and select it."""
        for pane in self.panes.panes:
            found = pane.view.span_range(highlight_id)
            if found is not None:
                pane.view.scroll_to(*found)
                break
        self.bus.highlightSelected.emit(highlight_id)

    def _push(self, command: QUndoCommand) -> None:
        try:
            self.undo_stack.push(command)
        except KurskError as e:
            self._error(str(e))

    def _highlight_selected(self, highlight_id: int | None) -> None:
        self._selected_highlight = highlight_id
        for pane in self.panes.panes:
            pane.view.set_selected_highlight(highlight_id)
        self._update_actions()

    def _tooltip(self, ids: list[int]) -> str:
        """What a highlight carries: colour, tags, note, claims (rich text for the tooltip)."""
        if self._tag_names is None:
            self._tag_names = {t.id: t.name for t in self.live_project.tags()}
        if self._claim_texts is None:
            self._claim_texts = {c.id: c.statement for c in self.live_project.claims()}
        parts = []
        for hid in ids:
            try:
                h = self.bus.highlight(hid)
            except NotFound:
                continue
            lines = []
            tags = [self._tag_names.get(t, "?") for t in h.tag_ids]
            if tags:
                lines.append("<b>Tags:</b> " + html.escape(", ".join(tags)))
            if h.note:
                lines.append("<b>Note:</b> " + html.escape(h.note[:300]))
            for e in h.evidence:
                claim = self._claim_texts.get(e.claim_id, "?")
                value = f" = {e.value}" if e.value else ""
                lines.append(f"<b>{e.stance.value}:</b> " + html.escape(claim + value))
            if not lines:
                lines.append("<i>No tags, note or claims yet</i>")
            parts.append("<br>".join(lines))
        return "<hr>".join(parts)

    def _forget_names(self) -> None:
        """Tags or claims changed: the tooltips look their names up afresh."""
        self._tag_names = None
        self._claim_texts = None

    def _highlights_removed(self, ids: tuple[int, ...]) -> None:
        for pane in self.panes.panes:
            for hid in ids:
                pane.view.remove_span(hid)
        if self._selected_highlight in ids:
            self.bus.highlightSelected.emit(None)

    def _refresh_highlights(self, ids: tuple[int, ...]) -> None:
        shown = {p.article_id for p in self.panes.panes}
        for hid in ids:
            try:
                h = self.bus.highlight(hid)
            except NotFound:
                continue
            if h.article_id not in shown:
                continue
            for pane in self.panes.panes:
                if pane.article_id == h.article_id:
                    pane.view.upsert_span(h.id, h.start, h.end, h.colour)
                    pane.view.set_selected_highlight(self._selected_highlight)
