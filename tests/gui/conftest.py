"""What the dock tests share: a bare main window with the annotation docks on a project."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from kursk_reader.gui.bus import GuiBus
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.docks import AnnotationDocks, install_docks


def make_ui(qtbot, project) -> tuple[GuiContext, AnnotationDocks]:
    """A shown QMainWindow with the tags, claims, matrix and note docks on `project`."""
    window = QMainWindow()
    qtbot.addWidget(window)
    bus = GuiBus()
    bus.attach(project)
    ctx = GuiContext(project, bus, QUndoStack(window), window)
    docks = install_docks(ctx)
    window.show()
    return ctx, docks


@pytest.fixture
def ui(qtbot, sample_project):
    """The docks on the sample project; the bus stops listening after the test."""
    ctx, docks = make_ui(qtbot, sample_project)
    yield ctx, docks
    ctx.bus.detach()
