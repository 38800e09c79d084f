"""The note dock: the selected highlight's note in a spell-checked editor, saved as one undo
step whenever typing pauses or focus leaves, and the project's spelling language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kursk_reader.core.models import Change
from kursk_reader.gui.commands_annotations import AddWordCommand, SetHighlightNoteCommand, short
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.dock_base import AnnotationDock
from kursk_reader.gui.notes_editor import NotesEditor, SpellingHub


class LanguageCombo(QComboBox):
    """The spelling language; lists the installed dictionaries only when opened, so asking
    enchant for them stays off the start-up path."""

    def __init__(self, hub: SpellingHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub

    def fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        for code in self.hub.languages():
            self.addItem(code, code)
        self.setCurrentIndex(self.findData(self.hub.checker.language))
        self.blockSignals(False)

    def showPopup(self) -> None:
        if self.count() <= 1:
            self.fill()
        super().showPopup()


class NoteDock(AnnotationDock):
    """Edits the note of the highlight selected anywhere in the window."""

    def __init__(self, ctx: GuiContext, hub: SpellingHub, parent: QWidget | None = None) -> None:
        super().__init__("Note", "noteDock", ctx, parent)
        self.hub = hub

        self.quote = QLabel("Select a highlight to write its note.")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = NotesEditor(hub)
        self.editor.setAccessibleName("Note on the selected highlight")
        self.editor.setPlaceholderText("Your note on this passage…")
        self.editor.editingPaused.connect(self._save)
        self.editor.addWordRequested.connect(self._add_word)

        self.language = LanguageCombo(hub)
        self.language.setAccessibleName("Spelling language")
        self.language.setToolTip("Dictionary used to check notes in this project")
        self.language.addItem(hub.checker.language, hub.checker.language)
        self.language.activated.connect(
            lambda i: self.hub.set_language(str(self.language.itemData(i)))
        )
        language_label = QLabel("&Spelling:")
        language_label.setBuddy(self.language)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8a4b00;")
        self.problem.setVisible(False)

        row = QHBoxLayout()
        row.addWidget(language_label)
        row.addWidget(self.language, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.quote)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.setWidget(body)

        self.language_action = QAction("Spelling &Language…", self)
        self.language_action.triggered.connect(self.choose_language)
        self.focus_action = QAction("Edit &Note of Highlight", self)
        self.focus_action.setShortcut("N")
        self.focus_action.triggered.connect(self.focus_editor)

        hub.dictionaryChanged.connect(self.language.fill)
        hub.dictionaryChanged.connect(self._show_problem)
        hub.problemFound.connect(self._show_problem)
        ctx.bus.highlightSelected.connect(self.set_highlight)
        ctx.bus.changed.connect(self._on_change)
        self.set_highlight(None)

    def actions_for_menu(self) -> list[QAction | None]:
        return [self.focus_action, self.language_action]

    def _show_problem(self, *_: object) -> None:
        problem = self.hub.checker.problem if not self.hub.checker.active else ""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def choose_language(self) -> None:
        languages = self.hub.languages()
        current = languages.index(self.hub.checker.language)
        code, ok = QInputDialog.getItem(
            self, "Spelling language", "Check notes in:", languages, current, False
        )
        if ok and code:
            self.hub.set_language(code)

    def focus_editor(self) -> None:
        if self.highlight_id is None:
            self._status("Select a highlight to write its note")
            return
        self.show()
        self.raise_()
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_highlight(self, highlight_id: int | None) -> None:
        """Show another highlight's note, saving the one being edited first."""
        self.editor.flush()
        self.highlight_id = highlight_id
        self._load()

    def _load(self) -> None:
        highlight = self._highlight()
        if highlight is None:
            self.quote.setText("Select a highlight to write its note.")
            self.editor.load("")
            self.editor.setEnabled(False)
            return
        self.quote.setText(f"Note on “{short(highlight.exact, 120)}”")
        self.editor.setEnabled(True)
        self.editor.load(highlight.note)
        self.hub.report_problem()

    def _on_change(self, change: Change) -> None:
        if self.highlight_id is None or change.kind != "highlight":
            return
        if change.ids and self.highlight_id not in change.ids:
            return
        if change.op == "removed" or not self.editor.is_dirty():
            self._load()

    def _save(self, text: str) -> None:
        highlight = self._highlight()
        if highlight is not None and highlight.note != text:
            self._push(
                SetHighlightNoteCommand(self.ctx.project, highlight.id, highlight.note, text)
            )

    def _add_word(self, word: str) -> None:
        self._push(AddWordCommand(self.ctx.project, word))
