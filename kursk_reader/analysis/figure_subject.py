"""The subject a discrepancy is named by: the counted noun most of its figures use, with what
happened to it. Split from `figure_groups`."""

from __future__ import annotations

from collections import Counter

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figures import PERSON_PRONOUNS, Figure
from kursk_reader.analysis.textspans import fold


def group_subject(group: list[Figure]) -> str:
    """The counted noun most figures of the group use (ties: the earliest article's), with
    what happened to it when a figure says ("people injured")."""
    named = [f for f in group if f.noun and fold(f.noun.split()[-1]) not in PERSON_PRONOUNS]
    # "three of them" beside "8 people": the subject is "people", not "them"
    heads = Counter(f.noun.split()[-1].lower() for f in named or group if f.noun)
    if not heads:
        return ""
    best = max(heads.values())
    first = next(f for f in group if f.noun and heads[f.noun.split()[-1].lower()] == best)
    event = next((f.predicate for f in group if f.predicate and f.event), "")
    noun = first.noun if named else concepts.GENERIC  # all "of them": people
    if event and event.lower() not in noun.lower():
        return f"{noun} {event}"
    if not named:
        return noun
    if first.dimension and first.near:  # "hours (search, lasted)": a unit alone says little
        return f"{first.noun} ({', '.join(first.near[:2])})"
    return first.noun
