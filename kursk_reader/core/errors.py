"""Errors a user is shown: each names the file (when there is one) and says what is wrong."""

from __future__ import annotations

from pathlib import Path


class KurskError(Exception):
    """An error with a message fit for a user; `path` is the file it concerns, if any."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ProjectError(KurskError):
    """A project file cannot be opened or written as asked."""


class ReadOnlyProjectError(ProjectError):
    """A write was asked of a project opened read-only."""


class ImportRefused(KurskError):
    """A file was not imported; nothing of it was stored."""


class NotFound(KurskError):
    """An id that does not exist in the project."""
