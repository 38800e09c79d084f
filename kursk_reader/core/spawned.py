"""Starting work in a fresh interpreter ("spawn": nothing of Qt or of the window's locks is
inherited) that reports back through a one-way pipe. The cross-check and the window's
reports run this way."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any


def start(target: Callable[..., None], *args: Any) -> tuple[BaseProcess, Connection]:
    """Run `target(sending_end, *args)` in a child process; returns the process and the
    receiving end. The parent's copy of the sending end is closed, so reading gives EOF
    once the child is gone."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(sending, *args), daemon=True)
    process.start()
    sending.close()
    return process, receiving
