"""Measuring what the theme actually painted: colours read from rendered pixels, WCAG contrast."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from mpp_assist.ui.shell.theme import contrast_ratio


def pixels(img: QImage, inset: int = 0) -> Iterator[int]:
    for y in range(inset, img.height() - inset):
        for x in range(inset, img.width() - inset):
            yield img.pixel(x, y)


def painted_contrast(widget: QWidget, inset: int = 4) -> tuple[float, QColor, QColor]:
    """(ratio, text colour, background colour) of a widget as painted.

    The background is the most common pixel inside the widget (inset past any border); the text
    colour is the painted pixel that contrasts most with it: glyph stems at these sizes reach the
    pure text colour, anti-aliased edges only lie between the two.
    """
    QApplication.processEvents()
    img = grab_in_window(widget)
    counts = Counter(pixels(img, inset))
    background = QColor(counts.most_common(1)[0][0])
    text = max((QColor(p) for p in counts), key=lambda c: contrast_ratio(c, background))
    return contrast_ratio(text, background), text, background


def grab_in_window(widget: QWidget) -> QImage:
    """The widget as seen in its window (a transparent widget shows its parent's background)."""
    window = widget.window()
    origin = widget.mapTo(window, QPoint(0, 0))
    return window.grab(QRect(origin, widget.size())).toImage()


def reset_application_look(app: QApplication) -> None:
    app.setStyleSheet("")
    app.setPalette(QPalette())
    app.setFont(QFont())
