"""`kursk-reader export PROJECT --format md|pdf|jsonld --output FILE [--articles ID...]
[--tags NAME...] [--claims ID...] [--page-size A4|Letter]`"""

from __future__ import annotations

import argparse
from pathlib import Path

from kursk_reader.cli.common import open_for_command, project_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    project_argument(parser)
    parser.add_argument("--format", required=True, choices=("md", "pdf", "jsonld"))
    parser.add_argument("--output", required=True, metavar="FILE", help="file to write")
    parser.add_argument("--articles", nargs="+", type=int, metavar="ID", help="only these articles")
    parser.add_argument("--tags", nargs="+", metavar="NAME", help="only highlights with these tags")
    parser.add_argument("--claims", nargs="+", type=int, metavar="ID", help="only these claims")
    parser.add_argument("--page-size", default="A4", choices=("A4", "Letter"), help="PDF page size")


def run(args: argparse.Namespace) -> int:
    from kursk_reader.export.build import ExportRequest, check_scope, export

    with open_for_command(args.project) as project:  # writable if it can be: sources are kept
        scope = check_scope(project, args.articles, args.tags, args.claims)
        request = ExportRequest(
            format=args.format, output=Path(args.output), scope=scope, page_size=args.page_size
        )
        report = export(project, request)
    print(
        f"wrote {args.output}: {len(report.articles)} articles, {report.highlight_count} "
        f"highlights, {len(report.claims)} claims ({report.scope_text})"
    )
    return 0
