"""The sources the cross-check found, kept in the project so that a report does not have to
find them again: over 1,000 articles that takes seconds, while reading them back takes a few
milliseconds.

Kept results hold for a fingerprint of everything they depend on: the code of this package and
every article's id, text hash and debris ranges. Any change to an article, an article added or
removed, or another version of the analysis gives another fingerprint, and the results are
worked out afresh. The window's cross-check keeps its results after every run; a report of the
whole project keeps what it had to work out, when the project is writable.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from hashlib import sha256
from pathlib import Path
from typing import Protocol

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attributions import Attribution, find_attributions
from kursk_reader.analysis.findings import mask_debris
from kursk_reader.core.errors import KurskError
from kursk_reader.core.models import Range
from kursk_reader.core.text import text_hash

KIND = "sources"

Inputs = Iterable[tuple[int, str, Sequence[Range]]]
"""(article id, text hash, debris ranges) per article."""


class Keeper(Protocol):
    """The project services this module uses (`services.Project` has them)."""

    read_only: bool

    def analysis_inputs(self) -> list[tuple[int, str, tuple[Range, ...]]]: ...

    def stored_findings(self, kind: str) -> tuple[str, str] | None: ...

    def store_findings(self, kind: str, fingerprint: str, data: str) -> None: ...


@cache
def code_digest() -> str:
    """A digest of this package's source: kept results of another version do not hold."""
    h = sha256()
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.name.encode("utf-8") + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def fingerprint(inputs: Inputs) -> str:
    """What kept results must match: the analysis code and every article's text and debris."""
    rows = [[i, h, [list(r) for r in d]] for i, h, d in sorted(inputs, key=lambda r: r[0])]
    return sha256((code_digest() + json.dumps(rows)).encode("utf-8")).hexdigest()


def fingerprint_of(texts: Mapping[int, str], debris: Mapping[int, Sequence[Range]]) -> str:
    """`fingerprint` of texts in hand (the same as the project's while they are unchanged)."""
    return fingerprint((i, text_hash(t), debris.get(i, ())) for i, t in texts.items())


def find_sources(
    texts: Mapping[int, str], debris: Mapping[int, Sequence[Range]]
) -> list[Attribution]:
    """The sources the cross-check lists: `find_attributions` with the debris blanked out."""
    return find_attributions({i: mask_debris(t, debris.get(i, ())) for i, t in texts.items()})


def keep(project: Keeper, key: str, found: Sequence[Attribution]) -> bool:
    """Keep `found` in a writable project under the fingerprint `key`; False when it could
    not be written (a read-only project, a full disk): the results are merely not kept."""
    if project.read_only:
        return False
    data = json.dumps(
        [[a.article_id, a.source, a.quote, a.start, a.end] for a in found], ensure_ascii=False
    )
    try:
        project.store_findings(KIND, key, data)
    except KurskError:
        return False
    return True


def kept(project: Keeper, key: str) -> list[Attribution] | None:
    """The sources kept under `key`, or None when none are (or they cannot be read)."""
    row = project.stored_findings(KIND)
    if row is None or row[0] != key:
        return None
    try:
        return [
            Attribution(int(i), str(s), str(q), int(a), int(b))
            for i, s, q, a, b in json.loads(row[1])
        ]
    except (ValueError, TypeError):
        return None


def finder(project: Keeper) -> Callable[[Mapping[int, str]], list[Attribution]]:
    """A report's source finder for `project`: given the texts of the articles it covers
    (id -> text, as stored), their kept sources when these still hold; else the sources found
    then, kept when the texts are the whole project's."""
    inputs = project.analysis_inputs()
    key = fingerprint(inputs)
    found = kept(project, key)
    if found is not None:
        return lambda texts: [a for a in found if a.article_id in texts]
    lexicon.preload()  # the dictionaries load in the background while the report is read

    def find(texts: Mapping[int, str]) -> list[Attribution]:
        now = find_sources(texts, {i: d for i, _h, d in inputs})
        hashes = {i: h for i, h, _d in inputs}
        if hashes.keys() == texts.keys() and all(
            text_hash(t) == hashes[i] for i, t in texts.items()
        ):
            keep(project, key, now)
        return now

    return find
