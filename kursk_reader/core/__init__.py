"""Plain dataclasses and pure functions; nothing here imports Qt or SQL."""
