"""W3C Web Annotation JSON-LD: the report's highlights as an AnnotationCollection, and reading
such files (ours or other tools') into `IncomingAnnotation` records to be placed.

Each highlight is an Annotation whose target names the article (its URL, else
`urn:kursk-reader:article:<text sha256>`) with a TextQuoteSelector (exact, prefix, suffix) and
a TextPositionSelector (code points). Tags are TextualBody with purpose "tagging", the note is
TextualBody with purpose "commenting". What the W3C model has no term for (highlight colour,
tag colour, claims with stance and value) sits under the `kr:` prefix of our context.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kursk_reader.core.errors import KurskError
from kursk_reader.export.atomic import write_atomic
from kursk_reader.services.annotations import ARTICLE_URN, IncomingAnnotation, IncomingEvidence
from kursk_reader.services.report import Report, ReportArticle, ReportHighlight

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
KR_NAMESPACE = "urn:kursk-reader:ns#"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"kr": KR_NAMESPACE}]
"""`kr:` terms: kr:article (the article's text-hash URN on a target), kr:colour (highlight or
tag colour, #rrggbb), kr:orphan, kr:evidence (list of {kr:claim, kr:statement, kr:status,
kr:claimNote, kr:stance, kr:value})."""

CLAIM_URN = "urn:kursk-reader:claim:"
_ID_NAMESPACE = uuid.UUID("8c0b3a55-52f4-4a1e-9d2b-6b7e3f0c6a11")

Progress = Callable[[int, int], None]


def article_urn(text_hash: str) -> str:
    return ARTICLE_URN + text_hash


def _when(dt: datetime | None) -> str:
    dt = dt or datetime.now(UTC).replace(tzinfo=None)
    return dt.replace(microsecond=0).isoformat() + "Z"


def annotation(article: ReportArticle, h: ReportHighlight) -> dict[str, Any]:
    """One highlight as a W3C Annotation (without @context, as collection items are)."""
    info = article.info
    ident = uuid.uuid5(_ID_NAMESPACE, f"{info.text_hash}:{h.id}:{h.start}:{h.end}:{h.created_at}")
    body: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "purpose": "tagging",
            "value": t.name,
            "format": "text/plain",
            "kr:colour": t.colour,
        }
        for t in h.tags
    ]
    if h.note.strip():
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": h.note,
                "format": "text/plain",
            }
        )
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix, "suffix": h.suffix}
    ]
    if not h.orphan:
        selectors.append({"type": "TextPositionSelector", "start": h.start, "end": h.end})
    target: dict[str, Any] = {
        "source": info.url or article_urn(info.text_hash),
        "kr:article": article_urn(info.text_hash),
        "selector": selectors,
    }
    out: dict[str, Any] = {
        "id": f"urn:uuid:{ident}",
        "type": "Annotation",
        "motivation": "highlighting",
        "created": _when(h.created_at),
        "modified": _when(h.updated_at),
    }
    if body:
        out["body"] = body
    out["target"] = target
    out["kr:colour"] = h.colour
    if h.orphan:
        out["kr:orphan"] = True
    if h.evidence:
        out["kr:evidence"] = [
            {
                "kr:claim": f"{CLAIM_URN}{e.claim_id}",
                "kr:statement": e.statement,
                "kr:status": e.status,
                "kr:claimNote": e.claim_note,
                "kr:stance": e.stance.value,
                "kr:value": e.value,
            }
            for e in h.evidence
        ]
    return out


def collection(report: Report, progress: Progress | None = None) -> dict[str, Any]:
    """Every highlight of the report (orphans included) as one AnnotationCollection."""
    items: list[dict[str, Any]] = []
    total = len(report.articles)
    for n, a in enumerate(report.articles, start=1):
        items.extend(annotation(a, h) for h in a.highlights)
        if progress is not None and n % 100 == 0:
            progress(n, total)
    items.extend(annotation(report.article(h.article_id), h) for h in report.orphans)
    ident = uuid.uuid4()
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{ident}",
        "type": "AnnotationCollection",
        "label": f"{report.title} (Kursk Reader annotations, {report.scope_text})",
        "total": len(items),
        "generated": _when(None),
    }
    if items:
        out["first"] = {
            "id": f"urn:uuid:{uuid.uuid5(ident, 'page-1')}",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    return out


def write_jsonld(report: Report, path: str | Path, progress: Progress | None = None) -> Path:
    data = json.dumps(collection(report, progress), ensure_ascii=False, indent=1)
    return write_atomic(path, data + "\n")


def read_annotations(path: str | Path) -> list[IncomingAnnotation]:
    """The annotations in a JSON-LD file: a collection, a page, one annotation, a list of them,
    or a Hypothesis API search result ({"rows": [...]})."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
        if not raw.strip():
            raise KurskError("is empty (expected a W3C Web Annotation JSON-LD file)", path)
        data = json.loads(raw)
    except FileNotFoundError:
        raise KurskError("no such file", path) from None
    except IsADirectoryError:
        raise KurskError("is a folder, not a file", path) from None
    except PermissionError:
        raise KurskError("permission denied", path) from None
    except OSError as e:
        raise KurskError(f"cannot be read ({e.strerror or e})", path) from None
    except UnicodeDecodeError:
        raise KurskError("is not a JSON text file (not UTF-8; binary?)", path) from None
    except json.JSONDecodeError as e:
        raise KurskError(
            f"is not JSON (line {e.lineno}, column {e.colno}: {e.msg})", path
        ) from None
    out = []
    for n, item in enumerate(_annotation_dicts(data), start=1):
        out.append(parse_annotation(item, n))
    if not out:
        raise KurskError("holds no annotations (expected a W3C Web Annotation JSON-LD file)", path)
    return out


def _annotation_dicts(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _annotation_dicts(item)
        return
    if not isinstance(data, dict):
        return
    kinds = _types(data)
    if "AnnotationCollection" in kinds:
        page = data.get("first")
        while isinstance(page, dict):
            yield from _annotation_dicts(page)
            page = page.get("next")
    elif "AnnotationPage" in kinds:
        yield from _annotation_dicts(data.get("items", []))
    elif isinstance(data.get("rows"), list):
        yield from _annotation_dicts(data["rows"])
    elif "target" in data:
        yield data


def _types(d: dict[str, Any]) -> set[str]:
    t = d.get("type", d.get("@type", ()))
    return {t} if isinstance(t, str) else {x for x in t if isinstance(x, str)}


def _as_list(x: Any) -> list[Any]:
    if x is None:
        return []
    return list(x) if isinstance(x, list) else [x]


def parse_annotation(d: dict[str, Any], n: int = 0) -> IncomingAnnotation:
    """One annotation dict (W3C, or a Hypothesis API row) as an `IncomingAnnotation`."""
    label = str(d.get("id") or f"annotation {n}")
    sources: list[str] = []
    exact = prefix = suffix = ""
    start = end = None
    for target in _as_list(d.get("target")):
        if isinstance(target, str):
            sources.append(target)
            continue
        if not isinstance(target, dict):
            continue
        for key in ("kr:article", "source"):
            if isinstance(target.get(key), str):
                sources.append(target[key])
        for sel in _selectors(target.get("selector")):
            kinds = _types(sel)
            if "TextQuoteSelector" in kinds and not exact:
                exact = str(sel.get("exact") or "")
                prefix = str(sel.get("prefix") or "")
                suffix = str(sel.get("suffix") or "")
            elif "TextPositionSelector" in kinds and start is None:
                try:
                    start, end = int(sel["start"]), int(sel["end"])
                except (KeyError, TypeError, ValueError):
                    start = end = None
        if exact:
            break
    if isinstance(d.get("uri"), str):
        sources.append(d["uri"])
    tags: list[tuple[str, str | None]] = []
    notes: list[str] = []
    for body in _as_list(d.get("body")):
        if isinstance(body, str):
            continue
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        purposes = set(_as_list(body.get("purpose")))
        if "tagging" in purposes:
            colour = body.get("kr:colour")
            tags.append((body["value"], colour if isinstance(colour, str) else None))
        else:
            notes.append(body["value"])
    if isinstance(d.get("bodyValue"), str):
        notes.append(d["bodyValue"])
    tags.extend((t, None) for t in _as_list(d.get("tags")) if isinstance(t, str))
    if isinstance(d.get("text"), str) and d["text"].strip():
        notes.append(d["text"])
    evidence = tuple(
        IncomingEvidence(
            statement=str(e.get("kr:statement") or ""),
            status=str(e.get("kr:status") or "unverified"),
            claim_note=str(e.get("kr:claimNote") or ""),
            stance=str(e.get("kr:stance") or "mentions"),
            value=str(e.get("kr:value") or ""),
        )
        for e in _as_list(d.get("kr:evidence"))
        if isinstance(e, dict) and str(e.get("kr:statement") or "").strip()
    )
    colour = d.get("kr:colour")
    return IncomingAnnotation(
        label=label,
        sources=tuple(sources),
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=start,
        end=end,
        colour=colour if isinstance(colour, str) else None,
        note="\n\n".join(n for n in notes if n.strip()),
        tags=tuple(t for t in tags if t[0].strip()),
        evidence=evidence,
        created=_parse_when(d.get("created")),
        modified=_parse_when(d.get("modified") or d.get("updated")),
    )


def _selectors(sel: Any) -> Iterator[dict[str, Any]]:
    for s in _as_list(sel):
        if isinstance(s, dict):
            yield s
            yield from _selectors(s.get("refinedBy"))


_WHEN = re.compile(r"^\d{4}-\d\d-\d\dT")


def _parse_when(value: Any) -> datetime | None:
    if not isinstance(value, str) or not _WHEN.match(value):
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt
