"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kursk_reader.services import Project, open_project
from kursk_reader.storage.engine import head_revision, inspect_project


def project_argument(parser: argparse.ArgumentParser, optional: bool = False) -> None:
    if optional:
        parser.add_argument("project", nargs="?", help="project file (default: the sample project)")
    else:
        parser.add_argument("project", help="project file")


def open_for_command(path: str | None, create: bool = False, read_only: bool = False) -> Project:
    """Open the named project, or the default one (made from the samples if need be).

    A command that only reads still upgrades a project from an older version first (after
    a backup, as the window does), so `info` and `export` work on it.
    """
    if path is None:
        from kursk_reader.samples import ensure_default_project

        target = ensure_default_project()
    else:
        target = Path(path).expanduser()
        if create and not target.exists():
            return open_project(target, create=True, read_only=read_only)
    if read_only and target.exists():
        found = inspect_project(target)
        if found.writable and found.revision != head_revision():
            open_project(target).close()
    return open_project(target, read_only=read_only)


def error(message: str) -> None:
    print(f"kursk-reader: {message}", file=sys.stderr)
