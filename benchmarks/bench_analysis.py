"""Cross-check benchmarks: analysing 50 articles (goal <= 2 s) next to a plain regex
tokenisation pass over the same texts, and precision/recall per finding kind on the
labelled sets in `benchmarks/eval/`: the latest held-out set, HELDOUT (written by engineers who
never saw the method, first scored when the method was final; goal >= 80 % each) and "dev"
(used while building, shown for contrast; it holds the former held-out sets "heldout2" to
"heldout23" too). The timing set is built from dev files only: held-out texts are read for
nothing but their scoring."""

from __future__ import annotations

import re

from benchmarks.common import Result, timed
from benchmarks.eval.score import evaluate, load, texts_of
from kursk_reader.analysis.findings import analyze
from tests.conftest import SEED_FILES

HELDOUT = "heldout24"


def _fifty_articles() -> dict[int, str]:
    pool = [p.read_text(encoding="utf-8") for p in SEED_FILES]
    for case in load("dev"):  # only files named dev_*.json whose split is "dev"
        if not case["split"].startswith("heldout"):
            pool.extend(texts_of(case).values())
    return {i + 1: pool[i % len(pool)] + f"\n\nArticle copy {i}." for i in range(50)}


def run(quick: bool) -> list[Result]:
    texts = _fifty_articles()
    analyze(dict(list(texts.items())[:3]))  # warm caches (dictionaries, regexes)
    token = re.compile(r"\w+")
    repeats = 1 if quick else 3
    value = min(timed(lambda: analyze(texts)) for _ in range(repeats))
    floor = min(timed(lambda: [token.findall(t) for t in texts.values()]) for _ in range(repeats))
    results = [
        Result(
            "analysis",
            "analyze 50 articles",
            value,
            "regex tokenisation of the same texts",
            floor,
            "<= 2000 ms",
            value <= 2000,
        )
    ]
    for split in (HELDOUT, "dev"):
        for kind, score in evaluate(split).items():
            for measure, figure in (("precision", score.precision), ("recall", score.recall)):
                results.append(
                    Result(
                        "analysis",
                        f"{split} {kind} {measure}",
                        round(100 * figure, 1),
                        "goal",
                        80.0,
                        ">= 80 %" if split == HELDOUT else "(dev set)",
                        figure >= 0.8 if split == HELDOUT else None,
                        unit="%",
                    )
                )
    return results
