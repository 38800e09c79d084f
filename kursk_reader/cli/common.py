"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kursk_reader.services import Project, open_project


def project_argument(parser: argparse.ArgumentParser, optional: bool = False) -> None:
    if optional:
        parser.add_argument("project", nargs="?", help="project file (default: the sample project)")
    else:
        parser.add_argument("project", help="project file")


def open_for_command(path: str | None, create: bool = False, read_only: bool = False) -> Project:
    """Open the named project, or the default one (made from the samples if need be)."""
    if path is None:
        from kursk_reader.samples import ensure_default_project

        return open_project(ensure_default_project(), read_only=read_only)
    return open_project(Path(path), create=create, read_only=read_only)


def error(message: str) -> None:
    print(f"kursk-reader: {message}", file=sys.stderr)
