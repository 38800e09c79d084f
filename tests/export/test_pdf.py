"""The PDF report, read back with poppler's pdftotext, pdffonts and pdfinfo."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from kursk_reader.core.models import NewArticle
from kursk_reader.export import pdf
from kursk_reader.export.build import ExportRequest, export
from kursk_reader.services.report import ReportScope


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
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


def page_words(path: Path) -> list[list[tuple[str, float, float]]]:
    """Every word poppler finds on each page, with its top and bottom (points from the top)."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in re.findall(r"<page .*?</page>", xml, re.S):
        words = re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', page
        )
        pages.append([(html.unescape(w), float(top), float(bottom)) for top, bottom, w in words])
    return pages


@pytest.fixture
def long_notes_project(project):
    """Thirty articles whose highlights carry notes of 10 to 150 words: paragraphs cross pages
    and headings fall at every height of a page."""
    for a in range(30):
        text = " ".join(f"Sentence {a}-{s} tells what happened." for s in range(12))
        article = project.add_article(NewArticle(text=text, title=f"Dispatch {a}"))
        for h in range(1 + a % 3):
            start = text.index(f"Sentence {a}-{h} ")
            note = " ".join(f"n{a}h{h}w{i}" for i in range(10 + 23 * ((a * 3 + h) % 7)))
            project.add_highlight(article.id, start, start + 12, note=note)
    return project


def test_each_page_holds_only_what_it_shows(long_notes_project, out_dir):
    out = out_dir / "long.pdf"
    report = export(long_notes_project, ExportRequest("pdf", out))
    pages = page_words(out)
    notes = [h.note.split() for a in report.articles for h in a.highlights]
    word_page = {w: n for n, page in enumerate(pages) for w, _, _ in page}
    # The layout really does break some note across pages ...
    assert any(word_page[note[0]] != word_page[note[-1]] for note in notes)
    # ... and no word of a note is in the PDF twice (a clipped, invisible copy).
    plain = pdf_text(out).split()
    for note in notes:
        for word in note:
            assert plain.count(word) == 1, word
    # Outside the body area there is only the running header and the page number.
    points = 72 / pdf.LAYOUT_DPI
    body_top = pdf.MARGINS_MM.top() * 72 / 25.4 + pdf.HEADER_GAP * points
    body_bottom = 842 - pdf.MARGINS_MM.bottom() * 72 / 25.4 - pdf.FOOTER_GAP * points
    for n, page in enumerate(pages, start=1):
        header = [w for w, top, _ in page if top < body_top - 0.5]
        footer = [w for w, _, bottom in page if bottom > body_bottom + 0.5]
        assert " ".join(header) == f"{report.title} Annotated report · {report.generated_on}"
        assert footer == ["Page", str(n), "of", str(len(pages))]


def test_headings_stay_with_what_follows(long_notes_project, out_dir):
    out = out_dir / "long.pdf"
    report = export(long_notes_project, ExportRequest("pdf", out))
    per_page = [" ".join(p.split()) for p in pdf_text(out).split("\f")]
    for a in report.articles:
        heading = re.compile(r"(^| )" + re.escape(a.heading) + r"( |$)")
        page = next(p for p in per_page if heading.search(p))
        first = a.highlights[0]
        assert f"1. {first.before}{first.exact}" in page, a.heading


def test_table_headers_do_not_break_inside_words(sample_project, out_dir):
    out = out_dir / "report.pdf"
    export(sample_project, ExportRequest("pdf", out))
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for n, page in enumerate(re.findall(r"<page .*?</page>", xml, re.S)):
        for x, y, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>', page):
            lines.setdefault((n, round(float(y))), []).append((float(x), html.unescape(w)))
    rows = [[w for _, w in sorted(line)] for line in lines.values()]
    for header in (
        ["#", "Outlet", "Title", "Author", "Published", "Language", "Source", "Highlights"],
        ["Tag", "Colour", "Description", "Highlights"],
    ):
        assert header in rows


@pytest.fixture
def many_short_highlights_project(project):
    """Highlights of every length, no notes: their colour lines fall at every page height."""
    for a in range(12):
        text = " ".join(f"Line {a}-{s} says what the reporter saw there." for s in range(40))
        article = project.add_article(NewArticle(text=text, title=f"Report {a}"))
        for h in range(24):
            start = text.index(f"Line {a}-{h} ")
            length = 12 + 37 * ((a * 5 + h * 3) % 11)
            project.add_highlight(article.id, start, min(len(text), start + length))
    return project


def test_colour_line_stays_with_its_highlight(many_short_highlights_project, out_dir):
    out = out_dir / "short.pdf"
    export(many_short_highlights_project, ExportRequest("pdf", out))
    points = 72 / pdf.LAYOUT_DPI
    body_top = pdf.MARGINS_MM.top() * 72 / 25.4 + pdf.HEADER_GAP * points
    opening_lines = []
    for page in page_words(out)[1:]:
        body = [(top, w) for w, top, _ in page if top >= body_top - 0.5]
        if body:
            first_top = min(top for top, _ in body)
            opening_lines.append({w for top, w in body if top < first_top + 3})
    assert len(opening_lines) > 10
    # A highlight's colour line ("colour #ffd54f · no tags") never opens a page alone.
    assert not [line for line in opening_lines if "#ffd54f" in line]
