"""Find across all articles (Ctrl+F): a field and a list of hits; choosing a hit shows it."""

from __future__ import annotations

import re
from dataclasses import replace

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


JOIN_GAP = 2
"""Article hits at most this many characters apart ("12" and "000" of "12,000") are one."""


def join_adjacent(hits: list[SearchHit], whole: int = 0) -> list[SearchHit]:
    """The hits with the words of one passage joined: a query of several words (or a figure
    the index splits at its comma) shows each place once, and jumping selects all of it.

    With `whole` > 0 (a query written as one token, such as "15,000" or "Kim-chol"), article
    hits joining fewer than `whole` words are left out: "000" alone is not what was asked.
    """
    joined: list[tuple[SearchHit, int]] = []
    for hit in hits:
        last = joined[-1][0] if joined else None
        if (
            last is not None
            and hit.kind == "article"
            and last.kind == "article"
            and hit.article_id == last.article_id
            and 0 <= hit.start - last.end <= JOIN_GAP
        ):
            joined[-1] = (replace(last, end=hit.end), joined[-1][1] + 1)
        else:
            joined.append((hit, 1))
    return [h for h, parts in joined if h.kind != "article" or parts >= whole]


class FindDock(QDockWidget):
    """Words are matched as prefixes in article texts, highlight notes and claims; Enter or a
    click on a hit scrolls a pane to it and selects the words found in the text."""

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
        words = len(re.findall(r"\w+", query))
        one_token = words > 1 and not any(c.isspace() for c in query)
        hits = join_adjacent(hits, whole=words if one_token else 0)
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
        if not isinstance(hit, SearchHit) or not hit.article_id:
            return
        show = getattr(self.ctx.window, "show_passage", None)
        if hit.kind == "article" and callable(show):
            show(hit.article_id, hit.start, hit.end, select=True)  # ready for H
        else:
            self.ctx.bus.passageRequested.emit(hit.article_id, hit.start, hit.end)
