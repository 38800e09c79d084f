"""The sources graph in the Cross-check dock opens showing the whole graph, however small the
dock, and keeps the user's own zoom."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from kursk_reader.analysis.attributions import Attribution
from kursk_reader.gui.attribution_graph import AttributionGraphView


def _graph() -> tuple[dict[int, str], list[Attribution]]:
    articles = {n: f"Article {n} from one outlet or another" for n in range(1, 7)}
    cited = [
        Attribution(n, f"Source number {k}", "said", 0, 4)
        for n in articles
        for k in range(n, n + 4)
    ]
    return articles, cited


def _visible(view: AttributionGraphView):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_whole_graph_in_view_until_the_user_zooms(qtbot):
    view = AttributionGraphView()
    qtbot.addWidget(view)
    view.resize(260, 160)
    view.show()
    qtbot.waitExposed(view)
    view.show_graph(*_graph())
    whole = view.scene().itemsBoundingRect()
    assert whole.width() > 260 or whole.height() > 160  # larger than the view
    assert _visible(view).adjusted(-1, -1, 1, 1).contains(whole)

    view.resize(400, 300)  # the dock made larger: still the whole graph
    qtbot.wait(10)
    assert _visible(view).adjusted(-1, -1, 1, 1).contains(whole)

    zoom = QWheelEvent(
        QPointF(50, 50),
        QPointF(50, 50),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(zoom)
    zoomed = view.transform().m11()
    view.resize(420, 320)
    qtbot.wait(10)
    assert view.transform().m11() == zoomed  # the user's zoom is kept
