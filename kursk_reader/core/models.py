"""The plain records that services hand to the GUI, the CLI, importers and exporters."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from kursk_reader.core.values import values_disagree


class ClaimStatus(StrEnum):
    UNVERIFIED = "unverified"
    SUPPORTED = "supported"
    DISPUTED = "disputed"
    REFUTED = "refuted"


class Stance(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    MENTIONS = "mentions"


def outlets_disagree(values: Iterable[str], stances: Iterable[Stance]) -> bool:
    """The conflict rule of the claim matrix and the report: the outlets give different
    values for a claim, or one supports it while another contradicts it."""
    return values_disagree(list(values)) or {Stance.SUPPORTS, Stance.CONTRADICTS} <= set(stances)


Range = tuple[int, int]
"""A half-open [start, end) range in Unicode code points of an article's text."""


@dataclass(frozen=True, slots=True)
class NewArticle:
    """What an importer produces: a normalised text plus what is known about it."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    author: str = ""
    published: str = ""
    """ISO date (YYYY-MM-DD) or empty when the page states none."""
    language: str = ""
    source_file: str = ""
    original: bytes = b""
    original_format: str = "txt"
    debris: tuple[Range, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article without its text: what lists and menus need."""

    id: int
    title: str
    outlet: str
    url: str
    author: str
    published: str
    language: str
    source_file: str
    original_format: str
    chars: int
    text_hash: str
    imported_at: datetime
    near_duplicate_of: int | None = None

    @property
    def label(self) -> str:
        """Outlet · title · date, as article pickers show it."""
        parts = [p for p in (self.outlet, self.title or f"Article {self.id}", self.published) if p]
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class Article:
    info: ArticleInfo
    text: str
    debris: tuple[Range, ...] = ()

    @property
    def id(self) -> int:
        return self.info.id


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    name: str
    parent_id: int | None
    colour: str
    description: str = ""
    highlight_count: int = 0


@dataclass(frozen=True, slots=True)
class Claim:
    id: int
    statement: str
    status: ClaimStatus
    note: str = ""


@dataclass(frozen=True, slots=True)
class EvidenceLink:
    """A highlight standing as one outlet's version of a claim."""

    highlight_id: int
    claim_id: int
    stance: Stance
    value: str = ""


@dataclass(frozen=True, slots=True)
class Highlight:
    id: int
    article_id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    colour: str
    note: str
    orphan: bool
    created_at: datetime
    updated_at: datetime
    tag_ids: tuple[int, ...] = ()
    evidence: tuple[EvidenceLink, ...] = ()

    @property
    def claim_ids(self) -> tuple[int, ...]:
        return tuple(e.claim_id for e in self.evidence)


@dataclass(frozen=True, slots=True)
class HighlightSnapshot:
    """Everything needed to put a deleted highlight back exactly as it was (undo)."""

    highlight: Highlight
    tag_ids: tuple[int, ...]
    evidence: tuple[EvidenceLink, ...]


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """One article's evidence for one claim."""

    claim_id: int
    article_id: int
    evidence: tuple[tuple[EvidenceLink, Highlight], ...]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(e.value for e, _ in self.evidence if e.value)


@dataclass(frozen=True, slots=True)
class ClaimMatrix:
    """Claims down the side, articles across the top."""

    claims: tuple[Claim, ...]
    articles: tuple[ArticleInfo, ...]
    cells: dict[tuple[int, int], MatrixCell] = field(default_factory=dict)

    def cell(self, claim_id: int, article_id: int) -> MatrixCell | None:
        return self.cells.get((claim_id, article_id))

    def conflicting_claims(self) -> set[int]:
        """Claims whose outlets disagree (see `outlets_disagree`)."""
        out: set[int] = set()
        for claim in self.claims:
            values: list[str] = []
            stances: set[Stance] = set()
            for article in self.articles:
                cell = self.cells.get((claim.id, article.id))
                if cell is None:
                    continue
                values.extend(cell.values)
                stances.update(e.stance for e, _ in cell.evidence)
            if outlets_disagree(values, stances):
                out.add(claim.id)
        return out


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place a search found.

    "article": start/end are the word's code points in the article text. "note": the
    highlight whose note matched; start/end are the highlight's range in its article.
    "claim": `claim_id` is set, `article_id` is 0, start/end are the word in the statement.
    """

    kind: str
    """"article", "note" or "claim"."""
    article_id: int
    highlight_id: int | None
    start: int
    end: int
    snippet: str
    claim_id: int | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """What a write changed, told to observers after it is committed."""

    kind: str
    """One of "article", "tag", "claim", "highlight", "evidence", "wordlist", "setting",
    "finding" (a cross-check finding dismissed: op "removed", or shown again: op "added")."""
    op: str
    """One of "added", "updated", "removed"."""
    ids: tuple[int, ...] = ()
