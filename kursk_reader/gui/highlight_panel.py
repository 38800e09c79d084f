"""The highlights dock: the highlights of the articles in the panes, in reading order,
optionally only those carrying one tag (`bus.tagFilterChanged`). Clicking one selects it and
scrolls its pane to it.

Rows are built from what the panes already hold (ranges and texts), so the list stays quick
for articles with thousands of highlights; it is rebuilt a moment after changes, not per
change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDockWidget, QLabel, QListView, QVBoxLayout, QWidget

from kursk_reader.core.models import Change
from kursk_reader.gui.context import GuiContext

if TYPE_CHECKING:
    from kursk_reader.gui.main_window import MainWindow

REBUILD_MS = 80
QUOTE_CHARS = 120
ID_ROLE = Qt.ItemDataRole.UserRole

Row = tuple[int, str, QColor]
"""(highlight id, text shown, colour)."""


class HighlightListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self._row_of: dict[int, int] = {}

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._row_of = {r[0]: n for n, r in enumerate(rows)}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        hid, text, colour = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return colour
        if role == ID_ROLE:
            return hid
        return None

    def row_of(self, highlight_id: int) -> int:
        return self._row_of.get(highlight_id, -1)


class HighlightPanel(QDockWidget):
    def __init__(self, ctx: GuiContext, window: MainWindow) -> None:
        super().__init__("Highlights", window)
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("highlightDock")
        self.setAccessibleName("Highlights of the shown articles")
        self.tag_filter: int | None = None
        self._tagged: set[int] | None = None
        self.model = HighlightListModel()
        body = QWidget(self)
        self.caption = QLabel(body)
        self.list = QListView(body)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName("Highlights")
        self.list.setWordWrap(False)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self._timer = QTimer(self, singleShot=True, interval=REBUILD_MS)
        self._timer.timeout.connect(self.rebuild)
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)
        ctx.bus.changed.connect(self._on_change)
        ctx.bus.tagFilterChanged.connect(self.set_tag_filter)
        ctx.bus.highlightSelected.connect(self._select_row)
        window.panes.panesChanged.connect(self.schedule)
        self.visibilityChanged.connect(self._visibility_changed)
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def _visibility_changed(self, shown: bool) -> None:
        if shown:
            self.schedule()

    def set_tag_filter(self, tag_id: int | None) -> None:
        """Show only highlights carrying this tag (None: all)."""
        self.tag_filter = tag_id
        self._tagged = None
        self.rebuild()

    def _on_change(self, change: Change) -> None:
        if change.kind in ("highlight", "tag", "evidence", "article"):
            if change.kind != "highlight" or self.tag_filter is not None:
                self._tagged = None
            self.schedule()

    def rebuild(self) -> None:
        if not self.isVisible() and self.model.rows:
            return
        panes = self.window_.panes.panes
        seen: set[int] = set()
        views = []
        for pane in panes:
            if pane.article_id is not None and pane.article_id not in seen:
                seen.add(pane.article_id)
                views.append(pane.view)
        if self.tag_filter is not None and self._tagged is None:
            self._tagged = {
                h.id
                for h in self.ctx.project.highlights(article_ids=seen, tag_ids=[self.tag_filter])
            }
        rows: list[Row] = []
        for view in views:
            article = view.article
            if article is None:
                continue
            outlet = article.info.outlet or article.info.title[:24] or f"Article {article.id}"
            for hid in view.span_ids():
                if self._tagged is not None and hid not in self._tagged:
                    continue
                found = view.span_range(hid)
                colour = view.span_colour(hid)
                if found is None or colour is None:
                    continue
                quote = " ".join(article.text[found[0] : found[0] + QUOTE_CHARS].split())
                if found[1] - found[0] > QUOTE_CHARS:
                    quote += "…"
                else:
                    quote = " ".join(article.text[found[0] : found[1]].split())
                rows.append((hid, f"{outlet}: {quote}", colour))
        self.model.set_rows(rows)
        what = "tagged " if self.tag_filter is not None else ""
        self.caption.setText(f"{len(rows)} {what}highlight{'s' if len(rows) != 1 else ''}")
        self._select_row(self.window_.selected_highlight())

    def _chosen(self, index: QModelIndex) -> None:
        hid = index.data(ID_ROLE)
        if isinstance(hid, int):
            self.window_.reveal_highlight(hid)

    def _select_row(self, highlight_id: int | None) -> None:
        if highlight_id is None:
            self.list.clearSelection()
            return
        row = self.model.row_of(highlight_id)
        if row >= 0:
            index = self.model.index(row)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
