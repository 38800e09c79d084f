"""`kursk-reader import PROJECT FILE...`"""

from __future__ import annotations

import argparse

from kursk_reader.cli.common import error, open_for_command, project_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    project_argument(parser)
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles to import")


def run(args: argparse.Namespace) -> int:
    from kursk_reader.importers.batch import import_files

    with open_for_command(args.project, create=True) as project:
        report = import_files(project, args.files)
    for info in report.imported:
        print(f"imported {info.source_file} as article {info.id}: {info.title}")
    for note in report.notes:
        print(note)
    for path, message in report.failed:
        error(f"{path}: {message}")
    print(report.summary())
    return 1 if report.failed else 0
