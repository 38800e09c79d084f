"""Highlighting as a user does it: select (keyboard or cursor), press H, delete, undo, redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from kursk_reader.core.models import NewArticle
from kursk_reader.gui.main_window import PALETTE, MainWindow


def make_window(qtbot, project) -> MainWindow:
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    with qtbot.waitActive(window):  # shortcuts (H, 1-6, Del) need the active window
        window.show()
        window.activateWindow()
    return window


def focus_view(qtbot, window: MainWindow, n: int = 0):
    view = window.panes.panes[n].view
    view.setFocus()
    qtbot.waitUntil(lambda: window.panes.current_pane() is window.panes.panes[n])
    return view


def drawn_colour(view, start: int, end: int) -> QColor:
    """The colour painted in the middle of the first line of a code-point range."""
    u = view._map  # the view's own code point -> UTF-16 map
    rect = view.highlight_rects(u.to_utf16(start), u.to_utf16(end))[0]
    image = view.viewport().grab().toImage()
    # Sample just above the text baseline's middle: a spot between glyph strokes is found by
    # taking the lightest pixel along the rectangle's top edge.
    y = int(rect.top() + 2)
    xs = range(int(rect.left()) + 1, int(rect.right()) - 1)
    return max((image.pixelColor(x, y) for x in xs), key=lambda c: c.lightness())


def test_keyboard_selection_and_h_highlights_with_current_colour(qtbot, sample_project):
    window = make_window(qtbot, sample_project)
    view = focus_view(qtbot, window)
    article = view.article
    before = {h.id for h in sample_project.highlights([article.id])}
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    for _ in range(2):
        qtbot.keyClick(
            view,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert view.selection_range() is not None
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert window.current_colour == PALETTE[1][1]
    start, end = view.selection_range()
    # Word-wise selection ends after the space following the last word; the highlight not.
    assert article.text[end - 1].isspace() and not article.text[end - 2].isspace()
    end -= 1
    qtbot.keyClick(view, Qt.Key.Key_H)
    new = [h for h in sample_project.highlights([article.id]) if h.id not in before]
    assert len(new) == 1
    h = new[0]
    assert (h.start, h.end) == (start, end)
    assert window.selected_highlight() == h.id  # ready for T, N, L
    assert h.exact == article.text[start:end]
    assert h.colour == PALETTE[1][1]
    assert view.span_range(h.id) == (start, end)
    painted = drawn_colour(view, start, end)
    assert painted != QColor("white")
    assert painted.green() > painted.red()  # green of the palette shows through


def test_cursor_selection_after_emoji_stores_code_points(qtbot, project):
    text = "🙂🙂 ok 👍🏽 the troops were 12,000 strong"
    info = project.add_article(NewArticle(text=text, title="emoji", outlet="Test"))
    window = make_window(qtbot, project)
    window.show_articles([info.id])
    view = focus_view(qtbot, window)
    start = text.index("12,000")
    # Qt counts UTF-16 units: each emoji before the number takes two.
    u16 = len(text[:start].encode("utf-16-le")) // 2
    assert u16 > start
    cursor = QTextCursor(view.document())
    cursor.setPosition(u16)
    cursor.setPosition(u16 + 6, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.act_highlight.trigger()
    (h,) = project.highlights([info.id])
    assert (h.start, h.end, h.exact) == (start, start + 6, "12,000")
    assert view.highlights_at(start) == [h.id]


def test_delete_undo_redo_restore_database_and_view(qtbot, sample_project):
    window = make_window(qtbot, sample_project)
    view = focus_view(qtbot, window)
    article_id = view.article_id
    target = sample_project.highlights([article_id])[0]
    window.reveal_highlight(target.id)
    assert window.selected_highlight() == target.id
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    ids = lambda: {h.id for h in sample_project.highlights([article_id])}  # noqa: E731
    assert target.id not in ids()
    assert target.id not in view.span_ids()
    assert window.act_undo.text().replace("&", "").startswith("Undo Delete highlight")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = sample_project.get_highlight(target.id)
    assert (restored.start, restored.end, restored.tag_ids, restored.evidence) == (
        target.start,
        target.end,
        target.tag_ids,
        target.evidence,
    )
    assert view.span_range(target.id) == (target.start, target.end)
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert target.id not in ids()
    assert target.id not in view.span_ids()


def test_add_then_undo_redo_keeps_the_same_highlight(qtbot, project):
    info = project.add_article(NewArticle(text="one two three four", title="t"))
    window = make_window(qtbot, project)
    window.show_articles([info.id])
    view = focus_view(qtbot, window)
    view.select_range(4, 7)
    window.set_current_colour(PALETTE[3][1])
    window.highlight_selection()
    (h,) = project.highlights([info.id])
    window.undo_stack.undo()
    assert project.highlights([info.id]) == []
    assert view.span_ids() == []
    window.undo_stack.redo()
    (again,) = project.highlights([info.id])
    assert (again.id, again.start, again.end, again.colour) == (h.id, 4, 7, PALETTE[3][1])
    assert view.span_ids() == [h.id]


def test_change_colour_is_undoable_and_drawn(qtbot, project):
    info = project.add_article(NewArticle(text="alpha beta gamma", title="t"))
    h = project.add_highlight(info.id, 6, 10, colour=PALETTE[0][1])
    window = make_window(qtbot, project)
    window.show_articles([info.id])
    view = focus_view(qtbot, window)
    window.reveal_highlight(h.id)
    window.set_current_colour(PALETTE[2][1])
    window.recolour_selected_highlight()
    assert project.get_highlight(h.id).colour == PALETTE[2][1]
    assert view.span_colour(h.id) == QColor(PALETTE[2][1])
    window.undo_stack.undo()
    assert project.get_highlight(h.id).colour == PALETTE[0][1]
    assert view.span_colour(h.id) == QColor(PALETTE[0][1])


def test_overlapping_highlights_are_drawn_darker(qtbot, project):
    info = project.add_article(NewArticle(text="aaaa bbbb cccc dddd eeee", title="t"))
    project.add_highlight(info.id, 0, 14, colour=PALETTE[0][1])
    project.add_highlight(info.id, 5, 24, colour=PALETTE[0][1])
    window = make_window(qtbot, project)
    window.show_articles([info.id])
    view = window.panes.panes[0].view
    single = drawn_colour(view, 0, 4)
    double = drawn_colour(view, 5, 9)
    assert double.lightness() < single.lightness()


def test_clicking_a_highlight_selects_it(qtbot, sample_project):
    window = make_window(qtbot, sample_project)
    view = focus_view(qtbot, window)
    target = sample_project.highlights([view.article_id])[0]
    view.scroll_to(target.start, target.end)
    u = view._map
    rect = view.highlight_rects(u.to_utf16(target.start), u.to_utf16(target.end))[0]
    with qtbot.waitSignal(window.bus.highlightSelected) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert signal.args == [target.id]
    assert window.selected_highlight() == target.id
    tip = window._tooltip([target.id])
    assert "Tags:" in tip
    assert any(stance in tip for stance in ("supports", "mentions", "contradicts"))
