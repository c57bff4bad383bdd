"""A lock between processes that the operating system lets go when its holder dies.

A lock *file* (made with ``O_EXCL``, removed when done) outlives a process killed half-way: the
next start waited for it and then failed. The lock here is the OS's own on an open file —
``flock`` on POSIX, ``msvcrt.locking`` on Windows — released with the process, whatever ends it.
The file itself stays; only its lock matters.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def held(path: Path) -> Iterator[bool]:
    """Try once, without waiting: True inside when this process holds the lock, False when a live
    process does."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    mine = False
    try:
        mine = _try_lock(fd)
        yield mine
    finally:
        if mine:
            _unlock(fd)
        os.close(fd)
