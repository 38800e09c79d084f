"""Test set-up: Qt offscreen before it loads, and every user folder inside tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "resources" / "samples"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data and the default project live in the test's own folder."""
    home = tmp_path / "home"
    for sub in ("data", "config", "cache"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


@pytest.fixture
def project(tmp_path: Path):
    """A new, empty project."""
    from kursk_reader.services import open_project

    p = open_project(tmp_path / "test.kursk", create=True)
    yield p
    p.close()


@pytest.fixture
def sample_project(tmp_path: Path):
    """A project holding the five sample articles and the example claims."""
    from kursk_reader.samples import create_sample_project
    from kursk_reader.services import open_project

    path = tmp_path / "sample.kursk"
    create_sample_project(path)
    p = open_project(path)
    yield p
    p.close()
