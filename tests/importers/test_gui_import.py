"""Importing from the window: menu + file dialog, drag and drop, paste, details dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTextBrowser

from kursk_reader.gui import import_actions
from kursk_reader.gui.import_actions import ImportController
from kursk_reader.gui.import_dialog import ImportSummaryDialog
from kursk_reader.gui.metadata_dialog import MetadataDialog
from tests.conftest import SEED_FILES
from tests.importers.conftest import DATA


@pytest.fixture
def window(project, qtbot):
    from kursk_reader.gui.main_window import MainWindow

    w = MainWindow(project)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def summaries(monkeypatch):
    """Answer the summary dialog with "Show in panes" and remember what it said."""
    seen: list[ImportSummaryDialog] = []

    def exec_(self):
        seen.append(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportSummaryDialog, "exec", exec_)
    return seen


def controller(window) -> ImportController:
    found = window.findChild(ImportController, "importController")
    assert found is not None
    return found


def test_file_menu_import_runs_in_background_and_offers_panes(
    window, project, qtbot, monkeypatch, summaries
) -> None:
    files = [str(SEED_FILES[0]), str(DATA / "de_news_page.html"), str(DATA / "scanned.pdf")]
    monkeypatch.setattr(import_actions, "choose_files", lambda parent, folder: files)
    file_menu = window.menu("File")
    action = next(a for a in file_menu.actions() if a.text() == "&Import Articles…")
    assert action.shortcut().toString() == "Ctrl+I"
    with qtbot.waitSignal(controller(window).finished, timeout=20000) as blocker:
        action.trigger()
        assert controller(window).batch_thread is not None
    report = blocker.args[0]
    assert [i.source_file for i in report.imported] == [SEED_FILES[0].name, "de_news_page.html"]
    assert report.failed[0][0].endswith("scanned.pdf")
    assert len(project.list_articles()) == 2
    details = summaries[0].findChild(QTextBrowser).toPlainText()
    assert "scanned.pdf: is a PDF without a text layer" in details
    assert "de_news_page.html" in details
    shown = [p.article_id for p in window.panes.panes if p.article_id is not None]
    assert shown == [i.id for i in report.imported]


def test_dropping_files_on_the_window_imports_them(window, project, qtbot, summaries) -> None:
    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(DATA / "note.md")), QUrl.fromLocalFile(str(DATA / "ru_koi8r.txt"))]
    )
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(window.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(controller(window).finished, timeout=20000):
        QApplication.sendEvent(window, drop)
    titles = sorted(i.title for i in project.list_articles())
    assert titles == [
        "Bridge closure extended after inspection finds cracks",
        "Наводнение в Приморье: эвакуированы жители трёх сёл",
    ]


def test_cancel_leaves_only_whole_articles(window, project, qtbot, summaries, tmp_path) -> None:
    files = []
    for n in range(40):
        path = tmp_path / f"a{n}.txt"
        path.write_text(
            f"Report {n}\n\n" + " ".join(f"word{n}x{i}" for i in range(3000)) + ".",
            encoding="utf-8",
        )
        files.append(str(path))
    ctl = controller(window)
    with qtbot.waitSignal(ctl.finished, timeout=30000) as blocker:
        ctl.start_import(files)
        ctl.cancel()
    report = blocker.args[0]
    assert report.cancelled
    assert len(project.list_articles()) == len(report.imported) < 40
    for info in project.list_articles():
        assert project.get_article(info.id).text.startswith(f"Report {info.source_file[1:-4]}")


def test_paste_as_new_article(window, project, summaries) -> None:
    QGuiApplication.clipboard().setText(
        "Dam inspection ordered\n\nEngineers will inspect the dam after cracks were reported"
        " by residents on Sunday, the regional authority said.\n\nShare\n"
    )
    action = next(a for a in window.menu("File").actions() if "Paste" in a.text())
    action.trigger()
    (info,) = project.list_articles()
    assert info.title == "Dam inspection ordered"
    article = project.get_article(info.id)
    assert article.debris and article.text[article.debris[-1][0] :].strip() == "Share"
    assert [p.article_id for p in window.panes.panes][0] == info.id


def test_edit_details_is_undoable(window, project, monkeypatch) -> None:
    from kursk_reader.importers.batch import import_files

    (info,) = import_files(project, [SEED_FILES[1]]).imported
    window.show_articles([info.id])

    def exec_(self):
        self.edits["outlet"].setText("Example Daily")
        self.edits["published"].setText("2025-08-21")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MetadataDialog, "exec", exec_)
    controller(window).edit_details()
    assert (project.article_info(info.id).outlet, project.article_info(info.id).published) == (
        "Example Daily",
        "2025-08-21",
    )
    window.undo_stack.undo()
    assert project.article_info(info.id).outlet == ""


def test_details_dialog_refuses_a_malformed_date(project, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from kursk_reader.importers.batch import import_files

    (info,) = import_files(project, [SEED_FILES[1]]).imported
    dialog = MetadataDialog(project.article_info(info.id))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.edits["published"].setText("21/08/2025")
    assert not ok.isEnabled() and "YYYY-MM-DD" in dialog.problem.text()
    dialog.edits["published"].setText("2025-08-21")
    assert ok.isEnabled()
    assert dialog.changes() == {"published": "2025-08-21"}


def test_details_without_an_article_says_so(window, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    for pane in window.panes.panes:
        assert pane.article_id is None
    controller(window).edit_details()
    assert told == ["Open an article in a pane first."]
