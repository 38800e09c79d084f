"""The claims dock: the claims with their status, the evidence of the selected claim, and the
claim's note. Creates a claim from the selected highlight, links the highlight to a claim
(stance and value), unlinks, rewords, changes status, deletes — each an undoable command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kursk_reader.core.errors import NotFound
from kursk_reader.core.models import Change, Claim, ClaimStatus, Highlight, Stance
from kursk_reader.gui.claim_matrix import STANCE_MARK
from kursk_reader.gui.commands_annotations import (
    AddWordCommand,
    AnnotationCommand,
    CreateClaimCommand,
    DeleteClaimCommand,
    LinkEvidenceCommand,
    UnlinkEvidenceCommand,
    UpdateClaimCommand,
    short,
)
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.dock_base import AnnotationDock
from kursk_reader.gui.link_dialog import LinkDialog
from kursk_reader.gui.notes_editor import NotesEditor, SpellingHub

ID_ROLE = Qt.ItemDataRole.UserRole
DETAIL_MIN_HEIGHT = 48
"""Pixels: the evidence list and the note keep about two lines, so the claims list above them
gets most of a dock of the window's default height (both scroll)."""
STATUS_MARK = {
    ClaimStatus.UNVERIFIED: "?",
    ClaimStatus.SUPPORTED: "✓",
    ClaimStatus.DISPUTED: "≠",
    ClaimStatus.REFUTED: "✗",
}


class ClaimsDock(AnnotationDock):
    """Claims, their evidence and note; actions on the selected claim and highlight."""

    def __init__(self, ctx: GuiContext, hub: SpellingHub, parent: QWidget | None = None) -> None:
        super().__init__("Claims", "claimsDock", ctx, parent)
        self._claims: dict[int, Claim] = {}

        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels(["Claim", "Status", "Outlets"])
        self.list.setRootIsDecorated(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setAccessibleName("Claims")
        self.list.setMinimumHeight(120)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._on_current_claim_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.reword_claim())
        self._own_keys(
            self.list, {Qt.Key.Key_Delete: self.delete_claim, Qt.Key.Key_F2: self.reword_claim}
        )

        self.status_box = QComboBox()
        self.status_box.setAccessibleName("Status of the selected claim")
        for status in ClaimStatus:
            self.status_box.addItem(f"{STATUS_MARK[status]} {status.value}", status)
        self.status_box.activated.connect(self._on_status_chosen)

        self.evidence = QListWidget()
        self.evidence.setAccessibleName("Evidence for the selected claim")
        self.evidence.setMinimumHeight(DETAIL_MIN_HEIGHT)
        self.evidence.setMaximumHeight(130)
        self.evidence.itemActivated.connect(self._show_evidence)
        self.evidence.itemClicked.connect(self._show_evidence)
        self._own_keys(self.evidence, {Qt.Key.Key_Delete: self.unlink})

        self.note = NotesEditor(hub)
        self.note.setAccessibleName("Note on the selected claim")
        self.note.setPlaceholderText("Note on this claim…")
        self.note.setMinimumHeight(DETAIL_MIN_HEIGHT)
        self.note.editingPaused.connect(self._save_note)
        self.note.addWordRequested.connect(self._add_word)

        self._make_actions()
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.new_action, self.link_action, self.unlink_action, self.delete_action):
            toolbar.addAction(a)

        details = QWidget()
        form = QFormLayout(details)
        form.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel("&Status:")
        self.status_label.setBuddy(self.status_box)
        form.addRow(self.status_label, self.status_box)
        evidence_label = QLabel("&Evidence:")
        evidence_label.setBuddy(self.evidence)
        form.addRow(evidence_label, self.evidence)
        note_label = QLabel("N&ote:")
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(details)
        # The claims list gets the larger share; the evidence and the note scroll.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 200])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)
        self.setWidget(body)

        ctx.bus.changed.connect(self._on_change)
        ctx.bus.highlightSelected.connect(self.set_highlight)
        self.refresh()

    def _make_actions(self) -> None:
        action = self._action
        self.new_action = action("New Claim from &Highlight…", self.new_claim, "Ctrl+Shift+C")
        self.link_action = action("&Link Highlight to Claim…", self.link_highlight, "L")
        self.unlink_action = action("&Unlink from Claim", self.unlink, "Shift+L")
        self.reword_action = action("&Reword Claim…\tF2", self.reword_claim)
        self.delete_action = action("&Delete Claim\tDel", self.delete_claim)
        self.status_actions: list[QAction] = []
        for n, status in enumerate(ClaimStatus, start=1):
            a = action(
                f"Mark Claim {status.value.capitalize()}",
                lambda _=False, s=status: self.set_status(s),
                f"Ctrl+Alt+{n}",
            )
            self.status_actions.append(a)
        self.new_action.setToolTip("New claim from the selected highlight (Ctrl+Shift+C)")
        self.link_action.setToolTip("Link the selected highlight to a claim (L)")
        self.unlink_action.setToolTip(
            "Unlink the selected evidence or highlight from the claim (Shift+L)"
        )
        self.new_action.setIconText("New from highlight")
        self.link_action.setIconText("Link…")
        self.unlink_action.setIconText("Unlink")
        self.delete_action.setIconText("Delete")

    def actions_for_menu(self) -> list[QAction | None]:
        return [
            self.new_action,
            self.link_action,
            self.unlink_action,
            None,
            self.reword_action,
            *self.status_actions,
            None,
            self.delete_action,
        ]

    def current_claim(self) -> Claim | None:
        item = self.list.currentItem()
        return self._claims.get(item.data(0, ID_ROLE)) if item is not None else None

    def select_claim(self, claim_id: int) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == claim_id:
                self.list.setCurrentItem(item)
                return

    def _on_change(self, change: Change) -> None:
        if change.kind in ("claim", "evidence", "highlight", "article"):
            self._refresh_soon()

    def refresh(self) -> None:
        """Rebuild the list from the project, keeping the selected claim."""
        current = self.current_claim()
        matrix = self.ctx.project.claim_matrix()
        outlets: dict[int, int] = {}
        for (claim_id, _), _cell in matrix.cells.items():
            outlets[claim_id] = outlets.get(claim_id, 0) + 1
        conflicts = matrix.conflicting_claims()
        self._claims = {c.id: c for c in matrix.claims}
        self._matrix = matrix
        self.list.blockSignals(True)
        self.list.clear()
        for claim in matrix.claims:
            mark = "≠ " if claim.id in conflicts else ""
            item = QTreeWidgetItem(
                [
                    f"{mark}{claim.statement}",
                    f"{STATUS_MARK[claim.status]} {claim.status.value}",
                    str(outlets.get(claim.id, 0)),
                ]
            )
            item.setData(0, ID_ROLE, claim.id)
            item.setToolTip(0, claim.statement + ("\nOutlets disagree." if mark else ""))
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        if current is not None and current.id in self._claims:
            self.select_claim(current.id)
        self._show_claim()

    def _on_current_claim_changed(self, *_: object) -> None:
        self.note.flush()
        self._show_claim()

    def _show_claim(self) -> None:
        claim = self.current_claim()
        has = claim is not None
        for w in (self.status_box, self.evidence, self.note):
            w.setEnabled(has)
        for a in (self.reword_action, self.delete_action, *self.status_actions):
            a.setEnabled(has)
        self.evidence.clear()
        if claim is None:
            self.note.load("")
            return
        self.status_box.setCurrentIndex(list(ClaimStatus).index(claim.status))
        if not self.note.is_dirty() or self.note.property("claimId") != claim.id:
            self.note.load(claim.note)
            self.note.setProperty("claimId", claim.id)
            self.note.hub.report_problem()
        labels = {a.id: a.outlet or f"Article {a.id}" for a in self._matrix.articles}
        for (claim_id, article_id), cell in self._matrix.cells.items():
            if claim_id != claim.id:
                continue
            for link, highlight in cell.evidence:
                shown = link.value or short(highlight.exact, 50)
                entry = QListWidgetItem(
                    f"{STANCE_MARK[link.stance]} {labels.get(article_id, '')}: {shown}"
                )
                entry.setData(ID_ROLE, highlight.id)
                entry.setToolTip(f"{link.stance.value}\n“{highlight.exact}”")
                self.evidence.addItem(entry)

    def set_highlight(self, highlight_id: int | None) -> None:
        self.highlight_id = highlight_id

    def _selected_highlight(self) -> Highlight | None:
        highlight = self._highlight()
        if highlight is None:
            self._status("Select a highlight first")
        return highlight

    def new_claim(self) -> None:
        """A new claim from the selected highlight: its text as the statement, linked to it."""
        highlight = self._selected_highlight()
        if highlight is None:
            return
        request = LinkDialog.ask([], highlight.exact, self.ctx.window)
        if request is None or not request.statement:
            return
        command = CreateClaimCommand(
            self.ctx.project, request.statement, highlight.id, request.stance, request.value
        )
        if self._push(command) and command.claim_id is not None:
            self.refresh()
            self.select_claim(command.claim_id)

    def link_highlight(self) -> None:
        """Tie the selected highlight to a claim (existing or new) with stance and value."""
        highlight = self._selected_highlight()
        if highlight is None:
            return
        claims = list(self._claims.values())
        current = self.current_claim()
        existing = {e.claim_id: e for e in highlight.evidence}
        link = existing.get(current.id) if current is not None else None
        request = LinkDialog.ask(
            claims,
            highlight.exact,
            self.ctx.window,
            claim_id=current.id if current is not None else None,
            stance=link.stance if link is not None else Stance.SUPPORTS,
            value=link.value if link is not None else None,
        )
        if request is None:
            return
        if request.claim_id is None:
            command: AnnotationCommand = CreateClaimCommand(
                self.ctx.project, request.statement, highlight.id, request.stance, request.value
            )
        else:
            command = LinkEvidenceCommand(
                self.ctx.project, highlight.id, request.claim_id, request.stance, request.value
            )
        if self._push(command):
            claim_id = getattr(command, "claim_id", None)
            if claim_id is not None:
                self.refresh()
                self.select_claim(claim_id)

    def unlink(self) -> None:
        """Untie the selected evidence (or else the selected highlight) from the claim."""
        claim = self.current_claim()
        if claim is None:
            return
        entry = self.evidence.currentItem()
        highlight_id = entry.data(ID_ROLE) if entry is not None else self.highlight_id
        if highlight_id is None:
            self._status("Select the evidence to unlink")
            return
        linked = any(
            h.id == highlight_id
            for (c, _), cell in self._matrix.cells.items()
            if c == claim.id
            for _, h in cell.evidence
        )
        if not linked:
            self._status("That highlight is not linked to this claim")
            return
        self._push(UnlinkEvidenceCommand(self.ctx.project, highlight_id, claim.id))

    def set_status(self, status: ClaimStatus) -> None:
        claim = self.current_claim()
        if claim is not None and claim.status != status:
            self._push(UpdateClaimCommand(self.ctx.project, claim.id, status=status))

    def _on_status_chosen(self, index: int) -> None:
        self.set_status(ClaimStatus(self.status_box.itemData(index)))

    def reword_claim(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        text, ok = QInputDialog.getText(self, "Reword claim", "Statement:", text=claim.statement)
        if ok and text.strip() and text.strip() != claim.statement:
            self._push(UpdateClaimCommand(self.ctx.project, claim.id, statement=text.strip()))

    def delete_claim(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        if self.evidence.count():
            answer = QMessageBox.question(
                self,
                "Delete claim",
                f"'{short(claim.statement)}' has {self.evidence.count()} piece(s) of evidence. "
                "Delete it anyway?\n(The highlights stay; Undo brings the claim back.)",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._push(DeleteClaimCommand(self.ctx.project, claim.id))

    def _save_note(self, text: str) -> None:
        claim_id = self.note.property("claimId")
        if claim_id is None:
            return
        try:
            claim = self.ctx.project.get_claim(int(claim_id))
        except NotFound:
            return
        if claim.note != text:
            self._push(UpdateClaimCommand(self.ctx.project, claim.id, note=text))

    def _add_word(self, word: str) -> None:
        self._push(AddWordCommand(self.ctx.project, word))

    def _show_evidence(self, entry: QListWidgetItem) -> None:
        try:
            highlight = self.ctx.project.get_highlight(entry.data(ID_ROLE))
        except NotFound:
            return
        self.ctx.bus.highlightSelected.emit(highlight.id)
        self.ctx.bus.passageRequested.emit(highlight.article_id, highlight.start, highlight.end)
