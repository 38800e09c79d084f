"""`kursk-reader import-annotations PROJECT FILE`: place W3C Web Annotations in the articles.

Prints what was placed and what could not be (with why); exit status 1 if anything could not
be placed.
"""

from __future__ import annotations

import argparse

from kursk_reader.cli.common import error, open_for_command, project_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    project_argument(parser)
    parser.add_argument("file", metavar="FILE", help="W3C Web Annotation JSON-LD file")


def run(args: argparse.Namespace) -> int:
    from kursk_reader.export.jsonld import read_annotations
    from kursk_reader.services.annotations import import_annotations

    incoming = read_annotations(args.file)
    with open_for_command(args.project) as project:
        result = import_annotations(project, incoming)
    for p in result.placed:
        print(f"placed {p.label} in article {p.article_id} at {p.start}-{p.end} ({p.method})")
    for p in result.duplicates:
        print(f"skipped {p.label}: already in article {p.article_id} at {p.start}-{p.end}")
    for n in result.not_placed:
        quote = n.exact if len(n.exact) <= 60 else n.exact[:57] + "..."
        error(f"{args.file}: not placed {n.label} ({quote!r}): {n.reason}")
    print(result.summary())
    return 1 if result.not_placed else 0
