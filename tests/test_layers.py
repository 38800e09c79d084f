"""Layers depend only downward, and nothing below the GUI loads Qt (the PDF exporter aside).

Each layer's modules are imported in a fresh interpreter, which then reports what got loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PACKAGES = ["core", "storage", "services", "importers", "analysis", "export", "cli"]

# What each layer must not load, on top of PySide6 (DESIGN.md: layers depend only downward).
FORBIDDEN = {
    "core": [
        "sqlalchemy",
        "alembic",
        *(f"kursk_reader.{p}" for p in PACKAGES[1:]),
        "kursk_reader.gui",
    ],
    "storage": [*(f"kursk_reader.{p}" for p in PACKAGES[2:]), "kursk_reader.gui"],
    "services": [*(f"kursk_reader.{p}" for p in PACKAGES[3:]), "kursk_reader.gui"],
    "importers": ["kursk_reader.export", "kursk_reader.cli", "kursk_reader.gui"],
    "analysis": ["kursk_reader.export", "kursk_reader.cli", "kursk_reader.gui"],
    "export": ["kursk_reader.cli", "kursk_reader.gui"],
    "cli": ["kursk_reader.gui"],
}

NOT_IMPORTED = ("kursk_reader.export.pdf", "kursk_reader.storage.migrations")
"""The PDF exporter is the one non-GUI module that uses Qt; migration scripts run inside
Alembic, not on import."""

LOAD_LAYER = """
import importlib, json, pkgutil, sys
package = importlib.import_module(sys.argv[1])
skip = tuple(sys.argv[2:])
names = [package.__name__]
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    if info.name.startswith(skip):
        continue
    importlib.import_module(info.name)
    names.append(info.name)
print(json.dumps({"imported": names, "loaded": sorted(sys.modules)}))
"""


@pytest.mark.parametrize("layer", PACKAGES)
def test_layer_loads_no_qt_and_nothing_above_it(layer):
    result = subprocess.run(
        [sys.executable, "-c", LOAD_LAYER, f"kursk_reader.{layer}", *NOT_IMPORTED],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"]
    loaded = report["loaded"]
    qt = [m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6")]
    assert qt == [], f"kursk_reader.{layer} loads Qt"
    above = [
        m
        for m in loaded
        for banned in FORBIDDEN[layer]
        if m == banned or m.startswith(banned + ".")
    ]
    assert above == [], f"kursk_reader.{layer} loads {above}"
