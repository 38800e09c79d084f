"""Importing many files into a project, each in its own transaction, with progress."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kursk_reader.core.errors import KurskError
from kursk_reader.core.models import ArticleInfo
from kursk_reader.importers.reader import read_article
from kursk_reader.services import Project

Progress = Callable[[int, int, str], None]
"""Called with (files done, files in all, the file now being read)."""


@dataclass
class ImportReport:
    imported: list[ArticleInfo] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(file, what went wrong) for each file not imported."""
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        text = f"{len(self.imported)} imported, {len(self.failed)} failed"
        return text + (" (cancelled)" if self.cancelled else "")


def import_files(
    project: Project,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import each file on its own; a failure is reported and the batch goes on."""
    files = [Path(p) for p in paths]
    report = ImportReport()
    for n, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(n, len(files), str(path))
        try:
            article = read_article(path)
            report.imported.append(project.add_article(article))
        except KurskError as e:
            report.failed.append((str(path), e.message))
    if progress is not None:
        progress(len(files), len(files), "")
    return report
