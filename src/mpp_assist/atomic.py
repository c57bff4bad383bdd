"""Writing a file whole or not at all: a temporary file beside it, flushed to disk, then renamed.

The one way the desk writes a file an officer or another program will read (reports, exports,
settings): a crash or a full disk leaves the old file or none, never half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: str | Path, data: bytes, *, mode: int | None = None) -> Path:
    """Write ``data`` to ``path`` durably; ``mode`` (e.g. 0o600) is set before the file appears.

    Raises ``OSError`` as the system reports it (the caller says it in the officer's words).
    """
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            if mode is not None:
                os.chmod(tmp, mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut once the folder is flushed (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems refuse to open a folder: the data is already safe
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
