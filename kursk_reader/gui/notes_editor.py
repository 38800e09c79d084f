"""A plain-text note editor with spell-checking: misspelled words get a wavy red underline,
the context menu offers suggestions and "Add to project dictionary".

`SpellingHub` keeps one `SpellChecker` for the window, fed with the project's language and
word list, and tells every editor when to re-check. Editors only emit signals; the docks turn
`editingPaused` and `addWordRequested` into undoable commands.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from kursk_reader.analysis.spelling import (
    DEFAULT_LANGUAGE,
    LANGUAGE_SETTING,
    SpellChecker,
    installed_languages,
)
from kursk_reader.core.models import Change
from kursk_reader.core.text import Utf16Map
from kursk_reader.services import Project

SAVE_PAUSE_MS = 800
"""Idle time after the last keystroke before a note is saved (one undo step per pause)."""


class SpellingHub(QObject):
    """The window's spell-checker, kept in step with the project's language and word list."""

    dictionaryChanged = Signal()
    """The language or word list changed: editors re-check their text."""

    problemFound = Signal(str)
    """Why spell-checking is off; emitted once per reason."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.checker = SpellChecker(
            project.setting(LANGUAGE_SETTING, DEFAULT_LANGUAGE), project.words()
        )

    def languages(self) -> list[str]:
        """Installed dictionary languages, the project's own always among them."""
        found = installed_languages()
        if self.checker.language not in found:
            found.append(self.checker.language)
        return sorted(found)

    def set_language(self, language: str) -> None:
        """Use `language` for this project (saved as a project setting)."""
        if language == self.checker.language:
            return
        self.project.set_setting(LANGUAGE_SETTING, language)
        self.checker.set_language(language)
        self.dictionaryChanged.emit()
        self.report_problem()

    def report_problem(self) -> None:
        problem = self.checker.take_problem()
        if problem:
            self.problemFound.emit(problem)

    def on_change(self, change: Change) -> None:
        """Reload the word list or language when the project's change it (undo included)."""
        if change.kind == "wordlist":
            self.checker.set_words(self.project.words())
            self.dictionaryChanged.emit()
        elif change.kind == "setting":
            language = self.project.setting(LANGUAGE_SETTING, DEFAULT_LANGUAGE)
            if language != self.checker.language:
                self.checker.set_language(language)
                self.dictionaryChanged.emit()
                self.report_problem()


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelled words of each block with a red wavy line."""

    def __init__(self, document: QTextDocument, checker: SpellChecker) -> None:
        super().__init__(document)
        self.checker = checker
        self.misspelled_format = QTextCharFormat()
        self.misspelled_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.misspelled_format.setUnderlineColor(QColor("#d32f2f"))

    def highlightBlock(self, text: str) -> None:
        ranges = self.checker.misspellings(text)
        if not ranges:
            return
        units = Utf16Map(text)
        for start, end in ranges:
            a, b = units.to_utf16(start), units.to_utf16(end)
            self.setFormat(a, b - a, self.misspelled_format)


class NotesEditor(QPlainTextEdit):
    """Edits a note; says when editing pauses so the note can be saved as one undo step."""

    editingPaused = Signal(str)
    """The text, after a pause in typing or when focus leaves, if it changed since loaded."""

    addWordRequested = Signal(str)

    def __init__(self, hub: SpellingHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.highlighter = SpellHighlighter(self.document(), hub.checker)
        hub.dictionaryChanged.connect(self.highlighter.rehighlight)
        self.setTabChangesFocus(True)
        self._saved_text = ""
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_text_changed)

    def load(self, text: str) -> None:
        """Show `text` without treating it as an edit."""
        self._timer.stop()
        self._saved_text = text
        if text == self.toPlainText():
            return
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False

    def is_dirty(self) -> bool:
        return self.toPlainText() != self._saved_text

    def flush(self) -> None:
        """Emit `editingPaused` now if the text changed since it was loaded or last emitted."""
        self._timer.stop()
        text = self.toPlainText()
        if text != self._saved_text:
            self._saved_text = text
            self.editingPaused.emit(text)

    def _on_text_changed(self) -> None:
        if not self._loading and not self.isReadOnly():
            self._timer.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def word_at(self, pos: QPoint) -> tuple[QTextCursor, str] | None:
        """The misspelling-checkable word under a viewport point, with a cursor selecting it."""
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        text = block.text()
        units = Utf16Map(text)
        found = self.hub.checker.word_at(text, units.to_code_point(cursor.positionInBlock()))
        if found is None:
            return None
        start, end, word = found
        cursor.setPosition(block.position() + units.to_utf16(start))
        cursor.setPosition(block.position() + units.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor, word

    def context_menu(self, pos: QPoint) -> QMenu:
        """The context menu for viewport point `pos`: spelling suggestions and "Add to project
        dictionary" above the standard editing actions when a misspelled word is there."""
        menu = self.createStandardContextMenu(pos)
        found = self.word_at(pos)
        if found is None or self.hub.checker.check(found[1]):
            return menu
        cursor, word = found
        first = menu.actions()[0] if menu.actions() else None

        def put(action: QAction) -> None:
            if first is None:
                menu.addAction(action)
            else:
                menu.insertAction(first, action)

        suggestions = self.hub.checker.suggest(word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(
                lambda _=False, c=cursor, s=suggestion: self.replace_word(c, s)
            )
            put(action)
        if not suggestions:
            none = QAction("(no suggestions)", menu)
            none.setEnabled(False)
            put(none)
        add = QAction(f"Add '{word}' to project dictionary", menu)
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda _=False, w=word: self.addWordRequested.emit(w))
        put(add)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def replace_word(self, cursor: QTextCursor, replacement: str) -> None:
        cursor.insertText(replacement)
        self.flush()


def underline_ranges(editor: NotesEditor) -> list[tuple[int, int]]:
    """(start, length) in UTF-16 units of spell-check underlines across the editor's blocks."""
    out: list[tuple[int, int]] = []
    block = editor.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        for fmt in layout.formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                out.append((block.position() + fmt.start, fmt.length))
        block = block.next()
    return out
