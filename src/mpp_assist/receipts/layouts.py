"""Paper layouts: page size, margins and type sizes for each receipt paper, normal and large print.

Thermal rolls print 72 mm of an 80 mm roll (576 dots at 203 dpi) and about 48 mm
of a 58 mm roll; the PDF page is the paper width with side margins that leave
exactly that printable width. A roll's height is computed from the content.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

LAYOUT_NAMES = ("a4", "a5", "80mm", "58mm")
LARGE_PRINT_MIN_PT = 16.0


@dataclass(frozen=True)
class Layout:
    name: str
    width: float  # points
    height: float | None  # None: a roll, as long as the content
    margin_x: float
    margin_y: float
    body: float  # type sizes in points
    small: float
    heading: float
    title: float
    number: float  # the receipt number, the thing an applicant is asked for
    qr: float  # QR code side, quiet zone included
    wide: bool  # labels beside values, QR beside the header
    large: bool = False  # large print: never scaled below 16 pt

    @property
    def roll(self) -> bool:
        return self.height is None

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin_x


_NORMAL = {
    "a4": Layout("a4", A4[0], A4[1], 20 * mm, 18 * mm, 11, 9, 13, 17, 18, 42 * mm, True),
    "a5": Layout("a5", A5[0], A5[1], 12 * mm, 12 * mm, 9.5, 7.5, 11, 14, 15, 34 * mm, True),
    "80mm": Layout("80mm", 80 * mm, None, 4 * mm, 4 * mm, 9, 7.5, 10.5, 12, 13, 44 * mm, False),
    "58mm": Layout("58mm", 58 * mm, None, 5 * mm, 4 * mm, 8, 7, 9, 10.5, 9, 38 * mm, False),
}

# Large print: nothing below 16 pt, so "body" and "small" are the same size.
_LARGE = {
    "a4": Layout("a4", A4[0], A4[1], 18 * mm, 12 * mm, 16, 16, 19, 22, 24, 48 * mm, True),
    "a5": Layout("a5", A5[0], A5[1], 10 * mm, 10 * mm, 16, 16, 18, 20, 20, 46 * mm, False),
    "80mm": Layout("80mm", 80 * mm, None, 4 * mm, 4 * mm, 16, 16, 17, 19, 18, 50 * mm, False),
    "58mm": Layout("58mm", 58 * mm, None, 5 * mm, 4 * mm, 16, 16, 16, 16, 16, 44 * mm, False),
}


def scaled(lay: Layout, factor: float, floor: float = 0.0) -> Layout:
    """``lay`` with every type size (and the QR) times ``factor``, none below ``floor`` (large print: 16 pt):
    to fit a long receipt on one sheet."""

    def size(value: float) -> float:
        return max(value * factor, min(value, floor))

    return replace(lay, body=size(lay.body), small=size(lay.small), heading=size(lay.heading),
                   title=size(lay.title), number=size(lay.number), qr=lay.qr * max(factor, 0.75 if floor else 0.9))


def layout(name: str, large_print: bool = False) -> Layout:
    """The layout called ``name`` (``a4``, ``a5``, ``80mm``, ``58mm``); ValueError if unknown."""
    table = _LARGE if large_print else _NORMAL
    try:
        return replace(table[name.lower()], large=large_print)
    except KeyError:
        choices = ", ".join(LAYOUT_NAMES)
        raise ValueError(f"unknown receipt layout {name!r}; choose one of {choices}") from None
