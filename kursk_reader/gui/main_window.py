"""The main window: menus, toolbar, the panes, and the wiring between the bus, the panes and
the project. Other parts of the window plug in through `extensions.install_all(ctx)`.

For those parts (docks, import/export actions) the window offers:
- `menu(name)`: the File, Edit, View, Highlight or Help menu (or a new one) to add actions to;
- `panes`: the `PaneArea` (`panes.panes`, `panes.current_pane()`, `panes.show_articles(ids)`);
- `current_article_id()`, `current_selection()`, `show_articles(ids)`, `show_passage(...)`,
  `selected_highlight()`;
- `ctx`: the `GuiContext` (project, bus, undo stack).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from kursk_reader.core.errors import KurskError, NotFound
from kursk_reader.core.models import Change
from kursk_reader.gui.bus import GuiBus
from kursk_reader.gui.commands_highlights import (
    AddHighlightCommand,
    ChangeColourCommand,
    DeleteHighlightCommand,
)
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.extensions import install_all
from kursk_reader.gui.panes import Pane, PaneArea
from kursk_reader.gui.settings import WindowSettings
from kursk_reader.storage.glance import ProjectGlance

if TYPE_CHECKING:
    from kursk_reader.services import Project

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
MATRIX_MIN_HEIGHT = 230
"""Height of the claim matrix panel at first launch: its header and about four claims."""
MENU_NAMES = ("File", "Edit", "View", "Highlight", "Help")


class StackAction(QAction):
    """A toolbar twin of Undo or Redo with a short label; its tooltip names the step."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(label, parent)
        self.label = label
        self.setEnabled(False)

    def show_what(self, text: str) -> None:
        self.setToolTip(f"{self.label} {text}" if text else self.label)


def first_focusable(root: QWidget) -> QWidget | None:
    """The first control inside `root`, in tab order, that is shown, enabled and takes the
    keyboard focus by Tab."""
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (
            root.isAncestorOf(widget)
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) without the white space at either edge of text[start:end]."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MainWindow(QMainWindow):
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
        self._tag_names: dict[int, str] | None = None
        self._claim_texts: dict[int, str] | None = None
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
        state = self.settings.state()
        if state is not None:
            self.restoreState(state)
        else:  # first launch: the panes get most of the room, the claim matrix a few rows
            self.resizeDocks(
                [self.highlight_panel], [max(300, self.width() // 4)], Qt.Orientation.Horizontal
            )
            matrix = self.findChild(QDockWidget, "claimMatrixDock")
            if matrix is not None:
                self.resizeDocks(
                    [matrix],
                    [max(MATRIX_MIN_HEIGHT, self.height() * 3 // 10)],
                    Qt.Orientation.Vertical,
                )
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

    # ----- public API for the other parts

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

    def current_pane(self) -> Pane | None:
        return self.panes.current_pane()

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

    def selected_highlight(self) -> int | None:
        """The highlight last selected (clicked in the text or in the highlight list)."""
        return self._selected_highlight

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

    def reveal_highlight(self, highlight_id: int) -> None:
        """Scroll the pane showing a highlight to it and select it."""
        for pane in self.panes.panes:
            found = pane.view.span_range(highlight_id)
            if found is not None:
                pane.view.scroll_to(*found)
                break
        self.bus.highlightSelected.emit(highlight_id)

    # ----- actions

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
        self.act_add_pane.setEnabled(len(self.panes.panes) < 6)

    # ----- highlighting

    _selected_highlight: int | None = None

    def set_current_colour(self, colour: str) -> None:
        """The colour new highlights get (keys 1-6)."""
        self.current_colour = colour
        for action in self.colour_actions:
            action.setChecked(action.data() == colour)

    def highlight_selection(self) -> None:
        """Highlight the current pane's selected text with the current colour (undoable)."""
        found = self.current_selection()
        if found is None:
            self.statusBar().showMessage("Select some text first, then press H.", 4000)
            return
        article_id, start, end = found
        pane = self.panes.current_pane()
        text = pane.view.article.text if pane and pane.view.article else ""
        if text:
            # Word-wise keyboard selection takes the space after the last word: leave it out.
            start, end = trimmed(text, start, end)
            if start >= end:
                self.statusBar().showMessage("Select some text first, then press H.", 4000)
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

    def _push(self, command: object) -> None:
        try:
            self.undo_stack.push(command)  # type: ignore[arg-type]
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
                h = self.live_project.get_highlight(hid)
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

    # ----- project changes

    def _on_change(self, change: Change) -> None:
        if change.kind == "highlight":
            if change.op == "removed":
                for pane in self.panes.panes:
                    for hid in change.ids:
                        pane.view.remove_span(hid)
                if self._selected_highlight in change.ids:
                    self.bus.highlightSelected.emit(None)
            else:
                self._refresh_highlights(change.ids)
        elif change.kind in ("tag", "claim", "evidence"):
            self._tag_names = None
            self._claim_texts = None
        elif change.kind == "article":
            self.panes.set_article_list(self.project.list_articles())
            if change.op == "updated":
                for pane in self.panes.panes:
                    if pane.article_id in change.ids:
                        self.panes.load(pane, pane.article_id)
        elif change.kind == "setting" and "title" in str(change.ids):
            self.setWindowTitle(f"Kursk Reader — {self.project.title}")

    def _refresh_highlights(self, ids: tuple[int, ...]) -> None:
        shown = {p.article_id for p in self.panes.panes}
        for hid in ids:
            try:
                h = self.live_project.get_highlight(hid)
            except NotFound:
                continue
            if h.article_id not in shown:
                continue
            for pane in self.panes.panes:
                if pane.article_id == h.article_id:
                    pane.view.upsert_span(h.id, h.start, h.end, h.colour)
                    pane.view.set_selected_highlight(self._selected_highlight)

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

    # ----- view options

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

    def focus_dock(self, dock: QDockWidget | None) -> bool:
        """Show a panel and put the keyboard focus on its first control that takes it."""
        if dock is None:
            return False
        dock.show()
        dock.raise_()
        target = first_focusable(dock)
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_areas(self) -> list[QWidget]:
        """Where F6 moves the focus, in order: the panes' texts left to right, then the
        panels on screen, top-left first."""
        areas: list[QWidget] = [p.view for p in self.panes.panes]
        docks = [  # a dock behind another's tab counts as visible, but shows nothing
            d
            for d in self.findChildren(QDockWidget)
            if d.isVisible() and not d.visibleRegion().isEmpty() and first_focusable(d)
        ]
        docks.sort(key=lambda d: (d.x(), d.y()))
        return areas + docks

    def cycle_focus(self, step: int) -> None:
        """Move the keyboard focus to the next (step 1) or previous (-1) pane or panel."""
        areas = self.focus_areas()
        if not areas:
            return
        focused = QApplication.focusWidget()
        here = next(
            (
                n
                for n, a in enumerate(areas)
                if focused is a or (focused and a.isAncestorOf(focused))
            ),
            -1,
        )
        target = areas[(here + step) % len(areas)] if here >= 0 else areas[0]
        if isinstance(target, QDockWidget):
            self.focus_dock(target)
        else:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Esc, when no control used it, brings the focus back to the current pane's text."""
        if e.key() == Qt.Key.Key_Escape and e.modifiers() == Qt.KeyboardModifier.NoModifier:
            pane = self.panes.current_pane()
            if pane is not None:
                pane.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
                e.accept()
                return
        super().keyPressEvent(e)

    def _find(self) -> None:
        self.find_dock.show()
        self.find_dock.raise_()
        self.find_dock.focus_field()

    # ----- settings, messages

    def _restore(self) -> None:
        s = self.settings
        geometry = s.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.panes.set_point_size(s.point_size(DEFAULT_POINT_SIZE))
        self.act_debris.setChecked(s.hide_debris())
        self.panes.set_hide_debris(s.hide_debris())
        self.act_in_step.setChecked(s.scroll_in_step())
        self.panes.set_scroll_in_step(s.scroll_in_step())
        infos = self.project.list_articles()
        self.panes.set_article_list(infos)
        known = {i.id for i in infos}
        saved = s.pane_articles(self.project.path)
        if saved:
            wanted = [a if a in known else None for a in saved]
        else:
            wanted = [i.id for i in infos[:2]] or [None]
        for article_id in wanted[:6]:
            self.panes.add_pane(article_id)
        sizes = s.pane_sizes(self.project.path)
        if len(sizes) == len(self.panes.panes):
            self.panes.setSizes(sizes)
        self._update_actions()

    def save_settings(self) -> None:
        s = self.settings
        s.save_window(self.saveGeometry(), self.saveState())
        s.save_reading(
            self.panes.point_size(), self.panes.hide_debris(), self.panes.scroll_in_step()
        )
        s.save_panes(self.project.path, self.panes.article_ids(), self.panes.sizes())
        s.sync()

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
                rows.append(
                    f"<tr><td>{html.escape(keys)}</td><td>{html.escape(action.text().replace('&', ''))}</td></tr>"
                )
        QMessageBox.information(self, "Keyboard shortcuts", "<table>" + "".join(rows) + "</table>")
