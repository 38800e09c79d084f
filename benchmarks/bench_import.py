"""Import speed: plain-text articles into a project, and saved HTML pages read per second.

Goals (issue 4): 1,000 plain-text articles of 2,000 words imported in <= 20 s; HTML pages at
>= 20 pages/s. Floors: raw sqlite3 inserting the same texts, one commit each; parsing the same
pages with lxml.html and taking their text.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result

WORDS = (
    "the council said on monday that the new bridge would open after repairs to its "
    "supporting beams took longer than expected officials added residents police report "
    "minister government election vote troops border agreement talks prices rose fell "
    "percent million families water river storm workers strike union port ships"
).split()


def _article(rng: random.Random, n: int, words: int) -> str:
    body: list[str] = []
    for p in range(words // 80):
        sentence_words = [rng.choice(WORDS) for _ in range(80)]
        sentence_words[0] = sentence_words[0].capitalize()
        body.append(" ".join(sentence_words) + f" {n}-{p}.")
    return f"Report number {n} on the day's events\n\nSource: Bench Wire\n\n" + "\n\n".join(body)


def _page(rng: random.Random, n: int) -> str:
    paragraphs = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + f" {n}.</p>\n"
        for _ in range(12)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Report {n} | Bench Times</title><meta property="og:site_name" content="Bench Times">
<meta name="author" content="Ann Example"><meta property="article:published_time"
content="2024-05-{1 + n % 28:02d}"><script>var x = {n};</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. <button>Accept</button></div>
<article><h1>Report {n} on the day's events</h1>{paragraphs}</article>
<aside><h2>Related</h2><ul><li><a href="/a">Another story</a></li></ul></aside>
<footer>© 2024 Bench Times. All rights reserved.</footer></body></html>"""


def _bench_text(quick: bool, folder: Path) -> Result:
    from kursk_reader.importers.batch import import_files
    from kursk_reader.services import open_project

    count = 100 if quick else 1000
    rng = random.Random(7)
    texts = [_article(rng, n, 2000) for n in range(count)]
    files = []
    for n, text in enumerate(texts):
        path = folder / f"article{n:04d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)

    db = sqlite3.connect(folder / "floor.sqlite")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, text TEXT, original BLOB)")
    t0 = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        db.execute("INSERT INTO article (text, original) VALUES (?, ?)", (data.decode(), data))
        db.commit()
    floor_ms = (time.perf_counter() - t0) * 1000
    db.close()

    with open_project(folder / "bench.kursk", create=True) as project:
        t0 = time.perf_counter()
        report = import_files(project, files)
        value_ms = (time.perf_counter() - t0) * 1000
    assert len(report.imported) == count, report.failed[:3]
    limit_ms = 20_000 * count / 1000
    return Result(
        "import",
        f"{count} plain-text articles of 2,000 words",
        value_ms,
        "raw sqlite3 inserts",
        floor_ms,
        f"<= {limit_ms / 1000:.0f} s",
        value_ms <= limit_ms,
    )


def _bench_html(quick: bool, folder: Path) -> Result:
    import lxml.html

    from kursk_reader.importers import read_article

    count = 30 if quick else 200
    rng = random.Random(11)
    pages = [_page(rng, n).encode("utf-8") for n in range(count)]
    t0 = time.perf_counter()
    for page in pages:
        lxml.html.fromstring(page).text_content()
    floor_ms = (time.perf_counter() - t0) * 1000 / count
    t0 = time.perf_counter()
    for n, page in enumerate(pages):
        article = read_article(folder / f"page{n}.html", page)
        assert article.outlet == "Bench Times"
    value_ms = (time.perf_counter() - t0) * 1000 / count
    return Result(
        "import",
        f"HTML page read (ms per page, {count} pages; {1000 / value_ms:.0f} pages/s)",
        value_ms,
        "lxml.html parse + text",
        floor_ms,
        "<= 50 ms (>= 20 pages/s)",
        value_ms <= 50,
    )


def run(quick: bool) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="kursk-bench-import-") as tmp:
        folder = Path(tmp)
        return [_bench_text(quick, folder), _bench_html(quick, folder)]
