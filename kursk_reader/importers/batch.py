"""Importing many files into a project, each in its own transaction, with progress.

A file that cannot be read, or whose text is already in the project, is reported and the
batch goes on. Near-duplicates (the same wire copy) are stored, linked to the article they
repeat, and noted in the report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kursk_reader.core.errors import KurskError
from kursk_reader.core.models import ArticleInfo, NewArticle
from kursk_reader.importers.duplicates import ShingleIndex, shingles
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
        if self.notes:
            text += f", {len(self.notes)} note{'s' if len(self.notes) != 1 else ''}"
        return text + (" (cancelled)" if self.cancelled else "")


class ArticleImporter:
    """Adds articles to one project, checking each against what is there for near-duplicates."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._index: ShingleIndex | None = None

    def _loaded_index(self) -> ShingleIndex:
        if self._index is None:
            index = ShingleIndex()
            for info in self.project.list_articles():
                index.add(info.id, self.project.get_article(info.id).text)
            self._index = index
        return self._index

    def add(self, new: NewArticle, report: ImportReport) -> ArticleInfo:
        """Store `new` (raises ImportRefused for identical text); notes a near-duplicate."""
        index = self._loaded_index()
        sig = shingles(new.text)
        similar_id, score = index.near_duplicate_of(new.text, sig)
        info = self.project.add_article(new, near_duplicate_of=similar_id or None)
        if similar_id:
            other = self.project.article_info(similar_id)
            report.notes.append(
                f"{new.source_file or info.label}: nearly the same text ({score:.0%} of "
                f"5-word phrases shared) as article {similar_id} "
                f"({other.title or other.source_file}); imported as article {info.id}"
            )
        index.add(info.id, new.text, sig)
        report.imported.append(info)
        return info


def import_files(
    project: Project,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import each file on its own; a failure is reported and the batch goes on."""
    files = [Path(p) for p in paths]
    report = ImportReport()
    importer = ArticleImporter(project)
    for n, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(n, len(files), str(path))
        try:
            importer.add(read_article(path), report)
        except KurskError as e:
            report.failed.append((str(path), e.message))
    if progress is not None:
        progress(len(files), len(files), "")
    return report


def import_text(project: Project, text: str, name: str = "Pasted text") -> ImportReport:
    """Import pasted text as one article (the clipboard path), with the same checks."""
    from kursk_reader.importers.reader import read_text

    report = ImportReport()
    try:
        ArticleImporter(project).add(read_text(text, name), report)
    except KurskError as e:
        report.failed.append((name, e.message))
    return report
