"""The report as PDF, laid out by Qt's QTextDocument and painted page by page on a QPdfWriter.

The one exporter that imports Qt (PySide6). It needs no screen: a QGuiApplication is made on
the "offscreen" platform when none exists and no display is set. Each page gets a running
header (report title) and a footer ("Page n of N"); fonts are DejaVu (Latin, Cyrillic, Greek),
embedded by Qt's PDF engine. Headings are kept with the first lines under them, and a
paragraph that runs across pages is cut in two at the break, so each page holds only the text
it shows.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTable,
)

from kursk_reader.core.errors import KurskError
from kursk_reader.export.atomic import write_atomic
from kursk_reader.export.html import (
    GRAPH_MAX_ARTICLES,
    GRAPH_MAX_SOURCES,
    SOURCES_GRAPH_URL,
    SWATCH,
    render_html_chunks,
)
from kursk_reader.services.report import Report

SPACER_URL = "kr-image://spacer"
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

LAYOUT_DPI = 96.0
"""The document is laid out in screen-like units (so pixel paddings read as on screen) and
scaled onto the PDF's resolution when painted."""

PDF_DPI = 300
MARGINS_MM = QMarginsF(18, 16, 18, 14)
HEADER_GAP = 26.0
FOOTER_GAP = 22.0
"""Room (layout units) the running header and the page footer take from each page."""

KEEP_WITH_HEADING = 3
"""A heading starts a new page unless this many lines of what follows fit under it."""

KEEP_WITH_COLOUR_LINE = 6
"""A highlight of at most this many lines moves to the next page with its colour/tags line
rather than leave that line alone at the top of a page (a longer one is left where it is:
moving it would leave a large gap)."""

_COLOUR_LINE_OPENING = SWATCH.replace("&nbsp;", "\u00a0")

CLIP_SLACK = 0.25
"""Each page is drawn with its clip this much inside the page's edges: Qt draws a line that
only touches the clip, and the PDF would keep its (invisible) text."""

BODY_FAMILIES = ("DejaVu Serif", "DejaVu Sans", "Noto Serif", "Liberation Serif")
HEADING_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans")
BODY_POINTS = 9.5

Progress = Callable[[int, int], None]

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Qt's text layout needs a (Gui)Application; make an offscreen one if there is none."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not just a QGuiApplication), so windows opened later in the same
    # process (tests, an embedding tool) still work.
    from PySide6.QtWidgets import QApplication

    _app = QApplication([])


def pick_family(candidates: tuple[str, ...]) -> str:
    """The first installed family of `candidates`, else any family that writes Cyrillic."""
    installed = set(QFontDatabase.families())
    for family in candidates:
        if family in installed:
            return family
    cyrillic = QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic)
    return cyrillic[0] if cyrillic else QFont().family()


def write_pdf(
    report: Report, path: str | Path, page_size: str = "A4", progress: Progress | None = None
) -> Path:
    """Write the report as a PDF file (atomically)."""
    return write_atomic(path, render_pdf(report, page_size, progress))


def render_pdf(report: Report, page_size: str = "A4", progress: Progress | None = None) -> bytes:
    """The report as PDF bytes."""
    if page_size not in PAGE_SIZES:
        raise KurskError(f"unknown page size {page_size!r}; use A4 or Letter")
    ensure_gui_application()
    body_family = pick_family(BODY_FAMILIES)
    heading_family = pick_family(HEADING_FAMILIES)
    style = f"<style>h1, h2, h3, th {{ font-family: '{heading_family}'; }}"
    chunks = [c.replace("<style>", style, 1) for c in render_html_chunks(report)]

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(report.title or "Report")
    writer.setCreator("Kursk Reader")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_rect = writer.pageLayout().paintRectPixels(PDF_DPI)
    scale = PDF_DPI / LAYOUT_DPI
    width = paint_rect.width() / scale
    height = paint_rect.height() / scale
    # Whole units: Qt places page breaks at multiples of the page height in 1/64 fixed point,
    # and a fractional height drifts from ours by a hair a page, enough to misplace a line.
    body_height = float(math.floor(height - HEADER_GAP - FOOTER_GAP))

    body_font = QFont(body_family)
    body_font.setPointSizeF(BODY_POINTS)
    # Plain "ffi" rather than a ligature glyph, so text copied or searched in the PDF matches.
    body_font.setFeature(QFont.Tag("liga"), 0)
    graph = sources_graph(report, heading_family, width) if report.sources else None

    # Lay the pieces out one after another: each starts where the previous one ended.
    placed: list[tuple[QTextDocument, int]] = []
    page, used = 0, 0.0
    for html in chunks:
        doc = _document(html, body_font, QSizeF(width, body_height), used, graph)
        count = doc.pageCount()
        placed.append((doc, page))
        page += count - 1
        used = _content_bottom(doc) - (count - 1) * body_height
    pages = page + 1

    painter = QPainter()
    if not painter.begin(writer):
        raise KurskError("the PDF could not be started (Qt refused the PDF writer)")
    try:
        painter.scale(scale, scale)
        header_font = QFont(heading_family)
        header_font.setPointSizeF(7.5 / scale)
        header_font.setFeature(QFont.Tag("liga"), 0)
        current = -1
        for n, (doc, first) in enumerate(placed):
            for j in range(doc.pageCount()):
                if first + j > current:
                    if current >= 0:
                        writer.newPage()
                    current = first + j
                    _furniture(painter, report, header_font, current, pages, width, height)
                    if progress is not None and current % 20 == 0:
                        progress(current + 1, pages)
                painter.save()
                painter.translate(0, HEADER_GAP - j * body_height)
                doc.drawContents(
                    painter,
                    QRectF(0, j * body_height + CLIP_SLACK, width, body_height - 2 * CLIP_SLACK),
                )
                painter.restore()
            placed[n] = (QTextDocument(), first)  # free the piece once drawn
    finally:
        painter.end()
    del writer
    buffer.close()
    data = bytes(QByteArray(buffer.data()).data())
    return data


def _document(
    html: str, font: QFont, page: QSizeF, top: float, graph: QImage | None
) -> QTextDocument:
    """One piece of the report laid out in pages, its first page starting `top` units down."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    if graph is not None and SOURCES_GRAPH_URL in html:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(SOURCES_GRAPH_URL), graph)
    if top >= 1:
        # A blank image as tall as the space already used: Qt drops a block's top margin at
        # the top of a page, but an image keeps its height.
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(SPACER_URL), _spacer())
        spacer = (
            f'<p style="margin:0px; font-size:1px;">'
            f'<img src="{SPACER_URL}" width="1" height="{int(top)}" /></p>'
        )
        html = html.replace("<body>", "<body>" + spacer, 1)
    doc.setHtml(html)
    _fit_table_headers(doc, page.width())
    doc.setPageSize(page)
    doc.pageCount()  # lays the whole document out before reading line positions
    _keep_headings_with_text(doc, page.height())
    _keep_colour_lines_with_highlights(doc, page.height())
    _split_blocks_at_page_breaks(doc, page.height())
    return doc


HEADER_SLACK = 4.0
"""Room (layout units) a header cell keeps beside its longest word."""


def _fit_table_headers(doc: QTextDocument, width: float) -> None:
    """Widen any column whose header would break inside a word, taking the room from the
    column with the most to spare: Qt honours percentage widths even when a word overflows."""
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        fmt = frame.format().toTableFormat()
        widths = [w.rawValue() for w in fmt.columnWidthConstraints()]
        if len(widths) != frame.columns() or not all(
            w.type() == QTextLength.Type.PercentageLength for w in fmt.columnWidthConstraints()
        ):
            continue
        inner = width - (frame.columns() + 1) * fmt.cellSpacing() - 2 * fmt.border()
        needed = []
        for column in range(frame.columns()):
            cell = frame.cellAt(0, column)
            longest = 0.0
            block = cell.firstCursorPosition().block()
            while block.isValid() and block.position() <= cell.lastCursorPosition().position():
                it = block.begin()
                while not it.atEnd():
                    fragment = it.fragment()
                    font = fragment.charFormat().font().resolve(doc.defaultFont())
                    metrics = QFontMetricsF(font)
                    for word in fragment.text().split():
                        longest = max(longest, metrics.horizontalAdvance(word))
                    it += 1
                block = block.next()
            room = longest + 2 * fmt.cellPadding() + 2 * fmt.border() + HEADER_SLACK
            needed.append(100 * room / inner)
        for column, need in enumerate(needed):
            short = need - widths[column]
            if short <= 0:
                continue
            donor = max(range(len(widths)), key=lambda c: widths[c] - needed[c])
            if donor == column or widths[donor] - needed[donor] < short:
                continue
            widths[donor] -= short
            widths[column] = need
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        frame.setFormat(fmt)


def _blocks(doc: QTextDocument) -> list[QTextBlock]:
    """Every block of the document in order, those inside table cells included."""
    blocks = []
    block = doc.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def _line_tops(doc: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    """Top and bottom of each line of a laid-out block, in document units."""
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    lines = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        y = top + line.y()
        lines.append((y, y + line.height()))
    return lines


def _page_of(y: float, page_height: float) -> int:
    return int((y + CLIP_SLACK) // page_height)


def _keep_headings_with_text(doc: QTextDocument, page_height: float) -> None:
    """Move a heading (with the headings right above it) to the next page when the first
    lines of what follows it would start on the next page."""
    blocks = _blocks(doc)
    n = 0
    while n < len(blocks):
        block = blocks[n]
        n += 1
        if block.blockFormat().headingLevel() == 0 or not block.layout().lineCount():
            continue
        first = n - 1
        while first > 0 and blocks[first - 1].blockFormat().headingLevel() > 0:
            first -= 1
        lines: list[tuple[float, float]] = []
        for following in blocks[n:]:
            if following.blockFormat().headingLevel() > 0:
                break
            lines += _line_tops(doc, following)
            if len(lines) >= KEEP_WITH_HEADING:
                break
        if not lines:
            continue
        heading_top = _line_tops(doc, blocks[first])[0][0]
        last = lines[:KEEP_WITH_HEADING][-1][1]
        if _page_of(last - 2 * CLIP_SLACK, page_height) > _page_of(heading_top, page_height):
            fmt = blocks[first].blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(blocks[first]).setBlockFormat(fmt)
            doc.pageCount()


def _keep_colour_lines_with_highlights(doc: QTextDocument, page_height: float) -> None:
    """Move a short highlight to the next page when its colour/tags line would open that
    page alone (with the article heading and its one-line facts when they sit right above
    the highlight, so the heading is not left behind)."""
    blocks = _blocks(doc)
    for n in range(1, len(blocks)):
        block, above = blocks[n], blocks[n - 1]
        if not block.text().startswith(_COLOUR_LINE_OPENING):
            continue
        if not block.layout().lineCount() or not above.layout().lineCount():
            continue
        lines = _line_tops(doc, above)
        if len(lines) > KEEP_WITH_COLOUR_LINE:
            continue
        line_top = _line_tops(doc, block)[0][0]
        if _page_of(line_top, page_height) <= _page_of(lines[-1][0], page_height):
            continue
        first = n - 1
        while first > 0:
            if _is_heading(blocks[first - 1]):
                first -= 1
            elif (
                first > 1
                and _is_heading(blocks[first - 2])
                and blocks[first - 1].layout().lineCount() == 1
            ):
                first -= 2
            else:
                break
        fmt = blocks[first].blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(blocks[first]).setBlockFormat(fmt)
        doc.pageCount()


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _split_blocks_at_page_breaks(doc: QTextDocument, page_height: float) -> None:
    """Cut every paragraph that runs across a page break into pieces at the breaks.

    Qt draws a block's line just above the clip too (and a PDF keeps clipped text), so a
    paragraph that crossed pages left invisible copies of its lines in the page furniture.
    The cuts are made where Qt broke the lines, so the pages look the same; they are made
    from the last one up, so the positions found in one layout stay right.
    """
    for _ in range(3):
        cuts = []
        for block in _blocks(doc):
            if block.layout().lineCount() < 2:
                continue
            lines = _line_tops(doc, block)
            layout = block.layout()
            for i in range(1, len(lines)):
                if _page_of(lines[i][0], page_height) > _page_of(lines[i - 1][0], page_height):
                    cuts.append(block.position() + layout.lineAt(i).textStart())
        if not cuts:
            return
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # one relayout for all the cuts, not one per cut
        for position in sorted(cuts, reverse=True):
            cursor.setPosition(position)
            before = cursor.blockFormat()
            after = QTextBlockFormat(before)
            after.setTopMargin(0)
            after.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            before.setBottomMargin(0)
            cursor.setBlockFormat(before)
            if doc.characterAt(position - 1) == "\u2028":
                cursor.setPosition(position - 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
            cursor.insertBlock(after, cursor.charFormat())
        cursor.endEditBlock()
        doc.pageCount()


def _spacer() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


def _content_bottom(doc: QTextDocument) -> float:
    """Where the last line of a laid-out document ends (its size rounds up to whole pages)."""
    return doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()


def _furniture(
    painter: QPainter,
    report: Report,
    font: QFont,
    page: int,
    pages: int,
    width: float,
    height: float,
) -> None:
    """The running header (title, date) and the footer (page numbers) of one page."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#57606a"))
    metrics = QFontMetricsF(font, painter.device())
    line_y = metrics.height() + 4
    title = metrics.elidedText(report.title or "Report", Qt.TextElideMode.ElideRight, width * 0.7)
    painter.drawText(QPointF(0, metrics.ascent()), title)
    right = f"Annotated report · {report.generated_on.isoformat()}"
    painter.drawText(QPointF(width - metrics.horizontalAdvance(right), metrics.ascent()), right)
    painter.setPen(QPen(QColor("#c8d1dc"), 0.6))
    painter.drawLine(QPointF(0, line_y), QPointF(width, line_y))
    painter.setPen(QColor("#57606a"))
    footer = f"Page {page + 1} of {pages}"
    painter.drawText(
        QPointF((width - metrics.horizontalAdvance(footer)) / 2, height - metrics.descent()),
        footer,
    )
    painter.restore()


def sources_graph(report: Report, family: str, width: float) -> QImage:
    """Articles on the left, the sources they cite on the right, a line for each citation."""
    sources = (report.sources or ())[:GRAPH_MAX_ARTICLES]
    names: list[str] = []
    for s in sources:
        for c in s.sources:
            if c.source not in names and len(names) < GRAPH_MAX_SOURCES:
                names.append(c.source)
    row = 22.0
    rows = max(len(sources), len(names))
    logical_h = rows * row + 20
    factor = 3.0
    image = QImage(int(width * factor), int(logical_h * factor), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(factor)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(family, 7)
    font.setFeature(QFont.Tag("liga"), 0)
    p.setFont(font)
    metrics = QFontMetricsF(font)
    box_w = width * 0.36

    def y_of(i: int, n: int) -> float:
        return 10 + (rows * row) * (i + 0.5) / max(1, n)

    left = {s.article_number: y_of(i, len(sources)) for i, s in enumerate(sources)}
    right = {name: y_of(i, len(names)) for i, name in enumerate(names)}
    p.setPen(QPen(QColor("#7a8ca3"), 0.8))
    for s in sources:
        for c in s.sources:
            if c.source in right:
                p.drawLine(
                    QPointF(box_w, left[s.article_number]), QPointF(width - box_w, right[c.source])
                )
    for s in sources:
        label = f"{s.article_number}. {report.articles[s.article_number - 1].short_label}"
        _box(p, metrics, QRectF(0, left[s.article_number] - 8, box_w, 16), label, "#e8edf3")
    for name in names:
        _box(p, metrics, QRectF(width - box_w, right[name] - 8, box_w, 16), name, "#fff4d6")
    p.end()
    return image


def _box(p: QPainter, metrics: QFontMetricsF, rect: QRectF, text: str, fill: str) -> None:
    p.setPen(QPen(QColor("#9aa7b5"), 0.6))
    p.setBrush(QColor(fill))
    p.drawRoundedRect(rect, 3, 3)
    p.setPen(QColor("#1f2328"))
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 8)
    p.drawText(
        rect.adjusted(4, 0, -4, 0),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        shown,
    )
