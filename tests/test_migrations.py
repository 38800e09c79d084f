"""Opening project files of other versions: older ones are backed up and upgraded; anything
newer, damaged or not ours is refused with a clear message and left byte-for-byte untouched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from kursk_reader.core.errors import ProjectError
from kursk_reader.core.models import NewArticle
from kursk_reader.services import open_project
from kursk_reader.storage.engine import MIGRATIONS, head_revision, known_revisions, make_engine
from kursk_reader.storage.schema import APPLICATION_ID


def make_project_at(path: Path, revision: str) -> None:
    """A project file migrated only up to `revision`, as an older Kursk Reader made it."""
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def fill_0001(path: Path) -> None:
    """Data written the way a 0001 project stores it."""
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "INSERT INTO articles (id, title, outlet, url, author, published, language, "
            "source_file, text, text_hash, chars, original, original_format, debris, imported_at) "
            "VALUES (1, 'Old', 'Outlet', '', '', '2025-06-01', 'ru', 'old.txt', "
            "'Военные вернулись домой.', 'h', 24, x'', 'txt', '[[0, 3]]', '2025-06-01 10:00:00')"
        )
        con.execute(
            'INSERT INTO highlights (id, article_id, start, "end", exact, prefix, suffix, '
            "text_hash, colour, note, orphan, created_at, updated_at) VALUES "
            "(1, 1, 0, 7, 'Военные', '', ' вернулись', 'h', '#fff', 'заметка', 0, "
            "'2025-06-01 10:00:00', '2025-06-01 10:00:00')"
        )
    con.close()


def snapshot_folder(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_a_0001_project_is_backed_up_then_upgraded_with_its_data(tmp_path):
    assert known_revisions()[:2] == ["0001", "0002"]
    path = tmp_path / "old.kursk"
    make_project_at(path, "0001")
    fill_0001(path)
    original = path.read_bytes()
    project = open_project(path)
    try:
        assert project.backup_path == tmp_path / "old.kursk.backup-0001"
        backup = sqlite3.connect(project.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT title FROM articles").fetchone() == ("Old",)
        backup.close()
        assert project.backup_path.read_bytes() != b"" and original
        con = sqlite3.connect(path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        con.close()
        art = project.get_article(1)
        assert (art.text, art.info.title, art.debris) == (
            "Военные вернулись домой.",
            "Old",
            ((0, 3),),
        )
        assert project.get_highlight(1).note == "заметка"
        assert [h.article_id for h in project.search("военн") if h.kind == "article"] == [1]
        project.dismiss_finding("k", "spelling")
        assert project.dismissed_findings() == {"k"}
        project.add_highlight(1, 8, 17)
    finally:
        project.close()
    # Opening again needs no upgrade and makes no second backup.
    again = open_project(path)
    assert again.backup_path is None and len(again.highlights()) == 2
    again.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == [
        "old.kursk.backup-0001"
    ]


def test_an_older_project_that_cannot_be_written_is_refused_untouched(tmp_path):
    folder = tmp_path / "here"
    folder.mkdir()
    path = folder / "old.kursk"
    make_project_at(path, "0001")
    before = snapshot_folder(folder)
    with pytest.raises(ProjectError, match="older version"):
        open_project(path, read_only=True)
    assert snapshot_folder(folder) == before


def _newer(path: Path) -> None:
    make_project_at(path, "head")
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


def _valid_bytes(tmp_path: Path) -> bytes:
    src = tmp_path / "src" / "valid.kursk"
    src.parent.mkdir()
    project = open_project(src, create=True)
    project.add_article(NewArticle(text="Some text to fill a page. " * 400))
    project.close()
    con = sqlite3.connect(src)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return src.read_bytes()


def _random_after_header(path: Path, tmp_path: Path) -> None:
    valid = _valid_bytes(tmp_path)
    path.write_bytes(valid[:100] + os.urandom(len(valid) - 100))


def _truncated(path: Path, tmp_path: Path) -> None:
    valid = _valid_bytes(tmp_path)
    path.write_bytes(valid[: len(valid) // 2])


def _truncated_mid_page(path: Path, tmp_path: Path) -> None:
    valid = _valid_bytes(tmp_path)
    path.write_bytes(valid[: len(valid) - 1000])


def _not_ours(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.execute("INSERT INTO notes VALUES ('hello')")
    con.commit()
    con.close()


REFUSED = {
    "newer version": (lambda p, t: _newer(p), "newer version"),
    "random bytes after header": (_random_after_header, "damaged"),
    "truncated": (_truncated, "damaged"),
    "truncated mid-page": (_truncated_mid_page, "damaged"),
    "empty file": (lambda p, t: p.write_bytes(b""), "empty file"),
    "text file": (lambda p, t: p.write_text("Meeting notes\nnot a project\n"), "not an SQLite"),
    "short sqlite header": (
        lambda p, t: p.write_bytes(b"SQLite format 3\x00" + b"\x01" * 20),
        "damaged",
    ),
    "sqlite not ours": (lambda p, t: _not_ours(p), "not a Kursk Reader project"),
}


@pytest.mark.parametrize("case", list(REFUSED))
@pytest.mark.parametrize("read_only", [False, True])
def test_files_that_are_not_our_projects_are_refused_and_left_untouched(tmp_path, case, read_only):
    make, expected = REFUSED[case]
    folder = tmp_path / "here"
    folder.mkdir()
    path = folder / "project.kursk"
    make(path, tmp_path)
    before = snapshot_folder(folder)
    with pytest.raises(ProjectError) as refused:
        open_project(path, read_only=read_only)
    message = str(refused.value)
    assert expected in message and str(path) in message
    assert "\n" not in message
    assert snapshot_folder(folder) == before  # same bytes, same mtime, no -wal/-shm/backup
