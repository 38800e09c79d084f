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

MIN_TEXT_CHARS = 20
"""Fewer letters than this in the whole document means there is no usable text layer."""


@dataclass(frozen=True, slots=True)
class PdfArticle:
    """The text layer and the document's own title and author. No date: a PDF's creation
    date is when it was saved, not when the report was published."""

    text: str
    title: str
    author: str


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
    title = author = ""
    if info is not None:
        title = str(info.title or "").strip()
        author = str(info.author or "").strip()
    return PdfArticle(text=text, title=title, author=author)


_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$")


def _tidy_page(text: str) -> str:
    """Reflow a page's lines into paragraphs: PDF lines end where the layout wrapped them.

    A line is joined to the next when it does not end a sentence and the next starts in lower
    case (or the line ends with a hyphenated word part); a lone page number at the top or
    bottom of the page is dropped; tabs between words and ligatures become plain text.
    """
    text = text.translate(_LIGATURES).replace("\t", " ").replace("\xa0", " ")
    lines = [re.sub(r" {2,}", " ", ln).strip() for ln in text.splitlines()]
    while lines and (not lines[-1] or _PAGE_NUMBER.match(lines[-1])):
        lines.pop()
    while lines and (not lines[0] or _PAGE_NUMBER.match(lines[0])):
        lines.pop(0)
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        prev = out[-1] if out else ""
        if prev and re.search(r"\w-$", prev) and line[:1].islower():
            out[-1] = prev[:-1] + line
        elif (
            prev
            and not re.search(r"[.!?:;»”\"]$", prev)
            and (line[:1].islower() or line[:1].isdigit())
        ):
            out[-1] = prev + " " + line
        elif prev and re.search(r"[.!?»”\"]$", prev):
            out.extend(["", line])
        else:
            out.append(line)
    return "\n".join(out).strip()
