"""The report as the HTML subset Qt's QTextDocument lays out, for the PDF exporter.

Same sections and wording as the Markdown report (see `layout`). Everything from the project
goes through `html.escape`. No Qt here: `pdf` turns this into pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from kursk_reader.export.layout import (
    MATRIX_WIDE_MAX,
    SECTION_TITLES,
    cell_text,
    conflict_legend,
    highlight_meta,
    section_keys,
    stance_text,
)
from kursk_reader.services.report import Report, ReportArticle, ReportHighlight

SOURCES_GRAPH_URL = "kr-image://sources-graph"
"""Where the PDF exporter puts the drawn picture of who cites whom."""

Progress = Callable[[int, int], None]

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

STYLE = """
body { color: #1f2328; }
h1 { font-size: 20pt; margin-bottom: 4px; }
h2 { font-size: 15pt; margin-top: 18px; margin-bottom: 6px; color: #17324d; }
h3 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; color: #17324d; }
p { margin-top: 2px; margin-bottom: 4px; }
.meta { color: #57606a; font-size: 8.5pt; }
.quote { margin-left: 14px; }
.note { margin-left: 14px; font-style: italic; }
.conflict { color: #b42318; font-weight: bold; }
th { background-color: #e8edf3; font-weight: bold; text-align: left; }
.small { font-size: 8.5pt; }
"""


def safe_colour(colour: str, fallback: str = "#ffd54f") -> str:
    """A colour fit for a style attribute: only #rrggbb passes."""
    return colour if _COLOUR.match(colour or "") else fallback


ARTICLES_PER_CHUNK = 20
TABLE_ROWS_PER_CHUNK = 150
"""The PDF exporter lays out the report in pieces of about this size, one after another on
the same pages: Qt's per-page drawing of one huge document grows faster than linearly."""

GRAPH_MAX_ARTICLES = 24
GRAPH_MAX_SOURCES = 30
"""The sources picture stays readable: at most this many articles and sources are drawn."""

HEAD = f"<html><head><style>{STYLE}</style></head><body>"
TAIL = "</body></html>"


def render_html_chunks(report: Report, progress: Progress | None = None) -> list[str]:
    """The report as consecutive HTML documents that together make the whole report."""
    w = _HtmlWriter(report, progress)
    return [HEAD + "".join(c) + TAIL for c in w.chunks if c]


class _HtmlWriter:
    def __init__(self, report: Report, progress: Progress | None) -> None:
        self.r = report
        self.progress = progress
        self.chunks: list[list[str]] = [[]]
        self.claim_heading = {c.claim.id: c.heading for c in report.claims}
        self._table_head = ""
        self._rows = 0
        self._write()

    def out(self, *parts: str) -> None:
        self.chunks[-1].extend(parts)

    def cut(self) -> None:
        """Start the next piece (see ARTICLES_PER_CHUNK)."""
        if self.chunks[-1]:
            self.chunks.append([])

    def row(self, html: str) -> None:
        """A table row; long tables are closed and reopened (header repeated) across pieces."""
        if self._rows >= TABLE_ROWS_PER_CHUNK:
            self.out("</table>")
            self.cut()
            self.out(self._table_head)
            self._rows = 0
        self.out(html)
        self._rows += 1

    def _write(self) -> None:
        r = self.r
        self.out(f"<h1>{escape(r.title or 'Report')}</h1>")
        self.out(
            f'<p class="meta">Annotated report, generated {r.generated_on.isoformat()}. '
            f"Scope: {escape(r.scope_text)}. {len(r.articles)} articles, "
            f"{r.highlight_count} highlights, {len(r.claims)} claims.</p>"
        )
        for key in section_keys(self.r):
            self.out(f'<h2><a name="{key}"></a>{escape(SECTION_TITLES[key])}</h2>')
            getattr(self, f"_{key}")()
            self.cut()

    def table(self, header: list[str], widths: list[int] | None = None) -> None:
        cells = "".join(
            f"<th{f' width={chr(34)}{widths[n]}%{chr(34)}' if widths else ''}>{h}</th>"
            for n, h in enumerate(header)
        )
        self._table_head = (
            '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
            'style="border-color:#c8d1dc; border-style:solid; border-collapse:collapse;">'
            f"<thead><tr>{cells}</tr></thead>"
        )
        self._rows = 0
        self.out(self._table_head)

    def _articles(self) -> None:
        self.table(
            ["#", "Outlet", "Title", "Author", "Published", "Language", "Source", "Highlights"],
            [3, 12, 27, 11, 11, 10, 14, 12],
        )
        for a in self.r.articles:
            i = a.info
            self.row(
                f"<tr><td>{a.number}</td><td>{escape(i.outlet)}</td><td>{escape(i.title)}</td>"
                f"<td>{escape(i.author)}</td><td>{escape(i.published)}</td><td>{escape(i.language)}</td>"
                f'<td class="small">{escape(i.url or i.source_file)}</td>'
                f'<td align="right">{len(a.highlights)}</td></tr>'
            )
        self.out("</table>")

    def _matrix(self) -> None:
        r = self.r
        self.out(f'<p class="meta">{escape(conflict_legend())}</p>')
        columns = r.matrix_article_ids
        if len(columns) <= MATRIX_WIDE_MAX:
            header = ["Claim"] + [escape(r.article(a).short_label) for a in columns]
            self.table(header)
            for c in r.claims:
                mark = ' <span class="conflict">⚠</span>' if c.conflict else ""
                cells = [f"<tr><td><b>{escape(c.heading)}</b>{mark}</td>"]
                for a in columns:
                    cell = c.cells.get(a)
                    shade = ' bgcolor="#fdecea"' if c.conflict and cell is not None else ""
                    cells.append(f"<td{shade}>{escape(cell_text(cell))}</td>")
                self.row("".join(cells) + "</tr>")
        else:
            self.table(["Claim", "Outlet", "Value", "Stance"], [40, 25, 20, 15])
            for c in r.claims:
                mark = ' <span class="conflict">⚠</span>' if c.conflict else ""
                claim = f"<b>{escape(c.heading)}</b>{mark}"
                if not c.cells:
                    self.row(f"<tr><td>{claim}</td><td>—</td><td>—</td><td>—</td></tr>")
                for article_id, cell in c.cells.items():
                    self.row(
                        f"<tr><td>{claim}</td><td>{escape(r.article(article_id).short_label)}</td>"
                        f"<td>{escape('; '.join(cell.values) or '—')}</td>"
                        f"<td>{escape(', '.join(stance_text(s) for s in cell.stances))}</td></tr>"
                    )
        self.out("</table>")

    def _claims(self) -> None:
        for c in self.r.claims:
            self.out(f'<h3><a name="claim-{c.claim.id}"></a>{escape(c.heading)}</h3>')
            status = f"<b>Status:</b> {escape(c.claim.status.value)}"
            if c.conflict:
                status += ' · <span class="conflict">⚠ the outlets disagree</span>'
            self.out(f"<p>{status}</p>")
            if c.claim.note.strip():
                self.out(f'<p class="note"><b>Note:</b> {_lines(c.claim.note)}</p>')
            if not c.entries:
                self.out("<p>No highlight in this report stands as evidence for this claim.</p>")
                continue
            for e in c.entries:
                a = self.r.article(e.highlight.article_id)
                value = f", value “{escape(e.evidence.value)}”" if e.evidence.value else ""
                orphan = " (orphaned highlight)" if e.highlight.orphan else ""
                self.out(
                    f"<p><b>{escape(a.short_label)}</b> (article {a.number}): "
                    f"{escape(stance_text(e.evidence.stance))}{value}{orphan}</p>",
                    f'<p class="quote">{_in_context(e.highlight)}</p>',
                )

    def _highlights(self) -> None:
        total = len(self.r.articles)
        for n, a in enumerate(self.r.articles, start=1):
            self._article(a)
            if n % ARTICLES_PER_CHUNK == 0:
                self.cut()
            if self.progress is not None and n % 50 == 0:
                self.progress(n, total)

    def _article(self, a: ReportArticle) -> None:
        i = a.info
        self.out(f'<h3><a name="article-{i.id}"></a>{escape(a.heading)}</h3>')
        facts = [x for x in (i.author, i.published, i.language, i.url or i.source_file) if x]
        if facts:
            self.out(f'<p class="meta">{escape(" · ".join(facts))}</p>')
        if not a.highlights:
            self.out("<p>No highlights in this report.</p>")
            return
        for n, h in enumerate(a.highlights, start=1):
            self._highlight(n, h)

    def _highlight(self, n: int, h: ReportHighlight) -> None:
        self.out(f"<p><b>{n}.</b> {_in_context(h)}</p>")
        self.out(f'<p class="quote meta">{_meta(h)}</p>')
        if h.note.strip():
            self.out(f'<p class="note"><b>Note:</b> {_lines(h.note)}</p>')
        for e in h.evidence:
            value = f", value “{escape(e.value)}”" if e.value else ""
            self.out(
                f'<p class="quote small">Evidence for <b>{escape(self.claim_heading[e.claim_id])}</b>: '
                f"{escape(stance_text(e.stance))}{value}</p>"
            )

    def _codebook(self) -> None:
        if not self.r.codebook:
            self.out("<p>No tags.</p>")
            return
        self.table(["Tag", "Colour", "Description", "Highlights"], [28, 14, 46, 12])
        for entry in self.r.codebook:
            colour = safe_colour(entry.tag.colour)
            self.row(
                f"<tr><td>{escape(entry.path)}</td>"
                f'<td><span style="background-color:{colour}">&nbsp;&nbsp;&nbsp;&nbsp;</span> '
                f"{escape(entry.tag.colour)}</td><td>{escape(entry.tag.description)}</td>"
                f'<td align="right">{entry.count}</td></tr>'
            )
        self.out("</table>")

    def _sources(self) -> None:
        sources = self.r.sources or ()
        if not sources:
            self.out("<p>No attributions (“according to …”, “… reported”) were found.</p>")
            return
        self.out(f'<p align="center"><img src="{SOURCES_GRAPH_URL}" /></p>')
        if len(sources) > GRAPH_MAX_ARTICLES:
            self.out(
                f'<p class="meta" align="center">The picture shows the first {GRAPH_MAX_ARTICLES} '
                "articles; the table lists them all.</p>"
            )
        self.table(["Article", "Sources cited (times)"], [35, 65])
        for s in sources:
            a = self.r.articles[s.article_number - 1]
            cited = "; ".join(f"{c.source} ({c.count})" for c in s.sources)
            self.row(
                f"<tr><td>{a.number}. {escape(a.short_label)}</td><td>{escape(cited)}</td></tr>"
            )
        self.out("</table>")

    def _orphans(self) -> None:
        self.out(
            "<p>These highlights could not be found in the current text of their article; "
            "they are kept with the quote they were made on.</p>"
        )
        for n, h in enumerate(self.r.orphans, start=1):
            a = self.r.article(h.article_id)
            self.out(
                f"<p><b>{n}.</b> {escape(a.short_label)} (article {a.number}): "
                f"“{escape(h.exact)}”</p>",
                f'<p class="quote meta">{_meta(h)}</p>',
            )


def _lines(text: str) -> str:
    return "<br />".join(
        escape(" ".join(line.split())) for line in text.splitlines() if line.strip()
    )


SWATCH = "&nbsp;" * 3
"""The colour chip that opens a highlight's colour/tags line (the PDF keeps that line with
the highlight above it by this opening)."""


def _meta(h: ReportHighlight) -> str:
    chips = "".join(
        f' <span style="background-color:{safe_colour(t.colour)}">&nbsp;{escape(t.name)}&nbsp;</span>'
        for t in h.tags
    )
    swatch = f'<span style="background-color:{safe_colour(h.colour)}">{SWATCH}</span> '
    text = escape(highlight_meta(h).split(" · tags:")[0].split(" · no tags")[0])
    return swatch + text + (" · tags:" + chips if chips else " · no tags")


def _in_context(h: ReportHighlight) -> str:
    if h.orphan:
        return f"“{escape(h.exact)}”"
    colour = safe_colour(h.colour)
    return (
        f'{escape(h.before)}<span style="background-color:{colour}">{escape(h.exact)}</span>'
        f"{escape(h.after)}"
    )
