"""A handwritten signature as vector strokes: checked, and serialised compactly for sealing with the answers.

The applicant signs in a box on the applicant display or a signature tablet; the UI hands over
each stroke as points ``(x, y, t, pressure)`` in the box's own units (``x`` right, ``y`` down,
``t`` milliseconds since the first touch, ``pressure`` 0..1; mouse and touch give 0.5). We keep
vectors, not a picture: they print sharp at any size, and are small.

Serialised as ``s1:<base64url of zlib of varints>``: the box size, then per stroke its point
count and each point as deltas from the previous one (coordinates on a 0..4095 grid, time in ms,
pressure 0..255). A typical signature of a few hundred points is well under 2 KB.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mpp_assist.i18n import translate

PREFIX = "s1:"
GRID = 4095  # coordinates are kept on a 0..GRID grid across the box
MAX_STROKES = 64
MAX_POINTS = 8000  # in all strokes together
MAX_DURATION_MS = 10 * 60 * 1000
MAX_ENCODED = 64 * 1024
MIN_INK = 0.03  # the ink must span at least 3 % of the box one way: a stray tap is not a signature


class SignatureError(ValueError):
    """A signature that cannot be kept; ``message`` says why, in the current language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    t: int = 0  # ms since the first point of the signature
    pressure: float = 0.5


@dataclass(frozen=True)
class Signature:
    width: float  # the box the applicant signed in, in the same units as the points
    height: float
    strokes: tuple[tuple[Point, ...], ...]

    @classmethod
    def from_strokes(cls, width: float, height: float,
                     strokes: Iterable[Iterable[Sequence[float] | Point]]) -> Signature:
        """Build and check a signature from the UI's strokes (points as ``Point`` or ``(x, y, t, p)``)."""
        built = []
        for stroke in strokes:
            points = []
            for p in stroke:
                if isinstance(p, Point):
                    points.append(p)
                    continue
                x, y, *rest = p
                t = int(rest[0]) if rest else 0
                pressure = float(rest[1]) if len(rest) > 1 else 0.5
                points.append(Point(float(x), float(y), t, pressure))
            built.append(tuple(points))
        sig = cls(float(width), float(height), tuple(built))
        sig.check()
        return sig

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def check(self) -> None:
        """Raise SignatureError unless this is a signature worth keeping (bounded, inside its box, not empty)."""
        if not (1 <= self.width <= 10000 and 1 <= self.height <= 10000):
            raise SignatureError(translate("Signature", "Ukuran kotak tanda tangan tidak masuk akal."))
        if not any(self.strokes):
            raise SignatureError(
                translate("Signature", "Tanda tangan masih kosong. Minta pemohon menandatangani di kotak.")
            )
        if len(self.strokes) > MAX_STROKES:
            message = translate("Signature", "Tanda tangan terlalu banyak goresan (paling banyak {n}). Tekan Ulangi.")
            raise SignatureError(message.format(n=MAX_STROKES))
        if self.point_count > MAX_POINTS:
            raise SignatureError(
                translate("Signature", "Tanda tangan terlalu panjang. Tekan Ulangi dan tanda tangani lagi.")
            )
        last_t = 0
        for stroke in self.strokes:
            for p in stroke:
                if not (0 <= p.x <= self.width and 0 <= p.y <= self.height):
                    raise SignatureError(translate("Signature", "Ada goresan di luar kotak tanda tangan."))
                if not 0 <= p.pressure <= 1:
                    raise SignatureError(translate("Signature", "Tekanan pena tidak terbaca."))
                if p.t < last_t or p.t > MAX_DURATION_MS:
                    raise SignatureError(translate("Signature", "Urutan waktu goresan tidak terbaca. Tekan Ulangi."))
                last_t = p.t
        xs = [p.x for s in self.strokes for p in s]
        ys = [p.y for s in self.strokes for p in s]
        if max(xs) - min(xs) < MIN_INK * self.width and max(ys) - min(ys) < MIN_INK * self.height:
            raise SignatureError(
                translate("Signature", "Tanda tangan terlalu kecil. Tekan Ulangi dan tanda tangani lagi.")
            )

    # -- compact form --------------------------------------------------------------------------

    def encode(self) -> str:
        """The signature as a short ASCII string (``s1:…``) to keep in the sealed answers."""
        self.check()
        out = bytearray()
        _varint(out, round(self.width))
        _varint(out, round(self.height))
        _varint(out, len(self.strokes))
        px = py = pt = pp = 0
        for stroke in self.strokes:
            _varint(out, len(stroke))
            for p in stroke:
                x = round(p.x / self.width * GRID)
                y = round(p.y / self.height * GRID)
                pressure = round(p.pressure * 255)
                for value, prev in ((x, px), (y, py), (p.t, pt), (pressure, pp)):
                    _varint(out, _zigzag(value - prev))
                px, py, pt, pp = x, y, p.t, pressure
        text = PREFIX + base64.urlsafe_b64encode(zlib.compress(bytes(out), 9)).decode("ascii").rstrip("=")
        if len(text) > MAX_ENCODED:
            raise SignatureError(
                translate("Signature", "Tanda tangan terlalu panjang. Tekan Ulangi dan tanda tangani lagi.")
            )
        return text

    @classmethod
    def decode(cls, text: str) -> Signature:
        """The signature ``encode`` made; SignatureError for anything else (never trusts the input)."""
        bad = SignatureError(translate("Signature", "Data tanda tangan rusak."))
        if not isinstance(text, str) or not text.startswith(PREFIX) or len(text) > MAX_ENCODED:
            raise bad
        body = text[len(PREFIX):]
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            unzip = zlib.decompressobj()
            data = unzip.decompress(raw, MAX_POINTS * 4 * 5 + 64)  # bounded: no zip bomb
            if unzip.unconsumed_tail:
                raise bad
            reader = _Reader(data)
            width, height, count = reader.next(), reader.next(), reader.next()
            if count > MAX_STROKES or not width or not height:
                raise bad
            strokes = []
            px = py = pt = pp = 0
            total = 0
            for _ in range(count):
                n = reader.next()
                total += n
                if total > MAX_POINTS:
                    raise bad
                points = []
                for _ in range(n):
                    px += _unzigzag(reader.next())
                    py += _unzigzag(reader.next())
                    pt += _unzigzag(reader.next())
                    pp += _unzigzag(reader.next())
                    points.append(Point(px / GRID * width, py / GRID * height, pt, pp / 255))
                strokes.append(tuple(points))
            if not reader.done:
                raise bad
        except (ValueError, zlib.error, IndexError) as exc:
            if isinstance(exc, SignatureError):
                raise
            raise bad from None
        sig = cls(float(width), float(height), tuple(strokes))
        try:
            sig.check()
        except SignatureError:
            raise bad from None
        return sig


def _zigzag(n: int) -> int:
    return n * 2 if n >= 0 else -n * 2 - 1


def _unzigzag(n: int) -> int:
    return n // 2 if n % 2 == 0 else -(n + 1) // 2


def _varint(out: bytearray, n: int) -> None:
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    @property
    def done(self) -> bool:
        return self.pos == len(self.data)

    def next(self) -> int:
        n = shift = 0
        while True:
            byte = self.data[self.pos]  # IndexError at the end: damaged data
            self.pos += 1
            n |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return n
            shift += 7
            if shift > 35:
                raise ValueError("varint too long")
