"""A box the applicant signs in with a finger, pen or mouse; handed over as vector strokes.

Points are recorded in the box's own pixels with the time since the first touch, as
``attestation.signature.Signature.from_strokes`` wants them; a tablet's pressure is kept, the
mouse and touch give 0.5. The pad draws what it recorded, so what the applicant sees is what
is stored.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from mpp_assist.attestation.signature import Signature, SignatureError

Point = tuple[float, float, float, float]  # x, y, t (ms since the first touch), pressure


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(QSize(320, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable, so Delete can clear it
        self.strokes: list[list[Point]] = []
        self._start: float | None = None
        self._drawing = False
        self._size_at_first_touch: QSize | None = None

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    # -- recording ----------------------------------------------------------------

    def _now_ms(self) -> float:
        now = time.monotonic()
        if self._start is None:
            self._start = now
        return round((now - self._start) * 1000.0)

    def _add(self, pos: QPointF, pressure: float, new_stroke: bool) -> None:
        if self._size_at_first_touch is None:
            self._size_at_first_touch = self.size()
        x = min(max(pos.x(), 0.0), float(self.width()))
        y = min(max(pos.y(), 0.0), float(self.height()))
        point = (x, y, self._now_ms(), min(max(pressure, 0.0), 1.0))
        if new_stroke or not self.strokes:
            self.strokes.append([point])
        else:
            self.strokes[-1].append(point)
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drawing = True
            self._add(event.position(), 0.5, True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing:
            self._add(event.position(), 0.5, False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drawing = False

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._drawing = True
            self._add(event.position(), event.pressure(), True)
        elif kind == QTabletEvent.Type.TabletMove and self._drawing:
            self._add(event.position(), event.pressure(), False)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._drawing = False
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return
        super().keyPressEvent(event)

    def clear(self) -> None:
        self.strokes.clear()
        self._start = None
        self._size_at_first_touch = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not any(self.strokes)

    def signature(self) -> Signature:
        """The strokes as a Signature; SignatureError (Indonesian message) when it is empty or a stray tap."""
        size = self._size_at_first_touch or self.size()
        sig = Signature.from_strokes(max(size.width(), 1), max(size.height(), 1), self.strokes)
        sig.check()
        return sig

    # -- drawing ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.base())
        border = QPen(pal.text().color(), 2 if self.hasFocus() else 1)
        painter.setPen(border)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = int(self.height() * 0.75)
        painter.setPen(QPen(pal.mid().color(), 1, Qt.PenStyle.DashLine))
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        painter.setPen(QPen(pal.text().color(), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for stroke in self.strokes:
            path = QPainterPath(QPointF(stroke[0][0], stroke[0][1]))
            for x, y, _t, _p in stroke[1:]:
                path.lineTo(x, y)
            if len(stroke) == 1:
                painter.drawPoint(QPointF(stroke[0][0], stroke[0][1]))
            else:
                painter.drawPath(path)
        painter.end()


__all__ = ["SignatureError", "SignaturePad"]
