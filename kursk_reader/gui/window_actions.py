"""The main window's actions, menus and toolbar, and the slots of its View and Help actions.

`WindowActions` is a part of `MainWindow` (see `main_window.py`); it builds the `act_*`
actions once, before the project is attached, so the first paint already has its menus.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox, QToolBar, QWidget

from kursk_reader.gui.panes import MAX_PANES, PaneArea

if TYPE_CHECKING:
    from kursk_reader.gui.find import FindDock
    from kursk_reader.gui.highlight_panel import HighlightPanel
    from kursk_reader.services import Project
    from kursk_reader.storage.glance import ProjectGlance

PALETTE: tuple[tuple[str, str], ...] = (
    ("Yellow", "#ffd54f"),
    ("Green", "#81c784"),
    ("Blue", "#64b5f6"),
    ("Pink", "#f48fb1"),
    ("Orange", "#ffb74d"),
    ("Violet", "#b39ddb"),
)
"""Six highlight colours, light enough for black text on top, told apart also by
colour-blind readers (hue and lightness both differ)."""
DEFAULT_POINT_SIZE = 12.0
MENU_NAMES = ("File", "Edit", "View", "Highlight", "Help")


def swatch(colour: str, size: int = 16) -> QIcon:
    """A square icon filled with `colour`."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class StackAction(QAction):
    """A toolbar twin of Undo or Redo with a short label; its tooltip names the step."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(label, parent)
        self.label = label
        self.setEnabled(False)

    def show_what(self, text: str) -> None:
        self.setToolTip(f"{self.label} {text}" if text else self.label)


class WindowActions(QMainWindow):
    """Builds the window's actions, menus and toolbar; handles the View and Help actions."""

    project: Project | ProjectGlance
    panes: PaneArea
    undo_stack: QUndoStack
    find_dock: FindDock
    highlight_panel: HighlightPanel
    _menus: dict[str, QMenu]
    _selected_highlight: int | None = None

    if TYPE_CHECKING:  # provided by the other parts of MainWindow

        @property
        def attached(self) -> bool: ...
        def highlight_selection(self) -> None: ...
        def delete_selected_highlight(self) -> None: ...
        def recolour_selected_highlight(self) -> None: ...
        def set_current_colour(self, colour: str) -> None: ...
        def focus_dock(self, dock: QDockWidget | None) -> bool: ...
        def cycle_focus(self, step: int) -> None: ...
        def current_article_id(self) -> int | None: ...

    def menu(self, name: str) -> QMenu:
        """The menu with this name (File, Edit, View, Highlight, Help), made if missing."""
        menu = self._menus.get(name)
        if menu is None:
            menu = QMenu(f"&{name}", self)
            menu.setObjectName(f"menu{name}")
            help_menu = self._menus.get("Help")
            if help_menu is not None:
                self.menuBar().insertMenu(help_menu.menuAction(), menu)
            else:
                self.menuBar().addMenu(menu)
            self._menus[name] = menu
        return menu

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence
        S = K.StandardKey
        self.act_quit = self._action("&Quit", self.close, K(S.Quit), "Quit Kursk Reader")
        self.act_quit.setShortcuts([K("Ctrl+Q")])
        undo = self.undo_stack
        self.act_undo = undo.createUndoAction(self, "&Undo")
        self.act_undo.setShortcuts([K(S.Undo)])
        self.act_redo = undo.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([K("Ctrl+Shift+Z"), K("Ctrl+Y")])
        self.act_find = self._action(
            "&Find in All Articles…", self._find, K(S.Find), "Find text across all articles"
        )
        self.act_add_pane = self._action(
            "&Add Pane", self._add_pane, K("Ctrl+T"), "Add a pane at the right"
        )
        self.act_close_pane = self._action(
            "&Close Pane", self._close_pane, K("Ctrl+W"), "Close the current pane"
        )
        self.act_next_pane = self._action(
            "&Next Pane", lambda: self._cycle_pane(1), K("Ctrl+PgDown"), "Focus the next pane"
        )
        self.act_prev_pane = self._action(
            "&Previous Pane",
            lambda: self._cycle_pane(-1),
            K("Ctrl+PgUp"),
            "Focus the previous pane",
        )
        self.act_pick = self._action(
            "Choose &Article…", self._pick_article, K("Ctrl+L"), "Choose the current pane's article"
        )
        self.act_zoom_in = self._action(
            "Zoom &In", lambda: self._zoom(1), [K(S.ZoomIn), K("Ctrl+=")], "Larger text"
        )
        self.act_zoom_out = self._action(
            "Zoom &Out", lambda: self._zoom(-1), K(S.ZoomOut), "Smaller text"
        )
        self.act_zoom_reset = self._action(
            "&Normal Size", lambda: self._zoom(0), K("Ctrl+0"), "Text at its normal size"
        )
        self.act_debris = self._action(
            "&Hide Web Debris",
            self._toggle_debris,
            K("Ctrl+Shift+D"),
            "Hide navigation, banners and other lines the importer marked as debris",
        )
        self.act_debris.setCheckable(True)
        self.act_in_step = self._action(
            "&Scroll Panes in Step",
            self._toggle_in_step,
            K("Ctrl+Shift+S"),
            "Scroll all panes together",
        )
        self.act_in_step.setCheckable(True)
        self.act_highlight = self._action(
            "&Highlight Selection",
            self.highlight_selection,
            K("H"),
            "Highlight the selected text with the current colour (H)",
        )
        self.act_delete = self._action(
            "&Delete Highlight",
            self.delete_selected_highlight,
            K(S.Delete),
            "Delete the selected highlight (Del)",
        )
        self.act_recolour = self._action(
            "Give Highlight the &Current Colour",
            self.recolour_selected_highlight,
            K("Shift+H"),
            "Give the selected highlight the current colour",
        )
        self.colour_group = QActionGroup(self)
        self.colour_actions: list[QAction] = []
        for n, (name, colour) in enumerate(PALETTE, start=1):
            action = self._action(
                f"Colour &{n}: {name}",
                partial(self.set_current_colour, colour),
                K(str(n)),
                f"Highlight colour {name} ({n})",
            )
            action.setCheckable(True)
            action.setIcon(swatch(colour))
            action.setData(colour)
            self.colour_group.addAction(action)
            self.colour_actions.append(action)
        self.colour_actions[0].setChecked(True)
        self.act_about = self._action("&About Kursk Reader", self._about, None)
        self.act_keys = self._action("&Keyboard Shortcuts", self._show_keys, K(S.HelpContents))
        self.act_next_area = self._action(
            "Next &Area",
            lambda: self.cycle_focus(1),
            K("F6"),
            "Move the keyboard focus to the next pane or panel (F6); Esc comes back to the text",
        )
        self.act_prev_area = self._action(
            "Previous A&rea",
            lambda: self.cycle_focus(-1),
            K("Shift+F6"),
            "Move the keyboard focus to the previous pane or panel (Shift+F6)",
        )
        self.act_go_highlights = self._action(
            "Go to &Highlight List",
            lambda: self.focus_dock(getattr(self, "highlight_panel", None)),
            K("Ctrl+Shift+H"),
            "Put the keyboard focus in the list of highlights (Enter selects one)",
        )

    def _build_menus(self) -> None:
        for name in MENU_NAMES:
            self.menu(name)
        self.menu("File").addAction(self.act_quit)
        edit = self.menu("Edit")
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        edit.addAction(self.act_find)
        view = self.menu("View")
        for action in (
            self.act_add_pane,
            self.act_close_pane,
            self.act_next_pane,
            self.act_prev_pane,
            self.act_pick,
        ):
            view.addAction(action)
        view.addSeparator()
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.act_debris)
        view.addAction(self.act_in_step)
        view.addSeparator()
        view.addAction(self.act_next_area)
        view.addAction(self.act_prev_area)
        view.addAction(self.act_go_highlights)
        hl = self.menu("Highlight")
        hl.addAction(self.act_highlight)
        hl.addAction(self.act_recolour)
        hl.addAction(self.act_delete)
        hl.addSeparator()
        for action in self.colour_actions:
            hl.addAction(action)
        help_menu = self.menu("Help")
        help_menu.addAction(self.act_keys)
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main toolbar", self)
        bar.setObjectName("mainToolbar")
        bar.setAccessibleName("Main toolbar")
        bar.setIconSize(QSize(18, 18))
        bar.addAction(self.act_highlight)
        for action in self.colour_actions:
            bar.addAction(action)
        bar.addAction(self.act_delete)
        bar.addSeparator()
        # Short labels here (the Edit menu and the tooltip name what will be undone), so a
        # long undo text does not push the other buttons off the toolbar.
        stack = self.undo_stack
        self.tool_undo = StackAction("Undo", self)
        self.tool_undo.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.tool_undo.setEnabled)
        stack.undoTextChanged.connect(self.tool_undo.show_what)
        self.tool_redo = StackAction("Redo", self)
        self.tool_redo.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.tool_redo.setEnabled)
        stack.redoTextChanged.connect(self.tool_redo.show_what)
        bar.addAction(self.tool_undo)
        bar.addAction(self.tool_redo)
        bar.addSeparator()
        bar.addAction(self.act_add_pane)
        bar.addAction(self.act_close_pane)
        bar.addAction(self.act_in_step)
        bar.addAction(self.act_debris)
        bar.addSeparator()
        bar.addAction(self.act_find)
        self.toolbar = bar
        self.addToolBar(bar)

    def _update_actions(self, *_: object) -> None:
        editable = self.attached and not self.project.read_only
        self.act_find.setEnabled(self.attached)
        self.act_highlight.setEnabled(editable)
        self.act_delete.setEnabled(editable and self._selected_highlight is not None)
        self.act_recolour.setEnabled(editable and self._selected_highlight is not None)
        self.act_close_pane.setEnabled(len(self.panes.panes) > 1)
        self.act_add_pane.setEnabled(len(self.panes.panes) < MAX_PANES)

    def _add_pane(self) -> None:
        current = self.current_article_id()
        shown = set(self.panes.article_ids())
        infos = self.project.list_articles()
        fresh = next((i.id for i in infos if i.id not in shown), current)
        pane = self.panes.add_pane(fresh)
        if pane is not None:
            pane.view.setFocus()

    def _close_pane(self) -> None:
        self.panes.remove_pane()
        pane = self.panes.current_pane()
        if pane is not None:
            pane.view.setFocus()

    def _cycle_pane(self, step: int) -> None:
        panes = self.panes.panes
        current = self.panes.current_pane()
        if not panes or current is None:
            return
        panes[(panes.index(current) + step) % len(panes)].view.setFocus()

    def _pick_article(self) -> None:
        pane = self.panes.current_pane()
        if pane is not None:
            pane.picker.setFocus()
            pane.picker.showPopup()

    def _zoom(self, step: int) -> None:
        size = DEFAULT_POINT_SIZE if step == 0 else self.panes.point_size() + step
        self.panes.set_point_size(max(7.0, min(32.0, size)))

    def _toggle_debris(self) -> None:
        self.panes.set_hide_debris(self.act_debris.isChecked())

    def _toggle_in_step(self) -> None:
        self.panes.set_scroll_in_step(self.act_in_step.isChecked())

    def _find(self) -> None:
        self.find_dock.show()
        self.find_dock.raise_()
        self.find_dock.focus_field()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Kursk Reader",
            "Kursk Reader — read several reports of one event side by side, mark and tie "
            "their claims, export annotated reports.",
        )

    def _show_keys(self) -> None:
        rows = []
        for action in self.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                name = action.text().replace("&", "")
                rows.append(f"<tr><td>{html.escape(keys)}</td><td>{html.escape(name)}</td></tr>")
        QMessageBox.information(self, "Keyboard shortcuts", "<table>" + "".join(rows) + "</table>")
