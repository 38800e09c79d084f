"""A quick read-only look into a project file with the `sqlite3` module alone.

The window's first paint needs only the title, the article list, the shown articles' texts
and their highlight ranges. Importing SQLAlchemy and mapping the schema takes about 0.4 s, more
than Qt needs to show the window, so the window paints from this glance and opens the project
through `services` right after. Anything unexpected (an older or newer schema, a damaged
file) gives None, and the caller opens the project the normal way, which explains the problem.
The column names here are checked against the services' results in the tests.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import Any

from kursk_reader.core.models import Article, ArticleInfo
from kursk_reader.storage.revisions import head_revision, sqlite_uri

_INFO = ", ".join(f.name for f in fields(ArticleInfo))
"""The `articles` columns an ArticleInfo holds (each field is named after its column)."""


class ProjectGlance:
    """Reads what the window shows first; offers the same read methods as `Project`."""

    def __init__(self, path: Path, con: sqlite3.Connection, writable: bool) -> None:
        self.path = path
        self._con = con
        self.read_only = not writable
        self.read_only_reason = (
            "" if writable else "the file or its folder cannot be written; opened read-only"
        )
        row = con.execute("SELECT value FROM settings WHERE key = 'title'").fetchone()
        self.title: str = (row[0] if row else "") or path.stem

    def list_articles(self) -> list[ArticleInfo]:
        rows = self._con.execute(f"SELECT {_INFO} FROM articles ORDER BY id").fetchall()
        return [_info(r) for r in rows]

    def get_article(self, article_id: int) -> Article:
        row = self._con.execute(
            f"SELECT {_INFO}, text, debris FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise LookupError(f"no article {article_id}")
        debris = json.loads(row[14]) if row[14] else []
        return Article(
            info=_info(row[:13]),
            text=row[13],
            debris=tuple((int(a), int(b)) for a, b in debris),
        )

    def highlight_spans(self, article_ids: list[int]) -> list[tuple[int, int, int, int, str]]:
        ids = [int(a) for a in article_ids]
        marks = ",".join("?" * len(ids))
        return [
            (r[0], r[1], r[2], r[3], r[4])
            for r in self._con.execute(
                f'SELECT id, article_id, start, "end", colour FROM highlights '
                f"WHERE article_id IN ({marks}) ORDER BY article_id, start, id",
                ids,
            )
        ]

    def close(self) -> None:
        self._con.close()


def glance(path: Path) -> ProjectGlance | None:
    """A read-only look into a current-schema project, or None when it is not one."""
    try:
        if not path.is_file():
            return None
        con = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True, check_same_thread=False)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != head_revision():
                con.close()
                return None
            writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
            return ProjectGlance(path, con, writable)
        except (sqlite3.Error, ValueError, TypeError):
            con.close()
            return None
    except (sqlite3.Error, OSError):
        return None


def _info(r: tuple[Any, ...]) -> ArticleInfo:
    imported = r[11]
    if isinstance(imported, str):
        imported = datetime.fromisoformat(imported)
    return ArticleInfo(
        id=r[0],
        title=r[1] or "",
        outlet=r[2] or "",
        url=r[3] or "",
        author=r[4] or "",
        published=r[5] or "",
        language=r[6] or "",
        source_file=r[7] or "",
        original_format=r[8] or "",
        chars=r[9],
        text_hash=r[10],
        imported_at=imported,
        near_duplicate_of=r[12],
    )
