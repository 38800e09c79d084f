"""Bytes to text: byte-order marks, a declared HTML charset, strict UTF-8, then detection.

The result is normalised (NFC, `\\n` line endings) so offsets mean the same on every system.
Text that decodes only into control characters or replacement marks is refused as binary.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from pathlib import Path

from kursk_reader.core.errors import ImportRefused

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.I)

_BINARY_LOOKING = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff\ue000-\uf8ff]")

MAX_CONTROL_SHARE = 0.01
"""More than this share of control characters (other than tab/newline) means binary, not text."""

MIN_PLAUSIBLE_CHAOS = 0.4
"""charset-normalizer's "mess" score above which a detected decoding is not trusted."""


def decode_bytes(data: bytes, path: Path, markup: bool = False) -> tuple[str, str]:
    """The text of `data` and the name of the encoding used; `markup` reads a meta charset."""
    text, encoding = _decode(data, path, markup)
    text = normalise_text(text)
    _refuse_binary_looking(text, path)
    return text, encoding


def _decode(data: bytes, path: Path, markup: bool) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec
            except UnicodeDecodeError:
                raise ImportRefused(
                    f"starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()}",
                    path,
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise ImportRefused("is a binary file, not a text article", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if markup:
        declared = _declared_charset(data)
        if declared is not None:
            try:
                return data.decode(declared), declared
            except (UnicodeDecodeError, LookupError):
                pass
    return _detect(data, path)


def _detect(data: bytes, path: Path) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > MIN_PLAUSIBLE_CHAOS:
        raise ImportRefused("is not text in any encoding we can recognise", path)
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        raise ImportRefused(
            f"looks like {best.encoding} text but does not decode as it", path
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: one byte of each pair is the script's block (0x00 for ASCII,
    0x04 for Cyrillic…), so it takes very few distinct values, NUL among them, while the other
    byte varies and is rarely NUL."""
    sample = data[: min(len(data), 8192) // 2 * 2]
    if len(sample) < 8:
        return None
    half = len(sample) / 2
    for high, low, codec in (
        (sample[0::2], sample[1::2], "utf-16-be"),
        (sample[1::2], sample[0::2], "utf-16-le"),
    ):
        if high.count(0) / half < 0.1 or low.count(0) / half > 0.02:
            continue
        common = Counter(high).most_common(3)
        if sum(n for _, n in common) / half >= 0.95:
            return codec
    return None


def _declared_charset(data: bytes) -> str | None:
    head = data[:8192]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if m is None:
        return None
    name = m.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _refuse_binary_looking(text: str, path: Path) -> None:
    sample = text[:20_000]
    if not sample:
        return
    bad = len(_BINARY_LOOKING.findall(sample))
    if bad / len(sample) > MAX_CONTROL_SHARE:
        raise ImportRefused("is a binary file, not a text article", path)


def normalise_text(text: str) -> str:
    """NFC, Unix line endings, no stray BOM, no trailing whitespace at the end of the text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", text).rstrip() + "\n"
