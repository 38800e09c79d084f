"""PDF articles: the text layer read with pypdf, page by page.

An encrypted PDF opens only when it needs no password to read (an empty user password, as
many "protected" PDFs have); otherwise it is refused. A PDF without a text layer (a scan) is
refused with a hint to run OCR first: we never guess text from images.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from kursk_reader.core.errors import ImportRefused
from kursk_reader.importers.metadata import find_date

MIN_TEXT_CHARS = 20
"""Fewer letters than this in the whole document means there is no usable text layer."""


@dataclass(frozen=True, slots=True)
class PdfArticle:
    text: str
    title: str
    author: str
    published: str


def extract_pdf(data: bytes, path: Path) -> PdfArticle:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:
                opened = False
            if not opened:
                raise ImportRefused("is an encrypted PDF that needs a password to open", path)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except ImportRefused:
        raise
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        AssertionError,
        ZeroDivisionError,
        NotImplementedError,
    ) as e:
        raise ImportRefused(f"is a damaged or unreadable PDF ({type(e).__name__})", path) from None
    if not pages:
        raise ImportRefused("is a PDF with no pages", path)
    text = "\n\n".join(_tidy_page(p) for p in pages if p.strip())
    if sum(ch.isalpha() for ch in text) < MIN_TEXT_CHARS:
        raise ImportRefused("is a PDF without a text layer (a scan?); run OCR on it first", path)
    title = author = published = ""
    if info is not None:
        title = str(info.title or "").strip()
        author = str(info.author or "").strip()
        raw_date = str(info.get("/CreationDate", "") or "")
        m = re.match(r"D:(\d{4})(\d{2})(\d{2})", raw_date)
        if m:
            published = find_date(f"{m[1]}-{m[2]}-{m[3]}")
    return PdfArticle(text=text, title=title, author=author, published=published)


def _tidy_page(text: str) -> str:
    """Join words broken by end-of-line hyphens; keep the page's line structure otherwise."""
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return text.strip()
