"""What a file really is, judged by its first bytes; the file name's extension is only a hint.

Policy for a file whose content disagrees with its name: when the content is a format we
read (PDF, HTML, text), it is read as what it really is (a PDF named `.html` is read as a
PDF); when it is something we do not read (an image, an archive, a program), it is refused
with a message saying what it is and what its name claimed.
"""

from __future__ import annotations

import re
from pathlib import Path

from kursk_reader.core.errors import ImportRefused

TEXT_EXTENSIONS = {".txt", ".text", ""}
MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdown", ".mkd"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml", ".php", ".aspx"}
PDF_EXTENSIONS = {".pdf"}

_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"BM", ""),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub, which are ZIP files)"),
    (0, b"PK\x05\x06", "an empty ZIP archive"),
    (0, b"\x1f\x8b", "a gzip-compressed file"),
    (0, b"BZh", ""),
    (0, b"\xfd7zXZ\x00", "an xz-compressed file"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"\x7fELF", "a program (ELF executable)"),
    (0, b"MZ", ""),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc/.xls)"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"{\\rtf", "an RTF document (save it as plain text, HTML or PDF first)"),
    (0, b"ID3", "an MP3 audio file"),
    (0, b"OggS", "an Ogg media file"),
    (0, b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
    (0, b"wOFF", "a web font"),
    (0, b"wOF2", "a web font"),
    (4, b"ftyp", "an MP4/QuickTime media file"),
)

_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_ANYWHERE = re.compile(rb"<(html|head|body)[\s>]", re.I)


def known_binary(data: bytes) -> str | None:
    """A description of a non-article binary format recognised by its magic bytes, else None."""
    for offset, magic, what in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            if what:
                return what
            if b"\x00" in data[:64]:
                return "a binary file"
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[
            data[8:12]
        ]
    return None


def sniff_format(path: Path, data: bytes) -> str:
    """One of "pdf", "html", "md", "txt"; refuses formats that are not articles."""
    ext = path.suffix.lower()
    named = _named_as(ext)
    if data.lstrip()[:5] == b"%PDF-" or (b"%PDF-" in data[:1024] and ext in PDF_EXTENSIONS):
        return "pdf"
    binary = known_binary(data)
    if binary is not None:
        claim = f" although its name ends in {ext}" if ext else ""
        raise ImportRefused(f"is {binary}{claim}, not an article", path)
    if ext in PDF_EXTENSIONS:
        raise ImportRefused("is named .pdf but is not a PDF file", path)
    head = data[:4096]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = _utf16_head(head)
    if _HTML_START.match(head) or (named == "html" and _HTML_ANYWHERE.search(head)):
        return "html"
    if named == "html" and re.search(rb"<(p|div|article|title|meta)[\s>]", head, re.I):
        return "html"
    return "md" if named == "md" else "txt"


def _named_as(ext: str) -> str:
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in MARKDOWN_EXTENSIONS:
        return "md"
    if ext in PDF_EXTENSIONS:
        return "pdf"
    return "txt"


def _utf16_head(head: bytes) -> bytes:
    """The ASCII bytes of a UTF-16 prefix, enough to recognise markup."""
    codec = "utf-16-le" if head[:2] == b"\xff\xfe" else "utf-16-be"
    text = head[2 : len(head) - (len(head) % 2)].decode(codec, errors="replace")
    return text.encode("ascii", errors="replace")
