"""What the window remembers between launches, in $XDG_CONFIG_HOME/kursk-reader/window.ini:
geometry, dock layout, reading options, and per project the panes (articles and sizes)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kursk_reader.paths import config_dir


class WindowSettings:
    def __init__(self) -> None:
        path = config_dir() / "window.ini"
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._q.sync()

    # ----- window-wide

    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def point_size(self, default: float) -> float:
        return _float(self._q.value("reading/point_size"), default)

    def hide_debris(self) -> bool:
        return _bool(self._q.value("reading/hide_debris"), False)

    def scroll_in_step(self) -> bool:
        return _bool(self._q.value("reading/scroll_in_step"), False)

    def save_reading(self, point_size: float, hide_debris: bool, scroll_in_step: bool) -> None:
        self._q.setValue("reading/point_size", point_size)
        self._q.setValue("reading/hide_debris", hide_debris)
        self._q.setValue("reading/scroll_in_step", scroll_in_step)

    # ----- per project

    @staticmethod
    def _key(project_path: Path) -> str:
        digest = hashlib.sha1(str(project_path.resolve()).encode("utf-8")).hexdigest()[:16]
        return f"project-{digest}"

    def pane_articles(self, project_path: Path) -> list[int | None] | None:
        """The articles the panes showed last time (None for an empty pane), or None."""
        raw = self._q.value(f"{self._key(project_path)}/articles")
        if not isinstance(raw, str) or not raw:
            return None
        out: list[int | None] = []
        for part in raw.split(","):
            out.append(int(part) if part.strip().isdigit() else None)
        return out

    def pane_sizes(self, project_path: Path) -> list[int]:
        raw = self._q.value(f"{self._key(project_path)}/sizes")
        if not isinstance(raw, str) or not raw:
            return []
        return [int(p) for p in raw.split(",") if p.strip().isdigit()]

    def save_panes(self, project_path: Path, articles: list[int | None], sizes: list[int]) -> None:
        key = self._key(project_path)
        self._q.setValue(f"{key}/articles", ",".join("" if a is None else str(a) for a in articles))
        self._q.setValue(f"{key}/sizes", ",".join(str(s) for s in sizes))


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return default
