"""What the annotation docks (tags, claims, note) share: the context, the highlight selected in
the window, undoable pushes with errors shown, status messages, one refresh per batch of
changes, and lists that keep Delete and F2 for themselves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from kursk_reader.core.errors import KurskError, NotFound
from kursk_reader.core.models import Highlight
from kursk_reader.gui.commands_annotations import AnnotationCommand, push
from kursk_reader.gui.context import GuiContext

OWNED_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_F2)
"""Keys a focused list in a dock keeps from the window's shortcuts (Delete a highlight, …)."""


def show_error(ctx: GuiContext, error: KurskError) -> None:
    """Tell the user why an action did not happen."""
    QMessageBox.warning(ctx.window, "Kursk Reader", str(error))


class AnnotationDock(QDockWidget):
    """A dock acting on the project through undoable commands."""

    def __init__(
        self, title: str, object_name: str, ctx: GuiContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.ctx = ctx
        self.highlight_id: int | None = None
        self._key_handlers: dict[QObject, dict[Qt.Key, Callable[[], object]]] = {}
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        """Rebuild the dock from the project."""

    def _refresh_soon(self) -> None:
        """Refresh once after the changes reported together have all arrived."""
        self._refresh_timer.start()

    def _action(
        self, text: str, slot: Callable[..., object], shortcut: str | QKeySequence = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _own_keys(self, widget: QWidget, handlers: dict[Qt.Key, Callable[[], object]]) -> None:
        """Keys pressed in `widget` run these handlers instead of the window's shortcuts."""
        self._key_handlers[widget] = handlers
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handlers = self._key_handlers.get(watched)
        if handlers is not None and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and event.key() in OWNED_KEYS:
                event.accept()
                return True
            handler = handlers.get(Qt.Key(event.key()))
            if event.type() == QEvent.Type.KeyPress and handler is not None:
                handler()
                return True
        return super().eventFilter(watched, event)

    def _highlight(self) -> Highlight | None:
        """The highlight selected in the window, or None (also once it was deleted)."""
        if self.highlight_id is None:
            return None
        try:
            return self.ctx.bus.highlight(self.highlight_id)
        except NotFound:
            self.highlight_id = None
            return None

    def _status(self, message: str) -> None:
        self.ctx.window.statusBar().showMessage(message, 5000)

    def _push(self, command: AnnotationCommand) -> bool:
        """Run `command` on the undo stack; False (the user told why) when it failed."""
        error = push(self.ctx.undo_stack, command)
        if error is not None:
            show_error(self.ctx, error)
            return False
        return True
