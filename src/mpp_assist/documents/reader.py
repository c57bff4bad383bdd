"""Picture → ``Reading``: open it safely, flatten the document, read it upright, parse, check."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from mpp_assist.documents import checks, detect, images, kk, ktp, ocr
from mpp_assist.documents.errors import DocumentError
from mpp_assist.documents.model import Reading
from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate

KINDS = ("auto", "ktp", "kk")
LONG_SIDE = 1600  # pixels across the flattened document: a KK's small print stays legible
ENOUGH = 0.3  # share of a layout's labels found before a reading is believed upright
AT_LEAST = 0.2  # below this it is not that kind of document at all
# A KTP-el is an ID-1 card, 85.6 × 54 mm (1.59 : 1); a KK is A4 (1.41) or folio (1.53). Flattened wider
# than this, it is taken for a card and its text found at the card's (smaller, faster) size.
CARD_RATIO = 1.56


def _scores(lines: list[ocr.TextLine]) -> dict[str, float]:
    return {"ktp": ktp.looks_like(lines), "kk": kk.looks_like(lines)}


def _best(scores: dict[str, float], kind: str) -> float:
    return scores[kind] if kind != "auto" else max(scores.values())


def read_image(image: np.ndarray, kind: str = "auto") -> Reading:
    """Read a KTP-el or KK from RGB pixels (a photo, a scan or a webcam frame)."""
    if kind not in KINDS:
        raise ValueError(kind)
    flat = detect.flatten(image, detect.find_corners(image), LONG_SIDE)
    card = kind == "ktp" or (kind == "auto" and flat.shape[1] / flat.shape[0] >= CARD_RATIO)
    side = ocr.CARD_DETECT_SIDE if card else ocr.DETECT_SIDE
    lines = ocr.recognise(flat, side)
    scores = _scores(lines)
    if max(scores.values()) < ENOUGH:  # upside down, or not a document: reading it turned tells which
        turned = detect.turn(flat, 2)
        turned_lines = ocr.recognise(turned, side)
        turned_scores = _scores(turned_lines)
        if _best(turned_scores, kind) > _best(scores, kind):
            flat, lines, scores = turned, turned_lines, turned_scores
    asked = kind
    if kind == "auto":
        kind = max(scores, key=lambda k: scores[k])
    if scores[kind] < AT_LEAST:
        raise DocumentError(_not_this(asked), "not_document")
    width = flat.shape[1]
    if kind == "ktp":
        fields = ktp.parse(lines, width)
        checks.nik(fields["nik"], fields["tanggal_lahir"], fields["jenis_kelamin"])
        checks.region(fields, fields["nik"].value)
        return Reading("ktp", fields, [], flat)
    fields, members = kk.parse(lines, width)
    checks.kk_number(fields["no_kk"])
    checks.region(fields, None)
    for m in members:
        checks.nik(m["nik"], m["tanggal_lahir"], m["jenis_kelamin"])
    return Reading("kk", fields, members, flat)


NOT_THIS = {
    "ktp": QT_TRANSLATE_NOOP(
        "Documents", "Gambar ini tidak terbaca sebagai KTP-el. Foto ulang lebih terang dan tajam."
    ),
    "kk": QT_TRANSLATE_NOOP(
        "Documents", "Gambar ini tidak terbaca sebagai Kartu Keluarga. Foto ulang lebih terang dan tajam."
    ),
    "auto": QT_TRANSLATE_NOOP(
        "Documents", "Gambar ini tidak terbaca sebagai KTP-el atau Kartu Keluarga. Foto ulang lebih terang dan tajam."
    ),
}


def _not_this(kind: str) -> str:
    return translate("Documents", NOT_THIS[kind])


def read_bytes(data: bytes, kind: str = "auto") -> Reading:
    return read_image(images.load(data), kind)


def read_file(path: str | Path, kind: str = "auto") -> Reading:
    return read_bytes(images.read_file(path), kind)


__all__ = ["DocumentError", "read_bytes", "read_file", "read_image"]
