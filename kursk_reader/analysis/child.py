"""Running the cross-check in a child process, so its pure-Python work never competes with
the window's thread for the interpreter lock (opening a long article while it ran took
seconds instead of a fraction of one).

The parent starts `start(texts, debris)` and reads messages from the returned connection:
("progress", step, steps, label), then ("done", Findings) or ("failed", message).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Mapping, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from kursk_reader.analysis.findings import analyze

Range = tuple[int, int]


def start(
    texts: Mapping[int, str], debris: Mapping[int, Sequence[Range]]
) -> tuple[BaseProcess, Connection]:
    """Start the analysis in a fresh interpreter ("spawn": nothing of Qt is inherited)."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_main, args=(sending, dict(texts), dict(debris)), daemon=True)
    process.start()
    sending.close()  # the child holds its own copy; EOF then means the child is gone
    return process, receiving


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
