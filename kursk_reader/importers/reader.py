"""Reading one file into a `NewArticle`: the format is chosen by content, not only by name.

Formats: plain text, Markdown, saved HTML pages, PDF (see `sniff` for what happens when a
file's content and its name disagree). Every refusal is an `ImportRefused` naming the file.
"""

from __future__ import annotations

from pathlib import Path

from kursk_reader.core.errors import ImportRefused
from kursk_reader.core.models import NewArticle
from kursk_reader.importers.debris import mark_debris, ranges_of, split_lines
from kursk_reader.importers.encoding import decode_bytes, normalise_text
from kursk_reader.importers.language import detect_language
from kursk_reader.importers.metadata import find_date, shorten_title, text_metadata
from kursk_reader.importers.sniff import sniff_format

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused: no news report is that long, and it keeps memory sane."""

MAX_TEXT_CHARS = 2_000_000
"""Extracted text longer than this (about 300,000 words) is refused: a book, not an article."""

__all__ = ["MAX_FILE_BYTES", "MAX_TEXT_CHARS", "normalise_text", "read_article", "read_text"]


def read_article(path: Path, data: bytes | None = None) -> NewArticle:
    """Read `path` (or `data` as if it were that file) into an article; refuse with a reason."""
    path = Path(path)
    if data is None:
        data = _read_bytes(path)
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(_too_large(len(data)), path)
    if not data.strip():
        raise ImportRefused("is empty", path)
    fmt = sniff_format(path, data)
    if fmt == "pdf":
        return _from_pdf(path, data)
    text, _encoding = decode_bytes(data, path, markup=fmt == "html")
    if fmt == "html":
        return _from_html(path, data, text)
    if fmt == "md":
        return _from_markdown(path, data, text)
    return _finish(path, data, "txt", text)


def read_text(text: str, name: str = "Pasted text") -> NewArticle:
    """An article from text the user pasted (the clipboard): metadata and debris as for a file."""
    data = text.encode("utf-8")
    if not text.strip():
        raise ImportRefused("is empty", name)
    stripped = text.lstrip()[:200].lower()
    if stripped.startswith(("<!doctype html", "<html")):
        return _from_html(Path(name), data, normalise_text(text))
    return _finish(Path(name), data, "txt", normalise_text(text), source_file="")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(_too_large(size), path)
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused("no such file", path) from None
    except IsADirectoryError:
        raise ImportRefused("is a folder, not a file", path) from None
    except PermissionError:
        raise ImportRefused("permission denied", path) from None
    except OSError as e:
        raise ImportRefused(f"cannot be read ({e.strerror})", path) from None


def _too_large(size: int) -> str:
    return (
        f"is too large ({size / (1024 * 1024):.1f} MB; the limit is "
        f"{MAX_FILE_BYTES // (1024 * 1024)} MB)"
    )


def _finish(
    path: Path,
    data: bytes,
    fmt: str,
    text: str,
    *,
    title: str = "",
    outlet: str = "",
    author: str = "",
    published: str = "",
    url: str = "",
    language: str = "",
    source_file: str | None = None,
) -> NewArticle:
    """Debris, metadata from the text's own lines (what the format gave wins), language."""
    text = normalise_text(text)
    if not text.strip():
        raise ImportRefused("has no text", path)
    if len(text) > MAX_TEXT_CHARS:
        raise ImportRefused(
            f"holds {len(text):,} characters of text; the limit is {MAX_TEXT_CHARS:,}", path
        )
    lines = mark_debris(split_lines(text))
    found = text_metadata(lines)
    return NewArticle(
        text=text,
        title=shorten_title(title.strip()) if title.strip() else found.title,
        outlet=outlet.strip() or found.outlet,
        url=url.strip(),
        author=author.strip() or found.author,
        published=published or found.published,
        language=language or detect_language(text),
        source_file=path.name if source_file is None else source_file,
        original=data,
        original_format=fmt,
        debris=ranges_of(lines),
    )


def _from_html(path: Path, data: bytes, html: str) -> NewArticle:
    from kursk_reader.importers.html import extract_html

    page = extract_html(html, path)
    return _finish(
        path,
        data,
        "html",
        page.text,
        title=page.title,
        outlet=page.outlet,
        author=page.author,
        published=page.published,
        url=page.url,
        language=page.language,
    )


def _from_pdf(path: Path, data: bytes) -> NewArticle:
    from kursk_reader.importers.pdf import extract_pdf

    doc = extract_pdf(data, path)
    return _finish(path, data, "pdf", doc.text, title=doc.title, author=doc.author)


def _from_markdown(path: Path, data: bytes, source: str) -> NewArticle:
    from kursk_reader.importers.markdown import markdown_to_text

    md = markdown_to_text(source)
    f = md.fields
    return _finish(
        path,
        data,
        "md",
        md.text,
        title=md.title,
        outlet=f.get("outlet") or f.get("source") or f.get("site") or f.get("publisher", ""),
        author=f.get("author") or f.get("authors", ""),
        published=find_date(f.get("date") or f.get("published", "")),
        url=f.get("url") or f.get("link", ""),
        language=(f.get("language") or f.get("lang", ""))[:2].lower(),
    )
