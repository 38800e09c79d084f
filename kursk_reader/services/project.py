"""Opening a project file and the `Project` API assembled from the service mixins."""

from __future__ import annotations

import logging
from pathlib import Path

from kursk_reader.core.errors import ProjectError
from kursk_reader.services.articles import ArticleServices
from kursk_reader.services.highlights import HighlightServices
from kursk_reader.services.queries import QueryServices
from kursk_reader.services.tags_claims import TagClaimServices
from kursk_reader.storage import engine as storage

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".kursk"


class Project(ArticleServices, HighlightServices, TagClaimServices, QueryServices):
    """One open project. Reads return plain dataclasses; each write commits before returning.

    `read_only_reason` says why a project was opened read-only; `backup_path` names the copy
    made before an older project was upgraded.
    """

    read_only_reason: str = ""
    backup_path: Path | None = None

    @property
    def title(self) -> str:
        return self.setting("title") or self.path.stem


def open_project(path: str | Path, create: bool = False, read_only: bool = False) -> Project:
    """Open (or, with `create`, make) a project file.

    A file that is not a project, is damaged or comes from a newer version raises
    `ProjectError` and is left untouched. An older project is copied aside, then upgraded.
    A file or folder we may not write opens read-only, with `read_only_reason` set.
    """
    path = Path(path).expanduser()
    if not path.exists():
        if not create:
            raise ProjectError("no such project file", path)
        storage.create_project_file(path)
    info = storage.inspect_project(path)
    reason = ""
    if read_only:
        reason = "opened read-only as asked"
    elif not info.writable:
        read_only = True
        reason = "the file or its folder cannot be written; opened read-only"
    backup = None
    if info.revision != storage.head_revision():
        if read_only:
            raise ProjectError(
                "is from an older version and must be upgraded, but cannot be written", path
            )
        backup = storage.backup_and_upgrade(info)
        log.info("upgraded %s; the previous version is kept as %s", path, backup)
    engine = storage.make_engine(path, read_only=read_only, immutable=not info.writable)
    project = Project(path, engine, read_only)
    project.read_only_reason = reason
    project.backup_path = backup
    return project
