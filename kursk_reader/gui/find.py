"""Find across all articles (Ctrl+F): a field and a list of hits; choosing a hit shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kursk_reader.core.errors import KurskError
from kursk_reader.core.models import SearchHit
from kursk_reader.gui.context import GuiContext

HIT_ROLE = Qt.ItemDataRole.UserRole


class FindDock(QDockWidget):
    """Words are matched as prefixes in article texts, highlight notes and claims; Enter or a
    click on a hit scrolls a pane to it (through `bus.passageRequested`)."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__("Find", parent)
        self.ctx = ctx
        self.setObjectName("findDock")
        self.setAccessibleName("Find in all articles")
        body = QWidget(self)
        self.field = QLineEdit(body)
        self.field.setPlaceholderText("Find in all articles…")
        self.field.setAccessibleName("Find text")
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(body)
        self.results = QListWidget(body)
        self.results.setAccessibleName("Find results")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self.field.returnPressed.connect(self.run)
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)
        self.setTabOrder(self.field, self.results)

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run(self) -> None:
        """Search for the field's words and list the hits."""
        query = self.field.text().strip()
        self.results.clear()
        if not query:
            self.status.setText("")
            return
        try:
            hits = self.ctx.project.search(query)
        except KurskError as e:
            self.status.setText(str(e))
            return
        labels = {
            i.id: i.outlet or i.title or f"Article {i.id}" for i in self.ctx.project.list_articles()
        }
        for hit in hits:
            if hit.kind == "claim":
                where = "Claim"
            else:
                where = labels.get(hit.article_id, f"Article {hit.article_id}")
                if hit.kind == "note":
                    where += " (note)"
            item = QListWidgetItem(f"{where}: {' '.join(hit.snippet.split())}")
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        count = len(hits)
        self.status.setText(f"{count} hit{'s' if count != 1 else ''}" if count else "No hits")
        if count:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _open(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if isinstance(hit, SearchHit) and hit.article_id:
            self.ctx.bus.passageRequested.emit(hit.article_id, hit.start, hit.end)
