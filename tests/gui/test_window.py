"""The window as a whole: panes restored, find, passages shown, start-up from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kursk_reader.gui.main_window import MainWindow
from kursk_reader.samples import create_sample_project
from kursk_reader.services import open_project
from kursk_reader.storage.glance import glance

ROOT = Path(__file__).resolve().parents[2]


def make_window(qtbot, project) -> MainWindow:
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_title_menus_and_two_panes_at_first(qtbot, sample_project):
    window = make_window(qtbot, sample_project)
    assert window.windowTitle() == f"Kursk Reader — {sample_project.title}"
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    for name in ("File", "Edit", "View", "Highlight", "Help"):
        assert name in titles
        assert window.menu(name) is window.menu(name)
    infos = sample_project.list_articles()
    assert window.panes.article_ids() == [infos[0].id, infos[1].id]
    pane = window.panes.panes[0]
    assert pane.picker.currentText() == infos[0].label
    shown = pane.view.document().toRawText().replace("\u2029", "\n")
    assert shown == sample_project.get_article(infos[0].id).text
    assert set(pane.view.span_ids()) == {h.id for h in sample_project.highlights([infos[0].id])}


def test_pane_layout_and_reading_options_restored_next_launch(qtbot, sample_project):
    window = make_window(qtbot, sample_project)
    infos = sample_project.list_articles()
    wanted = [infos[3].id, infos[0].id, infos[4].id]
    window.show_articles(wanted)
    window.act_zoom_in.trigger()
    window.act_debris.trigger()
    size = window.panes.point_size()
    window.close()
    again = make_window(qtbot, sample_project)
    assert again.panes.article_ids() == wanted
    assert again.panes.point_size() == size
    assert again.panes.hide_debris()
    assert again.panes.panes[0].view.article_id == infos[3].id


def test_add_and_close_panes_between_one_and_six(qtbot, sample_project):
    window = make_window(qtbot, sample_project)
    for _ in range(6):
        window.act_add_pane.trigger()
    assert len(window.panes.panes) == 6
    assert not window.act_add_pane.isEnabled()
    for _ in range(7):
        window.panes.panes[-1].view.setFocus()
        window.act_close_pane.trigger()
    assert len(window.panes.panes) == 1


def test_highlights_reappear_after_reopening(qtbot, tmp_path):
    path = tmp_path / "p.kursk"
    create_sample_project(path)
    project = open_project(path)
    window = make_window(qtbot, project)
    view = window.panes.panes[0].view
    view.setFocus()
    view.select_range(10, 25)
    window.highlight_selection()
    expected = set(view.span_ids())
    window.close()
    project.close()
    reopened = open_project(path)
    try:
        again = make_window(qtbot, reopened)
        assert set(again.panes.panes[0].view.span_ids()) == expected
        again.close()
    finally:
        reopened.close()


def test_find_lists_hits_and_jumps_to_one(qtbot, sample_project):
    window = make_window(qtbot, sample_project)
    window.act_find.trigger()
    dock = window.find_dock
    dock.field.setText("Stimson")
    dock.run()
    assert dock.results.count() > 0
    item = dock.results.item(dock.results.count() - 1)
    hit = item.data(0x0100)
    dock.results.itemActivated.emit(item)
    pane = window.panes.pane_showing(hit.article_id)
    assert pane is not None
    cursor = pane.view.textCursor()
    found = pane.view._map.to_code_point(cursor.position())
    assert found == hit.start
    assert pane.view.article.text[hit.start : hit.end].lower().startswith("stimson")
    assert pane.view._flash is not None


def test_passage_request_and_aligned_passages(qtbot, sample_project):
    window = make_window(qtbot, sample_project)
    infos = sample_project.list_articles()
    last = infos[-1].id
    window.bus.passageRequested.emit(last, 50, 60)
    assert last in window.panes.article_ids()
    window.bus.alignedPassages.emit([(last, 5, 15), (infos[0].id, 0, 4)])
    pane = window.panes.pane_showing(last)
    assert pane.view._aligned


def test_selection_settles_into_a_bus_signal(qtbot, sample_project):
    window = make_window(qtbot, sample_project)
    view = window.panes.panes[0].view
    with qtbot.waitSignal(window.bus.selectionChanged, timeout=2000) as signal:
        view.select_range(3, 9)
    assert signal.args == [view.article_id, 3, 9]
    assert window.current_selection() == (view.article_id, 3, 9)


def test_glance_reads_what_services_read(sample_project):
    seen = glance(sample_project.path)
    assert seen is not None
    try:
        assert seen.title == sample_project.title
        assert seen.list_articles() == sample_project.list_articles()
        ids = [i.id for i in sample_project.list_articles()]
        assert seen.get_article(ids[0]) == sample_project.get_article(ids[0])
        assert seen.highlight_spans(ids) == sample_project.highlight_spans(ids)
    finally:
        seen.close()


def _run_app(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "kursk_reader", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_quit_after_first_paint_exits_zero(tmp_path, isolated_user_folders):
    path = tmp_path / "s.kursk"
    create_sample_project(path)
    done = _run_app([str(path), "--quit-after-first-paint"], isolated_user_folders)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_a_file_that_is_no_project_exits_one_with_a_message(tmp_path, isolated_user_folders):
    path = tmp_path / "notes.kursk"
    path.write_text("just some text", encoding="utf-8")
    done = _run_app([str(path), "--quit-after-first-paint"], isolated_user_folders)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.startswith("kursk-reader:")]
    assert len(lines) == 1 and "notes.kursk" in lines[0]
    assert path.read_text(encoding="utf-8") == "just some text"
