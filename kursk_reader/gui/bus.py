"""The GUI's shared signals: project changes as Qt signals, and what the window's parts tell
each other (current highlight, passages to show) without knowing one another."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kursk_reader.core.models import Change, Highlight

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
    _project: Project | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._highlights: dict[int, Highlight] = {}

    def attach(self, project: Project) -> None:
        """Relay the project's change notifications as `changed` signals."""
        self._project = project
        self._unsubscribe = project.subscribe(self.announce)

    def highlight(self, highlight_id: int) -> Highlight:
        """The highlight as the project holds it, read once per change.

        One user action makes the window, the tags dock and the note dock each ask for the
        same highlight; the copy is dropped before the next `changed` reaches anyone.
        Raises NotFound as the project does.
        """
        found = self._highlights.get(highlight_id)
        if found is None:
            assert self._project is not None, "attach a project first"
            found = self._highlights[highlight_id] = self._project.get_highlight(highlight_id)
        return found

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def announce(self, change: Change) -> None:
        """Tell every part of the window about a committed change (also one made through
        another connection to the project, such as a worker's)."""
        self._highlights.clear()
        self.changed.emit(change)
