"""The Export report dialog: format, scope, page size, destination, "open when done".

It only collects the user's choices and returns them as an `ExportRequest`; the export itself
runs in `export_actions`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kursk_reader.core.models import ArticleInfo, Claim, Tag
from kursk_reader.export.build import ExportRequest, with_suffix
from kursk_reader.services.report import ReportScope

FORMAT_LABELS = {
    "pdf": "PDF document",
    "md": "Markdown (GitHub-flavoured)",
    "jsonld": "W3C Web Annotations (JSON-LD)",
}


class ExportDialog(QDialog):
    """Choose what to export and where; `request()` returns the choice after `exec()`."""

    def __init__(
        self,
        articles: list[ArticleInfo],
        tags: list[Tag],
        claims: list[Claim],
        default_folder: Path,
        default_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export report")
        self.setObjectName("exportDialog")
        self.resize(560, 520)
        self.format = QComboBox()
        for key, label in FORMAT_LABELS.items():
            self.format.addItem(label, key)
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.destination = QLineEdit(str(default_folder / f"{default_name}.pdf"))
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        self.open_when_done = QCheckBox("Open the file when done")
        self.open_when_done.setChecked(True)

        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow("Format:", self.format)
        form.addRow("Page size:", self.page_size)
        form.addRow("Save as:", where)

        self.articles = _checklist([(a.id, a.label) for a in articles])
        self.tags = _checklist([(t.id, t.name) for t in tags])
        self.claims = _checklist([(c.id, c.statement) for c in claims])
        self._tag_names = {t.id: t.name for t in tags}
        tabs = QTabWidget()
        tabs.addTab(self.articles, f"Articles ({len(articles)})")
        tabs.addTab(self.tags, f"Tags ({len(tags)})")
        tabs.addTab(self.claims, f"Claims ({len(claims)})")
        scope = QGroupBox("Scope (nothing ticked in a list means all of it)")
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(tabs)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scope, 1)
        layout.addWidget(self.open_when_done)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        self.page_size.setEnabled(fmt == "pdf")
        text = self.destination.text().strip()
        if text:
            self.destination.setText(str(with_suffix(Path(text).with_suffix(""), fmt)))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        patterns = {
            "pdf": "PDF (*.pdf)",
            "md": "Markdown (*.md)",
            "jsonld": "JSON-LD (*.jsonld *.json)",
        }
        path, _ = QFileDialog.getSaveFileName(
            self, "Export to", self.destination.text(), patterns[fmt]
        )
        if path:
            self.destination.setText(str(with_suffix(path, fmt)))

    def request(self) -> ExportRequest:
        fmt = str(self.format.currentData())
        tag_ids = _ticked(self.tags)
        return ExportRequest(
            format=fmt,
            output=with_suffix(Path(self.destination.text().strip()).expanduser(), fmt),
            scope=ReportScope(
                article_ids=tuple(_ticked(self.articles)) or None,
                tag_names=tuple(self._tag_names[t] for t in tag_ids) or None,
                claim_ids=tuple(_ticked(self.claims)) or None,
            ),
            page_size=self.page_size.currentText(),
            open_when_done=self.open_when_done.isChecked(),
        )


def _checklist(items: list[tuple[int, str]]) -> QListWidget:
    widget = QListWidget()
    for item_id, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _ticked(widget: QListWidget) -> list[int]:
    return [
        int(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]
