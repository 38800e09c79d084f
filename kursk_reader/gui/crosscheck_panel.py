"""The "Cross-check" dock: findings by kind (figures that disagree, name variants, reworded
quotes, sources cited), each opening its passages; buttons to turn a finding into a claim or
dismiss it; a progress bar while the analysis runs; the sources graph in a second tab.

The panel shows and asks; it never writes to the project: it emits `...Requested` signals
that `crosscheck_actions` turns into undoable commands."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kursk_reader.analysis.findings import Finding, Findings
from kursk_reader.gui.attribution_graph import AttributionGraphView

KIND_LABELS = {
    "discrepancy": "Figures that disagree",
    "name_variant": "Names written differently",
    "quote_variant": "Quotes worded differently",
    "attribution": "Sources cited",
}
_COUNTED = {
    "discrepancy": ("figure", "figures"),
    "name_variant": ("name", "names"),
    "quote_variant": ("quote", "quotes"),
    "attribution": ("source", "sources"),
}
"""How the status line counts each kind: "1 quote", "13 sources"."""
_FINDING_ROLE = Qt.ItemDataRole.UserRole
_PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class CrossCheckPanel(QDockWidget):
    runRequested = Signal()
    passageRequested = Signal(int, int, int)
    claimRequested = Signal(object)
    """A `Finding` to turn into a claim with its evidence."""
    dismissRequested = Signal(object)
    """A `Finding` to hide from now on."""
    restoreRequested = Signal(object)
    """A dismissed `Finding` to show again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Cross-check", parent)
        self.setObjectName("crossCheckDock")
        self._findings: Findings | None = None
        self._dismissed: set[str] = set()
        self._labels: dict[int, str] = {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.run_button = QPushButton("Run cross-check", body)
        self.run_button.setToolTip("Compare the articles again (also runs when articles are added)")
        self.run_button.clicked.connect(self.runRequested)
        self.status = QLabel("Not run yet", body)
        top.addWidget(self.run_button)
        top.addWidget(self.status, 1)
        layout.addLayout(top)
        self.progress = QProgressBar(body)
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.tabs = QTabWidget(body)
        self.tree = QTreeWidget(self.tabs)
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("crossCheckTree")
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tabs.addTab(self.tree, "Findings")
        self.graph = AttributionGraphView(self.tabs)
        self.tabs.addTab(self.graph, "Sources graph")
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.claim_button = QPushButton("Make claim", body)
        self.claim_button.setToolTip("Create a claim with this finding's passages as evidence")
        self.claim_button.clicked.connect(self._claim_current)
        self.dismiss_button = QPushButton("Dismiss", body)
        self.dismiss_button.setToolTip("Hide this finding in this project (undoable)")
        self.dismiss_button.clicked.connect(self._dismiss_or_restore)
        self.show_dismissed = QCheckBox("Show dismissed", body)
        self.show_dismissed.toggled.connect(lambda _: self._fill())
        buttons.addWidget(self.claim_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_dismissed)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._update_buttons()

    def set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.status.setText("Comparing the articles…")

    def set_progress(self, step: int, steps: int, label: str) -> None:
        self.progress.setRange(0, steps)
        self.progress.setValue(step)
        self.progress.setFormat(f"{label} (%v/%m)")

    def set_findings(
        self, findings: Findings, labels: Mapping[int, str], dismissed: set[str]
    ) -> None:
        self._findings = findings
        self._labels = dict(labels)
        self._dismissed = set(dismissed)
        self.set_running(False)
        self._fill()
        self.graph.show_graph(self._labels, findings.attributions)

    def set_dismissed(self, dismissed: set[str]) -> None:
        self._dismissed = set(dismissed)
        self._fill()

    def _finding_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            kind_item = self.tree.topLevelItem(i)
            if kind_item is None:
                continue
            for k in range(kind_item.childCount()):
                item = kind_item.child(k)
                if item is not None:
                    out.append(item)
        return out

    def findings_shown(self) -> list[Finding]:
        """The findings listed now (dismissed ones only when asked for)."""
        return [item.data(0, _FINDING_ROLE) for item in self._finding_items()]

    def select_finding(self, key: str) -> bool:
        for item in self._finding_items():
            if item.data(0, _FINDING_ROLE).key == key:
                self.tree.setCurrentItem(item)
                return True
        return False

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        while item is not None and item.data(0, _FINDING_ROLE) is None:
            item = item.parent()
        return None if item is None else item.data(0, _FINDING_ROLE)

    def _fill(self) -> None:
        current = self.current_finding()
        self.tree.clear()
        if self._findings is None:
            return
        items = self._findings.items()
        shown = [
            f for f in items if self.show_dismissed.isChecked() or f.key not in self._dismissed
        ]
        counts = {kind: 0 for kind in KIND_LABELS}
        for kind, label in KIND_LABELS.items():
            of_kind = [f for f in shown if f.kind == kind]
            counts[kind] = len(of_kind)
            kind_item = QTreeWidgetItem(self.tree, [f"{label} ({len(of_kind)})"])
            font = kind_item.font(0)
            font.setBold(True)
            kind_item.setFont(0, font)
            for f in of_kind:
                title = f.title + ("  [dismissed]" if f.key in self._dismissed else "")
                item = QTreeWidgetItem(kind_item, [title])
                item.setData(0, _FINDING_ROLE, f)
                item.setToolTip(0, f.title)
                for p in f.passages:
                    label_text = self._labels.get(p.article_id, f"Article {p.article_id}")
                    snippet = " ".join(p.text.split())
                    child = QTreeWidgetItem(item, [f"{label_text}: “{snippet[:90]}”"])
                    child.setData(0, _PASSAGE_ROLE, (p.article_id, p.start, p.end))
                    child.setToolTip(0, snippet)
            kind_item.setExpanded(kind != "attribution")
        hidden = len(items) - len(shown)
        self.status.setText(
            ", ".join(
                f"{counts[k]} {one if counts[k] == 1 else many}"
                for k, (one, many) in _COUNTED.items()
            )
            + (f" · {hidden} dismissed" if hidden else "")
        )
        if current is not None:
            self.select_finding(current.key)
        self._update_buttons()

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        passage = item.data(0, _PASSAGE_ROLE)
        if passage is not None:
            self.passageRequested.emit(*passage)
            return
        finding = item.data(0, _FINDING_ROLE)
        if finding is not None and finding.passages:
            p = finding.passages[0]
            self.passageRequested.emit(p.article_id, p.start, p.end)
        self._update_buttons()

    def _claim_current(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.claimRequested.emit(finding)

    def _dismiss_or_restore(self) -> None:
        finding = self.current_finding()
        if finding is None:
            return
        if finding.key in self._dismissed:
            self.restoreRequested.emit(finding)
        else:
            self.dismissRequested.emit(finding)

    def _update_buttons(self) -> None:
        finding = self.current_finding()
        self.claim_button.setEnabled(finding is not None)
        self.dismiss_button.setEnabled(finding is not None)
        self.dismiss_button.setText(
            "Show again" if finding is not None and finding.key in self._dismissed else "Dismiss"
        )
