"""Writing a file whole or not at all: a temporary file beside it, flushed to disk, then renamed.

The one way the desk writes a file an officer or another program will read (reports, exports,
settings, sealed scans, bundles, key records): a crash or a full disk leaves the old file or none,
never half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def write_atomic(path: str | Path, data: bytes, *, mode: int | None = None, private: bool = False) -> Path:
    """Write ``data`` to ``path`` durably; ``mode`` (e.g. 0o644) is set before the file appears.

    Without ``mode`` the file is readable by this user only (``mkstemp``'s 0600). ``private`` is for
    secrets and personal data (key records, exports, bundles, sealed scans): the file is 0600 whatever
    ``mode`` says, and a missing folder is created 0700 (POSIX; Windows keeps the folder's own ACL).
    Raises ``OSError`` as the system reports it (the caller says it in the officer's words).
    """
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if private:
        mode = PRIVATE_FILE
        _make_private_folder(folder)
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


def _make_private_folder(folder: Path) -> None:
    """Create the missing folders of ``folder`` as 0700; one that exists is the owner's choice, left alone."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for p in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process: fine
            p.mkdir(mode=PRIVATE_FOLDER)
            if os.name == "posix":
                os.chmod(p, PRIVATE_FOLDER)  # mkdir's mode is reduced by the umask; this is not


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
