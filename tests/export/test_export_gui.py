"""File ▸ Export report… and Import annotations…, driven as a user drives them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from kursk_reader.gui import export_actions
from kursk_reader.gui.bus import GuiBus
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.export_actions import install_export_actions
from kursk_reader.gui.export_dialog import ExportDialog


class Window(QMainWindow):
    """The part of the main window's API the actions use."""

    def __init__(self) -> None:
        super().__init__()
        self.menus: dict[str, QMenu] = {}

    def menu(self, name: str) -> QMenu:
        if name not in self.menus:
            self.menus[name] = self.menuBar().addMenu(name)
        return self.menus[name]


@pytest.fixture
def ui(qtbot, sample_project):
    window = Window()
    qtbot.addWidget(window)
    bus = GuiBus()
    bus.attach(sample_project)
    ctx = GuiContext(sample_project, bus, QUndoStack(window), window)
    actions = install_export_actions(ctx)
    yield ctx, actions
    bus.detach()


def test_dialog_returns_the_choices(qtbot, sample_project, tmp_path):
    tags = sample_project.tags()
    dialog = ExportDialog(
        sample_project.list_articles(), tags, sample_project.claims(), tmp_path, "r"
    )
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.tags.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.articles.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.open_when_done.setChecked(False)
    request = dialog.request()
    assert request.format == "md" and request.output == tmp_path / "r.md"
    assert request.scope.tag_names == (tags[1].name,)
    assert request.scope.article_ids == (sample_project.list_articles()[0].id,)
    assert request.scope.claim_ids is None and not request.open_when_done
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.request().output == tmp_path / "r.pdf" and dialog.page_size.isEnabled()


def test_export_action_runs_in_a_worker_and_opens_the_file(qtbot, ui, tmp_path, monkeypatch):
    ctx, actions = ui
    out = tmp_path / "report.pdf"
    opened = []

    def answer(dialog: ExportDialog) -> int:
        dialog.destination.setText(str(out))
        dialog.page_size.setCurrentText("Letter")
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(export_actions, "open_file", lambda path: opened.append(str(path)))
    assert actions.export_action.shortcut().toString() == "Ctrl+E"
    assert actions.export_action in ctx.window.menu("File").actions()
    actions.export_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [str(out)]
    assert out.read_bytes().startswith(b"%PDF")
    assert actions.worker_thread is None


def test_import_annotations_places_and_reports(qtbot, ui, tmp_path, monkeypatch):
    ctx, actions = ui
    text = ctx.project.get_article(1).text
    quote = text[100:140]
    data = {
        "type": "AnnotationPage",
        "items": [
            {
                "type": "Annotation",
                "target": {"selector": {"type": "TextQuoteSelector", "exact": quote}},
            },
            {
                "type": "Annotation",
                "target": {
                    "selector": {"type": "TextQuoteSelector", "exact": "nowhere to be found"}
                },
            },
        ],
    }
    path = tmp_path / "a.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = len(ctx.project.highlights())
    shown: list[str] = []
    changes = []
    ctx.bus.changed.connect(changes.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    actions.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "1 annotations placed" in shown[0] and "nowhere to be found" in shown[0]
    assert len(ctx.project.highlights()) == before + 1
    assert any(c.kind == "highlight" and c.op == "added" for c in changes)
