"""Starting the window: open the project, show the main window, run Qt's event loop."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from kursk_reader.services import Project

APP_NAME = "Kursk Reader"


def run(project_path: str | None, quit_after_first_paint: bool = False) -> int:
    """Open `project_path` (the default sample project when None) in the window.

    A project that cannot be opened gets a message box and one line on stderr, and exit 1.
    With `quit_after_first_paint` the window closes as soon as its panes have painted their
    articles and highlights (to measure start-up).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    # No application display name: Qt would append it to every window title, and the main
    # window's title already reads "Kursk Reader — <project>".
    app.setDesktopFileName("kursk-reader")

    from kursk_reader.gui.main_window import MainWindow
    from kursk_reader.paths import default_project_path
    from kursk_reader.storage.glance import glance

    path = Path(project_path).expanduser() if project_path else default_project_path()
    # Paint first from a plain-sqlite3 glance; open the project through services (SQLAlchemy,
    # ~0.4 s to import) just after. When the glance fails, open the normal way at once.
    preview = glance(path)
    if preview is None:
        project = _open_or_report(app, project_path)
        if project is None:
            return 1
        window = MainWindow(project)
    else:
        window = MainWindow(preview)

    def first_paint_done() -> None:
        if quit_after_first_paint:
            app.quit()
        elif preview is not None:
            opened = _open_or_report(app, project_path)
            preview.close()
            if opened is None:
                app.exit(1)
                return
            window.attach_project(opened)

    watched = [p.view.viewport() for p in window.panes.panes if p.article_id is not None]
    watcher = FirstPaintWatcher(watched or [window], first_paint_done)  # noqa: F841 (kept alive)
    window.show()
    code = app.exec()
    if window.isVisible():
        window.close()
    if window.ctx is not None:
        window.ctx.project.close()
    elif preview is not None:
        preview.close()
    return int(code)


def _open_or_report(app: QApplication, project_path: str | None) -> Project | None:
    """The project opened through services, or None after telling the user why not."""
    from kursk_reader.core.errors import KurskError

    try:
        return _open(project_path)
    except KurskError as e:
        _fail(app, f"Cannot open the project: {e}")
    except OSError as e:
        _fail(
            app, f"Cannot open the project: {project_path or 'default project'}: {e.strerror or e}"
        )
    return None


def _open(project_path: str | None) -> Project:
    from kursk_reader.services import open_project

    if project_path is None:
        from kursk_reader.samples import ensure_default_project

        return open_project(ensure_default_project())
    return open_project(project_path)


def _fail(app: QApplication, message: str) -> None:
    print(f"kursk-reader: {message}", file=sys.stderr)
    if app.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, APP_NAME, message)


class FirstPaintWatcher(QObject):
    """Calls `done` once every watched widget has painted (then Qt finishes that frame)."""

    def __init__(self, widgets: list[QWidget], done: Callable[[], object]) -> None:
        super().__init__()
        self._pending: set[QObject] = set(widgets)
        self._done = done
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self._pending:
            self._pending.discard(watched)
            watched.removeEventFilter(self)
            if not self._pending:
                QTimer.singleShot(0, self._done)
        return False
