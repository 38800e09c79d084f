"""The report as GitHub-flavoured Markdown: tables, and links between sections.

Everything that comes from articles, notes, tags or claims goes through `escape`, so no raw
HTML, link, emphasis, heading, list or table break can come from it: the characters Markdown
gives meaning to are backslash-escaped, line breaks are folded, and a line's opening marker
(list, heading, quote, setext underline) is escaped too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

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

# Characters with a meaning anywhere in a line (GFM included: | tables, ~ strikethrough).
_ALWAYS = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~&#!"})
# Markers that only mean something at the start of a line.
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+(?=[.)]))")

Progress = Callable[[int, int], None]


def escape(text: str) -> str:
    """`text` as literal Markdown on one line: whitespace folded, special characters escaped."""
    flat = " ".join(text.split())
    flat = flat.translate(_ALWAYS)
    m = _LINE_START.match(flat)
    if m is not None:
        if m.group(2)[0].isdigit():
            at = m.end()
            flat = flat[:at] + "\\" + flat[at:]
        else:
            flat = flat[: m.start(2)] + "\\" + flat[m.start(2) :]
    return flat


def escape_block(text: str, indent: str = "") -> str:
    """Multi-line user text (a note) as one paragraph, its line breaks kept as hard breaks."""
    lines = [escape(line) for line in text.splitlines() if line.strip()]
    return ("\\\n" + indent).join(lines)


def slugify(heading: str) -> str:
    """GitHub's heading anchor: lower case, punctuation and symbols dropped, spaces to hyphens."""
    kept = []
    for ch in heading.lower():
        cat = unicodedata.category(ch)
        if ch in " -_" or cat[0] in "LNM":
            kept.append(ch)
    return "".join(kept).replace(" ", "-")


class Slugger:
    """Unique anchors in document order, numbered for repeats the way GitHub numbers them."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def slug(self, heading: str) -> str:
        base = slugify(" ".join(heading.split()))
        slug = base
        while slug in self._seen:
            self._seen[base] += 1
            slug = f"{base}-{self._seen[base]}"
        self._seen[slug] = 0
        return slug


def render_markdown(report: Report, progress: Progress | None = None) -> str:
    """The whole report as one Markdown document."""
    return "".join(_MarkdownWriter(report, progress).parts)


class _MarkdownWriter:
    def __init__(self, report: Report, progress: Progress | None) -> None:
        self.r = report
        self.progress = progress
        self.parts: list[str] = []
        self.claim_heading = {c.claim.id: c.heading for c in report.claims}
        self._anchors(report)
        self._write()

    def _anchors(self, r: Report) -> None:
        """Every heading's anchor, computed in the order the headings appear."""
        slugger = Slugger()
        slugger.slug(r.title or "Report")
        self.section: dict[str, str] = {}
        self.claim: dict[int, str] = {}
        self.article: dict[int, str] = {}
        for key in section_keys(r):
            self.section[key] = slugger.slug(SECTION_TITLES[key])
            if key == "claims":
                for c in r.claims:
                    self.claim[c.claim.id] = slugger.slug(c.heading)
            if key == "highlights":
                for a in r.articles:
                    self.article[a.info.id] = slugger.slug(a.heading)

    def out(self, *lines: str) -> None:
        for line in lines:
            self.parts.append(line + "\n")

    def link(self, text: str, anchor: str) -> str:
        return f"[{escape(text)}](#{anchor})"

    def article_link(self, article_id: int) -> str:
        a = self.r.article(article_id)
        return self.link(a.short_label, self.article[article_id])

    def _write(self) -> None:
        r = self.r
        self.out(f"# {escape(r.title or 'Report')}", "")
        self.out(
            f"Annotated report, generated {r.generated_on.isoformat()}. "
            f"Scope: {escape(r.scope_text)}. "
            f"{len(r.articles)} articles, {r.highlight_count} highlights, {len(r.claims)} claims.",
            "",
        )
        self.out(
            " · ".join(self.link(SECTION_TITLES[k], self.section[k]) for k in section_keys(self.r)),
            "",
        )
        for key in section_keys(self.r):
            self.out(f"## {SECTION_TITLES[key]}", "")
            getattr(self, f"_{key}")()

    def _articles(self) -> None:
        self.out(
            "| # | Outlet | Title | Author | Published | Language | Source | Highlights |",
            "|---:|---|---|---|---|---|---|---:|",
        )
        for a in self.r.articles:
            i = a.info
            title = self.link(i.title or f"Article {i.id}", self.article[i.id])
            self.out(
                f"| {a.number} | {escape(i.outlet)} | {title} | {escape(i.author)} | "
                f"{escape(i.published)} | {escape(i.language)} | {escape(i.url or i.source_file)} | "
                f"{len(a.highlights)} |"
            )
        self.out("")

    def _matrix(self) -> None:
        r = self.r
        self.out(escape(conflict_legend()), "")
        columns = r.matrix_article_ids
        if len(columns) <= MATRIX_WIDE_MAX:
            head = ["Claim"] + [self.article_link(a) for a in columns]
            self.out("| " + " | ".join(head) + " |", "|" + "---|" * len(head))
            for c in r.claims:
                mark = " ⚠" if c.conflict else ""
                row = [self.link(c.heading, self.claim[c.claim.id]) + mark]
                row += [escape(cell_text(c.cells.get(a))) for a in columns]
                self.out("| " + " | ".join(row) + " |")
        else:
            self.out("| Claim | Outlet | Value | Stance |", "|---|---|---|---|")
            for c in r.claims:
                mark = " ⚠" if c.conflict else ""
                claim = self.link(c.heading, self.claim[c.claim.id]) + mark
                if not c.cells:
                    self.out(f"| {claim} | — | — | — |")
                for article_id, cell in c.cells.items():
                    values = "; ".join(cell.values) or "—"
                    stances = ", ".join(stance_text(s) for s in cell.stances)
                    self.out(
                        f"| {claim} | {self.article_link(article_id)} | {escape(values)} | "
                        f"{escape(stances)} |"
                    )
        self.out("")

    def _claims(self) -> None:
        for c in self.r.claims:
            self.out(f"### {escape(c.heading)}", "")
            status = f"**Status:** {escape(c.claim.status.value)}"
            if c.conflict:
                status += " · **⚠ the outlets disagree**"
            self.out(status, "")
            if c.claim.note.strip():
                self.out("**Note:** " + escape_block(c.claim.note), "")
            if not c.entries:
                self.out("No highlight in this report stands as evidence for this claim.", "")
                continue
            for e in c.entries:
                value = f", value “{escape(e.evidence.value)}”" if e.evidence.value else ""
                orphan = " (orphaned highlight)" if e.highlight.orphan else ""
                self.out(
                    f"- {self.article_link(e.highlight.article_id)}: "
                    f"{escape(stance_text(e.evidence.stance))}{value}{orphan}",
                    f"  > {_in_context(e.highlight)}",
                )
            self.out("")

    def _highlights(self) -> None:
        total = len(self.r.articles)
        for n, a in enumerate(self.r.articles, start=1):
            self._article(a)
            if self.progress is not None and n % 50 == 0:
                self.progress(n, total)

    def _article(self, a: ReportArticle) -> None:
        i = a.info
        self.out(f"### {escape(a.heading)}", "")
        facts = [x for x in (i.author, i.published, i.language, i.url or i.source_file) if x]
        if facts:
            self.out(escape(" · ".join(facts)), "")
        if not a.highlights:
            self.out("No highlights in this report.", "")
            return
        for n, h in enumerate(a.highlights, start=1):
            self._highlight(n, h)
        self.out("")

    def _highlight(self, n: int, h: ReportHighlight) -> None:
        indent = " " * (len(str(n)) + 2)
        self.out(f"{n}. {_in_context(h)}\\")
        self.out(indent + escape(highlight_meta(h)))
        if h.note.strip():
            self.out("", indent + "**Note:** " + escape_block(h.note, indent))
        for e in h.evidence:
            value = f", value “{escape(e.value)}”" if e.value else ""
            self.out(
                "",
                f"{indent}Evidence for {self.link(self.claim_heading[e.claim_id], self.claim[e.claim_id])}: "
                f"{escape(stance_text(e.stance))}{value}",
            )

    def _codebook(self) -> None:
        if not self.r.codebook:
            self.out("No tags.", "")
            return
        self.out("| Tag | Colour | Description | Highlights |", "|---|---|---|---:|")
        for entry in self.r.codebook:
            self.out(
                f"| {escape(entry.path)} | {escape(entry.tag.colour)} | "
                f"{escape(entry.tag.description)} | {entry.count} |"
            )
        self.out("")

    def _sources(self) -> None:
        sources = self.r.sources or ()
        if not sources:
            self.out("No attributions (“according to …”, “… reported”) were found.", "")
            return
        self.out("| Article | Sources cited (times) |", "|---|---|")
        for s in sources:
            a = self.r.articles[s.article_number - 1]
            cited = "; ".join(f"{c.source} ({c.count})" for c in s.sources)
            self.out(f"| {self.article_link(a.info.id)} | {escape(cited)} |")
        self.out("")

    def _orphans(self) -> None:
        self.out(
            "These highlights could not be found in the current text of their article; "
            "they are kept with the quote they were made on.",
            "",
        )
        for n, h in enumerate(self.r.orphans, start=1):
            self.out(f"{n}. {self.article_link(h.article_id)}: “{escape(h.exact)}”")
            self.out(" " * (len(str(n)) + 2) + escape(highlight_meta(h)))
        self.out("")


def _in_context(h: ReportHighlight) -> str:
    """The sentence with the quote in bold; spaces kept outside the bold markers."""
    if h.orphan:
        return f"“{escape(h.exact)}”"
    exact = escape(h.exact)
    before = escape(h.before)
    after = escape(h.after)
    lead = " " if before and (h.before[-1:].isspace() or h.exact[:1].isspace()) else ""
    trail = " " if after and (h.after[:1].isspace() or h.exact[-1:].isspace()) else ""
    return f"{before}{lead}**{exact}**{trail}{after}"
