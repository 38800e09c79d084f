"""The PDF report, read back with poppler's pdftotext, pdffonts and pdfinfo."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from kursk_reader.export.build import ExportRequest, export
from kursk_reader.services.report import ReportScope


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("page_size,points", [("A4", "595 x 842"), ("Letter", "612 x 792")])
def test_sample_pdf_pages_fonts_and_text(sample_project, out_dir, page_size, points):
    out = out_dir / "report.pdf"
    report = export(sample_project, ExportRequest("pdf", out, page_size=page_size))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert points in info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 2
    per_page = pdf_text(out).split("\f")[:pages]
    for n, page in enumerate(per_page, start=1):
        flat_page = " ".join(page.split())
        assert flat_page.startswith(report.title)  # the running header
        assert f"Page {n} of {pages}" in flat_page
    flat = " ".join(" ".join(per_page).split())
    for section in ("Articles", "Claim matrix", "Highlights by article", "Tag codebook"):
        assert section in flat
    for claim in sample_project.claims():
        assert claim.statement in flat
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout
    rows = fonts.splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), row


def test_cyrillic_and_hostile_text_in_pdf(hostile_project, out_dir):
    out = out_dir / "hostile.pdf"
    export(hostile_project, ExportRequest("pdf", out, scope=ReportScope(article_ids=(1,))))
    flat = " ".join(pdf_text(out).split())
    assert "Москва сообщила" in flat
    assert "Заметка: столица" in flat
    assert "<img src=x onerror=alert(1)>" in flat
    assert "Plain" not in flat  # article 2 is out of scope


def test_bad_page_size_is_refused(sample_project, out_dir):
    from kursk_reader.core.errors import KurskError

    with pytest.raises(KurskError, match="page size"):
        export(sample_project, ExportRequest("pdf", out_dir / "x.pdf", page_size="A3"))
    assert not list(out_dir.iterdir())
