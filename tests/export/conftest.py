"""Projects for the export tests: one full of text that tries to break Markdown and HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from kursk_reader.core.models import NewArticle

HOSTILE_TEXT = (
    "# Not a heading\n"
    "- not a list | with a pipe <script>alert(1)</script> and [x](http://evil.example)\n"
    "1. Not ordered. The agency said `rm -rf` *loudly* and __twice__ ~~struck~~ &amp; "
    "<b>bold</b> ![img](http://evil.example/i.png).\n"
    "Москва сообщила, что «Перейти к материалам» — это мусор.\n"
    "> not a quote\n===\n"
)

HOSTILE_NOTE = "first line | a | b |\n<img src=x onerror=alert(1)>\n# not heading\n1. not list\n---\n[link](javascript:alert(1))"


@pytest.fixture
def hostile_project(project):
    """Two articles with hostile titles, text, tags, notes and claims."""
    a = project.add_article(
        NewArticle(
            text=HOSTILE_TEXT,
            title="Title | <i>x</i> [t](http://evil.example) *bold*",
            outlet="`Outlet` _one_ #1",
            url="javascript:alert(1)",
            language="ru",
        )
    )
    b = project.add_article(
        NewArticle(text="Second article: the agency said 12,000 troops.\nA | B\n", title="Plain")
    )
    tag = project.create_tag("tag|<u>x</u>", colour="#ff8a80", description="desc with | and *")
    claim = project.create_claim("[claim](javascript:x) | *stars* <b>", "disputed", "note\n| x |")
    start = HOSTILE_TEXT.index("not a list")
    h1 = project.add_highlight(
        a.id, start, start + 40, colour="#ffb74d", note=HOSTILE_NOTE, tag_ids=[tag.id]
    )
    project.link_evidence(h1.id, claim.id, "supports", "| 15,000 <x>")
    cyr = HOSTILE_TEXT.index("Москва")
    h2 = project.add_highlight(a.id, cyr, cyr + 6, colour="#81c784", note="Заметка: столица")
    project.link_evidence(h2.id, claim.id, "contradicts", "Москва")
    s2 = "Second article: the agency said 12,000 troops.".index("12,000")
    h3 = project.add_highlight(b.id, s2, s2 + 6, tag_ids=[tag.id])
    project.link_evidence(h3.id, claim.id, "supports", "12,000")
    return project


def run_cli(*args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from kursk_reader.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    d = tmp_path / "out"
    d.mkdir()
    return d
