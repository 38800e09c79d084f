"""The reading window's speed, offscreen: start-up, opening a big article, adding/removing a
highlight including the repaint. Each figure has a floor measured in the same run."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, percentile

ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget()
w.resize(1400, 900)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = F()
w.installEventFilter(f)
w.show()
sys.exit(app.exec())
"""


def _median_run(args: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(args, env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def startup(runs: int) -> Result:
    from kursk_reader.samples import create_sample_project

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
        )
        project = home / "sample.kursk"
        create_sample_project(project)
        app = [sys.executable, "-m", "kursk_reader", str(project), "--quit-after-first-paint"]
        _median_run(app, env, 1)  # warm the file cache and write the window settings once
        value = _median_run(app, env, runs)
        floor = _median_run([sys.executable, "-c", BARE_WINDOW], env, runs)
    return Result(
        "gui",
        "start-up to first paint (sample project)",
        value,
        "bare PySide6 QWidget to first paint",
        floor,
        "<= 3x floor",
        value <= 3 * floor,
    )


def _big_project(path: Path, chars: int, highlights: int) -> int:
    """A project with one article of `chars` characters holding `highlights` highlights."""
    from kursk_reader.core.models import NewArticle
    from kursk_reader.services import open_project

    rnd = random.Random(7)
    words = (
        "troops deployed about 15,000 войска около officers Kursk region 🙂 according to".split()
    )
    lines, n = [], 0
    while n < chars:
        line = " ".join(rnd.choice(words) for _ in range(rnd.randint(5, 60)))
        lines.append(line)
        n += len(line) + 1
    text = "\n".join(lines)[:chars]
    project = open_project(path, create=True)
    info = project.add_article(NewArticle(text=text, title="big", outlet="Bench"))
    with project._write() as s:  # bulk insert: thousands of one-commit adds take minutes
        from kursk_reader.storage.schema import HighlightRow, utcnow

        now = utcnow()
        for _ in range(highlights):
            start = rnd.randrange(0, chars - 300)
            end = start + rnd.randint(5, 200)
            s.add(
                HighlightRow(
                    article_id=info.id,
                    start=start,
                    end=end,
                    exact=text[start:end],
                    prefix=text[max(0, start - 32) : start],
                    suffix=text[end : end + 32],
                    text_hash=info.text_hash,
                    colour="#ffd54f",
                    note="",
                    orphan=False,
                    created_at=now,
                    updated_at=now,
                )
            )
    project.close()
    return info.id


def big_article(quick: bool) -> list[Result]:
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from kursk_reader.gui.main_window import MainWindow
    from kursk_reader.services import open_project

    chars, count = (200_000, 2_000) if quick else (1_000_000, 10_000)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        path = Path(tmp) / "big.kursk"
        article_id = _big_project(path, chars, count)
        project = open_project(path)
        window = MainWindow(project)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        pane = window.panes.panes[0]

        def open_in_pane() -> None:
            window.panes.load(pane, None)
            app.processEvents()
            t0 = time.perf_counter()
            window.panes.load(pane, article_id)
            pane.view.viewport().repaint()
            return (time.perf_counter() - t0) * 1000

        opens = [open_in_pane() for _ in range(3)]
        busy_opens = []
        for _ in range(3):  # the same while the cross-check analyses that article
            window.crosscheck.run()
            time.sleep(0.3)
            busy_opens.append(open_in_pane())
        window.crosscheck.stop()
        text = project.get_article(article_id).text
        plain = QPlainTextEdit()
        plain.resize(700, 800)
        plain.show()
        floors = []
        for _ in range(3):
            t0 = time.perf_counter()
            plain.setPlainText(text)
            plain.viewport().repaint()
            floors.append((time.perf_counter() - t0) * 1000)
        plain.close()
        open_ms = statistics.median(opens)
        busy_ms = statistics.median(busy_opens)
        results = [
            Result(
                "gui",
                f"open {chars:,}-char article with {count:,} highlights in a pane",
                open_ms,
                "QPlainTextEdit.setPlainText + repaint",
                statistics.median(floors),
                "<= 500 ms",
                open_ms <= 500,
            ),
            Result(
                "gui",
                "the same while the cross-check analyses it",
                busy_ms,
                "QPlainTextEdit.setPlainText + repaint",
                statistics.median(floors),
                "<= 500 ms",
                busy_ms <= 500,
            ),
        ]
        view = pane.view
        view.setFocus()
        rnd = random.Random(3)
        adds, removes = [], []
        for _ in range(30 if quick else 100):
            start = rnd.randrange(0, chars - 100)
            view.scroll_to(start, start + 20)
            app.processEvents()
            view.select_range(start, start + 20)
            t0 = time.perf_counter()
            window.highlight_selection()
            view.viewport().repaint()
            adds.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            window.undo_stack.undo()
            view.viewport().repaint()
            removes.append((time.perf_counter() - t0) * 1000)
        floor = _sqlite_floor(Path(tmp) / "floor.db", 100)
        for name, samples in (("add", adds), ("remove (undo)", removes)):
            p95 = percentile(samples, 95)
            results.append(
                Result(
                    "gui",
                    f"{name} one highlight incl. repaint, p95",
                    p95,
                    "raw sqlite3 insert + commit (WAL), p95",
                    floor,
                    "<= 16 ms",
                    p95 <= 16,
                )
            )
        window.close()
        project.close()
    return results


def _sqlite_floor(path: Path, n: int) -> float:
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("CREATE TABLE h (id INTEGER PRIMARY KEY, a INT, s INT, e INT, c TEXT)")
    samples = []
    for i in range(n):
        t0 = time.perf_counter()
        con.execute("INSERT INTO h (a, s, e, c) VALUES (1, ?, ?, '#ffd54f')", (i, i + 5))
        con.commit()
        samples.append((time.perf_counter() - t0) * 1000)
    con.close()
    return percentile(samples, 95)


def run(quick: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = [startup(3 if quick else 5)]
    results.extend(big_article(quick))
    return results
