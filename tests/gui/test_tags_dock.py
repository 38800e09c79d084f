"""The tags dock, driven the way a user drives it: actions, dialogs answered, keys typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox

from kursk_reader.gui.docks import AnnotationDocks


def tag_named(project, name):
    return project.tag_by_name(name)


def tree_names(docks: AnnotationDocks) -> dict[str, str]:
    """Tag name -> parent name ('' at top level) as the tree shows it."""
    out = {}
    for item in docks.tags._items():
        parent = item.parent()
        out[item.text(0)] = parent.text(0) if parent is not None else ""
    return out


def answer_text(monkeypatch, text):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))


def answer_item(monkeypatch, choice):
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (choice, True)))


def test_create_rename_recolour_with_undo(ui, qtbot, monkeypatch):
    ctx, docks = ui
    project = ctx.project
    answer_text(monkeypatch, "casualties")
    docks.tags.new_action.trigger()
    created = tag_named(project, "casualties")
    assert created is not None
    qtbot.waitUntil(lambda: "casualties" in tree_names(docks))
    assert docks.tags.current_tag().id == created.id

    answer_text(monkeypatch, "losses")
    docks.tags.rename_action.trigger()
    assert project.tag_by_name("losses").id == created.id
    assert ctx.undo_stack.undoText() == "Rename tag 'casualties' to 'losses'"

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#123456")))
    docks.tags.recolour_action.trigger()
    assert project.tag_by_name("losses").colour == "#123456"

    ctx.undo_stack.undo()
    assert project.tag_by_name("losses").colour == created.colour
    ctx.undo_stack.undo()
    assert project.tag_by_name("casualties") is not None
    qtbot.waitUntil(lambda: "casualties" in tree_names(docks))
    ctx.undo_stack.undo()
    assert project.tag_by_name("casualties") is None
    qtbot.waitUntil(lambda: "casualties" not in tree_names(docks))
    ctx.undo_stack.redo()
    assert project.tag_by_name("casualties").id == created.id


def test_duplicate_name_is_refused_with_a_message(ui, monkeypatch):
    ctx, docks = ui
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    answer_text(monkeypatch, "figures")
    depth = ctx.undo_stack.count()
    docks.tags.new_action.trigger()
    assert shown and "already exists" in shown[0]
    assert ctx.undo_stack.count() == depth


def test_nest_under_and_undo(ui, qtbot, monkeypatch):
    ctx, docks = ui
    names = ctx.project.tag_by_name("names")
    docks.tags.select_tag(names.id)
    answer_item(monkeypatch, "sources")
    docks.tags.move_action.trigger()
    assert ctx.project.tag_by_name("names").parent_id == ctx.project.tag_by_name("sources").id
    qtbot.waitUntil(lambda: tree_names(docks).get("names") == "sources")
    ctx.undo_stack.undo()
    assert ctx.project.tag_by_name("names").parent_id is None
    qtbot.waitUntil(lambda: tree_names(docks).get("names") == "")


def test_drop_onto_a_tag_nests_it(ui, qtbot):
    ctx, docks = ui
    figures = ctx.project.tag_by_name("figures")
    sources = ctx.project.tag_by_name("sources")
    with qtbot.waitSignal(docks.tags.tree.moveRequested):
        docks.tags.tree.moveRequested.emit(figures.id, sources.id)
    assert ctx.project.tag_by_name("figures").parent_id == sources.id
    answer = ctx.undo_stack.undoText()
    assert answer == "Move tag 'figures' under 'sources'"


def test_merge_moves_highlights_and_undo_restores(ui, qtbot, monkeypatch):
    ctx, docks = ui
    project = ctx.project
    names, figures = project.tag_by_name("names"), project.tag_by_name("figures")
    name_highlights = {h.id for h in project.highlights(tag_ids=[names.id])}
    figure_highlights = {h.id for h in project.highlights(tag_ids=[figures.id])}
    assert name_highlights
    docks.tags.select_tag(names.id)
    answer_item(monkeypatch, "figures")
    docks.tags.merge_action.trigger()
    assert project.tag_by_name("names") is None
    assert {h.id for h in project.highlights(tag_ids=[figures.id])} == (
        name_highlights | figure_highlights
    )
    assert ctx.undo_stack.undoText() == "Merge tag 'names' into 'figures'"
    ctx.undo_stack.undo()
    assert {h.id for h in project.highlights(tag_ids=[names.id])} == name_highlights
    assert {h.id for h in project.highlights(tag_ids=[figures.id])} == figure_highlights
    qtbot.waitUntil(lambda: "names" in tree_names(docks))


def test_delete_in_use_asks_first(ui, qtbot, monkeypatch):
    ctx, docks = ui
    project = ctx.project
    figures = project.tag_by_name("figures")
    carrying = {h.id for h in project.highlights(tag_ids=[figures.id])}
    docks.tags.select_tag(figures.id)
    asked = []

    def say(answer):
        def question(*args, **kwargs):
            asked.append(args[2])
            return answer

        return staticmethod(question)

    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.No))
    qtbot.keyClick(docks.tags.tree, Qt.Key.Key_Delete)
    assert asked and f"{len(carrying)} highlight" in asked[0]
    assert project.tag_by_name("figures") is not None

    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.Yes))
    docks.tags.delete_action.trigger()
    assert project.tag_by_name("figures") is None
    assert not any(figures.id in h.tag_ids for h in project.highlights())
    qtbot.waitUntil(lambda: "figures" not in tree_names(docks))
    ctx.undo_stack.undo()
    assert {h.id for h in project.highlights(tag_ids=[figures.id])} == carrying
    qtbot.waitUntil(lambda: "figures" in tree_names(docks))


def test_type_ahead_applies_existing_and_new_tags(ui, qtbot):
    ctx, docks = ui
    project = ctx.project
    highlight = project.highlights()[0]
    ctx.bus.highlightSelected.emit(highlight.id)
    field = docks.tags.tag_field
    assert field.isEnabled()

    docks.tags.completer.setCompletionPrefix("sour")
    assert docks.tags.completer.currentCompletion() == "sources"

    docks.tags.focus_field_action.trigger()
    qtbot.keyClicks(field, "Sources")
    docks.tags.completer.popup().hide()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    sources = project.tag_by_name("sources")
    assert sources.id in project.get_highlight(highlight.id).tag_ids
    assert ctx.undo_stack.undoText() == "Tag highlight with 'sources'"

    qtbot.keyClicks(field, "disputed figure")
    docks.tags.completer.popup().hide()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    new = project.tag_by_name("disputed figure")
    assert new is not None
    assert new.id in project.get_highlight(highlight.id).tag_ids
    qtbot.waitUntil(lambda: docks.tags.highlight_tags.count() == len(highlight.tag_ids) + 2)

    ctx.undo_stack.undo()
    assert project.tag_by_name("disputed figure") is None
    assert set(project.get_highlight(highlight.id).tag_ids) == {*highlight.tag_ids, sources.id}
    ctx.undo_stack.redo()
    assert project.tag_by_name("disputed figure").id == new.id
    assert new.id in project.get_highlight(highlight.id).tag_ids


def test_remove_tag_from_highlight_with_delete_key(ui, qtbot):
    ctx, docks = ui
    highlight = next(h for h in ctx.project.highlights() if h.tag_ids)
    ctx.bus.highlightSelected.emit(highlight.id)
    chips = docks.tags.highlight_tags
    assert chips.count() == len(highlight.tag_ids)
    chips.setCurrentRow(0)
    qtbot.keyClick(chips, Qt.Key.Key_Delete)
    assert ctx.project.get_highlight(highlight.id).tag_ids == highlight.tag_ids[1:]
    qtbot.waitUntil(lambda: chips.count() == len(highlight.tag_ids) - 1)
    ctx.undo_stack.undo()
    assert ctx.project.get_highlight(highlight.id).tag_ids == highlight.tag_ids


def test_filter_by_tag_emits_the_tag(ui, qtbot):
    ctx, docks = ui
    figures = ctx.project.tag_by_name("figures")
    names = ctx.project.tag_by_name("names")
    docks.tags.select_tag(figures.id)
    with qtbot.waitSignal(ctx.bus.tagFilterChanged) as seen:
        docks.tags.filter_action.trigger()
    assert seen.args == [figures.id]
    with qtbot.waitSignal(ctx.bus.tagFilterChanged) as seen:
        docks.tags.select_tag(names.id)
    assert seen.args == [names.id]
    with qtbot.waitSignal(ctx.bus.tagFilterChanged) as seen:
        docks.tags.filter_action.trigger()
    assert seen.args == [None]


def test_counts_follow_the_database(ui, qtbot):
    ctx, docks = ui
    figures = next(t for t in ctx.project.tags() if t.name == "figures")
    assert figures.highlight_count > 1
    item = next(i for i in docks.tags._items() if i.text(0) == "figures")
    assert item.text(1) == str(figures.highlight_count)
    highlight = ctx.project.highlights(tag_ids=[figures.id])[0]
    ctx.project.set_highlight_tags(highlight.id, ())
    qtbot.waitUntil(
        lambda: (
            next(i for i in docks.tags._items() if i.text(0) == "figures").text(1)
            == str(figures.highlight_count - 1)
        )
    )


def test_in_the_main_window_keys_reach_the_tag_tree(qtbot, sample_project, monkeypatch):
    """Delete in the tag tree deletes the tag, not the selected highlight; no shortcut of the
    annotation docks collides with another of the window's."""
    from PySide6.QtGui import QAction

    from kursk_reader.gui.main_window import MainWindow

    window = MainWindow(sample_project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    docks = window.annotation_docks
    mine = {
        a
        for dock in (docks.tags, docks.claims, docks.note, docks.matrix)
        for a in dock.findChildren(QAction)
    }
    assert docks.tags.focus_field_action in mine and docks.claims.link_action in mine
    others: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if action not in mine:
            for key in action.shortcuts():
                others[key.toString()] = action.text()
    for action in mine:
        for key in action.shortcuts():
            name = key.toString()
            assert name not in others, f"{name}: {others.get(name)} and {action.text()}"

    highlight = sample_project.highlights()[0]
    window.ctx.bus.highlightSelected.emit(highlight.id)
    sources = sample_project.tag_by_name("sources")
    docks.tags.show()
    docks.tags.raise_()
    docks.tags.select_tag(sources.id)
    window.activateWindow()
    docks.tags.tree.setFocus()
    qtbot.waitUntil(docks.tags.tree.hasFocus)
    qtbot.keyClick(docks.tags.tree, Qt.Key.Key_Delete)
    assert sample_project.tag_by_name("sources") is None
    assert sample_project.get_highlight(highlight.id).id == highlight.id
