"""Reading a file the user names, with a limit, never blocking: the one way the CLI and the core read one.

``Path.read_bytes()`` trusts the path: ``/dev/zero`` as a scan or an answers file filled memory for
40 s before a MemoryError, and a FIFO hung the command (``stat`` says size 0 for both, so a size
check before reading passes). Here only a regular file is read, opened without blocking, and no
more than ``limit`` bytes are ever held. Both refusals are ``OSError``, so every caller's existing
"cannot be read" path reports them.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


class NotARegularFile(OSError):
    """A FIFO, a device, a socket or a folder where a file was expected."""


class TooLarge(OSError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes")
        self.limit = limit


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    chunks, size = [], 0
    while chunk := stream.read(min(CHUNK, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise TooLarge(limit)
    return b"".join(chunks)


def read_bytes(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; NotARegularFile or TooLarge (both OSError) otherwise."""
    # O_NONBLOCK: opening a FIFO for reading would wait for a writer before fstat could refuse it
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd)
        if not stat.S_ISREG(mode.st_mode):
            raise NotARegularFile(f"not a regular file: {path}")
        if mode.st_size > limit:  # refused before a byte is read
            raise TooLarge(limit)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            return _read_at_most(stream, limit)
    finally:
        os.close(fd)


def read_stdin(limit: int) -> bytes:
    """Standard input up to ``limit`` bytes (``-`` as a file name); TooLarge past it."""
    return _read_at_most(sys.stdin.buffer, limit)
