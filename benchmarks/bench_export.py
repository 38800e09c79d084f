"""Export speed: Markdown, PDF and JSON-LD import with 10,000 highlights over 1,000 articles.

The reports list each article's sources. The window's cross-check keeps the sources it finds in
the project (`analysis.stored`), so the reports are timed on a project that holds them, as one
does after the window has been open; the Markdown report of a project that holds none yet (the
sources found during the export) is reported beside them.

Each measure runs in its own interpreter so its peak memory (ru_maxrss) is its own. Floors,
measured in the same run: json.dumps of the same highlights plus writing that text to a file.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result

GOALS_MS = {"markdown": 2000.0, "pdf": 15000.0, "import": 10000.0}
MEMORY_GOAL_MB = 600.0

ROOT = Path(__file__).resolve().parent.parent


def _sentence_pool() -> list[str]:
    """Sentences of real news prose: the sample articles and the evaluation articles (English,
    German, French, Spanish, Russian, Ukrainian). Reports built from them cite sources about as
    often as real ones do; random words put a citing verb in nearly every sentence and made the
    report's sources section ten times slower than on real articles."""
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources/samples").glob("*.txt"))
    ]
    for p in sorted((ROOT / "benchmarks/eval").glob("dev_*.json")):
        texts.extend(json.loads(p.read_text(encoding="utf-8"))["articles"].values())
    pool = []
    for text in texts:
        for line in text.splitlines():
            pool.extend(s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if len(s.split()) >= 6)
    return pool


def build_project(path: Path, articles: int, highlights: int, seed: int = 7) -> None:
    """A project filled through bulk inserts (benchmark only), with tags, claims and evidence."""
    from sqlalchemy import insert

    from kursk_reader.core.anchoring import describe
    from kursk_reader.core.text import text_hash
    from kursk_reader.services import open_project
    from kursk_reader.storage.schema import (
        ArticleRow,
        ClaimRow,
        EvidenceRow,
        HighlightRow,
        TagRow,
        highlight_tags,
        utcnow,
    )

    rng = random.Random(seed)
    project = open_project(path, create=True)
    pool = _sentence_pool()
    texts = []
    for n in range(articles):
        paragraphs = [" ".join(rng.choice(pool) for _ in range(5)) for _ in range(5)]
        texts.append(f"Article {n}\n\n" + "\n\n".join(paragraphs))
    per_article = highlights // articles
    with project, project._write() as s:
        s.execute(
            insert(ArticleRow),
            [
                {
                    "title": f"Report {n} on the return of officers",
                    "outlet": f"Outlet {n % 40}",
                    "text": t,
                    "text_hash": text_hash(t),
                    "chars": len(t),
                    "published": f"2025-08-{1 + n % 28:02d}",
                    "language": "en",
                    "imported_at": utcnow(),
                }
                for n, t in enumerate(texts)
            ],
        )
        s.execute(insert(TagRow), [{"name": f"tag {i}", "colour": "#ffb74d"} for i in range(12)])
        s.execute(
            insert(ClaimRow),
            [{"statement": f"Claim number {i}", "status": "disputed"} for i in range(20)],
        )
        rows = []
        now = utcnow()
        for a, t in enumerate(texts, start=1):
            for k in range(per_article):
                start = rng.randrange(0, len(t) - 60)
                sel = describe(t, start, start + rng.randint(10, 50))
                rows.append(
                    {
                        "article_id": a,
                        "start": sel.start,
                        "end": sel.end,
                        "exact": sel.exact,
                        "prefix": sel.prefix,
                        "suffix": sel.suffix,
                        "text_hash": text_hash(t),
                        "colour": "#81c784",
                        "note": f"note {k} | *x*",
                        "orphan": False,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
        if not rows:
            return
        s.execute(insert(HighlightRow), rows)
        s.execute(
            insert(highlight_tags),
            [{"highlight_id": h, "tag_id": 1 + h % 12} for h in range(1, len(rows) + 1)],
        )
        s.execute(
            insert(EvidenceRow),
            [
                {
                    "highlight_id": h,
                    "claim_id": 1 + h % 20,
                    "stance": "supports",
                    "value": str(h % 7),
                }
                for h in range(1, len(rows) + 1, 5)
            ],
        )


def keep_sources(path: Path) -> None:
    """Keep the project's sources as the window's cross-check does after it runs."""
    from kursk_reader.analysis import stored
    from kursk_reader.services import open_project

    with open_project(path) as project:
        articles = [project.get_article(a.id) for a in project.list_articles()]
        texts = {a.id: a.text for a in articles}
        debris = {a.id: a.debris for a in articles}
        stored.keep(
            project, stored.fingerprint_of(texts, debris), stored.find_sources(texts, debris)
        )


def _child(kind: str, project: str, work: str) -> dict[str, float]:
    """Run in a fresh interpreter: one measure, its time and its peak memory."""
    import resource

    from kursk_reader.services import open_project

    p = open_project(project, read_only=kind != "import")
    t0 = time.perf_counter()
    if kind in ("markdown", "pdf"):
        from kursk_reader.export.build import ExportRequest, export

        out = Path(work) / ("r.md" if kind == "markdown" else "r.pdf")
        export(p, ExportRequest("md" if kind == "markdown" else "pdf", out))
    elif kind == "jsonld":
        from kursk_reader.export.build import ExportRequest, export

        export(p, ExportRequest("jsonld", Path(work) / "r.jsonld"))
    elif kind == "import":
        from kursk_reader.export.jsonld import read_annotations
        from kursk_reader.services.annotations import import_annotations

        result = import_annotations(p, read_annotations(Path(work) / "r.jsonld"))
        assert not result.not_placed, result.summary()
    elif kind == "floor":
        from kursk_reader.services.report import build_report

        r = build_report(p)
        t0 = time.perf_counter()
        data = json.dumps(
            [
                [h.exact, h.before, h.after, h.note, h.colour]
                for a in r.articles
                for h in a.highlights
            ]
        )
        (Path(work) / "floor.json").write_text(data, encoding="utf-8")
    ms = (time.perf_counter() - t0) * 1000
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"ms": ms, "peak_mb": peak_mb}


def _measure(kind: str, project: Path, work: Path) -> dict[str, float]:
    code = (
        "import json,sys; from benchmarks.bench_export import _child; "
        f"print(json.dumps(_child({kind!r}, {str(project)!r}, {str(work)!r})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[Result]:
    articles, highlights = (100, 1000) if quick else (1000, 10000)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        project = work / "bench.kursk"
        build_project(project, articles, highlights)
        floor = _measure("floor", project, work)
        cold = work / "cold.kursk"
        shutil.copyfile(project, cold)  # no sources kept yet
        keep_sources(project)
        results = []
        peak = 0.0
        for kind, name in (("markdown", "Markdown report"), ("pdf", "PDF report")):
            m = _measure(kind, project, work)
            peak = max(peak, m["peak_mb"])
            results.append(
                Result(
                    "export",
                    f"{name}, {highlights} highlights / {articles} articles",
                    m["ms"],
                    "json.dumps + write of the same highlights",
                    floor["ms"],
                    f"<= {GOALS_MS[kind]:.0f} ms",
                    m["ms"] <= GOALS_MS[kind],
                )
            )
        m = _measure("markdown", cold, work)
        peak = max(peak, m["peak_mb"])
        results.append(
            Result(
                "export",
                "the same Markdown report before any sources are kept (found during the export)",
                m["ms"],
                "json.dumps + write of the same highlights",
                floor["ms"],
                "reported",
            )
        )
        _measure("jsonld", project, work)
        fresh = work / "fresh.kursk"
        build_project(fresh, articles, 0)
        m = _measure("import", fresh, work)
        peak = max(peak, m["peak_mb"])
        results.append(
            Result(
                "export",
                f"JSON-LD import of {highlights} annotations",
                m["ms"],
                "json.dumps + write of the same highlights",
                floor["ms"],
                f"<= {GOALS_MS['import']:.0f} ms",
                m["ms"] <= GOALS_MS["import"],
            )
        )
        results.append(
            Result(
                "export",
                "peak memory of the largest export/import",
                peak,
                "floor process",
                floor["peak_mb"],
                f"<= {MEMORY_GOAL_MB:.0f} MB",
                peak <= MEMORY_GOAL_MB,
                unit="MB",
            )
        )
    return results
