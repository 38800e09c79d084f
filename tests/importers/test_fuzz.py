"""Property tests: any bytes or text either import or are refused cleanly, and quickly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kursk_reader.core.errors import ImportRefused
from kursk_reader.importers import read_article
from kursk_reader.importers.debris import find_debris

FUZZ = settings(
    max_examples=60,
    deadline=2000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NAMES = st.sampled_from(["a.txt", "b.md", "c.html", "d.pdf", "e", "f.htm"])
PREFIXES = st.sampled_from(
    [
        b"",
        b"%PDF-1.4\n",
        b"<!DOCTYPE html><html><body><p>",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"---\ntitle: x\n---\n# ",
        b"PK\x03\x04",
        b"<html lang='ru'><head><meta charset='koi8-r'>",
    ]
)


def check(article_or_error: object, text_len: int | None = None) -> None:
    if isinstance(article_or_error, ImportRefused):
        assert article_or_error.path is not None and article_or_error.message
        assert "\n" not in article_or_error.message
        return
    article = article_or_error
    assert article.text.endswith("\n") and article.text.strip()
    for a, b in article.debris:
        assert 0 <= a < b <= len(article.text)


def attempt(path: Path, data: bytes) -> object:
    try:
        return read_article(path, data)
    except ImportRefused as e:
        return e


@pytest.mark.timeout(60)
@FUZZ
@given(prefix=PREFIXES, body=st.binary(max_size=3000), name=NAMES)
def test_random_bytes_import_or_refuse(prefix: bytes, body: bytes, name: str) -> None:
    check(attempt(Path(name), prefix + body))


@pytest.mark.timeout(60)
@FUZZ
@given(
    text=st.text(max_size=3000),
    name=NAMES,
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]),
)
def test_random_text_import_or_refuse(text: str, name: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    check(attempt(Path(name), data))


LINE = st.one_of(
    st.text(max_size=120),
    st.sampled_from(
        [
            "Share",
            "KCNA",
            "Leave a Reply",
            "Related articles",
            "Читайте также",
            "Source: Agency",
            "By Jane Roe",
            "12 March 2024",
            "",
            "• item",
        ]
    ),
)


@pytest.mark.timeout(60)
@FUZZ
@given(lines=st.lists(LINE, max_size=60))
def test_debris_ranges_are_ordered_whole_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    ranges = find_debris(text)
    last = 0
    for a, b in ranges:
        assert last <= a < b <= len(text)
        last = b


@pytest.mark.timeout(120)
@settings(
    max_examples=25,
    deadline=5000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(prefix=PREFIXES, body=st.binary(max_size=2000), name=NAMES)
def test_random_files_through_a_project(
    project, tmp_path, prefix: bytes, body: bytes, name: str
) -> None:
    from kursk_reader.importers.batch import import_files

    before = len(project.list_articles())
    path = tmp_path / name
    path.write_bytes(prefix + body)
    report = import_files(project, [path])
    assert len(report.imported) + len(report.failed) == 1
    assert len(project.list_articles()) == before + len(report.imported)
