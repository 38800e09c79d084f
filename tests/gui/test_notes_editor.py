"""Notes on highlights: typed in the note dock, spell-checked, saved as undoable steps."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from kursk_reader.analysis.spelling import LANGUAGE_SETTING
from kursk_reader.gui.notes_editor import SAVE_PAUSE_MS, underline_ranges


def underlined_words(editor) -> list[str]:
    """The underlined words; Qt's ranges count UTF-16 units, Python strings code points."""
    units = editor.toPlainText().encode("utf-16-le")
    return [units[2 * a : 2 * (a + n)].decode("utf-16-le") for a, n in underline_ranges(editor)]


def point_at(editor, position: int):
    cursor = editor.textCursor()
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def type_note(qtbot, editor, text):
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def test_misspelled_word_gets_a_red_wavy_underline(ui, qtbot):
    ctx, docks = ui
    highlight = ctx.project.highlights()[0]
    ctx.bus.highlightSelected.emit(highlight.id)
    editor = docks.note.editor
    type_note(qtbot, editor, "Two outlets recieved the figure")
    assert underlined_words(editor) == ["recieved"]
    block = editor.document().firstBlock()
    (fmt,) = [
        f
        for f in block.layout().formats()
        if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]
    assert fmt.format.underlineColor().red() > 200


def test_emoji_before_a_word_keeps_the_underline_on_it(ui, qtbot):
    ctx, docks = ui
    ctx.bus.highlightSelected.emit(ctx.project.highlights()[0].id)
    editor = docks.note.editor
    editor.setFocus()
    editor.insertPlainText("🎖🎖")  # QTest cannot type characters outside the BMP
    qtbot.keyClicks(editor, " medals recieved")
    assert underlined_words(editor) == ["recieved"]


def test_suggestion_from_the_context_menu_replaces_the_word(ui, qtbot):
    ctx, docks = ui
    highlight = ctx.project.highlights()[0]
    ctx.bus.highlightSelected.emit(highlight.id)
    editor = docks.note.editor
    type_note(qtbot, editor, "They recieved it")
    menu = editor.context_menu(point_at(editor, 7))
    labels = [a.text() for a in menu.actions()]
    assert "received" in labels
    assert labels.index("received") < labels.index("Add 'recieved' to project dictionary")
    next(a for a in menu.actions() if a.text() == "received").trigger()
    assert editor.toPlainText() == "They received it"
    assert underlined_words(editor) == []
    assert ctx.project.get_highlight(highlight.id).note == "They received it"


def test_add_to_dictionary_removes_the_underline_and_undoes(ui, qtbot):
    ctx, docks = ui
    ctx.bus.highlightSelected.emit(ctx.project.highlights()[0].id)
    editor = docks.note.editor
    type_note(qtbot, editor, "Spelled Kumchol here")
    assert underlined_words(editor) == ["Kumchol"]
    menu = editor.context_menu(point_at(editor, 10))
    add = next(a for a in menu.actions() if a.objectName() == "addToDictionary")
    add.trigger()
    assert "Kumchol" in ctx.project.words()
    qtbot.waitUntil(lambda: underlined_words(editor) == [])
    assert ctx.undo_stack.undoText() == "Add 'Kumchol' to the project dictionary"
    ctx.undo_stack.undo()
    assert "Kumchol" not in ctx.project.words()
    qtbot.waitUntil(lambda: underlined_words(editor) == ["Kumchol"])
    # A correct word offers no spelling entries.
    menu = editor.context_menu(point_at(editor, 2))
    assert not any(a.objectName() == "addToDictionary" for a in menu.actions())


def test_note_saves_after_a_pause_as_one_undo_step(ui, qtbot):
    ctx, docks = ui
    highlight = ctx.project.highlights()[0]
    ctx.bus.highlightSelected.emit(highlight.id)
    editor = docks.note.editor
    depth = ctx.undo_stack.count()
    type_note(qtbot, editor, "Checked against the wire copy.")
    assert ctx.project.get_highlight(highlight.id).note == ""
    qtbot.waitUntil(
        lambda: ctx.project.get_highlight(highlight.id).note == "Checked against the wire copy.",
        timeout=SAVE_PAUSE_MS * 4,
    )
    assert ctx.undo_stack.count() == depth + 1
    assert ctx.undo_stack.undoText() == "Edit highlight note"
    ctx.undo_stack.undo()
    assert ctx.project.get_highlight(highlight.id).note == ""
    qtbot.waitUntil(lambda: editor.toPlainText() == "")
    ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: editor.toPlainText() == "Checked against the wire copy.")


def test_switching_highlight_saves_the_pending_note(ui, qtbot):
    ctx, docks = ui
    first, second = ctx.project.highlights()[:2]
    ctx.bus.highlightSelected.emit(first.id)
    type_note(qtbot, docks.note.editor, "first note")
    ctx.bus.highlightSelected.emit(second.id)
    assert ctx.project.get_highlight(first.id).note == "first note"
    assert docks.note.editor.toPlainText() == ""
    ctx.bus.highlightSelected.emit(None)
    assert not docks.note.editor.isEnabled()


def test_language_is_chosen_per_project(ui, qtbot):
    ctx, docks = ui
    ctx.bus.highlightSelected.emit(ctx.project.highlights()[0].id)
    editor = docks.note.editor
    editor.setFocus()
    editor.insertPlainText("Перейти к матреиалам")  # QTest types Latin-1 only
    assert underlined_words(editor) == ["Перейти", "матреиалам"]
    combo = docks.note.language
    combo.fill()
    assert combo.findData("ru_RU") >= 0
    combo.setCurrentIndex(combo.findData("ru_RU"))
    combo.activated.emit(combo.currentIndex())
    assert ctx.project.setting(LANGUAGE_SETTING) == "ru_RU"
    qtbot.waitUntil(lambda: underlined_words(editor) == ["матреиалам"])


def test_missing_dictionary_is_reported_once_and_notes_still_save(ui, qtbot):
    ctx, docks = ui
    messages = []
    docks.spelling.problemFound.connect(messages.append)
    docks.spelling.set_language("zz_ZZ")
    highlight = ctx.project.highlights()[0]
    ctx.bus.highlightSelected.emit(highlight.id)
    editor = docks.note.editor
    type_note(qtbot, editor, "qwrtz blorf")
    assert underlined_words(editor) == []
    ctx.bus.highlightSelected.emit(ctx.project.highlights()[1].id)
    assert len(messages) == 1 and "zz_ZZ" in messages[0]
    assert docks.note.problem.isVisibleTo(docks.note)
    assert "zz_ZZ" in ctx.window.statusBar().currentMessage()
    assert ctx.project.get_highlight(highlight.id).note == "qwrtz blorf"
