"""Who cites whom, as a picture: articles on the left, the sources they cite on the right, a
line for each article–source pair (thicker when cited more often). Drawn with
QGraphicsScene so it scales, and renderable to a QImage for reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from kursk_reader.analysis.attributions import Attribution

_ROW = 34.0
_NODE_W = 230.0
_NODE_H = 26.0
_GAP = 260.0
_ARTICLE_FILL = QColor("#e3f2fd")
_SOURCE_FILL = QColor("#fff3e0")
_EDGE = QColor("#78909c")


def _elide(text: str, limit: int = 31) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_scene(
    articles: Mapping[int, str],
    attributions: Sequence[Attribution],
    scene: QGraphicsScene | None = None,
) -> QGraphicsScene:
    """Lay out the graph: article labels by id, sources most cited first."""
    scene = scene or QGraphicsScene()
    scene.clear()
    pairs = Counter((a.article_id, a.source) for a in attributions)
    reach = Counter(source for (_aid, source) in pairs)
    sources = sorted(reach, key=lambda s: (-reach[s], s))
    article_ids = sorted(articles)
    rows = max(len(article_ids), len(sources), 1)
    font = QFont()
    font.setPointSizeF(9.5)

    def y_of(index: int, count: int) -> float:
        return (rows - count) * _ROW / 2 + index * _ROW

    article_pos = {aid: y_of(i, len(article_ids)) for i, aid in enumerate(article_ids)}
    source_pos = {s: y_of(i, len(sources)) for i, s in enumerate(sources)}
    for (aid, source), count in sorted(pairs.items()):
        if aid not in article_pos:
            continue
        path = QPainterPath()
        y1 = article_pos[aid] + _NODE_H / 2
        y2 = source_pos[source] + _NODE_H / 2
        x1, x2 = _NODE_W, _NODE_W + _GAP
        path.moveTo(x1, y1)
        path.cubicTo(x1 + _GAP / 2, y1, x2 - _GAP / 2, y2, x2, y2)
        item = scene.addPath(path, QPen(_EDGE, 1.0 + 1.2 * (count - 1)))
        item.setToolTip(f"{articles[aid]} cites {source} ({count}×)")
        item.setZValue(-1)
    for aid in article_ids:
        _node(
            scene,
            0.0,
            article_pos[aid],
            _elide(articles[aid]),
            _ARTICLE_FILL,
            font,
            articles[aid],
            ("article", aid),
        )
    for s in sources:
        tip = f"{s}: cited by {reach[s]} article{'s' if reach[s] != 1 else ''}"
        _node(
            scene,
            _NODE_W + _GAP,
            source_pos[s],
            _elide(s),
            _SOURCE_FILL,
            font,
            tip,
            ("source", s),
            rounded=True,
        )
    if not sources:
        text = scene.addText("No sources cited were found.", font)
        text.setPos(_NODE_W + 20, 0)
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
    return scene


def _node(
    scene: QGraphicsScene,
    x: float,
    y: float,
    label: str,
    fill: QColor,
    font: QFont,
    tip: str,
    data: tuple[str, object],
    rounded: bool = False,
) -> None:
    path = QPainterPath()
    rect = QRectF(x, y, _NODE_W, _NODE_H)
    path.addRoundedRect(rect, 13 if rounded else 4, 13 if rounded else 4)
    box = scene.addPath(path, QPen(fill.darker(150)), QBrush(fill))
    box.setToolTip(tip)
    box.setData(0, data[0])
    box.setData(1, data[1])
    box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
    text = scene.addSimpleText(label, font)
    text.setBrush(QBrush(QColor("#212121")))
    br = text.boundingRect()
    text.setPos(x + 8, y + (_NODE_H - br.height()) / 2)
    text.setToolTip(tip)


class AttributionGraphView(QGraphicsView):
    """The graph in the app; clicking a source or an article node emits what was clicked."""

    sourceClicked = Signal(str)
    articleClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self._zoomed = False

    def show_graph(self, articles: Mapping[int, str], attributions: Sequence[Attribution]) -> None:
        build_scene(articles, attributions, self.scene())
        self._zoomed = False
        self._fit()

    def _fit(self) -> None:
        """The whole graph in view, shrunk when it is larger than the view (never enlarged),
        until the user zooms: a large graph otherwise opens on an empty middle part."""
        if self._zoomed:
            return
        self.resetTransform()
        rect = self.scene().itemsBoundingRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        if rect.width() > view.width() or rect.height() > view.height():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            self.ensureVisible(rect, 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        while item is not None and item.data(0) is None:
            below = [i for i in self.items(event.position().toPoint()) if i.data(0) is not None]
            item = below[0] if below else None
        if item is None:
            return
        if item.data(0) == "source":
            self.sourceClicked.emit(str(item.data(1)))
        elif item.data(0) == "article":
            self.articleClicked.emit(int(item.data(1)))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            self._zoomed = True
        else:
            super().wheelEvent(event)
