"""The claim matrix: claims down the side, articles across the top, each cell the outlet's
value (or quote) with its stance. Claims whose outlets disagree are marked, and the cells
that differ from the most common version are coloured. Clicking a cell asks the panes to
show that passage.

The model turns a `ClaimMatrix` into display strings once per refresh, so painting and
scrolling a few hundred claims cost nothing more than reading lists.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QWidget

from kursk_reader.core.models import (
    ArticleInfo,
    Change,
    ClaimMatrix,
    EvidenceLink,
    Highlight,
    MatrixCell,
    Stance,
)
from kursk_reader.core.values import normalize_value
from kursk_reader.gui.commands_annotations import short
from kursk_reader.gui.context import GuiContext

STANCE_MARK = {Stance.SUPPORTS: "✓", Stance.CONTRADICTS: "✗", Stance.MENTIONS: "~"}
AGREES = QColor("#fff3c4")
"""Cells giving the most common version of a disputed claim."""
DIFFERS = QColor("#f4b6b0")
"""Cells giving another version."""
CONFLICT_MARK = "≠ "
CLAIM_COLUMN_WIDTH = 300
"""Widest the claims down the side get: room for two wrapped lines of a statement,
narrow enough to leave the outlets' columns most of the room."""
CLAIM_LABEL_CHARS = 90
"""A statement longer than about two wrapped lines is cut with "…"; its tooltip has it all."""

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class CellView:
    text: str
    tooltip: str
    differs: bool
    evidence: tuple[tuple[EvidenceLink, Highlight], ...]


def article_header(info: ArticleInfo) -> str:
    """Two lines: the outlet (or the article's number), then a short title."""
    return f"{info.outlet or f'Article {info.id}'}\n{short(info.title, 18)}"


def _cell_versions(cell: MatrixCell) -> set[str]:
    return {normalize_value(v) for v in cell.values} - {""}


def differing_articles(matrix: ClaimMatrix, claim_id: int) -> set[int]:
    """Articles whose version of a disputed claim differs from the most common one.

    Values are compared normalised (figures as numbers); a contradicting stance among
    supporting ones counts as a different version too.
    """
    cells = [c for a in matrix.articles if (c := matrix.cell(claim_id, a.id)) is not None]
    versions = Counter(v for c in cells for v in _cell_versions(c))
    out: set[int] = set()
    if len(versions) > 1:
        # Ties go to the version of the leftmost article, so the colouring is stable.
        common = versions.most_common(1)[0][1]
        order = [v for c in cells for v in sorted(_cell_versions(c))]
        majority = next(v for v in order if versions[v] == common)
        out |= {c.article_id for c in cells if _cell_versions(c) - {majority}}
    stances = Counter(e.stance for c in cells for e, _ in c.evidence)
    if stances[Stance.SUPPORTS] and stances[Stance.CONTRADICTS]:
        minority = (
            Stance.CONTRADICTS
            if stances[Stance.SUPPORTS] >= stances[Stance.CONTRADICTS]
            else Stance.SUPPORTS
        )
        out |= {c.article_id for c in cells if any(e.stance == minority for e, _ in c.evidence)}
    return out


def _cell_view(cell: MatrixCell, differs: bool) -> CellView:
    parts, tips = [], []
    for link, highlight in cell.evidence:
        shown = link.value or f"“{short(highlight.exact, 40)}”"
        parts.append(f"{STANCE_MARK[link.stance]} {shown}")
        tip = f"<b>{link.stance.value}</b>"
        if link.value:
            tip += f" — value: {html.escape(link.value)}"
        tip += f"<br>“{html.escape(highlight.exact)}”"
        if highlight.note:
            tip += f"<br><i>Note:</i> {html.escape(highlight.note)}"
        tips.append(tip)
    return CellView(" / ".join(parts), "<hr>".join(tips), differs, cell.evidence)


class ClaimMatrixModel(QAbstractTableModel):
    """A read-only table over a `ClaimMatrix`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = ClaimMatrix(claims=(), articles=())
        self.conflicts: set[int] = set()
        self._cells: dict[tuple[int, int], CellView] = {}

    def set_matrix(self, matrix: ClaimMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.conflicts = matrix.conflicting_claims()
        self._cells = {}
        for claim in matrix.claims:
            differing = (
                differing_articles(matrix, claim.id) if claim.id in self.conflicts else set()
            )
            for article in matrix.articles:
                cell = matrix.cell(claim.id, article.id)
                if cell is not None:
                    self._cells[(claim.id, article.id)] = _cell_view(cell, article.id in differing)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.claims)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.articles)

    def cell_at(self, index: Index) -> CellView | None:
        if not index.isValid():
            return None
        claim = self.matrix.claims[index.row()]
        article = self.matrix.articles[index.column()]
        return self._cells.get((claim.id, article.id))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        view = self.cell_at(index)
        if view is None:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return "no evidence"
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return view.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.tooltip
        if role == Qt.ItemDataRole.BackgroundRole:
            claim = self.matrix.claims[index.row()]
            if claim.id in self.conflicts:
                return QBrush(DIFFERS if view.differs else AGREES)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.matrix.claims[index.row()].id in self.conflicts:
                return QBrush(QColor("#202020"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.matrix.articles):
                return None
            info = self.matrix.articles[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return article_header(info)
            if role == Qt.ItemDataRole.ToolTipRole:
                return info.label
            return None
        if section >= len(self.matrix.claims):
            return None
        claim = self.matrix.claims[section]
        conflict = claim.id in self.conflicts
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{CONFLICT_MARK if conflict else ''}{short(claim.statement, CLAIM_LABEL_CHARS)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{claim.statement}\nStatus: {claim.status.value}"
            if conflict:
                tip += "\nThe outlets disagree on this claim."
            return tip
        if role == Qt.ItemDataRole.FontRole and conflict:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ClaimMatrixView(QTableView):
    """The matrix table; Enter on a cell does what a click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ClaimMatrixDock(QDockWidget):
    """The claim matrix in a dock; refreshes when claims, evidence or articles change."""

    REFRESH_DELAY_MS = 30
    """Changes arriving together (an undo touching several rows) cause one refresh."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__("Claim Matrix", parent)
        self.setObjectName("claimMatrixDock")
        self.ctx = ctx
        self.model = ClaimMatrixModel(self)
        self.view = ClaimMatrixView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Claim matrix")
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns = self.view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setMinimumSectionSize(120)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(40)
        rows.setMaximumWidth(CLAIM_COLUMN_WIDTH)
        rows.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        self.view.clicked.connect(self.show_passage)
        self.setWidget(self.view)
        self._next_evidence: dict[tuple[int, int], int] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.kind in ("claim", "evidence", "highlight", "article"):
            self._timer.start()

    def refresh(self) -> None:
        current = self.view.currentIndex()
        self.model.set_matrix(self.ctx.project.claim_matrix())
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))

    def show_passage(self, index: QModelIndex) -> None:
        """Ask the panes to show the cell's passage; repeated clicks step through a cell's
        several passages."""
        view = self.model.cell_at(index)
        if view is None or not view.evidence:
            return
        key = (index.row(), index.column())
        n = self._next_evidence.get(key, 0) % len(view.evidence)
        self._next_evidence = {key: n + 1}
        _, highlight = view.evidence[n]
        self.ctx.bus.highlightSelected.emit(highlight.id)
        self.ctx.bus.passageRequested.emit(highlight.article_id, highlight.start, highlight.end)
