"""Keyboard focus across the main window: F6 between the panes and the panels, Esc back to the
text, and putting the focus into a panel's first control. A part of `MainWindow`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from kursk_reader.gui.panes import PaneArea


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


class FocusNavigation(QMainWindow):
    """Moves the keyboard focus between the panes' texts and the panels."""

    panes: PaneArea

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
