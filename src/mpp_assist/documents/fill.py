"""Putting what was read into a ``FieldReading``: value, confidence, box and the raw text."""

from __future__ import annotations

from collections.abc import Callable

from mpp_assist.documents import normalise as norm
from mpp_assist.documents.layout import Labelled, mean_confidence, union
from mpp_assist.documents.model import FieldReading
from mpp_assist.documents.ocr import TextLine


def text(f: FieldReading, text: str, lines: list[TextLine], clean: Callable[[str], str] = norm.clean_text) -> None:
    """A free-text value (a name, an address) as printed."""
    f.raw = text
    value = clean(text)
    f.value = value or None
    f.confidence = mean_confidence(lines) if value else 0.0
    f.box = union(lines)


def labelled(f: FieldReading, hit: Labelled, clean: Callable[[str], str] = norm.clean_text) -> None:
    text(f, hit.value, hit.lines, clean)


def parsed(f: FieldReading, hit: Labelled, parsed: tuple[object, float]) -> None:
    """A value normalised by one of ``normalise``'s functions: ``(value, similarity)``."""
    value, similarity = parsed
    f.raw = hit.value
    f.box = union(hit.lines)
    f.value = value
    f.confidence = mean_confidence(hit.lines) * similarity if value is not None else 0.0


def rt_rw(text: str) -> tuple[tuple[str | None, float], tuple[str | None, float]]:
    d = norm.digits(text)
    if "/" in text:
        a, _sep, b = text.partition("/")
        a, b = norm.digits(a), norm.digits(b)
        if len(a) == 3 and len(b) == 3:
            return (a, 1.0), (b, 1.0)
    if len(d) == 6:
        return (d[:3], 0.9), (d[3:], 0.9)
    return (None, 0.0), (None, 0.0)
