"""Run the benchmarks: `python -m benchmarks.run [--quick] [--only AREA ...] [--json FILE]`.

Each area module (`bench_*.py`) has `run(quick: bool) -> list[Result]`. Prints a table of
figures next to their floors and writes the same as JSON.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import subprocess
import sys
import traceback
from pathlib import Path

from benchmarks.common import Result


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    parser.add_argument("--quick", action="store_true", help="smaller data, for a smoke run")
    parser.add_argument("--only", nargs="*", default=None, help="areas to run (e.g. storage gui)")
    parser.add_argument("--json", default="benchmarks/out/results.json", help="where to write JSON")
    parser.add_argument("--area-process", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.area_process:
        return _run_area_here(args.area_process, args.quick)
    areas = sorted(
        m.name[len("bench_") :]
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.name.startswith("bench_")
    )
    if args.only:
        areas = [a for a in areas if a in args.only]
    results: list[Result] = []
    failed: list[str] = []
    for area in areas:
        print(f"== {area}", file=sys.stderr, flush=True)
        found = _run_area_in_child(area, args.quick)
        if found is None:  # one broken area must not hide the others' figures
            failed.append(area)
        else:
            results.extend(found)
    print(table(results))
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps([r.as_dict() for r in results], indent=2))
    print(f"\nJSON: {out}")
    if failed:
        print(f"areas that failed to run: {', '.join(failed)}", file=sys.stderr)
    return 0 if not failed and all(r.met is not False for r in results) else 1


def _run_area_in_child(area: str, quick: bool) -> list[Result] | None:
    """Each area runs in a fresh interpreter, so one area's heap, threads and Qt state never
    slow the next one's figures down."""
    command = [sys.executable, "-m", "benchmarks.run", "--area-process", area]
    if quick:
        command.append("--quick")
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True)
    if done.returncode != 0:
        return None
    return [Result(**row) for row in json.loads(done.stdout.strip().splitlines()[-1])]


def _run_area_here(area: str, quick: bool) -> int:
    try:
        module = importlib.import_module(f"benchmarks.bench_{area}")
        found = module.run(quick)
    except Exception:
        traceback.print_exc()
        return 1
    rows = [{k: v for k, v in r.as_dict().items() if k != "ratio"} for r in found]
    sys.stdout.flush()
    print("\n" + json.dumps(rows))
    return 0


def table(results: list[Result]) -> str:
    rows = [
        "| area | measure | figure | floor | ratio | goal | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        met = "" if r.met is None else ("yes" if r.met else "NO")
        rows.append(
            f"| {r.area} | {r.name} | {r.value_ms:.1f} {r.unit} | {r.floor_name}: "
            f"{r.floor_ms:.2f} {r.unit} | {r.ratio:.1f}× | {r.goal} | {met} |"
        )
    return "\n".join(rows)


if __name__ == "__main__":
    raise SystemExit(main())
