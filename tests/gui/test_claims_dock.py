"""Claims, evidence links and the claim matrix, driven through the docks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kursk_reader.core.models import ClaimStatus, NewArticle, Stance
from kursk_reader.gui.claim_matrix import AGREES, DIFFERS
from kursk_reader.gui.link_dialog import LinkDialog, LinkRequest, guess_value
from tests.gui.conftest import make_ui


@pytest.fixture
def two_reports(project):
    """Two outlets giving different troop figures, nothing annotated yet."""
    a = project.add_article(
        NewArticle(
            text="Officials said about 15,000 soldiers were sent east in spring.",
            title="Troops sent",
            outlet="Daily One",
        )
    )
    b = project.add_article(
        NewArticle(
            text="Emoji 🎖 first. Around 12,000 soldiers went, a source said.",
            title="Soldiers went",
            outlet="Weekly Two",
        )
    )
    return project, a, b


def answer_dialog(monkeypatch, request):
    asked = []

    def ask(cls, claims, quote, parent=None, claim_id=None, stance=Stance.SUPPORTS, value=None):
        asked.append((tuple(c.id for c in claims), quote, claim_id))
        return request(quote) if callable(request) else request

    monkeypatch.setattr(LinkDialog, "ask", classmethod(ask))
    return asked


def highlight_phrase(project, info, phrase):
    text = project.get_article(info.id).text
    start = text.index(phrase)
    return project.add_highlight(info.id, start, start + len(phrase))


def matrix_index(docks, claim_id, article_id):
    model = docks.matrix.model
    row = [c.id for c in model.matrix.claims].index(claim_id)
    col = [a.id for a in model.matrix.articles].index(article_id)
    return model.index(row, col)


def test_claim_from_highlight_then_link_second_outlet_shows_conflict(
    two_reports, qtbot, monkeypatch
):
    project, a, b = two_reports
    ctx, docks = make_ui(qtbot, project)
    first = highlight_phrase(project, a, "about 15,000 soldiers")
    second = highlight_phrase(project, b, "Around 12,000 soldiers")

    ctx.bus.highlightSelected.emit(first.id)
    asked = answer_dialog(
        monkeypatch,
        lambda quote: LinkRequest(None, "troops deployed", Stance.SUPPORTS, guess_value(quote)),
    )
    docks.claims.new_action.trigger()
    assert asked[0][1] == "about 15,000 soldiers"
    (claim,) = project.claims()
    assert claim.statement == "troops deployed"
    assert ctx.undo_stack.undoText() == "New claim 'troops deployed'"
    assert project.get_highlight(first.id).evidence[0].value == "about 15,000"

    ctx.bus.highlightSelected.emit(second.id)
    answer_dialog(monkeypatch, LinkRequest(claim.id, "", Stance.SUPPORTS, "around 12,000"))
    docks.claims.link_action.trigger()
    assert ctx.undo_stack.undoText() == "Link to claim 'troops deployed'"
    assert project.get_highlight(second.id).evidence[0].value == "around 12,000"

    qtbot.waitUntil(lambda: docks.matrix.model.conflicts == {claim.id})
    model = docks.matrix.model
    cell_a = matrix_index(docks, claim.id, a.id)
    cell_b = matrix_index(docks, claim.id, b.id)
    assert "about 15,000" in model.data(cell_a) and "✓" in model.data(cell_a)
    assert "around 12,000" in model.data(cell_b)
    assert "Around 12,000 soldiers" in model.data(cell_b, Qt.ItemDataRole.ToolTipRole)
    # A tie: the leftmost outlet's version counts as the common one, the other differs.
    assert model.data(cell_a, Qt.ItemDataRole.BackgroundRole).color() == AGREES
    assert model.data(cell_b, Qt.ItemDataRole.BackgroundRole).color() == DIFFERS
    header = model.headerData(0, Qt.Orientation.Horizontal)
    assert header.startswith("Daily One\n")
    assert model.headerData(0, Qt.Orientation.Vertical).startswith("≠")

    # Undo the link: the conflict goes; redo brings it back.
    ctx.undo_stack.undo()
    assert project.get_highlight(second.id).evidence == ()
    qtbot.waitUntil(lambda: docks.matrix.model.conflicts == set())
    assert model.data(matrix_index(docks, claim.id, b.id)) is None
    ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: docks.matrix.model.conflicts == {claim.id})

    # Undo everything: no claim; redo: the same claim with its first link.
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert project.claims() == []
    qtbot.waitUntil(lambda: docks.claims.list.topLevelItemCount() == 0)
    ctx.undo_stack.redo()
    assert [c.id for c in project.claims()] == [claim.id]
    assert project.get_highlight(first.id).evidence[0].value == "about 15,000"


def test_clicking_a_cell_requests_its_passage(two_reports, qtbot):
    project, a, b = two_reports
    second = highlight_phrase(project, b, "Around 12,000 soldiers")
    claim = project.create_claim("troops deployed")
    project.link_evidence(second.id, claim.id, Stance.SUPPORTS, "around 12,000")
    ctx, docks = make_ui(qtbot, project)
    view = docks.matrix.view
    index = matrix_index(docks, claim.id, b.id)
    rect = view.visualRect(index)
    with qtbot.waitSignal(ctx.bus.passageRequested) as seen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # Code points: the emoji before the passage counts as one character.
    text = project.get_article(b.id).text
    assert seen.args == [b.id, text.index("Around"), text.index("Around") + 22]
    assert text[seen.args[1] : seen.args[2]] == "Around 12,000 soldiers"

    view.setCurrentIndex(index)
    with qtbot.waitSignal(ctx.bus.passageRequested) as seen:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen.args[0] == b.id


def test_status_reword_unlink_delete_with_undo(sample_project, qtbot, monkeypatch):
    ctx, docks = make_ui(qtbot, sample_project)
    project = sample_project
    claim = project.claims()[0]
    docks.claims.select_claim(claim.id)
    assert docks.claims.evidence.count() == len(project.highlights(claim_ids=[claim.id]))

    docks.claims.status_actions[list(ClaimStatus).index(ClaimStatus.REFUTED)].trigger()
    assert project.get_claim(claim.id).status == ClaimStatus.REFUTED
    assert ctx.undo_stack.undoText().endswith("refuted")
    ctx.undo_stack.undo()
    assert project.get_claim(claim.id).status == claim.status
    qtbot.waitUntil(lambda: docks.claims.status_box.currentData() == claim.status)

    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Troops sent to Russia", True))
    )
    qtbot.keyClick(docks.claims.list, Qt.Key.Key_F2)
    assert project.get_claim(claim.id).statement == "Troops sent to Russia"

    before = len(project.highlights(claim_ids=[claim.id]))
    qtbot.waitUntil(lambda: docks.claims.evidence.count() == before)
    docks.claims.evidence.setCurrentRow(0)
    unlinked = docks.claims.evidence.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(docks.claims.evidence, Qt.Key.Key_Delete)
    assert unlinked not in {h.id for h in project.highlights(claim_ids=[claim.id])}
    qtbot.waitUntil(lambda: docks.claims.evidence.count() == before - 1)
    ctx.undo_stack.undo()
    assert unlinked in {h.id for h in project.highlights(claim_ids=[claim.id])}

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    qtbot.waitUntil(lambda: docks.claims.evidence.count() == before)
    docks.claims.delete_action.trigger()
    assert claim.id not in {c.id for c in project.claims()}
    ctx.undo_stack.undo()
    assert len(project.highlights(claim_ids=[claim.id])) == before


def test_claim_note_saves_on_focus_out_as_one_step(sample_project, qtbot):
    ctx, docks = make_ui(qtbot, sample_project)
    claim = sample_project.claims()[2]
    docks.claims.select_claim(claim.id)
    note = docks.claims.note
    note.setFocus()
    note.moveCursor(note.textCursor().MoveOperation.End)
    qtbot.keyClicks(note, " Checked twice.")
    assert sample_project.get_claim(claim.id).note == claim.note
    docks.claims.list.setFocus()
    note.flush()
    assert sample_project.get_claim(claim.id).note == claim.note + " Checked twice."
    ctx.undo_stack.undo()
    assert sample_project.get_claim(claim.id).note == claim.note
    qtbot.waitUntil(lambda: note.toPlainText() == claim.note)


def test_link_dialog_returns_choice_and_writes_nothing(sample_project, qtbot):
    claims = sample_project.claims()
    dialog = LinkDialog(claims, "around 12,000 troops", None, claim_id=claims[1].id)
    qtbot.addWidget(dialog)
    assert dialog.value.text() == "around 12,000"
    assert not dialog.statement.isEnabled()
    dialog.stance_box.setCurrentIndex(dialog.stance_box.findData(Stance.CONTRADICTS))
    request = dialog.request()
    assert request == LinkRequest(
        claims[1].id, "around 12,000 troops", Stance.CONTRADICTS, "around 12,000"
    )
    dialog.claim_box.setCurrentIndex(0)
    dialog.statement.clear()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert len(sample_project.claims()) == len(claims)


def test_matrix_of_the_sample_marks_its_disputes(sample_project, qtbot):
    ctx, docks = make_ui(qtbot, sample_project)
    model = docks.matrix.model
    by_statement = {c.statement: c.id for c in model.matrix.claims}
    troops = by_statement["North Korean troops deployed to Russia"]
    assert troops in model.conflicts
    row = [c.id for c in model.matrix.claims].index(troops)
    backgrounds = [
        model.data(model.index(row, col), Qt.ItemDataRole.BackgroundRole)
        for col in range(model.columnCount())
    ]
    differing = [b for b in backgrounds if b is not None and b.color() == DIFFERS]
    agreeing = [b for b in backgrounds if b is not None and b.color() == AGREES]
    assert len(differing) == 1 and len(agreeing) == 3
