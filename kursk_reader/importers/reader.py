"""Reading one file into a `NewArticle`: the format is chosen by content, not only by name."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from kursk_reader.core.errors import ImportRefused
from kursk_reader.core.models import NewArticle

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused: no news report is that long, and it keeps memory sane."""


def read_article(path: Path, data: bytes | None = None) -> NewArticle:
    """Read `path` (or `data` as if it were that file) into an article; refuse with a reason."""
    path = Path(path)
    if data is None:
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ImportRefused(
                    f"is too large ({size // (1024 * 1024)} MB; the limit is "
                    f"{MAX_FILE_BYTES // (1024 * 1024)} MB)",
                    path,
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise ImportRefused("no such file", path) from None
        except IsADirectoryError:
            raise ImportRefused("is a folder, not a file", path) from None
        except PermissionError:
            raise ImportRefused("permission denied", path) from None
        except OSError as e:
            raise ImportRefused(f"cannot be read ({e.strerror})", path) from None
    if not data.strip():
        raise ImportRefused("is empty", path)
    if b"\x00" in data[:8192]:
        raise ImportRefused("is a binary file, not a text article", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ImportRefused(f"is not valid UTF-8 text (byte {e.start})", path) from None
    text = normalise_text(text)
    if not text.strip():
        raise ImportRefused("has no text", path)
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")[:300]
    return NewArticle(
        text=text,
        title=title,
        source_file=path.name,
        original=data,
        original_format="txt",
    )


def normalise_text(text: str) -> str:
    """NFC, Unix line endings, no trailing whitespace at the end of the text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).rstrip() + "\n"
