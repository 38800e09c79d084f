"""One entry point for every export (the command line and the window both call it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kursk_reader.core.errors import KurskError
from kursk_reader.export.atomic import write_atomic
from kursk_reader.services import Project
from kursk_reader.services.report import FindSources, Report, ReportScope, build_report

FORMATS = ("md", "pdf", "jsonld")
PAGE_SIZES = ("A4", "Letter")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the user asked for: the export dialog returns one, the CLI builds one."""

    format: str
    output: Path
    scope: ReportScope = ReportScope()
    page_size: str = "A4"
    open_when_done: bool = False


def source_finder(project: Project) -> FindSources:
    """The report's source finder: the cross-check's kept sources while they still hold,
    else the sources found during the export (`analysis.stored`)."""
    from kursk_reader.analysis import stored  # the analysis loads only for reports with sources

    return stored.finder(project)


def check_scope(
    project: Project,
    article_ids: Sequence[int] | None,
    tag_names: Sequence[str] | None,
    claim_ids: Sequence[int] | None,
) -> ReportScope:
    """A scope whose every id and name exists in the project, else a KurskError naming it."""
    if article_ids:
        known = {a.id for a in project.list_articles()}
        missing = [str(a) for a in article_ids if a not in known]
        if missing:
            raise KurskError(f"no article {', '.join(missing)} in the project", project.path)
    if tag_names:
        known_tags = {t.name.casefold() for t in project.tags()}
        missing = [t for t in tag_names if t.casefold() not in known_tags]
        if missing:
            raise KurskError(f"no tag named {', '.join(missing)} in the project", project.path)
    if claim_ids:
        known = {c.id for c in project.claims()}
        missing = [str(c) for c in claim_ids if c not in known]
        if missing:
            raise KurskError(f"no claim {', '.join(missing)} in the project", project.path)
    return ReportScope(
        article_ids=tuple(article_ids) if article_ids else None,
        tag_names=tuple(tag_names) if tag_names else None,
        claim_ids=tuple(claim_ids) if claim_ids else None,
    )


def export(project: Project, request: ExportRequest, progress: Progress | None = None) -> Report:
    """Build the report and write it in the asked format; returns the report written."""
    if request.format not in FORMATS:
        raise KurskError(f"unknown format {request.format!r}; use md, pdf or jsonld")
    if request.page_size not in PAGE_SIZES:
        raise KurskError(f"unknown page size {request.page_size!r}; use A4 or Letter")
    finder = source_finder(project) if request.format != "jsonld" else None
    report = build_report(project, request.scope, find_sources=finder)
    if request.format == "md":
        from kursk_reader.export.markdown import render_markdown

        write_atomic(request.output, render_markdown(report, progress))
    elif request.format == "pdf":
        from kursk_reader.export.pdf import write_pdf

        write_pdf(report, request.output, request.page_size, progress)
    else:
        from kursk_reader.export.jsonld import write_jsonld

        write_jsonld(report, request.output, progress)
    return report


def default_suffix(fmt: str) -> str:
    return {"md": ".md", "pdf": ".pdf", "jsonld": ".jsonld"}[fmt]


def with_suffix(path: str | Path, fmt: str) -> Path:
    """`path`, given the format's suffix when it has none."""
    p = Path(path)
    return p if p.suffix else p.with_suffix(default_suffix(fmt))
