"""What the main window restores at launch and saves at close: geometry, reading options, the
panes' articles and widths, and the dock layout (or a first-launch layout). A part of
`MainWindow`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from kursk_reader.gui.panes import MAX_PANES, PaneArea
from kursk_reader.gui.settings import WindowSettings
from kursk_reader.gui.window_actions import DEFAULT_POINT_SIZE

if TYPE_CHECKING:
    from kursk_reader.services import Project
    from kursk_reader.storage.glance import ProjectGlance

MATRIX_MIN_HEIGHT = 230
"""Height of the claim matrix panel at first launch: its header and about four claims."""


class WindowState(QMainWindow):
    """Restores and saves the window's layout and reading options."""

    project: Project | ProjectGlance
    panes: PaneArea
    settings: WindowSettings
    act_debris: QAction
    act_in_step: QAction

    def _restore(self) -> None:
        """Geometry, reading options and panes, before the project is attached."""
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
        for article_id in wanted[:MAX_PANES]:
            self.panes.add_pane(article_id)
        sizes = s.pane_sizes(self.project.path)
        if len(sizes) == len(self.panes.panes):
            self.panes.setSizes(sizes)

    def _restore_docks(self, side_panel: QDockWidget) -> None:
        """The saved dock layout, once the docks exist; at first launch the panes get most
        of the room, `side_panel` a quarter of the width and the claim matrix a few rows."""
        state = self.settings.state()
        if state is not None:
            self.restoreState(state)
            return
        self.resizeDocks([side_panel], [max(300, self.width() // 4)], Qt.Orientation.Horizontal)
        matrix = self.findChild(QDockWidget, "claimMatrixDock")
        if matrix is not None:
            self.resizeDocks(
                [matrix], [max(MATRIX_MIN_HEIGHT, self.height() * 3 // 10)], Qt.Orientation.Vertical
            )

    def save_settings(self) -> None:
        s = self.settings
        s.save_window(self.saveGeometry(), self.saveState())
        s.save_reading(
            self.panes.point_size(), self.panes.hide_debris(), self.panes.scroll_in_step()
        )
        s.save_panes(self.project.path, self.panes.article_ids(), self.panes.sizes())
        s.sync()
