"""Wires the cross-check into the window: the dock, the background analysis (texts read
through services in the GUI thread, pure analysis in a child process watched from a pool
thread, results back by signal), the sources it found kept in the project for reports,
re-runs when articles change, undoable "make claim" and "dismiss", and passage alignment
(a selection in one pane marks the most similar passages in the other panes)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QUndoCommand

from kursk_reader.analysis import child, stored
from kursk_reader.analysis.alignment import PassageIndex
from kursk_reader.analysis.findings import Finding, Findings
from kursk_reader.core.errors import KurskError
from kursk_reader.core.models import Change, HighlightSnapshot, Stance
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.crosscheck_panel import CrossCheckPanel
from kursk_reader.services import Project
from kursk_reader.services.tags_claims import ClaimSnapshot

RERUN_DELAY_MS = 600
"""Wait this long after the last article change before analysing again (imports come in bursts)."""
CLAIM_COLOUR = "#ffb74d"


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(int, object)
    failed = Signal(int, str)


class AnalysisJob(QRunnable):
    """Waits, off the GUI thread, for the analysis running in a child process and relays its
    messages as signals; touches no project, no widget."""

    def __init__(
        self, generation: int, texts: dict[int, str], debris: dict[int, Sequence[tuple[int, int]]]
    ) -> None:
        super().__init__()
        self.generation = generation
        self.process, self.messages = child.start(texts, debris)
        self.signals = _Signals()

    def run(self) -> None:
        try:
            while True:
                message = self.messages.recv()  # blocks without holding the interpreter lock
                if message[0] == "progress":
                    _emit(self.signals.progress, *message[1:])
                elif message[0] == "done":
                    _emit(self.signals.done, self.generation, message[1])
                    return
                else:
                    _emit(self.signals.failed, self.generation, message[1])
                    return
        except (EOFError, OSError):  # the child was stopped (a newer run, or the window closed)
            _emit(self.signals.failed, self.generation, "the analysis stopped")
        finally:
            self.messages.close()
            self.process.join(timeout=5)

    def stop(self) -> None:
        """End the child if it still runs (its results are no longer wanted)."""
        if self.process.is_alive():
            self.process.terminate()


def _emit(signal: SignalInstance, *args: object) -> None:
    """Emit from the worker; when the window closed mid-analysis there is no one to tell."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        pass


class FindingToClaimCommand(QUndoCommand):
    """Create a claim from a finding: a highlight per passage tied to it as evidence with the
    passage's value. Undo deletes them (keeping snapshots); redo restores the same ids."""

    def __init__(self, project: Project, finding: Finding) -> None:
        super().__init__(f"Claim from cross-check: {finding.title[:40]}")
        self.project = project
        self.finding = finding
        self.claim_id: int | None = None
        self.highlight_ids: list[int] = []
        self._claim_snap: ClaimSnapshot | None = None
        self._highlight_snaps: list[HighlightSnapshot] = []

    def redo(self) -> None:
        if self._claim_snap is not None:
            self.project.restore_claim(self._claim_snap)
            for snap in self._highlight_snaps:
                self.project.restore_highlight(snap)
            return
        claim = self.project.create_claim(
            self.finding.title, note=f"From the cross-check ({self.finding.kind})."
        )
        self.claim_id = claim.id
        for p in self.finding.passages:
            h = self.project.add_highlight(p.article_id, p.start, p.end, CLAIM_COLOUR)
            self.highlight_ids.append(h.id)
            self.project.link_evidence(h.id, claim.id, Stance.MENTIONS, p.value)

    def undo(self) -> None:
        self._highlight_snaps = [
            self.project.delete_highlight(h) for h in reversed(self.highlight_ids)
        ]
        self._highlight_snaps.reverse()
        if self.claim_id is not None:
            self._claim_snap = self.project.delete_claim(self.claim_id)


class DismissFindingCommand(QUndoCommand):
    """Hide a finding in this project (or show it again); undo does the opposite."""

    def __init__(self, project: Project, finding: Finding, dismiss: bool = True) -> None:
        super().__init__(
            ("Dismiss" if dismiss else "Show again") + f" finding: {finding.title[:40]}"
        )
        self.project, self.finding, self.dismiss = project, finding, dismiss

    def _set(self, dismissed: bool) -> None:
        if dismissed:
            self.project.dismiss_finding(self.finding.key, self.finding.kind)
        else:
            self.project.undismiss_finding(self.finding.key)

    def redo(self) -> None:
        self._set(self.dismiss)

    def undo(self) -> None:
        self._set(not self.dismiss)


class CrossCheck(QObject):
    """The controller behind the dock; one per window."""

    finished = Signal()

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.panel = CrossCheckPanel(ctx.window)
        self.findings: Findings | None = None
        self._generation = 0
        self._job: AnalysisJob | None = None
        self._index: PassageIndex | None = None
        self._texts: dict[int, str] = {}
        self._fingerprint = ""  # what the running analysis reads (`analysis.stored`)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RERUN_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.panel.runRequested.connect(self.run)
        self.panel.passageRequested.connect(ctx.bus.passageRequested)
        self.panel.claimRequested.connect(self.make_claim)
        self.panel.dismissRequested.connect(
            lambda f: self._push(DismissFindingCommand(ctx.project, f, True))
        )
        self.panel.restoreRequested.connect(
            lambda f: self._push(DismissFindingCommand(ctx.project, f, False))
        )
        self.panel.graph.articleClicked.connect(
            lambda aid: ctx.bus.passageRequested.emit(aid, 0, 0)
        )
        self.panel.graph.sourceClicked.connect(self._show_source)
        ctx.bus.changed.connect(self._on_change)
        ctx.bus.selectionChanged.connect(self.align)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """End a running analysis (quitting should not wait for it)."""
        if self._job is not None:
            self._job.stop()

    def run(self) -> None:
        """Read the texts (short service calls) and analyse them in a child process."""
        self._generation += 1
        texts: dict[int, str] = {}
        debris: dict[int, Sequence[tuple[int, int]]] = {}
        for info in self.ctx.project.list_articles():
            article = self.ctx.project.get_article(info.id)
            texts[info.id] = article.text
            debris[info.id] = article.debris
        self._texts = texts
        self._fingerprint = stored.fingerprint_of(texts, debris)
        self._index = None
        self.panel.set_running(True)
        if self._job is not None:
            self._job.stop()
        job = AnalysisJob(self._generation, texts, debris)
        job.signals.progress.connect(self.panel.set_progress, Qt.ConnectionType.QueuedConnection)
        job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._job = job
        QThreadPool.globalInstance().start(job)

    def _done(self, generation: int, findings: Findings) -> None:
        if generation != self._generation:
            return  # a newer run is under way
        self.findings = findings
        stored.keep(self.ctx.project, self._fingerprint, findings.attributions)  # for reports
        labels = {i.id: i.label for i in self.ctx.project.list_articles()}
        self.panel.set_findings(findings, labels, self.ctx.project.dismissed_findings())
        self.finished.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.panel.set_running(False)
            self.panel.status.setText(f"Cross-check failed: {message}")

    def _on_change(self, change: Change) -> None:
        if change.kind == "article":
            self._timer.start()
        elif change.kind == "finding":
            self.panel.set_dismissed(self.ctx.project.dismissed_findings())

    def _push(self, command: QUndoCommand) -> None:
        try:
            self.ctx.undo_stack.push(command)
        except KurskError as e:
            self.panel.status.setText(str(e))

    def make_claim(self, finding: Finding) -> None:
        self._push(FindingToClaimCommand(self.ctx.project, finding))

    def show_graph(self) -> None:
        self.panel.show()
        self.panel.raise_()
        self.panel.tabs.setCurrentIndex(1)

    def _show_source(self, source: str) -> None:
        self.panel.tabs.setCurrentIndex(0)
        self.panel.select_finding("attribution:" + source.casefold())

    def align(self, article_id: int, start: int, end: int) -> None:
        """Mark, in the other panes, the passages most like the selected one."""
        if end - start < 12:
            return
        if not self._texts:
            self._texts = {
                i.id: self.ctx.project.get_article(i.id).text
                for i in self.ctx.project.list_articles()
            }
        if self._index is None:
            self._index = PassageIndex(self._texts)
        panes = getattr(self.ctx.window, "panes", None)
        shown = panes.article_ids() if panes is not None and hasattr(panes, "article_ids") else None
        others = None if shown is None else [a for a in shown if a is not None]
        passages = self._index.align(article_id, start, end, others)
        self.ctx.bus.alignedPassages.emit([(p.article_id, p.start, p.end) for p in passages])


def install_crosscheck(ctx: GuiContext) -> CrossCheck:
    """Add the Cross-check dock, its View and Tools menu actions, and run it once."""
    controller = CrossCheck(ctx)
    window = ctx.window
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, controller.panel)
    menu = getattr(window, "menu", None)
    if callable(menu):
        menu("View").addAction(controller.panel.toggleViewAction())
        tools = menu("Tools")
        run_action = tools.addAction("Run cross-check")
        run_action.triggered.connect(controller.run)
        graph_action = tools.addAction("Sources graph")
        graph_action.triggered.connect(controller.show_graph)
    window.crosscheck = controller  # type: ignore[attr-defined]
    QTimer.singleShot(0, controller.run)
    return controller
