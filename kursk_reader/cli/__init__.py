"""The `kursk-reader` command: with no sub-command it opens the window.

Errors are one line on stderr naming the file; exit 1 when an input failed, 2 for usage;
no traceback unless --debug.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from kursk_reader import __version__

# Sub-command name -> module with add_arguments(parser) and run(args) -> int.
# Modules load only when their command runs, so `info` never imports Qt.
COMMANDS = {
    "import": ("kursk_reader.cli.import_cmd", "import articles into a project"),
    "info": ("kursk_reader.cli.info_cmd", "print what a project holds"),
    "export": ("kursk_reader.cli.export_cmd", "write an annotated report (md, pdf, jsonld)"),
    "import-annotations": (
        "kursk_reader.cli.annotations_cmd",
        "import W3C Web Annotation JSON-LD into a project",
    ),
    "analyze": ("kursk_reader.cli.analyze_cmd", "cross-check the articles of a project"),
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    first = next((a for a in argv if not a.startswith("-")), None)
    try:
        if first in COMMANDS:
            return _run_command(first, argv)
        return _run_window(argv)
    except KeyboardInterrupt:
        print("kursk-reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`kursk-reader info | head`): stop quietly.
        # Point stdout at /dev/null so the interpreter's final flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 141
    except Exception as e:  # the last line of defence: one clear line, not a traceback
        if debug:
            raise
        from kursk_reader.core.errors import KurskError

        if isinstance(e, KurskError):
            print(f"kursk-reader: {e}", file=sys.stderr)
        else:
            print(
                f"kursk-reader: unexpected error: {type(e).__name__}: {e} (run with --debug for details)",
                file=sys.stderr,
            )
        return 1


def _run_command(name: str, argv: list[str]) -> int:
    module_name, help_text = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"kursk-reader {name}", description=help_text)
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    module.add_arguments(parser)
    rest = list(argv)
    rest.remove(name)
    args = parser.parse_args(rest)
    return int(module.run(args))


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kursk-reader",
        description="Read news reports side by side, mark and tie their claims.",
        epilog="commands: "
        + "; ".join(f"{k}: {v[1]}" for k, v in COMMANDS.items())
        + ". Run 'kursk-reader COMMAND --help' for each.",
    )
    parser.add_argument("project", nargs="?", help="project file (default: the sample project)")
    parser.add_argument("--version", action="version", version=f"kursk-reader {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument(
        "--quit-after-first-paint",
        action="store_true",
        help="open the window, paint the panes, then exit (to measure start-up)",
    )
    return parser


def _run_window(argv: list[str]) -> int:
    args = _window_parser().parse_args(argv)
    from kursk_reader.gui.app import run

    return run(args.project, quit_after_first_paint=args.quit_after_first_paint)
