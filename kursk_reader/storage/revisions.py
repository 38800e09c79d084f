"""Project-file basics needing only the `sqlite3` module: the migrations shipped, the URI.

Both `engine` (SQLAlchemy) and `glance` (the window's first paint, which must not import
SQLAlchemy) use these, so they live apart from either.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

MIGRATIONS = Path(__file__).with_name("migrations")


def known_revisions() -> list[str]:
    """Revision ids shipped with this version, oldest first (files are named NNNN_*.py)."""
    return sorted(
        m.group(1)
        for p in (MIGRATIONS / "versions").glob("*.py")
        if (m := re.match(r"(\d{4})_", p.name))
    )


def head_revision() -> str:
    return known_revisions()[-1]


def sqlite_uri(path: Path, options: str) -> str:
    """An SQLite `file:` URI for `path` with `options` (e.g. "mode=ro"), any name quoted
    (a `%`, `?` or `#` in a file name would otherwise be read as URI syntax)."""
    return f"file:{quote(str(path.resolve()))}?{options}"
