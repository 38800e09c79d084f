"""What the cross-check tests compare: each finding reduced to the plain values a test asserts
on (spellings of a name group, values of a discrepancy, source names)."""

from __future__ import annotations

from kursk_reader.analysis.attributions import find_attributions
from kursk_reader.analysis.figure_groups import find_discrepancies
from kursk_reader.analysis.names import find_name_variants


def name_groups(texts: dict[int, str]) -> list[set[str]]:
    return [{v.name for v in g.variants} for g in find_name_variants(texts)]


def value_groups(texts: dict[int, str]) -> list[set[str]]:
    return [{f.normalized for f in d.figures} for d in find_discrepancies(texts)]


def article_value_groups(texts: dict[int, str]) -> list[set[tuple[int, str]]]:
    return [{(f.article_id, f.normalized) for f in d.figures} for d in find_discrepancies(texts)]


def sources(text: str) -> list[str]:
    return [a.source for a in find_attributions({1: text})]
