"""The GUI's shared signals: project changes as Qt signals, and what the window's parts tell
each other (current highlight, passages to show) without knowing one another."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kursk_reader.core.models import Change

if TYPE_CHECKING:  # services load SQLAlchemy (~0.4 s); the window paints before it is needed
    from kursk_reader.services import Project


class GuiBus(QObject):
    changed = Signal(object)
    """A `core.models.Change`, emitted after each committed write to the project."""

    highlightSelected = Signal(object)
    """The highlight the user selected (its id), or None."""

    passageRequested = Signal(int, int, int)
    """(article_id, start, end): show this passage in a pane, scrolled to and flashed."""

    selectionChanged = Signal(int, int, int)
    """(article_id, start, end): the user's text selection in a pane, once it settles."""

    alignedPassages = Signal(object)
    """A list of (article_id, start, end): mark these in the panes showing those articles."""

    tagFilterChanged = Signal(object)
    """A tag id to show only highlights carrying it, or None for all."""

    _unsubscribe: Callable[[], None] | None = None

    def attach(self, project: Project) -> None:
        """Relay the project's change notifications as `changed` signals."""
        self._unsubscribe = project.subscribe(self._relay)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
