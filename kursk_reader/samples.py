"""The sample project: the five sample articles with example claims, made through services."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from kursk_reader.core.errors import KurskError
from kursk_reader.importers.reader import read_article
from kursk_reader.paths import default_project_path, resources_dir
from kursk_reader.services import Project, open_project


def ensure_default_project() -> Path:
    """The default project's path, creating it from the samples the first time."""
    path = default_project_path()
    if not path.exists():
        create_sample_project(path)
    return path


def create_sample_project(path: Path) -> None:
    """Build the sample project in a temporary file and move it into place when complete."""
    tmp = path.with_name(path.name + ".new")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    project = open_project(tmp, create=True)
    try:
        fill_sample_project(project, resources_dir() / "samples")
    finally:
        project.close()
    tmp.replace(path)


def fill_sample_project(project: Project, folder: Path) -> None:
    spec = json.loads((folder / "samples.json").read_text(encoding="utf-8"))
    project.set_setting("title", spec["title"])
    articles: dict[str, tuple[int, str]] = {}
    for entry in spec["articles"]:
        new = read_article(folder / entry["file"])
        new = replace(
            new,
            # A field samples.json states (even as "") wins over what the importer guessed: a
            # "Source:" line may name the outlet or only the outlet it copies from.
            title=entry.get("title", new.title),
            outlet=entry.get("outlet", new.outlet),
            language=entry.get("language", new.language),
            published=entry.get("published", new.published),
        )
        info = project.add_article(new)
        articles[entry["file"]] = (info.id, new.text)
    tags = {
        t["name"]: project.create_tag(
            t["name"], colour=t["colour"], description=t.get("description", "")
        )
        for t in spec["tags"]
    }
    for c in spec["claims"]:
        claim = project.create_claim(
            c["statement"], c.get("status", "unverified"), c.get("note", "")
        )
        for ev in c["evidence"]:
            article_id, text = articles[ev["file"]]
            start, end = locate(text, ev["quote"])
            colour = tags[ev["tags"][0]].colour if ev.get("tags") else "#ffd54f"
            h = project.add_highlight(
                article_id,
                start,
                end,
                colour=colour,
                tag_ids=[tags[t].id for t in ev.get("tags", [])],
            )
            project.link_evidence(h.id, claim.id, ev.get("stance", "mentions"), ev.get("value", ""))


def locate(text: str, quote: str) -> tuple[int, int]:
    """Where `quote` stands in `text`, any run of whitespace matching any other."""
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    m = re.search(pattern, text)
    if m is None:
        raise KurskError(f"sample quote not found: {quote!r}")
    return m.start(), m.end()
