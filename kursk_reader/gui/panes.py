"""The reading area: 1 to 6 article panes side by side, each with an article picker."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kursk_reader.core.models import ArticleInfo
from kursk_reader.gui.article_view import ArticleView

if TYPE_CHECKING:
    from kursk_reader.services import Project
    from kursk_reader.storage.glance import ProjectGlance

MAX_PANES = 6


class Pane(QWidget):
    """One article: a header (picker, close button) above its text view."""

    articleChosen = Signal(object)
    """The user picked another article (its id)."""
    closeRequested = Signal()
    activated = Signal()
    """The pane got the keyboard focus (it becomes the current pane)."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = QComboBox(self)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(12)
        self.picker.setAccessibleName(f"Article in pane {number}")
        self.picker.setToolTip("Article shown in this pane (outlet · title · date)")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip("Close this pane")
        self.close_button.setAccessibleName(f"Close pane {number}")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closeRequested)
        self.view = ArticleView(self)
        self.view.setAccessibleName(f"Article text, pane {number}")
        self.view.installEventFilter(self)
        self.picker.installEventFilter(self)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("paneInfo")
        header = QHBoxLayout()
        header.setContentsMargins(4, 2, 2, 2)
        header.addWidget(self.picker, 1)
        header.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.picker.activated.connect(self._picked)

    @property
    def article_id(self) -> int | None:
        return self.view.article_id

    def set_choices(self, infos: Iterable[ArticleInfo], current: int | None) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for info in infos:
            self.picker.addItem(info.label, info.id)
            self.picker.setItemData(
                self.picker.count() - 1, info.label, Qt.ItemDataRole.ToolTipRole
            )
        index = self.picker.findData(current) if current is not None else -1
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)

    def _picked(self, index: int) -> None:
        article_id = self.picker.itemData(index)
        if article_id is not None and article_id != self.article_id:
            self.articleChosen.emit(article_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.activated.emit()
        return False


class PaneArea(QSplitter):
    """Panes side by side. Loads articles and their highlights from the project.

    `show_articles(ids)` puts articles into panes; `current_pane()` is the pane that last had
    the keyboard focus.
    """

    panesChanged = Signal()
    """Panes were added or removed, or a pane shows another article."""
    currentPaneChanged = Signal()

    def __init__(self, project: Project | ProjectGlance, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.project: Project | ProjectGlance = project
        self.setChildrenCollapsible(False)
        self.setHandleWidth(6)
        self.panes: list[Pane] = []
        self._current: Pane | None = None
        self._infos: list[ArticleInfo] = []
        self._point_size = 12.0
        self._hide_debris = False
        self._in_step = False
        self._syncing = False

    # ----- panes

    def add_pane(self, article_id: int | None = None) -> Pane | None:
        """A new pane at the right (None when six are open already)."""
        if len(self.panes) >= MAX_PANES:
            return None
        pane = Pane(len(self.panes) + 1, self)
        pane.view.set_point_size(self._point_size)
        pane.view.set_hide_debris(self._hide_debris)
        pane.articleChosen.connect(lambda aid, p=pane: self.load(p, aid))
        pane.closeRequested.connect(lambda p=pane: self.remove_pane(p))
        pane.activated.connect(lambda p=pane: self._set_current(p))
        pane.view.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self._scrolled(p))
        self.panes.append(pane)
        self.addWidget(pane)
        self._update_close_buttons()
        pane.set_choices(self._infos, None)
        if article_id is not None:
            self.load(pane, article_id)
        if self._current is None:
            self._current = pane
        self.panesChanged.emit()
        return pane

    def remove_pane(self, pane: Pane | None = None) -> None:
        """Close a pane (the current one by default); the last pane stays."""
        pane = pane or self.current_pane()
        if pane is None or len(self.panes) <= 1:
            return
        self.panes.remove(pane)
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        if self._current is pane:
            self._current = self.panes[-1]
            self.currentPaneChanged.emit()
        self._update_close_buttons()
        self.panesChanged.emit()

    def _update_close_buttons(self) -> None:
        for pane in self.panes:
            pane.close_button.setEnabled(len(self.panes) > 1)

    def current_pane(self) -> Pane | None:
        if self._current in self.panes:
            return self._current
        return self.panes[0] if self.panes else None

    def _set_current(self, pane: Pane) -> None:
        if pane is not self._current:
            self._current = pane
            self.currentPaneChanged.emit()

    def pane_showing(self, article_id: int) -> Pane | None:
        current = self.current_pane()
        if current is not None and current.article_id == article_id:
            return current
        return next((p for p in self.panes if p.article_id == article_id), None)

    # ----- articles

    def set_article_list(self, infos: list[ArticleInfo]) -> None:
        """The articles the pickers offer; panes whose article is gone are emptied."""
        self._infos = infos
        known = {i.id for i in infos}
        for pane in self.panes:
            if pane.article_id is not None and pane.article_id not in known:
                pane.view.set_article(None)
            pane.set_choices(infos, pane.article_id)

    def load(self, pane: Pane, article_id: int | None) -> None:
        """Show an article (with its highlights) in a pane."""
        if article_id is None:
            pane.view.set_article(None)
        else:
            article = self.project.get_article(article_id)
            spans = [(h, s, e, c) for h, _a, s, e, c in self.project.highlight_spans([article_id])]
            pane.view.set_article(article, spans)
        pane.set_choices(self._infos, article_id)
        self.panesChanged.emit()

    def show_articles(self, article_ids: Iterable[int]) -> None:
        """Put these articles into panes, left to right, adding panes as needed (up to six)."""
        ids = list(article_ids)[:MAX_PANES]
        while len(self.panes) < max(1, len(ids)):
            self.add_pane()
        for pane, article_id in zip(self.panes, ids, strict=False):
            if pane.article_id != article_id:
                self.load(pane, article_id)

    def article_ids(self) -> list[int | None]:
        return [p.article_id for p in self.panes]

    # ----- reading options

    def set_point_size(self, size: float) -> None:
        self._point_size = size
        for pane in self.panes:
            pane.view.set_point_size(size)

    def point_size(self) -> float:
        return self._point_size

    def set_hide_debris(self, hide: bool) -> None:
        self._hide_debris = hide
        for pane in self.panes:
            pane.view.set_hide_debris(hide)

    def hide_debris(self) -> bool:
        return self._hide_debris

    def set_scroll_in_step(self, on: bool) -> None:
        self._in_step = on

    def scroll_in_step(self) -> bool:
        return self._in_step

    def _scrolled(self, source: Pane) -> None:
        """With scrolling in step, every pane follows at the same fraction of its length."""
        if not self._in_step or self._syncing:
            return
        bar = source.view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._syncing = True
        try:
            for pane in self.panes:
                if pane is not source:
                    other = pane.view.verticalScrollBar()
                    other.setValue(round(fraction * other.maximum()))
        finally:
            self._syncing = False
