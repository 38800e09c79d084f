"""File ▸ Export report… (Ctrl+E) and File ▸ Import annotations…, run in worker threads (the
report itself is written in a child process, `export.child`).

Each job opens its own connection to the project file (SQLite connections stay in the thread
that made them), reports progress through signals, and the window stays responsive. After an
import the window's bus is told what changed, as if the window had made the change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from kursk_reader.core.errors import KurskError
from kursk_reader.core.models import Change
from kursk_reader.export.build import ExportRequest
from kursk_reader.export.child import export_in_child
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.export_dialog import ExportDialog
from kursk_reader.services import open_project

MAX_LISTED = 15
"""Annotations that could not be placed listed by name in the message; the rest are counted."""


def open_file(path: Path) -> None:
    """Show a file in the desktop's program for it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class Job(QObject):
    """Runs `work(project, progress)` on its own project connection in a worker thread."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, project_path: Path, read_only: bool, work: Callable[..., Any]) -> None:
        super().__init__()
        self.project_path = project_path
        self.read_only = read_only
        self.work = work

    @Slot()
    def run(self) -> None:
        try:
            with open_project(self.project_path, read_only=self.read_only) as project:
                result = self.work(project, self.progress.emit)
        except KurskError as e:
            self.failed.emit(str(e))
        except Exception as e:  # a worker must always answer, or the progress dialog hangs
            self.failed.emit(f"unexpected error: {type(e).__name__}: {e}")
        else:
            self.done.emit(result)


class ExportActions(QObject):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.worker_thread: QThread | None = None
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None
        window = ctx.window
        self.export_action = QAction("&Export report…", window)
        self.export_action.setObjectName("actionExportReport")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip("Write the annotated report as PDF, Markdown or JSON-LD")
        self.export_action.triggered.connect(self.ask_export)
        self.import_action = QAction("Import &annotations…", window)
        self.import_action.setObjectName("actionImportAnnotations")
        self.import_action.setStatusTip("Place W3C Web Annotations (JSON-LD) in the articles")
        self.import_action.triggered.connect(self.ask_import)
        menu = window.menu("File")  # type: ignore[attr-defined]
        quit_action = next((a for a in menu.actions() if "Quit" in a.text()), None)
        if quit_action is not None:
            menu.insertAction(quit_action, self.export_action)
            menu.insertAction(quit_action, self.import_action)
            menu.insertSeparator(quit_action)
        else:
            menu.addAction(self.export_action)
            menu.addAction(self.import_action)

    def ask_export(self) -> None:
        project = self.ctx.project
        folder = Path.home() / "Documents"
        if not folder.is_dir():
            folder = Path.home()
        dialog = ExportDialog(
            project.list_articles(),
            project.tags(),
            project.claims(),
            folder,
            project.path.stem,
            self.ctx.window,
        )
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        self.start_export(dialog.request())

    def start_export(self, request: ExportRequest) -> None:
        """Export in a worker; a progress dialog shows meanwhile."""

        def work(project: Any, progress: Callable[[int, int], None]) -> ExportRequest:
            export_in_child(project.path, project.read_only, request, progress)
            return request

        self._start(f"Exporting {request.output.name}…", True, work, self._export_done)

    def _export_done(self, request: ExportRequest) -> None:
        self.ctx.window.statusBar().showMessage(f"Exported {request.output}", 8000)
        if request.open_when_done:
            open_file(request.output)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.ctx.window,
            "Import annotations",
            str(Path.home()),
            "Web Annotations (*.jsonld *.json);;All files (*)",
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        from kursk_reader.export.jsonld import read_annotations
        from kursk_reader.services.annotations import import_annotations

        def work(project: Any, progress: Callable[[int, int], None]) -> Any:
            return import_annotations(project, read_annotations(path), progress)

        self._start(f"Importing annotations from {path.name}…", False, work, self._import_done)

    def _import_done(self, result: Any) -> None:
        if result.highlight_ids:
            bus = self.ctx.bus
            bus.announce(Change("highlight", "added", tuple(result.highlight_ids)))
            bus.announce(Change("tag", "updated"))
            bus.announce(Change("claim", "updated"))
        lines = [result.summary() + "."]
        for n in result.not_placed[:MAX_LISTED]:
            quote = n.exact if len(n.exact) <= 50 else n.exact[:47] + "…"
            lines.append(f"• “{quote}”: {n.reason}")
        if len(result.not_placed) > MAX_LISTED:
            lines.append(f"… and {len(result.not_placed) - MAX_LISTED} more.")
        box = QMessageBox.warning if result.not_placed else QMessageBox.information
        box(self.ctx.window, "Import annotations", "\n".join(lines))

    def _start(
        self,
        title: str,
        read_only: bool,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
    ) -> None:
        if self.worker_thread is not None:
            QMessageBox.information(self.ctx.window, "Busy", "Another export or import is running.")
            return
        self.dialog = QProgressDialog(title, "", 0, 0, self.ctx.window)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setValue(0)
        self.worker_thread = QThread(self)
        self.job = Job(self.ctx.project.path, read_only, work)
        self.job.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.job.run)
        self.job.progress.connect(self._progress)
        self._on_done = on_done
        self.job.done.connect(self._finish)
        self.job.failed.connect(self._failed)
        self.worker_thread.start()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _cleanup(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait()
            self.worker_thread.deleteLater()
            self.worker_thread = None
        if self.job is not None:
            self.job.deleteLater()
            self.job = None

    @Slot(object)
    def _finish(self, result: Any) -> None:
        self._cleanup()
        self._on_done(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._cleanup()
        QMessageBox.warning(self.ctx.window, "Export or import failed", message)


def install_export_actions(ctx: GuiContext) -> ExportActions:
    """Add File ▸ Export report… and File ▸ Import annotations… to the window."""
    actions = ExportActions(ctx)
    ctx.window._export_actions = actions  # type: ignore[attr-defined]  # lives as long as the window
    return actions
