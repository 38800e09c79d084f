"""Crashes, concurrent writers, read-only files and full disks lose nothing already saved."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event

from kursk_reader.core.errors import ProjectError, ReadOnlyProjectError
from kursk_reader.core.models import NewArticle
from kursk_reader.services import open_project
from tests.conftest import ROOT, SEED_FILES


def seeded_project(path: Path) -> int:
    with open_project(path, create=True) as project:
        text = SEED_FILES[1].read_text(encoding="utf-8")
        return project.add_article(NewArticle(text=text)).id


def python(code: str, *args: str, unprivileged: bool = False, **kw) -> subprocess.Popen:
    """Run `code` in a fresh interpreter; `unprivileged` drops root's right to override
    file permissions, so a chmod 444 file is read-only even when the tests run as root."""
    cmd = [sys.executable, "-c", textwrap.dedent(code), *args]
    if unprivileged and os.geteuid() == 0:
        cmd = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", *cmd]
    return subprocess.Popen(cmd, cwd=ROOT, text=True, **kw)


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


BURST = """
    import sys
    from kursk_reader.services import open_project
    project = open_project(sys.argv[1])
    article = int(sys.argv[2])
    i = 0
    while True:
        h = project.add_highlight(article, i % 900, i % 900 + 25, note=f"burst {i}")
        print(h.id, flush=True)
        i += 1
"""


def test_process_killed_mid_burst_keeps_every_committed_highlight(tmp_path):
    path = tmp_path / "burst.kursk"
    article = seeded_project(path)
    child = python(BURST, str(path), str(article), stdout=subprocess.PIPE)
    assert child.stdout is not None
    reported = []
    for line in child.stdout:
        reported.append(int(line))
        if len(reported) >= 150:
            break
    os.kill(child.pid, signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    reported += [int(x) for x in rest.split()]
    assert child.returncode == -signal.SIGKILL
    assert integrity(path) == "ok"
    with open_project(path) as project:
        stored = {h.id: h for h in project.highlights()}
        assert set(reported) <= set(stored)
        assert all(stored[i].note.startswith("burst ") for i in reported)
        # The project still takes writes after the crash.
        project.add_highlight(article, 0, 5)
    assert integrity(path) == "ok"


CONCURRENT = """
    import sys, time
    from pathlib import Path
    from kursk_reader.services import open_project
    path, article, n, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    project = open_project(path)
    while not go.exists():
        time.sleep(0.005)
    tag = project.create_tag(f"writer {n}")
    claim = project.create_claim(f"claim of writer {n}")
    for i in range(30):
        h = project.add_highlight(article, i * 10, i * 10 + 8, tag_ids=[tag.id])
        project.link_evidence(h.id, claim.id, "supports", str(n))
    project.close()
"""


def test_several_processes_writing_one_project_all_succeed(tmp_path):
    path = tmp_path / "shared.kursk"
    article = seeded_project(path)
    go = tmp_path / "go"
    writers = [
        python(CONCURRENT, str(path), str(article), str(n), str(go), stderr=subprocess.PIPE)
        for n in range(4)
    ]
    go.touch()
    for w in writers:
        _, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
    with open_project(path) as project:
        assert len(project.highlights()) == 4 * 30
        assert sorted(t.highlight_count for t in project.tags()) == [30] * 4
        matrix = project.claim_matrix()
        assert len(matrix.claims) == 4
        assert all(len(matrix.cell(c.id, article).evidence) == 30 for c in matrix.claims)
    assert integrity(path) == "ok"


READ_ONLY = """
    import json, sys
    from kursk_reader.core.errors import ReadOnlyProjectError
    from kursk_reader.services import open_project
    project = open_project(sys.argv[1])
    out = {"read_only": project.read_only, "reason": project.read_only_reason,
           "articles": len(project.list_articles()), "search": len(project.search("Korea"))}
    try:
        project.add_highlight(project.list_articles()[0].id, 0, 5)
        out["error"] = None
    except ReadOnlyProjectError as e:
        out["error"] = str(e)
    project.close()
    print(json.dumps(out))
"""


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_project_opens_read_only_and_refuses_writes_clearly(tmp_path, what):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "project.kursk"
    seeded_project(path)
    target = path if what == "file" else folder
    target.chmod(0o444 if what == "file" else 0o555)
    try:
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
        child = python(
            READ_ONLY, str(path), unprivileged=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        result = json.loads(out)
        assert result["read_only"] and "read-only" in result["reason"]
        assert result["articles"] == 1 and result["search"] > 0
        assert str(path) in result["error"] and "read-only" in result["error"]
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    finally:
        target.chmod(0o755 if what == "folder" else 0o644)


CREATE_IN_LOCKED_FOLDER = """
    import sys
    from kursk_reader.core.errors import ProjectError
    from kursk_reader.services import open_project
    try:
        open_project(sys.argv[1], create=True)
    except ProjectError as e:
        print(e)
"""


def test_project_cannot_be_created_in_an_unwritable_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        path = folder / "new.kursk"
        child = python(
            CREATE_IN_LOCKED_FOLDER, str(path), unprivileged=True, stdout=subprocess.PIPE
        )
        out, _ = child.communicate(timeout=60)
        assert str(path) in out and "cannot create the project" in out
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("name", ["100% sure.kursk", "a#b?.kursk", "x%20y.kursk"])
def test_project_name_with_uri_characters_is_created_and_reopened(tmp_path, name):
    path = tmp_path / name
    with open_project(path, create=True) as project:
        project.create_claim("kept")
    with open_project(path, read_only=True) as project:
        assert [c.statement for c in project.claims()] == ["kept"]
    assert not list(tmp_path.glob("*.creating"))


def test_explicit_read_only_open_refuses_writes(tmp_path):
    path = tmp_path / "p.kursk"
    seeded_project(path)
    with open_project(path, read_only=True) as project:
        assert project.read_only_reason
        with pytest.raises(ReadOnlyProjectError) as refused:
            project.create_claim("x")
        assert str(path) in str(refused.value)
        assert project.claims() == []


def test_read_only_open_sees_what_another_process_just_committed(tmp_path):
    path = tmp_path / "live.kursk"
    article = seeded_project(path)
    with open_project(path) as writer:
        writer.add_highlight(article, 0, 10, note="committed, still in the WAL")
        assert Path(f"{path}-wal").exists()
        with open_project(path, read_only=True) as reader:
            assert [h.note for h in reader.highlights()] == ["committed, still in the WAL"]


def test_full_disk_gives_a_clear_error_and_keeps_what_was_saved(tmp_path):
    path = tmp_path / "full.kursk"
    article = seeded_project(path)
    project = open_project(path)
    saved = [project.add_highlight(article, i, i + 20, note="kept").id for i in range(5)]
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]

    # SQLite's max_page_count makes the database "full" as a full disk would.
    # The hook reaches into the project's engine: there is no public way to fill a disk.
    @event.listens_for(project._engine, "connect")
    def _limit(dbapi_con, _record):
        dbapi_con.execute(f"PRAGMA max_page_count={pages + 1}")

    project._engine.dispose()
    big = "x" * 200_000
    with pytest.raises(ProjectError) as full:
        for _ in range(3):
            project.add_article(NewArticle(text=big + str(_)))
    assert str(path) in str(full.value) and "disk is full" in str(full.value)
    assert "\n" not in str(full.value)
    project.close()
    assert integrity(path) == "ok"
    with open_project(path) as again:
        assert [h.id for h in again.highlights()] == saved
        assert len(again.list_articles()) == 1


def test_copy_of_a_project_while_it_is_open_is_consistent(tmp_path):
    """A project open in the app (WAL mode) is complete on disk after each commit."""
    path = tmp_path / "open.kursk"
    article = seeded_project(path)
    with open_project(path) as project:
        project.add_highlight(article, 0, 10, note="in the wal")
        copy = tmp_path / "copy.kursk"
        shutil.copy(path, copy)
        if Path(f"{path}-wal").exists():
            shutil.copy(f"{path}-wal", f"{copy}-wal")
        with open_project(copy) as c:
            assert [h.note for h in c.highlights()] == ["in the wal"]
