"""Open a picture of a document safely: bounded before it is decoded, upright by its EXIF, RGB.

A file from a scanner, a phone or a drop onto the window is untrusted: its header is
read first, and anything larger than a real photo (a decompression bomb, a
20000×20000 PNG), truncated or not a picture at all is refused with a clear
message before any pixel is decoded. PDF: the first page, rendered by pypdfium2.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from mpp_assist import bounded
from mpp_assist.documents.errors import DocumentError
from mpp_assist.forms.attachments import kind
from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 50_000_000  # a 50-megapixel phone photo; decoded RGB that is 150 MB
MAX_SIDE = 12_000
MIN_SIDE = 240  # below this a KTP's NIK is a few pixels high
WORK_SIDE = 2400  # longest side kept for reading: more only costs time
PDF_MAX_POINTS = 5000  # a page larger than 1.7 m is not a document scan


MESSAGES = {
    "file_too_large": QT_TRANSLATE_NOOP("Documents", "Berkas terlalu besar ({mb} MB); paling besar 30 MB."),
    "not_found": QT_TRANSLATE_NOOP("Documents", "Berkas tidak ditemukan: {path}"),
    "folder": QT_TRANSLATE_NOOP("Documents", "{path} adalah folder, bukan berkas gambar."),
    "not_a_file": QT_TRANSLATE_NOOP("Documents", "{path} bukan berkas biasa (perangkat atau pipa), bukan gambar."),
    "unreadable": QT_TRANSLATE_NOOP("Documents", "Berkas tidak bisa dibaca: {path} ({error})"),
    "too_many_pixels": QT_TRANSLATE_NOOP(
        "Documents", "Gambar terlalu besar ({w}×{h} piksel); paling besar 50 megapiksel."
    ),
    "bomb": QT_TRANSLATE_NOOP("Documents", "Gambar terlalu besar untuk dibuka dengan aman."),
    "not_image": QT_TRANSLATE_NOOP("Documents", "Berkas ini bukan gambar atau PDF yang bisa dibaca."),
    "corrupt": QT_TRANSLATE_NOOP("Documents", "Gambar rusak atau terpotong dan tidak bisa dibaca."),
    "pdf_corrupt": QT_TRANSLATE_NOOP("Documents", "Berkas PDF rusak dan tidak bisa dibaca."),
    "pdf_empty": QT_TRANSLATE_NOOP("Documents", "Berkas PDF tidak berisi halaman."),
    "pdf_size": QT_TRANSLATE_NOOP("Documents", "Halaman PDF berukuran tidak wajar."),
    "too_small": QT_TRANSLATE_NOOP(
        "Documents", "Gambar terlalu kecil ({w}×{h} piksel); foto ulang lebih dekat atau pindai minimal 150 dpi."
    ),
}


def _error(message: str, code: str, **params: object) -> DocumentError:
    return DocumentError(translate("Documents", MESSAGES[message]).format(**params), code)


def read_file(path: str | Path) -> bytes:
    p = Path(path)
    try:
        # bounded: /dev/zero or a FIFO is refused, never read whole or waited on
        return bounded.read_bytes(p, MAX_FILE_BYTES)
    except bounded.TooLarge:
        raise _error("file_too_large", "too_large", mb=p.stat().st_size // 2**20) from None
    except FileNotFoundError:
        raise _error("not_found", "not_found", path=p) from None
    except IsADirectoryError:
        raise _error("folder", "not_image", path=p) from None
    except bounded.NotARegularFile:
        if p.is_dir():
            raise _error("folder", "not_image", path=p) from None
        raise _error("not_a_file", "not_image", path=p) from None
    except OSError as exc:
        raise _error("unreadable", "unreadable", path=p, error=exc) from None


def load(data: bytes) -> np.ndarray:
    """The picture in ``data`` (JPEG, PNG, TIFF, GIF, WebP, BMP or a PDF's first page) as RGB pixels."""
    if len(data) > MAX_FILE_BYTES:
        raise _error("file_too_large", "too_large", mb=len(data) // 2**20)
    if kind(data) == "pdf":
        image = _pdf_page(data)
    else:
        image = _picture(data)
    return _bounded(image)


def _picture(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))  # reads the header only
            width, height = img.size
            if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                raise _error("too_many_pixels", "too_large", w=width, h=height)
            img.load()
            img = ImageOps.exif_transpose(img)  # phones store "rotate me" in EXIF
            return img.convert("RGB")
    except DocumentError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _error("bomb", "too_large") from None
    except Image.UnidentifiedImageError:
        raise _error("not_image", "not_image") from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise _error("corrupt", "corrupt") from None


def _pdf_page(data: bytes) -> Image.Image:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise _error("pdf_corrupt", "corrupt") from None
    try:
        if len(pdf) == 0:
            raise _error("pdf_empty", "corrupt")
        page = pdf[0]
        width, height = page.get_size()
        if not (0 < width <= PDF_MAX_POINTS and 0 < height <= PDF_MAX_POINTS):
            raise _error("pdf_size", "too_large")
        scale = min(WORK_SIDE / max(width, height), 300 / 72)  # at most 300 dpi
        return page.render(scale=scale).to_pil().convert("RGB")
    except pdfium.PdfiumError:
        raise _error("pdf_corrupt", "corrupt") from None
    finally:
        pdf.close()


def _bounded(img: Image.Image) -> np.ndarray:
    width, height = img.size
    if min(width, height) < MIN_SIDE:
        raise _error("too_small",
            "too_small", w=width, h=height,
        )
    if max(width, height) > WORK_SIDE:
        img.thumbnail((WORK_SIDE, WORK_SIDE), Image.Resampling.LANCZOS)
    return np.asarray(img, dtype=np.uint8)
