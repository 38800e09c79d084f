"""The combined cross-check: `analyze(texts) -> Findings` runs every check over the articles'
texts and returns deterministic results, each finding with a stable key (for dismissing it)
and its passages (for jumping to them)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kursk_reader.analysis.attribution_speakers import with_speakers
from kursk_reader.analysis.attributions import Attribution, find_attributions
from kursk_reader.analysis.figure_groups import Discrepancy, find_discrepancies
from kursk_reader.analysis.names import NameGroup, find_name_variants
from kursk_reader.analysis.quotes import QuoteGroup, find_quote_variants, spoken_for

Range = tuple[int, int]
Progress = Callable[[int, int, str], None]

KINDS = ("discrepancy", "name_variant", "quote_variant", "attribution")


@dataclass(frozen=True, slots=True)
class Passage:
    article_id: int
    start: int
    end: int
    text: str
    value: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the cross-check list: what it is, where its passages are."""

    kind: str
    key: str
    title: str
    passages: tuple[Passage, ...]


@dataclass
class Findings:
    discrepancies: list[Discrepancy] = field(default_factory=list)
    name_variants: list[NameGroup] = field(default_factory=list)
    quote_variants: list[QuoteGroup] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    def items(self) -> list[Finding]:
        """Every finding as a list entry, in kind order then text order."""
        out: list[Finding] = []
        for d in self.discrepancies:
            passages = tuple(
                Passage(f.article_id, f.start, f.end, f.quote, f.value) for f in d.figures
            )
            units = len({f.scale for f in d.figures}) > 1  # "36 hours vs zwei Tage"
            values = " vs ".join(dict.fromkeys(f.quote if units else f.value for f in d.figures))
            out.append(
                Finding(
                    "discrepancy", _key("discrepancy", passages), f"{d.subject}: {values}", passages
                )
            )
        for g in self.name_variants:
            passages = tuple(
                Passage(
                    v.mentions[0].article_id, v.mentions[0].start, v.mentions[0].end, v.name, v.name
                )
                for v in g.variants
            )
            names = " / ".join(v.name for v in g.variants)
            out.append(Finding("name_variant", _key("name_variant", passages), names, passages))
        for q in self.quote_variants:
            passages = tuple(Passage(x.article_id, x.start, x.end, x.quote) for x in q.quotes)
            title = f"{q.speaker or 'unnamed speaker'}: “{_short(q.quotes[0].quote)}”"
            out.append(Finding("quote_variant", _key("quote_variant", passages), title, passages))
        by_source: dict[str, list[Attribution]] = {}
        for a in self.attributions:
            by_source.setdefault(a.source, []).append(a)
        for source in sorted(
            by_source, key=lambda s: (-len({a.article_id for a in by_source[s]}), s)
        ):
            attrs = by_source[source]
            passages = tuple(Passage(a.article_id, a.start, a.end, a.quote, source) for a in attrs)
            n = len({a.article_id for a in attrs})
            title = f"{source} — cited in {n} article{'s' if n != 1 else ''}"
            out.append(Finding("attribution", "attribution:" + source.casefold(), title, passages))
        return out

    def to_json(self) -> dict[str, Any]:
        """The documented `analyze --json` shape (extra keys allowed, none renamed)."""
        return {
            "discrepancies": [
                {
                    "subject": d.subject,
                    "values": [
                        {
                            "article_id": f.article_id,
                            "value": f.value,
                            "normalized": f.normalized,
                            "quote": f.quote,
                            "start": f.start,
                            "end": f.end,
                            "hedge": f.hedge,
                            "counted": f.noun,
                        }
                        for f in d.figures
                    ],
                }
                for d in self.discrepancies
            ],
            "name_variants": [
                {
                    "canonical": g.canonical,
                    "variants": [
                        {
                            "name": v.name,
                            "article_ids": list(v.article_ids),
                            "probable_misspelling": v.probable_misspelling,
                            "mentions": [
                                {"article_id": m.article_id, "start": m.start, "end": m.end}
                                for m in v.mentions
                            ],
                        }
                        for v in g.variants
                    ],
                }
                for g in self.name_variants
            ],
            "quote_variants": [
                {
                    "speaker": q.speaker,
                    "quotes": [
                        {
                            "article_id": x.article_id,
                            "quote": x.quote,
                            "start": x.start,
                            "end": x.end,
                        }
                        for x in q.quotes
                    ],
                }
                for q in self.quote_variants
            ],
            "attributions": [
                {
                    "article_id": a.article_id,
                    "source": a.source,
                    "quote": a.quote,
                    "start": a.start,
                    "end": a.end,
                }
                for a in self.attributions
            ],
        }


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _key(kind: str, passages: Sequence[Passage]) -> str:
    anchors = ";".join(sorted(f"{p.article_id}:{p.start}:{p.end}" for p in passages))
    return f"{kind}:{hashlib.sha1(anchors.encode()).hexdigest()[:16]}"


def mask_debris(text: str, debris: Sequence[Range]) -> str:
    """The text with web debris (menus, banners) blanked out, offsets unchanged."""
    if not debris:
        return text
    chars = list(text)
    for s, e in debris:
        for i in range(max(0, s), min(len(chars), e)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def analyze(
    texts: Mapping[int, str],
    debris: Mapping[int, Sequence[Range]] | None = None,
    progress: Progress | None = None,
) -> Findings:
    """Run every cross-check over the articles (id -> text); debris ranges are ignored."""
    debris = debris or {}
    clean = {aid: mask_debris(texts[aid], debris.get(aid, ())) for aid in sorted(texts)}
    steps = 4

    def report(step: int, label: str) -> None:
        if progress is not None:
            progress(step, steps, label)

    report(0, "sources cited")
    cited = [  # what the quote check reads; the speakers it names are sources too
        Attribution(a.article_id, a.source, texts[a.article_id][a.start : a.end], a.start, a.end)
        for a in find_attributions(clean, speakers=False)
    ]
    said = spoken_for(clean, cited)  # the quotes' speakers, read once for both steps
    attributions = with_speakers(clean, cited, said)
    report(1, "figures")
    discrepancies = find_discrepancies(clean)
    report(2, "names")
    names = find_name_variants(clean)
    report(3, "quotes")
    quotes = find_quote_variants(clean, cited, said)
    report(4, "done")
    return Findings(discrepancies, names, quotes, attributions)
