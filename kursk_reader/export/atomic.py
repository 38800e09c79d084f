"""Writing an exported file all at once: a temporary file beside it, then a rename.

A reader never sees half a report, and a failed write (no such folder, no permission, a full
disk) leaves the old file as it was and no temporary file behind.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from kursk_reader.core.errors import KurskError


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write `data` (text as UTF-8) to `path`, replacing it in one step; returns the path."""
    asked = Path(path).expanduser()
    # A symbolic link is written through (the link stays a link); a rename would replace it.
    path = asked.resolve() if asked.is_symlink() else asked
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise KurskError("is a folder; choose a file name to export to", asked)
    if path.exists() and not path.is_file():
        raise KurskError("is a device or other special file, not a file to export to", asked)
    if not folder.is_dir():
        raise KurskError("cannot be written: its folder does not exist", asked)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        # mkstemp makes the file private (0600); give it the mode a new file normally gets.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as e:
        raise KurskError(_reason(e), asked) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return asked


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _reason(e: OSError) -> str:
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return "cannot be written: the disk is full; nothing was written"
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "cannot be written: permission denied; nothing was written"
    return f"cannot be written: {e.strerror or e}; nothing was written"
