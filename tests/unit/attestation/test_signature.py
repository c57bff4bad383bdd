"""Signatures as vector strokes: checked, serialised compactly, and never trusted when read back."""

from __future__ import annotations

import base64
import math
import zlib

import pytest

from mpp_assist.attestation import Point, Signature, SignatureError
from mpp_assist.attestation.signature import GRID, MAX_POINTS, MAX_STROKES


def scribble(n: int = 300) -> list[list[tuple[float, float, int, float]]]:
    """A cursive-looking signature: three strokes, pressure rising and falling like a pen's."""
    strokes = []
    t = 0
    for s in range(3):
        stroke = []
        for i in range(n // 3):
            x = 20 + s * 120 + i * 1.1
            y = 60 + 30 * math.sin(i / 6 + s)
            stroke.append((x, y, t, round(0.2 + 0.7 * abs(math.sin(i / 9)), 3)))
            t += 8
        strokes.append(stroke)
        t += 150
    return strokes


def test_round_trip_keeps_every_point_within_the_grid() -> None:
    sig = Signature.from_strokes(480, 160, scribble())
    text = sig.encode()
    assert text.startswith("s1:") and text.isascii()
    back = Signature.decode(text)
    assert (back.width, back.height) == (480, 160)
    assert [len(s) for s in back.strokes] == [len(s) for s in sig.strokes]
    for a_stroke, b_stroke in zip(sig.strokes, back.strokes, strict=True):
        for a, b in zip(a_stroke, b_stroke, strict=True):
            assert abs(a.x - b.x) <= 480 / GRID and abs(a.y - b.y) <= 160 / GRID
            assert a.t == b.t
            assert abs(a.pressure - b.pressure) <= 1 / 255


def test_serialised_form_is_compact() -> None:
    text = Signature.from_strokes(480, 160, scribble(300)).encode()
    assert len(text) < 2000  # 300 points of x, y, t, pressure


def test_mouse_points_without_time_or_pressure_are_accepted() -> None:
    sig = Signature.from_strokes(200, 80, [[(10, 10), (150, 60)]])
    assert sig.strokes[0][1] == Point(150.0, 60.0, 0, 0.5)


@pytest.mark.parametrize(("strokes", "message"), [
    ([], "masih kosong"),
    ([[]], "masih kosong"),
    ([[(5, 5, 0, 0.5), (5.5, 5.2, 10, 0.5)]], "terlalu kecil"),  # a tap, not a signature
    ([[(5, 5, 0, 0.5), (250, 5, 10, 0.5)]], "di luar kotak"),
    ([[(5, 5, 0, 1.5), (150, 50, 10, 0.5)]], "Tekanan"),
    ([[(5, 5, 100, 0.5), (150, 50, 10, 0.5)]], "Urutan waktu"),
])
def test_unusable_signatures_are_refused_with_a_reason(strokes: list, message: str) -> None:
    with pytest.raises(SignatureError, match=message):
        Signature.from_strokes(200, 80, strokes)


def test_size_and_count_are_bounded() -> None:
    many = [[(1 + i, 1, i * 2, 0.5), (100, 60, i * 2 + 1, 0.5)] for i in range(MAX_STROKES + 1)]
    with pytest.raises(SignatureError, match="goresan"):
        Signature.from_strokes(200, 80, many)
    long = [[(i % 190 + 1, 40, i, 0.5) for i in range(MAX_POINTS + 1)]]
    with pytest.raises(SignatureError, match="terlalu panjang"):
        Signature.from_strokes(200, 80, long)


@pytest.mark.parametrize("text", [
    "", "s1:", "s2:AAAA", "s1:!!!!", "s1:" + base64.urlsafe_b64encode(b"not zlib").decode(),
    "s1:" + base64.urlsafe_b64encode(zlib.compress(b"\x80" * 10)).decode(),  # endless varint
    "s1:" + base64.urlsafe_b64encode(zlib.compress(b"\x00" * 50_000_000)).decode(),  # zip bomb
])
def test_damaged_data_is_refused(text: str) -> None:
    with pytest.raises(SignatureError, match="rusak"):
        Signature.decode(text)


def test_a_truncated_signature_is_refused() -> None:
    text = Signature.from_strokes(480, 160, scribble()).encode()
    raw = zlib.decompress(base64.urlsafe_b64decode(text[3:] + "=" * (-len(text[3:]) % 4)))
    cut = "s1:" + base64.urlsafe_b64encode(zlib.compress(raw[: len(raw) // 2])).decode()
    with pytest.raises(SignatureError):
        Signature.decode(cut)
