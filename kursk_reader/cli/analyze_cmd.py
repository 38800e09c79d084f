"""`kursk-reader analyze [PROJECT] --json`: the cross-check findings as JSON (offsets in code
points of each article's text)."""

from __future__ import annotations

import argparse
import json
import sys

from kursk_reader.analysis.findings import analyze
from kursk_reader.cli.common import open_for_command, project_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    project_argument(parser, optional=True)
    parser.add_argument("--json", action="store_true", help="print JSON (the default)")


def run(args: argparse.Namespace) -> int:
    with open_for_command(args.project, read_only=args.project is not None) as project:
        texts: dict[int, str] = {}
        debris: dict[int, tuple[tuple[int, int], ...]] = {}
        for info in project.list_articles():
            article = project.get_article(info.id)
            texts[info.id] = article.text
            debris[info.id] = article.debris
    findings = analyze(texts, debris)
    json.dump(findings.to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
