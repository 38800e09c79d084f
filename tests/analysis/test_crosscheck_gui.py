"""The Cross-check dock driven as a user would: findings appear after the background run,
one click makes a claim with evidence (undoable), dismissing is remembered per project, and
a selection marks the most similar passages elsewhere."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from kursk_reader.core.models import NewArticle
from kursk_reader.gui.bus import GuiBus
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.crosscheck_actions import install_crosscheck

A = (
    "Officials said about 15,000 soldiers were sent to the northern front in spring. "
    "“The bridge will be rebuilt before the winter floods arrive,” Governor Ivan Petrenko said."
)
B = (
    "Around 12,000 soldiers were sent to the northern front, the ministry said. "
    "Ivan Petrenko said: the bridge is going to be rebuilt before winter floods arrive.\n"
    "According to Reuters, the convoy left on Tuesday."
)


def make_ui(qtbot, project):
    window = QMainWindow()
    qtbot.addWidget(window)
    bus = GuiBus()
    bus.attach(project)
    ctx = GuiContext(project, bus, QUndoStack(window), window)
    controller = install_crosscheck(ctx)
    window.show()
    return ctx, controller


def test_findings_claim_undo_and_dismiss(qtbot, project):
    a = project.add_article(NewArticle(text=A, title="A", outlet="One"))
    b = project.add_article(NewArticle(text=B, title="B", outlet="Two"))
    ctx, cc = make_ui(qtbot, project)
    with qtbot.waitSignal(cc.finished, timeout=10000):
        pass
    shown = cc.panel.findings_shown()
    figures = [f for f in shown if f.kind == "discrepancy"]
    assert len(figures) == 1
    assert {p.value for p in figures[0].passages} == {"about 15,000", "Around 12,000"}
    assert any(f.kind == "attribution" and "Reuters" in f.title for f in shown)
    assert cc.panel.status.text().startswith("1 figure, ")  # one, not "1 figures"

    with qtbot.waitSignal(ctx.bus.passageRequested) as jumped:
        cc.panel.select_finding(figures[0].key)
        cc.panel._activated(cc.panel.tree.currentItem())
    assert jumped.args[0] in (a.id, b.id)

    cc.panel.select_finding(figures[0].key)
    cc.panel.claim_button.click()
    claims = project.claims()
    assert len(claims) == 1
    values = sorted(e.value for h in project.highlights() for e in h.evidence)
    assert values == ["Around 12,000", "about 15,000"]
    ctx.undo_stack.undo()
    assert project.claims() == [] and project.highlights() == []
    ctx.undo_stack.redo()
    assert len(project.claims()) == 1 and len(project.highlights()) == 2

    cc.panel.select_finding(figures[0].key)
    cc.panel.dismiss_button.click()
    assert figures[0].key in project.dismissed_findings()
    assert figures[0].key not in {f.key for f in cc.panel.findings_shown()}
    assert cc.panel.status.text().startswith("0 figures, ")
    assert cc.panel.status.text().endswith(" · 1 dismissed")
    ctx.undo_stack.undo()
    assert figures[0].key not in project.dismissed_findings()


def test_rerun_when_articles_added_and_alignment(qtbot, project):
    project.add_article(NewArticle(text=A, title="A", outlet="One"))
    ctx, cc = make_ui(qtbot, project)
    with qtbot.waitSignal(cc.finished, timeout=10000):
        pass
    assert not [f for f in cc.panel.findings_shown() if f.kind == "discrepancy"]
    with qtbot.waitSignal(cc.finished, timeout=10000):
        b = project.add_article(NewArticle(text=B, title="B", outlet="Two"))
    assert [f for f in cc.panel.findings_shown() if f.kind == "discrepancy"]

    start = A.index("The bridge")
    with qtbot.waitSignal(ctx.bus.alignedPassages) as aligned:
        ctx.bus.selectionChanged.emit(1, start, start + 60)
    passages = aligned.args[0]
    assert passages and passages[0][0] == b.id
    assert "bridge" in B[passages[0][1] : passages[0][2]]
