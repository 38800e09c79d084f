"""Writing a report in a child process, for the window.

Laying out a PDF makes and connects many Qt objects. Done on a worker thread of the window's
process, that could deadlock with the window's own thread: one held the interpreter lock and
waited for a Qt connection lock the other held while it waited for the interpreter lock. A
fresh interpreter ("spawn": nothing of Qt is inherited) shares neither lock with the window,
and the window's worker thread only waits on a pipe.

The child sends ("progress", done, total), then ("done",) or ("failed", message).
"""

from __future__ import annotations

from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from kursk_reader.core import spawned
from kursk_reader.core.errors import KurskError
from kursk_reader.export.build import ExportRequest, export

Progress = Callable[[int, int], None]


def export_in_child(
    project_path: Path, read_only: bool, request: ExportRequest, progress: Progress | None = None
) -> None:
    """`export.build.export` of the project at `project_path`, run in a fresh interpreter;
    returns when the file is written, raises KurskError with the child's message if not."""
    process, receiving = spawned.start(_main, str(project_path), read_only, request)
    try:
        while True:
            try:
                message = receiving.recv()  # blocks without holding the interpreter lock
            except EOFError:
                raise KurskError("the export stopped before it was done", request.output) from None
            if message[0] == "progress":
                if progress is not None:
                    progress(message[1], message[2])
            elif message[0] == "done":
                return
            else:
                raise KurskError(message[1])
    finally:
        receiving.close()
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()


def _main(out: Connection, project_path: str, read_only: bool, request: ExportRequest) -> None:
    from kursk_reader.services import open_project

    try:
        with open_project(project_path, read_only=read_only) as project:
            export(project, request, lambda done, total: out.send(("progress", done, total)))
    except KurskError as e:
        out.send(("failed", str(e)))
    except Exception as e:  # told in the window, never a silent end
        out.send(("failed", f"unexpected error: {type(e).__name__}: {e}"))
    else:
        out.send(("done",))
    finally:
        out.close()
