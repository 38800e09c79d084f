"""The annotated report as plain records, built once from the project and rendered three ways.

The Markdown, PDF and JSON-LD exporters only read these records; they never query the project.
Reading is done with a handful of bulk queries (not one per highlight), so a project with
thousands of highlights builds in a fraction of a second.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import select

from kursk_reader.core.models import ArticleInfo, Claim, Stance, Tag, outlets_disagree
from kursk_reader.services import convert
from kursk_reader.services.base import ProjectBase
from kursk_reader.storage.schema import ArticleRow, EvidenceRow, HighlightRow, highlight_tags

CONTEXT_LIMIT = 240
"""At most this many characters of the surrounding sentence are shown either side of a quote;
longer sentences are cut at a word and marked with an ellipsis."""

SHORT_LABEL_CHARS = 32

_SENTENCE_END = re.compile(r"[.!?…。！？][\"'»”’)\]]*\s+|\n+")


class Attribution(Protocol):
    """What `analysis.attributions.find_attributions` returns, as far as the report needs."""

    @property
    def article_id(self) -> int: ...

    @property
    def source(self) -> str: ...

    @property
    def quote(self) -> str: ...


FindSources = Callable[[Mapping[int, str]], Sequence[Attribution]]


@dataclass(frozen=True, slots=True)
class ReportScope:
    """What a report covers: None means "all"; kinds combine with AND, ids within a kind with OR."""

    article_ids: tuple[int, ...] | None = None
    tag_names: tuple[str, ...] | None = None
    claim_ids: tuple[int, ...] | None = None

    @property
    def whole_project(self) -> bool:
        return self.article_ids is None and self.tag_names is None and self.claim_ids is None


@dataclass(frozen=True, slots=True)
class TagRef:
    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class ReportEvidence:
    """A highlight standing as an outlet's version of a claim."""

    claim_id: int
    statement: str
    stance: Stance
    value: str
    status: str = ""
    claim_note: str = ""


@dataclass(frozen=True, slots=True)
class ReportHighlight:
    id: int
    article_id: int
    start: int
    end: int
    exact: str
    before: str
    """The sentence text before the quote (may start with "…")."""
    after: str
    colour: str
    note: str
    orphan: bool
    tags: tuple[TagRef, ...] = ()
    evidence: tuple[ReportEvidence, ...] = ()
    prefix: str = ""
    suffix: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReportArticle:
    info: ArticleInfo
    number: int
    """1-based position in the report, used for section names and links."""
    highlights: tuple[ReportHighlight, ...] = ()

    @property
    def heading(self) -> str:
        """The heading "N. Outlet: Title"; without an outlet the title alone (or "Article ID")."""
        title = self.info.title or f"Article {self.info.id}"
        if self.info.outlet:
            return f"{self.number}. {self.info.outlet}: {title}"
        return f"{self.number}. {title}"

    @property
    def short_label(self) -> str:
        """The outlet, else the title cut to a few words: what matrix columns show."""
        if self.info.outlet:
            return self.info.outlet
        title = self.info.title or f"Article {self.info.id}"
        if len(title) <= SHORT_LABEL_CHARS:
            return title
        return title[:SHORT_LABEL_CHARS].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """One article's evidence for one claim: values, stances and the highlights behind them."""

    article_id: int
    values: tuple[str, ...]
    stances: tuple[Stance, ...]
    highlight_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    article_number: int
    highlight: ReportHighlight
    evidence: ReportEvidence


@dataclass(frozen=True, slots=True)
class ClaimSection:
    claim: Claim
    number: int
    conflict: bool
    cells: dict[int, MatrixCell]
    """Article id -> cell, only for articles that speak to the claim."""
    entries: tuple[ClaimEntry, ...]

    @property
    def heading(self) -> str:
        return f"Claim {self.number}: {self.claim.statement}"


@dataclass(frozen=True, slots=True)
class CodebookEntry:
    tag: Tag
    path: str
    """Parent names and the tag's name joined with " › "."""
    depth: int
    count: int
    """Highlights in the report carrying the tag."""


@dataclass(frozen=True, slots=True)
class CitedSource:
    source: str
    count: int
    example: str


@dataclass(frozen=True, slots=True)
class ArticleSources:
    article_number: int
    sources: tuple[CitedSource, ...]


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    generated_on: date
    scope: ReportScope
    scope_text: str
    articles: tuple[ReportArticle, ...]
    claims: tuple[ClaimSection, ...]
    matrix_article_ids: tuple[int, ...]
    """Articles that speak to at least one claim in the report: the matrix columns."""
    codebook: tuple[CodebookEntry, ...]
    orphans: tuple[ReportHighlight, ...]
    sources: tuple[ArticleSources, ...] | None = None
    """None when no attribution finder was available; () when it found nothing."""
    by_id: dict[int, ReportArticle] = field(default_factory=dict)

    @property
    def highlight_count(self) -> int:
        return sum(len(a.highlights) for a in self.articles) + len(self.orphans)

    def article(self, article_id: int) -> ReportArticle:
        return self.by_id[article_id]


def sentence_around(text: str, start: int, end: int, limit: int = CONTEXT_LIMIT) -> tuple[str, str]:
    """The parts of the sentence(s) holding text[start:end] before and after it."""
    lo = max(0, start - limit)
    window = text[lo:start]
    cut = 0
    for m in _SENTENCE_END.finditer(window):
        cut = m.end()
    if cut == 0 and lo > 0:
        space = window.find(" ")
        before = "…" + window[space + 1 :] if space >= 0 else "…" + window
    else:
        before = window[cut:]
    hi = min(len(text), end + limit)
    window = text[end:hi]
    found = _SENTENCE_END.search(window)
    if found is not None:
        after = window[: found.start()] + found.group(0).rstrip()
    elif hi < len(text):
        space = window.rfind(" ")
        after = (window[:space] if space > 0 else window) + "…"
    else:
        after = window
    return " ".join(before.split()) + (" " if before[-1:].isspace() else ""), (
        (" " if after[:1].isspace() else "") + " ".join(after.split())
    )


def build_report(
    project: ProjectBase,
    scope: ReportScope | None = None,
    find_sources: FindSources | None = None,
    today: date | None = None,
) -> Report:
    """The report for `scope` (default: the whole project); sources need `find_sources`."""
    scope = scope or ReportScope()
    tags: list[Tag] = project.tags()  # type: ignore[attr-defined]
    claims: list[Claim] = project.claims()  # type: ignore[attr-defined]
    tag_by_id = {t.id: t for t in tags}
    claim_by_id = {c.id: c for c in claims}
    wanted_tags = _wanted_tags(tags, scope.tag_names)
    wanted_claims = set(scope.claim_ids) if scope.claim_ids is not None else None
    with project._read() as s:
        article_q = select(*convert.INFO_COLUMNS).order_by(ArticleRow.published, ArticleRow.id)
        if scope.article_ids is not None:
            article_q = article_q.where(ArticleRow.id.in_(list(scope.article_ids)))
        infos = [convert.info_from_columns(r) for r in s.execute(article_q)]
        in_articles = {a.id for a in infos}
        rows = [
            r
            for r in s.execute(
                select(
                    HighlightRow.id,
                    HighlightRow.article_id,
                    HighlightRow.start,
                    HighlightRow.end,
                    HighlightRow.exact,
                    HighlightRow.prefix,
                    HighlightRow.suffix,
                    HighlightRow.created_at,
                    HighlightRow.updated_at,
                    HighlightRow.colour,
                    HighlightRow.note,
                    HighlightRow.orphan,
                ).order_by(HighlightRow.article_id, HighlightRow.start, HighlightRow.id)
            )
            if r.article_id in in_articles
        ]
        tag_links: dict[int, list[int]] = defaultdict(list)
        for hid, tid in s.execute(select(highlight_tags.c.highlight_id, highlight_tags.c.tag_id)):
            tag_links[hid].append(tid)
        evidence_links: dict[int, list[Any]] = defaultdict(list)
        for ev in s.execute(
            select(
                EvidenceRow.highlight_id,
                EvidenceRow.claim_id,
                EvidenceRow.stance,
                EvidenceRow.value,
            )
        ):
            evidence_links[ev.highlight_id].append(ev)
        rows = [
            r
            for r in rows
            if (wanted_tags is None or wanted_tags & set(tag_links.get(r.id, ())))
            and (
                wanted_claims is None
                or wanted_claims & {e.claim_id for e in evidence_links.get(r.id, ())}
            )
        ]
        filtered = scope.tag_names is not None or scope.claim_ids is not None
        if filtered:
            keep = {r.article_id for r in rows}
            infos = [a for a in infos if a.id in keep]
        text_ids = {a.id for a in infos} if find_sources else {r.article_id for r in rows}
        texts: dict[int, str] = dict(
            s.execute(
                select(ArticleRow.id, ArticleRow.text).where(ArticleRow.id.in_(text_ids))
            ).all()
        )

    per_article: dict[int, list[ReportHighlight]] = defaultdict(list)
    orphans: list[ReportHighlight] = []
    tag_counts: Counter[int] = Counter()
    for r in rows:
        text = texts.get(r.article_id, "")
        before, after = ("", "") if r.orphan else sentence_around(text, r.start, r.end)
        tag_ids = sorted(tag_links.get(r.id, ()), key=lambda t: tag_by_id[t].name.casefold())
        tag_counts.update(tag_ids)
        evidence = tuple(
            ReportEvidence(
                e.claim_id,
                claim_by_id[e.claim_id].statement,
                Stance(e.stance),
                e.value,
                claim_by_id[e.claim_id].status.value,
                claim_by_id[e.claim_id].note,
            )
            for e in sorted(evidence_links.get(r.id, ()), key=lambda e: e.claim_id)
            if wanted_claims is None or e.claim_id in wanted_claims
        )
        h = ReportHighlight(
            id=r.id,
            article_id=r.article_id,
            start=r.start,
            end=r.end,
            exact=r.exact,
            before=before,
            after=after,
            colour=r.colour,
            note=r.note,
            orphan=bool(r.orphan),
            tags=tuple(TagRef(tag_by_id[t].name, tag_by_id[t].colour) for t in tag_ids),
            evidence=evidence,
            prefix=r.prefix,
            suffix=r.suffix,
            created_at=r.created_at,
            updated_at=r.updated_at,
        )
        (orphans if h.orphan else per_article[r.article_id]).append(h)

    articles = tuple(
        ReportArticle(info=a, number=n, highlights=tuple(per_article.get(a.id, ())))
        for n, a in enumerate(infos, start=1)
    )
    by_id = {a.info.id: a for a in articles}
    sections = _claim_sections(claims, wanted_claims, articles, orphans, by_id, filtered)
    matrix_ids = tuple(a.info.id for a in articles if any(a.info.id in c.cells for c in sections))
    sources = None
    if find_sources is not None:
        sources = _sources(
            find_sources, {a.info.id: texts.get(a.info.id, "") for a in articles}, by_id
        )
    return Report(
        title=project.title,  # type: ignore[attr-defined]
        generated_on=today or date.today(),
        scope=scope,
        scope_text=_describe_scope(scope, infos, claim_by_id),
        articles=articles,
        claims=sections,
        matrix_article_ids=matrix_ids,
        codebook=_codebook(tags, tag_counts, wanted_tags),
        orphans=tuple(orphans),
        sources=sources,
        by_id=by_id,
    )


def _wanted_tags(tags: list[Tag], names: Iterable[str] | None) -> set[int] | None:
    if names is None:
        return None
    wanted = {n.casefold() for n in names}
    return {t.id for t in tags if t.name.casefold() in wanted}


def _claim_sections(
    claims: list[Claim],
    wanted: set[int] | None,
    articles: tuple[ReportArticle, ...],
    orphans: list[ReportHighlight],
    by_id: dict[int, ReportArticle],
    filtered: bool,
) -> tuple[ClaimSection, ...]:
    entries: dict[int, list[ClaimEntry]] = defaultdict(list)
    for article in articles:
        for h in article.highlights:
            for e in h.evidence:
                entries[e.claim_id].append(ClaimEntry(article.number, h, e))
    for h in orphans:
        for e in h.evidence:
            entries[e.claim_id].append(ClaimEntry(by_id[h.article_id].number, h, e))
    sections: list[ClaimSection] = []
    for claim in claims:
        if wanted is not None and claim.id not in wanted:
            continue
        found = sorted(
            entries.get(claim.id, ()), key=lambda x: (x.article_number, x.highlight.start)
        )
        if filtered and not found and wanted is None:
            continue
        cells: dict[int, MatrixCell] = {}
        grouped: dict[int, list[ClaimEntry]] = defaultdict(list)
        for entry in found:
            grouped[entry.highlight.article_id].append(entry)
        for article_id, items in grouped.items():
            cells[article_id] = MatrixCell(
                article_id=article_id,
                values=tuple(x.evidence.value for x in items if x.evidence.value),
                stances=tuple(dict.fromkeys(x.evidence.stance for x in items)),
                highlight_ids=tuple(x.highlight.id for x in items),
            )
        values = [v for cell in cells.values() for v in cell.values]
        stances = {st for cell in cells.values() for st in cell.stances}
        conflict = outlets_disagree(values, stances)
        sections.append(ClaimSection(claim, len(sections) + 1, conflict, cells, tuple(found)))
    return tuple(sections)


def _codebook(
    tags: list[Tag], counts: Counter[int], wanted: set[int] | None
) -> tuple[CodebookEntry, ...]:
    """Tags as a tree (parents first, children indented), with their counts in this report."""
    children: dict[int | None, list[Tag]] = defaultdict(list)
    ids = {t.id for t in tags}
    for t in tags:
        children[t.parent_id if t.parent_id in ids else None].append(t)
    out: list[CodebookEntry] = []

    def walk(parent: int | None, path: str, depth: int) -> None:
        for t in sorted(children.get(parent, ()), key=lambda t: t.name.casefold()):
            full = f"{path} › {t.name}" if path else t.name
            if wanted is None or t.id in wanted:
                out.append(CodebookEntry(t, full, depth, counts.get(t.id, 0)))
            walk(t.id, full, depth + 1)

    walk(None, "", 0)
    return tuple(out)


def _sources(
    find: FindSources, texts: dict[int, str], by_id: dict[int, ReportArticle]
) -> tuple[ArticleSources, ...]:
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[int, str], str] = {}
    for a in find(texts):
        source = " ".join(a.source.split())
        if a.article_id not in by_id or not source:
            continue
        counts[a.article_id][source] += 1
        examples.setdefault((a.article_id, source), " ".join(a.quote.split()))
    out = []
    for article_id, counter in counts.items():
        cited = tuple(
            CitedSource(src, n, examples[(article_id, src)])
            for src, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        )
        out.append(ArticleSources(by_id[article_id].number, cited))
    return tuple(sorted(out, key=lambda s: s.article_number))


def _describe_scope(scope: ReportScope, infos: list[ArticleInfo], claims: dict[int, Claim]) -> str:
    if scope.whole_project:
        return "the whole project"
    parts = []
    if scope.article_ids is not None:
        n = len(scope.article_ids)
        parts.append(f"{n} chosen article{'s' if n != 1 else ''}")
    if scope.tag_names is not None:
        parts.append("highlights tagged " + ", ".join(f"“{n}”" for n in scope.tag_names))
    if scope.claim_ids is not None:
        named = [claims[c].statement for c in scope.claim_ids if c in claims]
        parts.append("evidence for " + "; ".join(f"“{n}”" for n in named))
    return "; ".join(parts)
