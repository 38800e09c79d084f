"""What every part of the window shares: the open project, the signal bus, the undo stack."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from kursk_reader.gui.bus import GuiBus

if TYPE_CHECKING:  # services load SQLAlchemy (~0.4 s); the window paints before it is needed
    from kursk_reader.services import Project


@dataclass
class GuiContext:
    project: Project
    bus: GuiBus
    undo_stack: QUndoStack
    window: QMainWindow
