"""Paper for forms: A4 and F4/folio (215 × 330 mm, what Indonesian offices use), normal and large print."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from mpp_assist.receipts.layouts import Layout

PAPER_NAMES = ("a4", "f4")
F4 = (215 * mm, 330 * mm)
_SIZES = {"a4": A4, "f4": F4}
MEDIA = {"a4": "A4", "f4": "Custom.215x330mm"}  # the CUPS job option, so the printer does not fit F4 onto A4


def form_layout(paper: str, large_print: bool = False) -> Layout:
    """The layout for ``paper`` (``a4`` or ``f4``); ValueError if unknown. Large print: nothing below 16 pt."""
    try:
        width, height = _SIZES[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}; choose one of {', '.join(PAPER_NAMES)}") from None
    if large_print:
        # Not "wide": each label above its answer, so a long answer never interleaves with a wrapped label.
        lay = Layout(paper, width, height, 16 * mm, 14 * mm, 16, 16, 18, 20, 18, 34 * mm, False)
    else:
        lay = Layout(paper, width, height, 18 * mm, 14 * mm, 10, 8, 11.5, 13.5, 12, 30 * mm, True)
    return replace(lay, large=large_print)
