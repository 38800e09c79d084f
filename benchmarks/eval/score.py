"""Precision and recall of the cross-check on the labelled articles in this folder.

Each `<split>_*.json` holds articles (id -> text) about one made-up event, its split ("dev":
used while building, including the former held-out sets heldout2 to heldout23; "heldout24":
written by someone else, measured once when the method was final) and the findings expected.
Only the files of the split asked for are read, so scoring the dev split never opens a
held-out file. Matching is lenient on wording, strict on substance:
- discrepancy: a predicted group matches an expected one when they share at least two
  (article, value) pairs with two different values;
- name variant: the predicted group holds at least two of the expected spellings;
- quote variant: the predicted group holds at least two of the expected quotes (article and
  a phrase inside the quote) and, when a speaker is expected, names that speaker (in either
  script: both names are romanised by one fixed table before comparing);
- attribution: (article, source) pairs, the expected name contained in the predicted source
  name or the other way round (case and accents ignored).

Run: `.venv/bin/python -m benchmarks.eval.score [--split heldout24 ...]`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kursk_reader.analysis.findings import Findings, analyze
from kursk_reader.analysis.textspans import fold

HERE = Path(__file__).parent
KINDS = ("discrepancies", "name_variants", "quote_variants", "attributions")


@dataclass
class Score:
    true_positives_predicted: int = 0
    predicted: int = 0
    true_positives_expected: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives_expected / self.expected if self.expected else 1.0

    def add(self, other: Score) -> None:
        self.true_positives_predicted += other.true_positives_predicted
        self.predicted += other.predicted
        self.true_positives_expected += other.true_positives_expected
        self.expected += other.expected


def load(split: str) -> list[dict[str, Any]]:
    """The labelled sets of one split (files named `<split>_*.json`)."""
    sets = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob(f"{split}_*.json"))]
    return [s for s in sets if s["split"] == split]


def texts_of(case: dict[str, Any]) -> dict[int, str]:
    return {int(k): v for k, v in case["articles"].items()}


_CYRILLIC_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdezijklmnoprstufye", strict=True)),
        **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu"},
        **{"я": "ya", "ё": "e", "є": "ye", "ї": "yi", "і": "i", "ґ": "g", "ь": "", "ъ": ""},
    }
)


def _romanised(name: str) -> str:
    """A Cyrillic name in Latin letters by one fixed table, and Latin spellings loosened the
    same way, so an expected speaker "Savchenko" is found in "Ирина Савченко": the labels
    name a speaker in one script, the articles may quote them in another."""
    latin = name.translate(_CYRILLIC_LATIN)
    return latin.replace("kh", "h").replace("y", "i").replace("j", "i").replace("g", "h")


def _match_matrix(predicted: list[Any], expected: list[Any], match: Any) -> Score:
    hits = [[match(p, e) for e in expected] for p in predicted]
    return Score(
        sum(1 for row in hits if any(row)),
        len(predicted),
        sum(1 for j in range(len(expected)) if any(row[j] for row in hits)),
        len(expected),
    )


def score_case(case: dict[str, Any], findings: Findings) -> dict[str, Score]:
    exp = case["expected"]
    out: dict[str, Score] = {}

    def disc_match(p: Any, e: Any) -> bool:
        pairs = {(f.article_id, f.normalized) for f in p.figures}
        shared = pairs & {(a, v) for a, v in e["values"]}
        return len(shared) >= 2 and len({v for _, v in shared}) >= 2

    out["discrepancies"] = _match_matrix(findings.discrepancies, exp["discrepancies"], disc_match)

    def name_match(p: Any, e: Any) -> bool:
        return len({v.name for v in p.variants} & set(e)) >= 2

    out["name_variants"] = _match_matrix(findings.name_variants, exp["name_variants"], name_match)

    def quote_match(p: Any, e: Any) -> bool:
        found = sum(
            1
            for aid, phrase in e["quotes"]
            if any(q.article_id == aid and fold(phrase) in fold(q.quote) for q in p.quotes)
        )
        speaker_ok = not e["speaker"] or _romanised(fold(e["speaker"])) in _romanised(
            fold(p.speaker)
        )
        return found >= 2 and speaker_ok

    out["quote_variants"] = _match_matrix(
        findings.quote_variants, exp["quote_variants"], quote_match
    )

    predicted = sorted({(a.article_id, a.source) for a in findings.attributions})

    def attr_match(p: Any, e: Any) -> bool:
        a, b = fold(p[1]), fold(e[1])
        return p[0] == e[0] and (b in a or a in b)

    out["attributions"] = _match_matrix(predicted, exp["attributions"], attr_match)
    return out


def evaluate(split: str) -> dict[str, Score]:
    totals = {k: Score() for k in KINDS}
    for case in load(split):
        scores = score_case(case, analyze(texts_of(case)))
        for k in KINDS:
            totals[k].add(scores[k])
    return totals


def report(split: str) -> str:
    lines = [f"{split}: kind | precision | recall | (tp/predicted, tp/expected)"]
    for kind, s in evaluate(split).items():
        lines.append(
            f"  {kind:15s} {s.precision:5.2f} {s.recall:5.2f}  "
            f"({s.true_positives_predicted}/{s.predicted}, {s.true_positives_expected}/{s.expected})"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Precision and recall of the cross-check.")
    parser.add_argument(
        "--split", action="append", help="split to score (repeatable); default: dev"
    )
    for name in parser.parse_args().split or ["dev"]:
        print(report(name))
