"""Drawing a signature's vector strokes into a box of a reportlab canvas (receipts and paper forms)."""

from __future__ import annotations

from itertools import pairwise

from reportlab.pdfgen.canvas import Canvas

from mpp_assist.attestation import Signature


def draw_signature(c: Canvas, sig: Signature, x: float, y: float, width: float, height: float) -> None:
    """``sig`` scaled to fit the box with lower-left corner (x, y), centred, aspect kept.

    Line width follows pen pressure (0.6–1.6 pt), so a tablet signature keeps its character.
    """
    pad = min(width, height) * 0.06
    scale = min((width - 2 * pad) / sig.width, (height - 2 * pad) / sig.height)
    left = x + (width - sig.width * scale) / 2
    top = y + (height + sig.height * scale) / 2  # the signature's y runs down from the box top
    c.saveState()
    c.setLineCap(1)
    c.setLineJoin(1)
    c.setStrokeColorRGB(0.05, 0.1, 0.35)
    for stroke in sig.strokes:
        if len(stroke) == 1:
            p = stroke[0]
            c.setLineWidth(0.6 + p.pressure)
            c.line(left + p.x * scale, top - p.y * scale, left + p.x * scale + 0.1, top - p.y * scale)
            continue
        for a, b in pairwise(stroke):
            c.setLineWidth(0.6 + (a.pressure + b.pressure) / 2)
            c.line(left + a.x * scale, top - a.y * scale, left + b.x * scale, top - b.y * scale)
    c.restoreState()
