"""The annotation docks — tags, claims, the claim matrix, the highlight note — plugged into the
main window with their menu entries (see `gui/extensions.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from kursk_reader.gui.claim_matrix import ClaimMatrixDock
from kursk_reader.gui.claims_dock import ClaimsDock
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.note_dock import NoteDock
from kursk_reader.gui.notes_editor import SpellingHub
from kursk_reader.gui.tags_dock import TagsDock


@dataclass
class AnnotationDocks:
    """What `install_docks` added, for tests and for other parts of the window."""

    spelling: SpellingHub
    tags: TagsDock
    claims: ClaimsDock
    matrix: ClaimMatrixDock
    note: NoteDock


def _menu(ctx: GuiContext, name: str) -> QMenu:
    """The window's menu called `name` (created when the window offers none by that name)."""
    finder = getattr(ctx.window, "menu", None)
    if callable(finder):
        found = finder(name)
        if isinstance(found, QMenu):
            return found
    bar = ctx.window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == name:
            return menu
    return bar.addMenu(f"&{name}")


def _fill(menu: QMenu, actions: list[QAction | None]) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


def _add_dock(ctx: GuiContext, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
    ctx.window.addDockWidget(area, dock)
    toggle = dock.toggleViewAction()
    toggle.setText(f"{dock.windowTitle()} Panel")
    _menu(ctx, "View").addAction(toggle)


def install_docks(ctx: GuiContext) -> AnnotationDocks:
    """Add the annotation docks and their actions to the window."""
    spelling = SpellingHub(ctx.project, ctx.window)
    ctx.bus.changed.connect(spelling.on_change)
    spelling.problemFound.connect(lambda msg: ctx.window.statusBar().showMessage(msg, 15000))
    # Load the dictionary now, in this thread, before the cross-check's worker thread loads
    # its own: enchant's shared broker crashes when two threads open dictionaries at once.
    spelling.report_problem()

    tags = TagsDock(ctx, ctx.window)
    note = NoteDock(ctx, spelling, ctx.window)
    claims = ClaimsDock(ctx, spelling, ctx.window)
    matrix = ClaimMatrixDock(ctx, ctx.window)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    neighbours = [
        d
        for d in ctx.window.findChildren(QDockWidget)
        if ctx.window.dockWidgetArea(d) == right and not d.isFloating()
    ]
    _add_dock(ctx, tags, right)
    _add_dock(ctx, claims, right)
    _add_dock(ctx, note, right)
    # Tags and claims share a tab group with the panel already on the right (the highlight
    # list), so each gets the height it needs; the note stays visible below them.
    first = neighbours[0] if neighbours else tags
    for dock in (tags, claims):
        if dock is not first:
            ctx.window.tabifyDockWidget(first, dock)
    first.raise_()
    _add_dock(ctx, matrix, Qt.DockWidgetArea.BottomDockWidgetArea)
    _fill(_menu(ctx, "Tags"), tags.actions_for_menu())
    _fill(_menu(ctx, "Claims"), claims.actions_for_menu())
    _fill(_menu(ctx, "Notes"), note.actions_for_menu())

    docks = AnnotationDocks(spelling=spelling, tags=tags, claims=claims, matrix=matrix, note=note)
    setattr(ctx.window, "annotation_docks", docks)  # noqa: B010 - the window class is not ours
    return docks
