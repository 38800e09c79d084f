"""Parts of the window that plug into the main window: each adds its docks, menu actions and
handlers through one `install(ctx)` function. The main window calls `install_all` once."""

from __future__ import annotations

import importlib

from kursk_reader.gui.context import GuiContext

EXTENSIONS: list[str] = [
    # "module:function" — each function takes the GuiContext.
    "kursk_reader.gui.docks:install_docks",
    "kursk_reader.gui.import_actions:install_import_actions",
    "kursk_reader.gui.crosscheck_actions:install_crosscheck",
    "kursk_reader.gui.export_actions:install_export_actions",
]


def install_all(ctx: GuiContext) -> None:
    for spec in EXTENSIONS:
        module_name, function_name = spec.split(":")
        getattr(importlib.import_module(module_name), function_name)(ctx)
