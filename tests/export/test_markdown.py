"""The Markdown report, read back by a real CommonMark parser with GFM tables."""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.token import Token

from kursk_reader.core.models import NewArticle
from kursk_reader.export.markdown import escape, render_markdown
from kursk_reader.services.report import ReportScope, build_report


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def flat(tokens: list[Token]) -> list[Token]:
    out = []
    for t in tokens:
        out.append(t)
        if t.children:
            out.extend(flat(t.children))
    return out


def github_slug(text: str) -> str:
    """GitHub's anchor rule, written independently of the exporter's."""
    text = text.lower()
    text = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LNM")
    return text.replace(" ", "-")


def anchors(tokens: list[Token]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, t in enumerate(tokens):
        if t.type == "heading_open":
            text = "".join(
                c.content for c in tokens[i + 1].children or [] if c.type in ("text", "code_inline")
            )
            base = github_slug(text)
            slug = base
            while slug in seen:
                seen[base] += 1
                slug = f"{base}-{seen[base]}"
            seen[slug] = 0
            out.append(slug)
    return out


def check_document(md: str) -> list[Token]:
    tokens = parser().parse(md)
    every = flat(tokens)
    kinds = {t.type for t in every}
    assert not kinds & {
        "html_inline",
        "html_block",
        "image",
        "code_inline",
        "code_block",
        "fence",
        "em_open",
        "s_open",
        "blockquote_open",
        "hr",
    } - {"blockquote_open"}
    targets = set(anchors(tokens))
    links = [t.attrs["href"] for t in every if t.type == "link_open"]
    assert links
    for href in links:
        assert str(href).startswith("#"), href
        assert str(href)[1:] in targets, href
    # Every table row has as many cells as the header.
    width = None
    for t in tokens:
        if t.type == "table_open":
            width, cells = None, 0
        elif t.type in ("th_open", "td_open"):
            cells += 1
        elif t.type == "tr_open":
            cells = 0
        elif t.type == "tr_close":
            width = cells if width is None else width
            assert cells == width
    return tokens


def test_hostile_text_stays_text(hostile_project):
    report = build_report(hostile_project)
    md = render_markdown(report)
    tokens = check_document(md)
    every = flat(tokens)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    levels = [t.tag for t in tokens if t.type == "heading_open"]
    # Title, 5 sections (no sources finder, no orphans), 1 claim and 2 article headings.
    assert levels.count("h1") == 1
    assert levels.count("h2") == 5
    assert levels.count("h3") == 3
    assert not any("Not a heading" in h for h in headings)
    assert not [
        t for t in tokens if t.type in ("bullet_list_open", "ordered_list_open") and t.level > 6
    ]
    html = parser().render(md)
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1" in html and "&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    text = " ".join(t.content for t in every if t.type == "text")
    for literal in (
        "[x](http://evil.example)",
        "`Outlet` _one_ #1",
        "*bold*",
        "| 15,000 <x>",
        "tag|<u>x</u>",
        "Москва",
        "javascript:alert(1)",
    ):
        assert literal in text, literal


def test_sample_report_sections_and_matrix(sample_project):
    report = build_report(sample_project)
    md = render_markdown(report)
    tokens = check_document(md)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    for section in ("Articles", "Claim matrix", "Claims", "Highlights by article", "Tag codebook"):
        assert section in headings
    claims = sample_project.claims()
    for c in claims:
        assert any(c.statement in h for h in headings)
    # The matrix: a header cell per outlet that speaks to a claim, one row per claim.
    tables = [i for i, t in enumerate(tokens) if t.type == "table_open"]
    matrix_rows = 0
    for t in tokens[tables[1] :]:
        if t.type == "tr_open":
            matrix_rows += 1
        if t.type == "table_close":
            break
    assert matrix_rows == 1 + len(claims)
    every_highlight = sample_project.highlights()
    every = flat(tokens)
    strong = {every[i + 1].content for i, t in enumerate(every) if t.type == "strong_open"}
    for h in every_highlight:
        assert " ".join(h.exact.split()) in strong


def test_scope_by_tag_keeps_only_tagged_highlights(sample_project):
    tag = sample_project.tags()[0]
    report = build_report(sample_project, ReportScope(tag_names=(tag.name,)))
    tagged = [h for h in sample_project.highlights() if tag.id in h.tag_ids]
    assert report.highlight_count == len(tagged) > 0
    assert all(tag.name in [t.name for t in h.tags] for a in report.articles for h in a.highlights)
    check_document(render_markdown(report))


def test_escape_neutralises_line_markers():
    md = parser()
    for raw in (
        "- item",
        "+ item",
        "1. item",
        "2) item",
        "# h",
        "> q",
        "=== ",
        "    code",
        "***",
        "<div>",
        "&copy;",
    ):
        tokens = flat(md.parse(escape(raw)))
        kinds = {t.type for t in tokens}
        assert kinds <= {"paragraph_open", "paragraph_close", "inline", "text"}, (raw, kinds)
        assert re.sub(r"\s+", " ", raw.strip()) == "".join(
            t.content for t in tokens if t.type == "text"
        )


def test_article_headings_name_the_outlet_only_when_known(project):
    project.add_article(NewArticle(text="One. Two.", title="Troops arrive", outlet="Daily Bugle"))
    project.add_article(NewArticle(text="Three. Four.", title="Generals leave"))
    untitled = project.add_article(NewArticle(text="Five. Six."))
    tokens = check_document(render_markdown(build_report(project)))
    headings = [
        "".join(c.content for c in tokens[i + 1].children or [])
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    assert "1. Daily Bugle: Troops arrive" in headings
    assert "2. Generals leave" in headings
    assert f"3. Article {untitled.id}" in headings
    assert not any("Unknown" in h for h in headings)
