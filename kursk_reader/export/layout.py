"""Wording and layout choices the Markdown and PDF reports share, so they say the same things."""

from __future__ import annotations

from kursk_reader.core.models import Stance
from kursk_reader.services.report import MatrixCell, Report, ReportHighlight

SECTION_TITLES = {
    "articles": "Articles",
    "matrix": "Claim matrix",
    "claims": "Claims",
    "highlights": "Highlights by article",
    "codebook": "Tag codebook",
    "sources": "Sources cited",
    "orphans": "Orphaned highlights",
}


def section_keys(report: Report) -> list[str]:
    """The report's sections in order (keys of SECTION_TITLES); empty optional ones left out."""
    keys = ["articles"]
    if report.claims:
        keys += ["matrix", "claims"]
    keys += ["highlights", "codebook"]
    if report.sources is not None:
        keys.append("sources")
    if report.orphans:
        keys.append("orphans")
    return keys


MATRIX_WIDE_MAX = 6
"""Up to this many outlets the matrix has one column per outlet; beyond, one row per
(claim, outlet), because a page cannot hold dozens of readable columns."""

_STANCE_WORDS = {
    Stance.SUPPORTS: "supports",
    Stance.CONTRADICTS: "contradicts",
    Stance.MENTIONS: "mentions",
}


def stance_text(stance: Stance) -> str:
    return _STANCE_WORDS.get(stance, str(stance))


def cell_text(cell: MatrixCell | None) -> str:
    """A matrix cell in words: the values, then the stances in brackets; a dash when empty."""
    if cell is None:
        return "—"
    stances = ", ".join(stance_text(s) for s in cell.stances)
    values = "; ".join(cell.values)
    return f"{values} ({stances})" if values else f"({stances})"


def conflict_legend() -> str:
    return (
        "⚠ marks a claim the outlets disagree on: they give different values, "
        "or one supports it while another contradicts it."
    )


def highlight_meta(h: ReportHighlight) -> str:
    """Colour and tags of a highlight, as one line."""
    parts = [f"colour {h.colour}"]
    if h.tags:
        parts.append("tags: " + ", ".join(t.name for t in h.tags))
    else:
        parts.append("no tags")
    return " · ".join(parts)
