"""Editing an article's details (title, outlet, URL, author, date, language).

The dialog only collects the values; the caller writes them through services.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kursk_reader.core.models import ArticleInfo

FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "&Title"),
    ("outlet", "&Outlet"),
    ("url", "&URL"),
    ("author", "&Author"),
    ("published", "&Published (YYYY-MM-DD)"),
    ("language", "&Language (e.g. en, ru, uk)"),
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class MetadataDialog(QDialog):
    def __init__(self, info: ArticleInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article details")
        self.setAccessibleName("Article details")
        self.setMinimumWidth(560)
        self._info = info
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for name, label in FIELDS:
            edit = QLineEdit(str(getattr(info, name)), self)
            edit.setAccessibleName(label.replace("&", ""))
            edit.textChanged.connect(self._validate)
            form.addRow(label, edit)
            self.edits[name] = edit
        source = QLabel(info.source_file or "pasted text", self)
        source.setAccessibleName("Source file")
        form.addRow("Source file", source)
        self.problem = QLabel("", self)
        self.problem.setStyleSheet("color: #b00020")
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._validate()

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def changes(self) -> dict[str, str]:
        """Only the fields the user changed."""
        return {k: v for k, v in self.values().items() if v != getattr(self._info, k)}

    def _validate(self) -> None:
        values = self.values()
        problem = ""
        if values["published"] and not _ISO_DATE.match(values["published"]):
            problem = "The date must be written YYYY-MM-DD (or left empty)."
        elif values["language"] and not _LANGUAGE.match(values["language"]):
            problem = "The language is a code such as en, ru or pt-BR (or empty)."
        elif values["url"] and not re.match(r"^[a-z][a-z0-9+.-]*://\S+$", values["url"], re.I):
            problem = "The URL must start with a scheme such as https:// (or be empty)."
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
