"""Where Kursk Reader keeps its files (XDG base directories)."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR = "kursk-reader"


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP_DIR


def default_project_path() -> Path:
    return data_dir() / "sample.kursk"


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, or inside it when installed as a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Kursk Reader's resources folder is missing")
