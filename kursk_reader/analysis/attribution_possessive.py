"""Sources named through a body's possessive: "quoted by the institute's press service" after
"the Shirshov Institute of Oceanology announced", "Rospotrebnadzor said, citing its regional
office". A part of a body speaks for it, so the source is the body: the kind noun before "'s"
takes the full name the article gives (`attribution_anaphora.full_name`), and "its …" the body
its sentence cited just before. Only English possessives are read ("its" never stands for a
person; "sa", "su", "ihre" may)."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_anaphora import full_name
from kursk_reader.analysis.attribution_groups import Found

_KIND_OWNS = re.compile(
    r"(?:the[ \u00a0]+)?(?P<kind>[a-z]{4,})['’]s[ \u00a0]+[a-z][a-z \u00a0-]{2,40}"
)
_BODY_KINDS = frozenset(
    """institute university ministry agency company council court service authority department
    commission committee institution museum hospital observatory centre center union
    association federation club school academy foundation firm airline operator laboratory
    organisation organization""".split()
)
"""Kinds of body whose part may speak for it ("the institute's press service"); a role's
possessive ("the prosecutor's office", "the sheriff's office") names a body of its own."""
_ITS = re.compile(r"its[ \u00a0]+[a-z][a-z \u00a0-]{2,40}")
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
_REACH = 240
"""Characters before "its …" searched for the body it belongs to (one sentence)."""


def owning_bodies(text: str, found: list[Found]) -> None:
    """Name each source that is part of a body by its possessive after that body, in place."""
    for f in found:
        m = _KIND_OWNS.fullmatch(f.surface)
        if m is not None and m.group("kind") in _BODY_KINDS:
            named = full_name(text, m.group("kind"), -1)
            if named is not None:
                f.surface = named
            continue
        if m is None and _ITS.fullmatch(f.surface):
            owner = _cited_before(text, f, found)
            if owner is not None:
                f.surface = owner


def _cited_before(text: str, its: Found, found: list[Found]) -> str | None:
    """The capitalised source another citation of the same sentence names before "its …"."""
    best: Found | None = None
    for g in found:
        if g is its or g.article_id != its.article_id or not g.surface[:1].isupper():
            continue
        if its.source_start - _REACH <= g.source_start < its.source_start and not (
            _SENTENCE_END.search(text, g.source_start + len(g.surface), its.source_start)
        ):
            if best is None or g.source_start > best.source_start:
                best = g
    return best.surface if best is not None else None
