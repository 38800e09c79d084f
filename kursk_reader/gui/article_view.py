"""One pane's text: an article shown read-only, selectable by mouse and keyboard, with its
highlights painted underneath the text.

Highlights are not char formats or extra selections: both cost time in proportion to the
number of highlights on every change. The view keeps the highlights' UTF-16 ranges sorted and
paints, for each repaint, only those crossing the visible part of the text — so opening an
article with thousands of highlights, or adding one, costs about the same as with none.
Colours are translucent, so where two highlights overlap the text is visibly darker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from kursk_reader.core.models import Article
from kursk_reader.core.text import Utf16Map

HIGHLIGHT_ALPHA = 120
"""Opacity (of 255) of a highlight's colour: light enough to read through, and two
overlapping highlights add up to a visibly darker band."""
LINE_HEIGHT_PERCENT = 140
MAX_LINE_CHARS = 74
"""Longest line, in average characters of the font: about the length readers find easiest."""
FLASH_MS = 1200
SETTLE_MS = 300
"""A selection is reported once it has not changed for this long."""
READING_FONT = "DejaVu Serif"
CARET_WIDTH = 2
"""Pixels: Qt's 1-pixel caret is lost in serif text; two stay visible and cover no letter."""


@dataclass(slots=True)
class Span:
    """A highlight as the view draws it: UTF-16 range into the shown document."""

    id: int
    start: int
    end: int
    colour: QColor


class ArticleView(QTextEdit):
    """The text of one article with its highlights.

    Positions in the public methods are code points of the article text (what the project
    stores); the view converts to Qt's UTF-16 positions with `Utf16Map` internally.
    """

    highlightClicked = Signal(int)
    """A highlight the user clicked (its id)."""
    selectionSettled = Signal(int, int)
    """(start, end) in code points once a non-empty selection has not changed for a moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName("Article text")
        self.setUndoRedoEnabled(False)
        self.setMouseTracking(True)
        self.setCursorWidth(CARET_WIDTH)
        self.article: Article | None = None
        self._map = Utf16Map("")
        self._spans: dict[int, Span] = {}
        self._order: list[tuple[int, int]] = []  # (start, id) sorted, for range queries
        self._longest = 0
        self._selected: int | None = None
        self._aligned: list[tuple[int, int]] = []
        self._flash: tuple[int, int] | None = None
        self._hide_debris = False
        self._point_size = 12.0
        self._own_document: QTextDocument | None = None
        self.tooltip_provider: Callable[[list[int]], str] | None = None
        self.context_actions: list[object] = []
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._report_selection)
        self.selectionChanged.connect(self._settle.start)
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self._apply_font()

    # ----- content

    @property
    def article_id(self) -> int | None:
        return self.article.id if self.article is not None else None

    def set_article(
        self, article: Article | None, spans: Iterable[tuple[int, int, int, str]] = ()
    ) -> None:
        """Show an article and its highlights ((id, start, end, colour), code points)."""
        self.article = article
        self._map = Utf16Map(article.text if article else "")
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(12)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        cursor = QTextCursor(doc)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        cursor.setBlockFormat(block_format)
        if article is not None:
            # New blocks inherit the first block's format: one insert, no pass over the blocks.
            cursor.insertText(article.text)
        old = self._own_document
        self.setDocument(doc)
        self._own_document = doc
        if old is not None:
            old.deleteLater()
        self._spans.clear()
        self._order = []
        self._longest = 0
        self._selected = None
        self._aligned = []
        self._flash = None
        for span in spans:
            self._insert(*span)
        if self._hide_debris:
            self._apply_debris()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.viewport().update()

    def upsert_span(self, highlight_id: int, start: int, end: int, colour: str) -> None:
        """Draw a new highlight, or move/recolour one already drawn."""
        self._remove(highlight_id)
        self._insert(highlight_id, start, end, colour)
        self.viewport().update()

    def remove_span(self, highlight_id: int) -> None:
        if self._remove(highlight_id):
            if self._selected == highlight_id:
                self._selected = None
            self.viewport().update()

    def span_ids(self) -> list[int]:
        """Ids of the highlights drawn, in reading order."""
        return [i for _, i in self._order]

    def span_range(self, highlight_id: int) -> tuple[int, int] | None:
        """A drawn highlight's (start, end) in code points."""
        span = self._spans.get(highlight_id)
        if span is None:
            return None
        return self._map.to_code_point(span.start), self._map.to_code_point(span.end)

    def span_colour(self, highlight_id: int) -> QColor | None:
        span = self._spans.get(highlight_id)
        return QColor(span.colour) if span else None

    def _insert(self, highlight_id: int, start: int, end: int, colour: str) -> None:
        u_start, u_end = self._map.to_utf16(start), self._map.to_utf16(end)
        self._spans[highlight_id] = Span(highlight_id, u_start, u_end, QColor(colour))
        insort(self._order, (u_start, highlight_id))
        self._longest = max(self._longest, u_end - u_start)

    def _remove(self, highlight_id: int) -> bool:
        span = self._spans.pop(highlight_id, None)
        if span is None:
            return False
        i = bisect_left(self._order, (span.start, highlight_id))
        if i < len(self._order) and self._order[i] == (span.start, highlight_id):
            del self._order[i]
        return True

    def spans_between(self, u_start: int, u_end: int) -> list[Span]:
        """Drawn highlights crossing [u_start, u_end] (UTF-16)."""
        lo = bisect_left(self._order, (u_start - self._longest, -1))
        hi = bisect_right(self._order, (u_end, 1 << 62))
        out = []
        for _, hid in self._order[lo:hi]:
            span = self._spans[hid]
            if span.end > u_start and span.start <= u_end:
                out.append(span)
        return out

    def highlights_at(self, code_point: int) -> list[int]:
        """Ids of the highlights covering a code-point position."""
        u = self._map.to_utf16(code_point)
        return [s.id for s in self.spans_between(u, u) if s.start <= u < s.end]

    # ----- selection and scrolling (code points)

    def selection_range(self) -> tuple[int, int] | None:
        """The selected text as (start, end) code points, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self._map.to_code_point(cursor.selectionStart()),
            self._map.to_code_point(cursor.selectionEnd()),
        )

    def select_range(self, start: int, end: int) -> None:
        """Select from `start` (the anchor) to `end` (the caret), code points; `end` may be
        the smaller one, putting the caret at the passage's start."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def scroll_to(self, start: int, end: int) -> None:
        """Bring a passage into view, a third of the way down the pane."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        self.setTextCursor(cursor)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def flash(self, start: int, end: int) -> None:
        """Show a passage strongly for a moment (after a jump to it)."""
        self._flash = (self._map.to_utf16(start), self._map.to_utf16(end))
        self._flash_timer.start()
        self.viewport().update()

    def _end_flash(self) -> None:
        self._flash = None
        self.viewport().update()

    def set_aligned(self, ranges: Iterable[tuple[int, int]]) -> None:
        """Mark passages aligned with another article's (outlined, not filled)."""
        self._aligned = [(self._map.to_utf16(s), self._map.to_utf16(e)) for s, e in ranges]
        self.viewport().update()

    def set_selected_highlight(self, highlight_id: int | None) -> None:
        self._selected = highlight_id if highlight_id in self._spans else None
        self.viewport().update()

    @property
    def selected_highlight(self) -> int | None:
        return self._selected

    def _report_selection(self) -> None:
        found = self.selection_range()
        if found is not None and found[0] < found[1]:
            self.selectionSettled.emit(*found)

    # ----- reading comfort

    def set_point_size(self, size: float) -> None:
        self._point_size = size
        self._apply_font()

    def point_size(self) -> float:
        return self._point_size

    def _apply_font(self) -> None:
        font = QFont(READING_FONT)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(self._point_size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._fit_line_length()

    def set_hide_debris(self, hide: bool) -> None:
        """Hide (or show again) the lines the importer marked as web debris; offsets stay."""
        self._hide_debris = hide
        self._apply_debris()

    def _apply_debris(self) -> None:
        doc = self.document()
        if self.article is None or not self.article.debris:
            return
        for start, end in self.article.debris:
            block = doc.findBlock(self._map.to_utf16(start))
            u_end = self._map.to_utf16(end)
            while block.isValid() and block.position() < u_end:
                inside = block.position() >= self._map.to_utf16(start) or block.length() <= 1
                if inside and block.position() + block.length() - 1 <= u_end:
                    block.setVisible(not self._hide_debris)
                block = block.next()
        doc.markContentsDirty(0, doc.characterCount())
        self.viewport().update()

    def _fit_line_length(self) -> None:
        """Centre a column about MAX_LINE_CHARS wide when the pane is wider than that."""
        column = self.fontMetrics().averageCharWidth() * MAX_LINE_CHARS + 24
        spare = max(0, self.width() - column - self.verticalScrollBar().sizeHint().width())
        self.setViewportMargins(spare // 2, 0, spare - spare // 2, 0)

    def resizeEvent(self, e: QResizeEvent) -> None:
        self._fit_line_length()
        super().resizeEvent(e)

    # ----- painting

    def _visible_utf16(self) -> tuple[int, int]:
        """The UTF-16 range of the blocks in view (found by bisecting block positions: a
        hit test walks the blocks one by one and costs milliseconds in a long article)."""
        y = self.verticalScrollBar().value()
        first = self._block_at(y)
        last = self._block_at(y + self.viewport().height())
        return first.position(), last.position() + last.length()

    def _block_at(self, y: float) -> QTextBlock:
        doc = self.document()
        layout = doc.documentLayout()
        lo, hi = 0, doc.blockCount() - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            block = doc.findBlockByNumber(mid)
            while not block.isVisible() and block.blockNumber() < hi:
                block = block.next()
            if layout.blockBoundingRect(block).top() <= y:
                lo = mid
            else:
                hi = mid - 1
        return doc.findBlockByNumber(lo)

    def highlight_rects(self, u_start: int, u_end: int) -> list[QRectF]:
        """Viewport rectangles covering the UTF-16 range (one per line it touches)."""
        doc = self.document()
        layout = doc.documentLayout()
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        rects: list[QRectF] = []
        block = doc.findBlock(u_start)
        while block.isValid() and block.position() < u_end:
            if block.isVisible() and block.layout() is not None:
                origin = layout.blockBoundingRect(block).topLeft()
                text_layout = block.layout()
                lo = max(u_start - block.position(), 0)
                hi = min(u_end - block.position(), block.length() - 1)
                for n in range(text_layout.lineCount()):
                    line = text_layout.lineAt(n)
                    a = max(lo, line.textStart())
                    b = min(hi, line.textStart() + line.textLength())
                    if a >= b:
                        continue
                    x1 = _x(line.cursorToX(a))
                    x2 = _x(line.cursorToX(b))
                    rects.append(
                        QRectF(
                            origin.x() + x1 + dx,
                            origin.y() + line.y() + dy,
                            x2 - x1,
                            line.height(),
                        )
                    )
            block = block.next()
        return rects

    def paintEvent(self, e: QPaintEvent) -> None:
        if self._spans or self._aligned or self._flash:
            top, bottom = self._visible_utf16()
            painter = QPainter(self.viewport())
            painter.setPen(Qt.PenStyle.NoPen)
            selected_rects: list[QRectF] = []
            for span in self.spans_between(top, bottom):
                colour = QColor(span.colour)
                colour.setAlpha(HIGHLIGHT_ALPHA)
                rects = self.highlight_rects(max(span.start, top), min(span.end, bottom + 1))
                for rect in rects:
                    painter.fillRect(rect, colour)
                if span.id == self._selected:
                    selected_rects.extend(rects)
            if selected_rects:
                painter.setPen(QPen(QColor("#37474f"), 2))
                for rect in selected_rects:
                    painter.drawRect(rect.adjusted(0, 1, 0, -1))
            if self._aligned:
                painter.setPen(QPen(QColor("#6a1b9a"), 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for s, t in self._aligned:
                    if t >= top and s <= bottom:
                        for rect in self.highlight_rects(max(s, top), min(t, bottom + 1)):
                            painter.drawRect(rect)
            if self._flash is not None:
                s, t = self._flash
                for rect in self.highlight_rects(max(s, top), min(t, bottom + 1)):
                    painter.fillRect(rect, QColor(255, 112, 67, 150))
            painter.end()
        super().paintEvent(e)

    # ----- mouse and keyboard

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            u = self.cursorForPosition(e.position().toPoint()).position()
            hits = [s for s in self.spans_between(u, u) if s.start <= u < s.end]
            if hits:
                # The shortest highlight under the pointer is the most specific one.
                chosen = min(hits, key=lambda s: s.end - s.start)
                self.set_selected_highlight(chosen.id)
                self.highlightClicked.emit(chosen.id)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Enter on a highlight selects it, as a click does (the keyboard way to pick the
        highlight to tag, note or link)."""
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.select_highlight_at_caret():
            e.accept()
            return
        super().keyPressEvent(e)

    def select_highlight_at_caret(self) -> bool:
        """Select the shortest highlight under the caret (or the selection's start)."""
        cursor = self.textCursor()
        u = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        hits = [s for s in self.spans_between(u, u) if s.start <= u < s.end]
        if not hits and u > 0:  # the caret just after a highlight's last character
            hits = [s for s in self.spans_between(u - 1, u - 1) if s.start <= u - 1 < s.end]
        if not hits:
            return False
        chosen = min(hits, key=lambda s: s.end - s.start)
        self.set_selected_highlight(chosen.id)
        self.highlightClicked.emit(chosen.id)
        return True

    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and self.tooltip_provider is not None:
            assert isinstance(e, QHelpEvent)
            u = self.cursorForPosition(e.pos()).position()
            ids = [s.id for s in self.spans_between(u, u) if s.start <= u < s.end]
            text = self.tooltip_provider(ids) if ids else ""
            if text:
                QToolTip.showText(e.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(e.pos())
        if self.context_actions:
            menu.addSeparator()
            for action in self.context_actions:
                menu.addAction(action)  # type: ignore[call-overload]
        menu.exec(e.globalPos())
        menu.deleteLater()


def _x(value: object) -> float:
    """`QTextLine.cursorToX` returns a float, or (float, int) in some PySide versions."""
    if isinstance(value, tuple):
        return float(value[0])
    return float(value)  # type: ignore[arg-type]
