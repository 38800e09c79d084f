"""The dialog that ties a highlight to a claim: pick a claim (or write a new one), the stance,
and the value as this outlet writes it. It returns what was chosen and writes nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kursk_reader.core.models import Claim, Stance
from kursk_reader.gui.commands_annotations import short

NEW_CLAIM = -1

_FIGURE = re.compile(r"(?:\b([^\W\d_]+)\s+)?(\d+(?:[ ,.\u00a0\u202f]\d+)*)")
"""A figure with the word before it ("about 15,000", "около 12 000"); the word is kept only
when it is lower-case, as qualifiers are, so names before a figure are left out."""


def guess_value(quote: str) -> str:
    """A default value for a quote: its first figure with a lower-case qualifier, else ""."""
    m = _FIGURE.search(quote)
    if m is None:
        return ""
    word, figure = m.group(1), m.group(2).rstrip(" ,.")
    if word and word.islower():
        return f"{word} {figure}"
    return figure


@dataclass(frozen=True, slots=True)
class LinkRequest:
    """What the user chose: an existing claim (`claim_id`) or a new one (`statement`)."""

    claim_id: int | None
    statement: str
    stance: Stance
    value: str


class LinkDialog(QDialog):
    """Choose the claim, stance and value for one highlight."""

    def __init__(
        self,
        claims: Sequence[Claim],
        quote: str,
        parent: QWidget | None = None,
        claim_id: int | None = None,
        stance: Stance = Stance.SUPPORTS,
        value: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Link highlight to claim")
        self.quote_label = QLabel(f"“{short(quote, 200)}”")
        self.quote_label.setWordWrap(True)

        self.claim_box = QComboBox()
        self.claim_box.setAccessibleName("Claim")
        self.claim_box.addItem("New claim…", NEW_CLAIM)
        for claim in claims:
            self.claim_box.addItem(short(claim.statement, 80), claim.id)
        self.statement = QLineEdit(" ".join(quote.split()))
        self.statement.setAccessibleName("Statement of the new claim")
        self.stance_box = QComboBox()
        self.stance_box.setAccessibleName("Stance")
        for s in Stance:
            self.stance_box.addItem(s.value, s)
        self.stance_box.setCurrentIndex(list(Stance).index(stance))
        self.value = QLineEdit(guess_value(quote) if value is None else value)
        self.value.setAccessibleName("Value as the outlet writes it")
        self.value.setPlaceholderText("e.g. about 15,000 — as this outlet writes it")

        form = QFormLayout(self)
        form.addRow(self.quote_label)
        form.addRow("&Claim:", self.claim_box)
        form.addRow("&New statement:", self.statement)
        form.addRow("&Stance:", self.stance_box)
        form.addRow("&Value:", self.value)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

        self.claim_box.currentIndexChanged.connect(self._update)
        self.statement.textChanged.connect(self._update)
        if claim_id is not None:
            index = self.claim_box.findData(claim_id)
            if index >= 0:
                self.claim_box.setCurrentIndex(index)
        self._update()
        self.resize(520, self.sizeHint().height())
        # Start where typing is wanted: a new claim's statement, else the outlet's value.
        first = self.statement if self.claim_box.currentData() == NEW_CLAIM else self.value
        first.setFocus()
        first.selectAll()

    def _update(self) -> None:
        new = self.claim_box.currentData() == NEW_CLAIM
        self.statement.setEnabled(new)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not new or bool(self.statement.text().strip()))

    def request(self) -> LinkRequest:
        """What the fields say now."""
        chosen = self.claim_box.currentData()
        return LinkRequest(
            claim_id=None if chosen == NEW_CLAIM else int(chosen),
            statement=self.statement.text().strip(),
            stance=Stance(self.stance_box.currentData()),
            value=self.value.text().strip(),
        )

    @classmethod
    def ask(
        cls,
        claims: Sequence[Claim],
        quote: str,
        parent: QWidget | None = None,
        claim_id: int | None = None,
        stance: Stance = Stance.SUPPORTS,
        value: str | None = None,
    ) -> LinkRequest | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(claims, quote, parent, claim_id, stance, value)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.request()
        finally:
            dialog.deleteLater()
            if parent is not None:
                # Give the keyboard back to the window (and its focused pane) at once; without
                # a window manager doing it, typing would go nowhere after the dialog.
                parent.window().activateWindow()
