"""Import in the window: File ▸ Import articles…, Paste as new article, Edit article details…,
drag and drop of files, a cancellable progress dialog, and a summary offering the new
articles for the panes.

A batch runs in a worker thread with its own connection to the project file (SQLite in WAL
mode lets both write in turn), so the window never freezes; when it ends, the window's bus is
told which articles were added, as if they had been added here.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoCommand,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from kursk_reader.core.errors import KurskError
from kursk_reader.core.models import Change
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.import_dialog import ImportSummaryDialog, choose_files, expand_folders
from kursk_reader.gui.metadata_dialog import MetadataDialog
from kursk_reader.importers.batch import ImportReport, import_files, import_text

if TYPE_CHECKING:
    from kursk_reader.gui.main_window import MainWindow
    from kursk_reader.services import Project


class ImportWorker(QObject):
    """Imports files into the project at `project_path` on its own connection."""

    progress = Signal(int, int, str)
    done = Signal(object)
    """The `ImportReport`."""

    def __init__(self, project_path: Path, files: list[str]) -> None:
        super().__init__()
        self.project_path = project_path
        self.files = files
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from kursk_reader.services import open_project

        try:
            with open_project(self.project_path) as project:
                report = import_files(project, self.files, self.progress.emit, self._cancel.is_set)
        except KurskError as e:
            report = ImportReport(failed=[(str(self.project_path), e.message)])
        except Exception as e:  # a worker must always report back, or the dialog stays up
            report = ImportReport(failed=[(str(self.project_path), f"import failed: {e}")])
        self.done.emit(report)


class EditDetailsCommand(QUndoCommand):
    """Undoable change of an article's details."""

    def __init__(
        self, project: Project, article_id: int, old: dict[str, str], new: dict[str, str]
    ) -> None:
        super().__init__("Edit article details")
        self.project, self.article_id, self.old, self.new = project, article_id, old, new

    def redo(self) -> None:
        self.project.update_article(self.article_id, **self.new)

    def undo(self) -> None:
        self.project.update_article(self.article_id, **self.old)


class ImportController(QObject):
    """Owns the import actions of one window and the batch running, if any."""

    finished = Signal(object)
    """The `ImportReport` of a batch (or paste), after its summary was dealt with."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = cast("MainWindow", ctx.window)
        self.batch_thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.last_folder = ""

        self.act_import = self._action(
            "&Import Articles…",
            self.import_dialog,
            "Ctrl+I",
            "Import text, Markdown, web page or PDF files",
        )
        self.act_paste = self._action(
            "&Paste as New Article",
            self.paste_article,
            "Ctrl+Shift+V",
            "Import the text on the clipboard",
        )
        self.act_details = self._action(
            "Article &Details…",
            self.edit_details,
            "Alt+Return",
            "Edit the title, outlet, author, date… of the article",
        )
        file_menu = self.window.menu("File")
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in (self.act_import, self.act_paste, self.act_details):
            if first is not None:
                file_menu.insertAction(first, action)
            else:
                file_menu.addAction(action)
        if first is not None:
            file_menu.insertSeparator(first)
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)

    def _action(self, text: str, slot: Any, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # ----- importing files

    def import_dialog(self) -> None:
        files = choose_files(self.window, self.last_folder)
        if files:
            self.last_folder = str(Path(files[0]).parent)
            self.start_import(files)

    def start_import(self, files: list[str]) -> bool:
        """Import `files` in a worker thread with a progress dialog; False if one is running."""
        files = expand_folders(files)
        if not files:
            return False
        if self.batch_thread is not None:
            QMessageBox.information(self.window, "Import", "An import is already running.")
            return False
        if self.ctx.project.read_only:
            self._tell("The project is open read-only; nothing can be imported into it.")
            return False
        self.progress = QProgressDialog("Importing…", "Cancel", 0, len(files), self.window)
        self.progress.setWindowTitle("Importing articles")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.batch_thread = QThread(self)
        self.worker = ImportWorker(Path(self.ctx.project.path), files)
        self.worker.moveToThread(self.batch_thread)
        self.batch_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.done.connect(self._on_done)
        self.progress.canceled.connect(self.worker.cancel)
        self.batch_thread.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _on_progress(self, done: int, total: int, path: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            if path:
                self.progress.setLabelText(f"Importing {Path(path).name} ({done + 1} of {total})")

    def _on_done(self, report: ImportReport) -> None:
        if self.batch_thread is not None:
            self.batch_thread.quit()
            self.batch_thread.wait()
            self.batch_thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.batch_thread, self.worker = None, None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        ids = tuple(info.id for info in report.imported)
        if ids:
            self.ctx.bus.announce(Change("article", "added", ids))
        self._summarise(report)

    def _summarise(self, report: ImportReport) -> None:
        if report.imported or report.failed or report.notes or report.cancelled:
            dialog = ImportSummaryDialog(report, self.window)
            if dialog.exec() == QDialog.DialogCode.Accepted and report.imported:
                self.window.show_articles([info.id for info in report.imported])
        self.window.statusBar().showMessage(f"Import: {report.summary()}", 8000)
        self.finished.emit(report)

    # ----- paste

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._tell("The clipboard holds no text to import.")
            return
        if self.ctx.project.read_only:
            self._tell("The project is open read-only; nothing can be imported into it.")
            return
        report = import_text(self.ctx.project, text)
        self._summarise(report)

    # ----- details

    def edit_details(self) -> None:
        article_id = self.window.current_article_id()
        if article_id is None:
            self._tell("Open an article in a pane first.")
            return
        info = self.ctx.project.article_info(article_id)
        dialog = MetadataDialog(info, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.changes()
        if not new:
            return
        old = {k: str(getattr(info, k)) for k in new}
        try:
            self.ctx.undo_stack.push(EditDetailsCommand(self.ctx.project, article_id, old, new))
        except KurskError as e:
            self._tell(str(e))

    def _tell(self, message: str) -> None:
        QMessageBox.information(self.window, "Kursk Reader", message)

    # ----- drag and drop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            drag = cast(QDragEnterEvent, event)
            if _local_files(drag):
                drag.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            drop = cast(QDropEvent, event)
            files = _local_files(drop)
            if files:
                drop.acceptProposedAction()
                self.start_import(files)
                return True
        return super().eventFilter(watched, event)


def _local_files(event: QDropEvent) -> list[str]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def install_import_actions(ctx: GuiContext) -> None:
    """Add the import actions to the window (called once by `extensions.install_all`)."""
    controller = ImportController(ctx)
    controller.setObjectName("importController")
