"""Storage and services on a large generated project, each figure beside a raw-sqlite3 floor.

The project (1,000 articles × 2,000 words, 100,000 highlights, 200 claims; --quick: 10×
smaller) is generated with bulk inserts and cached under benchmarks/out/ between runs.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from benchmarks.common import Result, percentile, timed
from kursk_reader.core.anchoring import CONTEXT_CHARS
from kursk_reader.core.text import text_hash
from kursk_reader.services import open_project
from kursk_reader.storage.engine import create_project_file

OUT = Path(__file__).parent / "out"
GENERATOR_VERSION = 1
"""Bump when the generated project changes, so a stale cache is rebuilt."""

ARTICLES, WORDS, HIGHLIGHTS, CLAIMS = 1000, 2000, 100_000, 200
SEARCH_TERM = "kursk"
"""Planted in about one article in twenty, as a name an investigation searches for."""


def _vocabulary(rng: random.Random) -> list[str]:
    latin = "abcdefghijklmnopqrstuvwxyz"
    cyrillic = "абвгдежзийклмнопрстуфхцчшщыэюя"
    words = []
    for n in range(6000):
        letters = cyrillic if n % 3 == 0 else latin
        words.append("".join(rng.choice(letters) for _ in range(rng.randint(2, 10))))
    return words


def generate(path: Path, scale: int) -> None:
    """Write the benchmark project to `path` with bulk inserts (a few seconds)."""
    rng = random.Random(1)
    n_articles, n_highlights, n_claims = ARTICLES // scale, HIGHLIGHTS // scale, CLAIMS // scale
    vocab = _vocabulary(rng)
    weights = [1 / (i + 10) for i in range(len(vocab))]  # roughly Zipf, as prose is
    tmp = path.with_name(path.name + ".tmp")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    create_project_file(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    texts: list[str] = []
    with con:
        rows = []
        for a in range(1, n_articles + 1):
            words = rng.choices(vocab, weights, k=WORDS)
            if a % 20 == 0:
                words[rng.randrange(WORDS)] = SEARCH_TERM.capitalize()
            sentences = [
                " ".join(words[i : i + 20]).capitalize() + "." for i in range(0, WORDS, 20)
            ]
            text = "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
            texts.append(text)
            rows.append(
                (
                    a,
                    f"Article {a}",
                    f"Outlet {a % 37}",
                    "",
                    "",
                    "2025-06-01",
                    "en",
                    f"article-{a}.txt",
                    text,
                    text_hash(text),
                    len(text),
                    text.encode(),
                    "txt",
                    "[]",
                    "2025-06-01 10:00:00",
                )
            )
        con.executemany(
            "INSERT INTO articles (id, title, outlet, url, author, published, language, "
            "source_file, text, text_hash, chars, original, original_format, debris, "
            "imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        con.executemany(
            "INSERT INTO tags (id, name, parent_id, colour, description) VALUES (?,?,?,?,?)",
            [(t, f"tag {t}", None if t <= 5 else 1 + t % 5, "#90caf9", "") for t in range(1, 31)],
        )
        con.executemany(
            "INSERT INTO claims (id, statement, status, note, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?)",
            [
                (
                    c,
                    f"Claim {c}: {' '.join(rng.choices(vocab, k=6))}",
                    "unverified",
                    "",
                    "2025-06-01 10:00:00",
                    "2025-06-01 10:00:00",
                )
                for c in range(1, n_claims + 1)
            ],
        )
        per_article = n_highlights // n_articles
        highlights, tags, evidence = [], [], []
        hid = 0
        for a, text in enumerate(texts, start=1):
            for _ in range(per_article):
                hid += 1
                start = rng.randrange(0, len(text) - 300)
                end = start + rng.randint(20, 250)
                note = " ".join(rng.choices(vocab, k=8)) if hid % 10 == 0 else ""
                highlights.append(
                    (
                        hid,
                        a,
                        start,
                        end,
                        text[start:end],
                        text[max(0, start - CONTEXT_CHARS) : start],
                        text[end : end + CONTEXT_CHARS],
                        text_hash(text) if hid % per_article == 1 else "",
                        "#ffd54f",
                        note,
                        0,
                        "2025-06-01 10:00:00",
                        "2025-06-01 10:00:00",
                    )
                )
                if hid % 2 == 0:
                    tags.append((hid, 1 + hid % 30))
                if hid % 25 == 0:
                    evidence.append(
                        (hid, 1 + (hid // 25) % n_claims, "supports", str(rng.randint(1, 20_000)))
                    )
        con.executemany(
            'INSERT INTO highlights (id, article_id, start, "end", exact, prefix, suffix, text_hash, '
            "colour, note, orphan, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            highlights,
        )
        con.executemany("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?,?)", tags)
        con.executemany(
            "INSERT INTO evidence (highlight_id, claim_id, stance, value) VALUES (?,?,?,?)",
            evidence,
        )
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()
    tmp.replace(path)


def project_file(quick: bool) -> Path:
    scale = 10 if quick else 1
    path = OUT / f"storage-v{GENERATOR_VERSION}-{'quick' if quick else 'full'}.kursk"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        generate(path, scale)
        print(f"  done in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    return path


def _median(fn, n: int = 7) -> float:
    fn()  # warm the OS cache, as a project opened a second time is
    return statistics.median(timed(fn) for _ in range(n))


def run(quick: bool) -> list[Result]:
    path = project_file(quick)
    size = "1/10 size" if quick else "1,000 articles, 100k highlights"
    results = []

    def open_and_list() -> None:
        with open_project(path) as p:
            p.list_articles()

    def raw_open() -> None:
        con = sqlite3.connect(path)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("SELECT id, title, outlet FROM articles").fetchall()
        con.close()

    value = _median(open_and_list)
    results.append(
        Result(
            "storage",
            f"open project + list articles ({size})",
            value,
            "sqlite3 connect + select",
            _median(raw_open),
            "<= 300 ms",
            value <= 300,
        )
    )

    project = open_project(path)
    article_ids = [a.id for a in project.list_articles()]
    rng = random.Random(2)
    # The first write of a session compiles and caches its statements; the app pays that once.
    added: list[int] = [project.add_highlight(article_ids[0], 0, 10).id]
    samples = []
    for i in range(200):
        a = rng.choice(article_ids)
        t0 = time.perf_counter()
        h = project.add_highlight(a, 100 + i, 160 + i, note="")
        samples.append((time.perf_counter() - t0) * 1000)
        added.append(h.id)
    project.close()

    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    floor = []
    for i in range(200):
        a = rng.choice(article_ids)
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        cur = con.execute(
            'INSERT INTO highlights (article_id, start, "end", exact, prefix, suffix, text_hash, '
            "colour, note, orphan, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a,
                100 + i,
                160 + i,
                "x" * 60,
                "p" * 32,
                "s" * 32,
                "h" * 64,
                "#ffd54f",
                "",
                0,
                "2025-06-01 10:00:00",
                "2025-06-01 10:00:00",
            ),
        )
        con.execute("COMMIT")
        floor.append((time.perf_counter() - t0) * 1000)
        added.append(int(cur.lastrowid or 0))
    con.execute("BEGIN IMMEDIATE")
    con.executemany("DELETE FROM highlights WHERE id = ?", [(h,) for h in added])
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    p95 = percentile(samples, 95)
    results.append(
        Result(
            "storage",
            "add one highlight, p50",
            percentile(samples, 50),
            "sqlite3 insert + commit p50",
            percentile(floor, 50),
        )
    )
    results.append(
        Result(
            "storage",
            "add one highlight, p95",
            p95,
            "sqlite3 insert + commit p95",
            percentile(floor, 95),
            "<= 5 ms",
            p95 <= 5,
        )
    )

    project = open_project(path)
    claims = len(project.claims())
    matrix_ms = _median(project.claim_matrix, 5)
    raw = sqlite3.connect(path)

    def raw_matrix() -> None:
        raw.execute(
            "SELECT e.claim_id, e.stance, e.value, h.* FROM evidence e "
            "JOIN highlights h ON h.id = e.highlight_id ORDER BY h.article_id, h.start"
        ).fetchall()

    results.append(
        Result(
            "storage",
            f"claim matrix, {claims} claims",
            matrix_ms,
            "sqlite3 select of the evidence",
            _median(raw_matrix, 5),
            "<= 100 ms",
            matrix_ms <= 100,
        )
    )

    hits = project.search(SEARCH_TERM)
    search_ms = _median(lambda: project.search(SEARCH_TERM), 7)

    def raw_search() -> None:
        rowids = raw.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 500",
            (f'"{SEARCH_TERM}"*',),
        ).fetchall()
        ids = [r // 4 for (r,) in rowids if r % 4 == 0]
        raw.execute(
            f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids
        ).fetchall()

    results.append(
        Result(
            "storage",
            f"full-text search ({len(hits)} hits)",
            search_ms,
            "sqlite3 FTS5 match + read the texts",
            _median(raw_search, 7),
            "<= 50 ms",
            search_ms <= 50,
        )
    )
    raw.close()
    project.close()
    return results
