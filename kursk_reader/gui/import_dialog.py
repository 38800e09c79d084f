"""Dialogs of importing: choosing files, and the summary at the end of a batch.

They only collect input and show results; the import itself runs in `import_actions`.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kursk_reader.importers.batch import ImportReport

FILE_FILTER = (
    "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf);;"
    "Text (*.txt *.text);;Markdown (*.md *.markdown);;Web pages (*.html *.htm *.xhtml);;"
    "PDF (*.pdf);;All files (*)"
)
IMPORTABLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf"}


def choose_files(parent: QWidget, folder: str = "") -> list[str]:
    """Ask for one or more files to import; an empty list when the user cancels."""
    files, _ = QFileDialog.getOpenFileNames(parent, "Import articles", folder, FILE_FILTER)
    return list(files)


def expand_folders(paths: list[str]) -> list[str]:
    """Dropped folders stand for the importable files directly inside them."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(
                str(f)
                for f in sorted(path.iterdir())
                if f.is_file() and f.suffix.lower() in IMPORTABLE_SUFFIXES
            )
        else:
            out.append(p)
    return out


class ImportSummaryDialog(QDialog):
    """What a batch did: articles imported, files refused and why, notes (near-duplicates).

    Accepting it ("Show in panes") asks for the new articles to be shown side by side.
    """

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished")
        self.setAccessibleName("Import summary")
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        headline = QLabel(f"<b>{html.escape(report.summary().capitalize())}</b>", self)
        layout.addWidget(headline)
        body = QTextBrowser(self)
        body.setAccessibleName("Import details")
        body.setOpenLinks(False)
        body.setHtml(summary_html(report))
        layout.addWidget(body)
        buttons = QDialogButtonBox(self)
        if report.imported:
            show = buttons.addButton("Show in panes", QDialogButtonBox.ButtonRole.AcceptRole)
            show.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def summary_html(report: ImportReport) -> str:
    parts: list[str] = []
    if report.imported:
        items = "".join(
            f"<li>{html.escape(info.label)}"
            f"{' — ' + html.escape(info.source_file) if info.source_file else ''}</li>"
            for info in report.imported
        )
        parts.append(f"<h4>Imported</h4><ul>{items}</ul>")
    if report.failed:
        items = "".join(
            f"<li><b>{html.escape(Path(path).name)}</b>: {html.escape(message)}</li>"
            for path, message in report.failed
        )
        parts.append(f"<h4>Not imported</h4><ul>{items}</ul>")
    if report.notes:
        items = "".join(f"<li>{html.escape(n)}</li>" for n in report.notes)
        parts.append(f"<h4>Notes</h4><ul>{items}</ul>")
    if report.cancelled:
        parts.append("<p>The import was cancelled; the files not yet read were left out.</p>")
    return "".join(parts) or "<p>Nothing was imported.</p>"
