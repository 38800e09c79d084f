"""Running the cross-check in a child process, so its pure-Python work never competes with
the window's thread for the interpreter lock (opening a long article while it ran took
seconds instead of a fraction of one).

The parent starts `start(texts, debris)` and reads messages from the returned connection:
("progress", step, steps, label), then ("done", Findings) or ("failed", message).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from kursk_reader.analysis.findings import analyze
from kursk_reader.core import spawned

Range = tuple[int, int]


def start(
    texts: Mapping[int, str], debris: Mapping[int, Sequence[Range]]
) -> tuple[BaseProcess, Connection]:
    """Start the analysis in a fresh interpreter (`core.spawned`)."""
    return spawned.start(_main, dict(texts), dict(debris))


def _main(out: Connection, texts: dict[int, str], debris: dict[int, Sequence[Range]]) -> None:
    try:
        findings = analyze(
            texts, debris, lambda step, steps, label: out.send(("progress", step, steps, label))
        )
    except Exception as e:  # reported in the panel, never a crash of the window
        out.send(("failed", f"{type(e).__name__}: {e}"))
    else:
        out.send(("done", findings))
    finally:
        out.close()
