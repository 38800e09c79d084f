"""Opening project files: checks before touching, pragmas, creation and upgrades."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from kursk_reader.core.errors import ProjectError
from kursk_reader.storage.revisions import MIGRATIONS, head_revision, known_revisions, sqlite_uri
from kursk_reader.storage.schema import APPLICATION_ID

__all__ = [
    "MIGRATIONS",
    "ProjectFile",
    "backup_and_upgrade",
    "create_project_file",
    "head_revision",
    "inspect_project",
    "known_revisions",
    "make_engine",
    "upgrade",
]

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15000
"""How long a write waits for another process holding the project's write lock."""

MMAP_BYTES = 256 * 1024 * 1024
"""How much of a project file SQLite reads through a memory map."""


@dataclass(frozen=True, slots=True)
class ProjectFile:
    path: Path
    revision: str | None
    writable: bool


def inspect_project(path: Path) -> ProjectFile:
    """Read what the file is without changing a byte of it; refuse what is not our project."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        raise ProjectError("no such project file", path) from None
    except IsADirectoryError:
        raise ProjectError("is a folder, not a project file", path) from None
    except PermissionError:
        raise ProjectError("permission denied: the file cannot be read", path) from None
    except OSError as e:
        raise ProjectError(f"cannot be read ({e.strerror})", path) from None
    if not header:
        raise ProjectError("is an empty file, not a Kursk Reader project", path)
    if not header.startswith(SQLITE_HEADER):
        raise ProjectError("is not a Kursk Reader project (not an SQLite database)", path)
    if len(header) < 100:
        raise ProjectError("is damaged: the database header is cut short", path)
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise ProjectError("is an SQLite database but not a Kursk Reader project", path)
    _check_size(path, header)
    try:
        # immutable=1 reads without creating -wal/-shm files or taking locks: nothing is written.
        con = sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)
        try:
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise ProjectError(f"is damaged and cannot be read ({e})", path) from None
    revision = rows[0][0] if rows else None
    if revision is not None and revision not in known_revisions():
        raise ProjectError(
            f"was made by a newer version of Kursk Reader (schema {revision}); "
            "update Kursk Reader to open it",
            path,
        )
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return ProjectFile(path=path, revision=revision, writable=writable)


def _check_size(path: Path, header: bytes) -> None:
    """Refuse a file cut short: it must hold the whole pages its header counts.

    SQLite would read such a file without complaint until it reaches a missing page.
    While a -wal file exists a checkpoint may be growing the file, so only whole pages
    are required then.
    """
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counts_valid = header[24:28] == header[92:96] and pages > 0
    size = path.stat().st_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        raise ProjectError("is damaged: the file does not end on a whole page", path)
    wal = Path(f"{path}-wal")
    if counts_valid and size < pages * page_size and not (wal.exists() and wal.stat().st_size):
        raise ProjectError(
            f"is damaged: the file is cut short ({size} of {pages * page_size} bytes)", path
        )


def make_engine(path: Path, read_only: bool = False, immutable: bool | None = None) -> Engine:
    """An engine with the project's pragmas on every connection.

    `read_only` takes no write lock and changes no pragma; `immutable` (the default when
    read-only) also skips the -wal/-shm files, for a file or folder we cannot write. A
    project read-only by choice but writable on disk is read with its WAL, so it shows
    what another process committed a moment ago.
    """
    if immutable is None:
        immutable = read_only
    uri = sqlite_uri(path, "mode=ro&immutable=1" if immutable else "mode=rw")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy issue BEGIN itself so a transaction starts when the session does.
        dbapi_con.isolation_level = None
        cur = dbapi_con.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Reading through a memory map skips a system call per page: listing 1,000 articles
        # or loading the claim matrix's highlights runs several times faster.
        cur.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a commit survives the process being killed; only a power cut
            # can roll back the last commits. FULL would fsync on every highlight.
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front, so concurrent writers wait (busy timeout)
        # instead of failing mid-transaction with "database is locked".
        conn.exec_driver_sql("BEGIN IMMEDIATE" if not read_only else "BEGIN")

    return engine


def create_project_file(path: Path) -> None:
    """Make a new, empty project at `path` (which must not exist) at the newest schema.

    It is built under a temporary name and renamed when complete; a failure leaves nothing.
    """
    tmp = path.with_name(path.name + ".creating")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        con = sqlite3.connect(tmp)
        con.execute(f"PRAGMA application_id={APPLICATION_ID}")
        con.execute("PRAGMA journal_mode=WAL")
        con.close()
        upgrade(tmp)
        _checkpoint(tmp)
        os.replace(tmp, path)
    except OSError as e:
        _remove_with_journal(tmp)
        raise ProjectError(f"cannot create the project ({e.strerror})", path) from None
    except (sqlite3.Error, DBAPIError) as e:
        _remove_with_journal(tmp)
        reason = e.orig if isinstance(e, DBAPIError) else e
        raise ProjectError(f"cannot create the project ({reason})", path) from None


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _remove_with_journal(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def upgrade(path: Path) -> None:
    """Run the Alembic migrations up to the newest revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def backup_and_upgrade(info: ProjectFile) -> Path:
    """Copy an older project aside, then upgrade it; returns the backup's path."""
    backup = info.path.with_name(f"{info.path.name}.backup-{info.revision or 'none'}")
    n = 1
    while backup.exists():
        backup = info.path.with_name(f"{info.path.name}.backup-{info.revision or 'none'}.{n}")
        n += 1
    src = sqlite3.connect(sqlite_uri(info.path, "mode=ro"), uri=True)
    dst = sqlite3.connect(backup)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    upgrade(info.path)
    return backup
