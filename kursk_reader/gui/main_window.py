"""The main window: the panes, the project attached to them, and the wiring between the bus,
the panes and the project. Other parts of the window plug in through `extensions.install_all`.

Its jobs are split by module: `window_actions` (actions, menus, toolbar), `window_focus`
(F6, Esc, focusing panels), `window_highlights` (H, colours, the selected highlight,
tooltips), `window_state` (settings restored and saved). For the other parts (docks,
import/export actions) the window offers:
- `menu(name)`: the File, Edit, View, Highlight or Help menu (or a new one) to add actions to;
- `panes`: the `PaneArea` (`panes.panes`, `panes.current_pane()`, `panes.show_articles(ids)`);
- `current_article_id()`, `current_selection()`, `show_articles(ids)`, `show_passage(...)`,
  `reveal_highlight(id)`, `selected_highlight()`, `focus_dock(dock)`;
- `ctx`: the `GuiContext` (project, bus, undo stack).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QWidget

from kursk_reader.core.models import Change
from kursk_reader.gui.bus import GuiBus
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.extensions import install_all
from kursk_reader.gui.panes import PaneArea
from kursk_reader.gui.settings import WindowSettings
from kursk_reader.gui.window_actions import PALETTE, WindowActions
from kursk_reader.gui.window_focus import FocusNavigation
from kursk_reader.gui.window_highlights import HighlightEditing
from kursk_reader.gui.window_state import MATRIX_MIN_HEIGHT, WindowState
from kursk_reader.storage.glance import ProjectGlance

if TYPE_CHECKING:
    from kursk_reader.services import Project

__all__ = ["MATRIX_MIN_HEIGHT", "PALETTE", "MainWindow"]


class MainWindow(WindowActions, FocusNavigation, HighlightEditing, WindowState):
    """Kursk Reader's window on one open project."""

    def __init__(self, source: Project | ProjectGlance, parent: QWidget | None = None) -> None:
        """Build the window on a project, or on a `ProjectGlance` to paint at once and take
        the project itself later through `attach_project`."""
        super().__init__(parent)
        self.project: Project | ProjectGlance = source
        self.bus = GuiBus(self)
        self.undo_stack = QUndoStack(self)
        self.ctx: GuiContext | None = None
        self.settings = WindowSettings()
        self._menus: dict[str, QMenu] = {}
        self.current_colour = PALETTE[0][1]
        self.setWindowTitle(f"Kursk Reader — {source.title}")
        self.setAccessibleName("Kursk Reader")
        self.resize(1400, 900)

        # The right-hand panels run the full height, so the claim matrix below the panes shares
        # its height with the text only (not with the stacked side panels' minimum heights).
        for corner, area in (
            (Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea),
            (Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea),
            (Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea),
            (Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            self.setCorner(corner, area)

        self.panes = PaneArea(source, self)
        self.panes.setAccessibleName("Article panes")
        self.setCentralWidget(self.panes)
        self.panes.panesChanged.connect(self._panes_changed)
        self.panes.currentPaneChanged.connect(self._update_actions)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._restore()
        self._update_actions()
        self._show_read_only()
        if not isinstance(source, ProjectGlance):
            self.attach_project(source)

    def attach_project(self, project: Project) -> GuiContext:
        """Take the opened project: the bus, the docks, the extensions, the saved dock layout."""
        self.project = project
        self.panes.project = project
        self.bus.attach(project)
        ctx = GuiContext(project, self.bus, self.undo_stack, self)
        self.ctx = ctx
        self.bus.changed.connect(self._on_change)
        self.bus.passageRequested.connect(self.show_passage)
        self.bus.alignedPassages.connect(self._show_aligned)
        self.bus.highlightSelected.connect(self._highlight_selected)

        from kursk_reader.gui.find import FindDock
        from kursk_reader.gui.highlight_panel import HighlightPanel

        self.highlight_panel = HighlightPanel(ctx, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.highlight_panel)
        self.find_dock = FindDock(ctx, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.find_dock)
        self.find_dock.hide()
        self.menu("View").addSeparator()
        self.menu("View").addAction(self.highlight_panel.toggleViewAction())
        self.menu("View").addAction(self.find_dock.toggleViewAction())
        install_all(ctx)
        self._restore_docks(self.highlight_panel)
        self._update_actions()
        return ctx

    @property
    def live_project(self) -> Project:
        """The open project (only once attached)."""
        assert self.ctx is not None, "the project is not open yet"
        return self.ctx.project

    @property
    def attached(self) -> bool:
        """Whether the project itself is open (not only glanced at for the first paint)."""
        return self.ctx is not None

    def current_article_id(self) -> int | None:
        """The article in the pane that last had the keyboard focus."""
        pane = self.panes.current_pane()
        return pane.article_id if pane else None

    def current_selection(self) -> tuple[int, int, int] | None:
        """(article_id, start, end) in code points of the current pane's selected text."""
        pane = self.panes.current_pane()
        if pane is None or pane.article_id is None:
            return None
        found = pane.view.selection_range()
        if found is None or found[0] >= found[1]:
            return None
        return pane.article_id, found[0], found[1]

    def show_articles(self, article_ids: list[int]) -> None:
        """Put these articles into panes, left to right (at most six)."""
        self.panes.show_articles(article_ids)

    def show_passage(self, article_id: int, start: int, end: int, select: bool = False) -> None:
        """Scroll to a passage and flash it: in a pane showing its article if there is one,
        else in the current pane. With `select` the passage is also selected, the caret at
        its start, so Shift+arrows widen it and H highlights it."""
        pane = self.panes.pane_showing(article_id)
        if pane is None:
            pane = self.panes.current_pane() or self.panes.add_pane()
            if pane is None:
                return
            self.panes.load(pane, article_id)
        pane.view.scroll_to(start, end)
        if select:
            pane.view.select_range(end, start)
        pane.view.flash(start, end)
        pane.view.setFocus()

    def _on_change(self, change: Change) -> None:
        if change.kind == "highlight":
            if change.op == "removed":
                self._highlights_removed(change.ids)
            else:
                self._refresh_highlights(change.ids)
        elif change.kind in ("tag", "claim", "evidence"):
            self._forget_names()
        elif change.kind == "article":
            self.panes.set_article_list(self.project.list_articles())
            if change.op == "updated":
                for pane in self.panes.panes:
                    if pane.article_id in change.ids:
                        self.panes.load(pane, pane.article_id)
        elif change.kind == "setting" and "title" in str(change.ids):
            self.setWindowTitle(f"Kursk Reader — {self.project.title}")

    def _show_aligned(self, passages: object) -> None:
        by_article: dict[int, list[tuple[int, int]]] = {}
        for article_id, start, end in passages or []:  # type: ignore[attr-defined]
            by_article.setdefault(article_id, []).append((start, end))
        for pane in self.panes.panes:
            ranges = by_article.get(pane.article_id or -1, [])
            pane.view.set_aligned(ranges)
            if ranges:
                pane.view.scroll_to(*ranges[0])

    def _panes_changed(self) -> None:
        for pane in self.panes.panes:
            view = pane.view
            if view.tooltip_provider is None:
                view.tooltip_provider = self._tooltip
                view.context_actions = [self.act_highlight, self.act_recolour, self.act_delete]
                view.highlightClicked.connect(self.bus.highlightSelected.emit)
                view.selectionSettled.connect(
                    lambda s, e, v=view: self._selection_settled(v.article_id, s, e)
                )
        self._update_actions()

    def _selection_settled(self, article_id: int | None, start: int, end: int) -> None:
        if article_id is not None:
            self.bus.selectionChanged.emit(article_id, start, end)

    def closeEvent(self, e: QCloseEvent) -> None:
        self.save_settings()
        self.bus.detach()
        super().closeEvent(e)

    def _show_read_only(self) -> None:
        if self.project.read_only:
            reason = self.project.read_only_reason or "opened read-only"
            banner = QLabel(f"Read-only: {reason}. Changes cannot be saved.")
            banner.setAccessibleName("Read-only notice")
            banner.setStyleSheet(
                "QLabel { background: #fff3cd; color: #5d4200; padding: 2px 8px; }"
            )
            self.statusBar().addPermanentWidget(banner, 1)
        else:
            self.statusBar().showMessage(
                "Select text, press H to highlight; 1–6 choose the colour.", 8000
            )

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, "Kursk Reader", message)
