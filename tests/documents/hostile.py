"""Files a scanner, a phone or a stranger might hand the desk that are not a readable document."""

from __future__ import annotations

import io
import struct
import zlib
from functools import cache

from PIL import Image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


@cache
def huge_png(width: int = 20000, height: int = 20000) -> bytes:
    """A valid grey PNG of width×height zero pixels: a few hundred kB that would decode to 400 MB."""
    comp = zlib.compressobj(1)
    block = bytes((width + 1) * 500)  # 500 rows of zeros, filter byte included
    body = b"".join(comp.compress(block) for _ in range(height // 500)) + comp.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")


def bomb_header_png() -> bytes:
    """Only a header claiming 100000×100000 pixels, no data: refused before anything is decoded."""
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IEND", b"")


def truncated_jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (900, 600), (200, 200, 200)).save(buf, "JPEG")
    data = buf.getvalue()
    return data[: len(data) // 2]


def tiny_png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 80), "white").save(buf, "PNG")
    return buf.getvalue()


def blank_photo() -> bytes:
    """A plain picture with no document in it."""
    buf = io.BytesIO()
    Image.new("RGB", (900, 600), (90, 120, 60)).save(buf, "JPEG")
    return buf.getvalue()


FILES = {
    "huge.png": huge_png,
    "bomb.png": bomb_header_png,
    "truncated.jpg": truncated_jpeg,
    "tiny.png": tiny_png,
    "not-an-image.jpg": lambda: b"Ini surat, bukan gambar.\n" * 20,
    "empty.png": lambda: b"",
    "broken.pdf": lambda: b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer garbage",
}
