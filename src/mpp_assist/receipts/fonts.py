"""The bundled TTF font (DejaVu Sans, licence in resources/fonts/) registered with reportlab once.

Embedded (subset) in every PDF, so a receipt looks the same on every machine and
every Indonesian letter and symbol (✓, –, “ ”) prints.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mpp_assist.paths import resource

REGULAR = "MppSans"
BOLD = "MppSans-Bold"

_lock = threading.Lock()
_done = False


def register() -> None:
    """Register the fonts with reportlab (idempotent, thread-safe)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _done = True


def string_width(text: str, font: str, size: float) -> float:
    register()
    return pdfmetrics.stringWidth(text, font, size)
