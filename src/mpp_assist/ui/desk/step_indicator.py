"""Where the officer is in the form, and whose form it is: steps and a small applicant summary.

    ✓ Dokumen  ·  ✓ Data diri  ·  ● Alamat  ·  ○ Periksa        Siti Aminah · 3201 **** **** 0001 · KTP-el

Marks are symbols and words, not colours (done ✓, current ●, to do ○). When the steps do not fit
the width (many sections, large text), they shorten to "Langkah 3 dari 6: Alamat". The summary
shows the NIK masked, as receipts do, so a passer-by cannot read it off the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from mpp_assist.masking import mask_nik


@dataclass(frozen=True)
class Step:
    id: str
    title: str


class StepIndicator(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepIndicator")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        self.steps_label = QLabel()
        self.steps_label.setObjectName("steps")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.steps_label, 1)
        self.summary = QLabel()
        self.summary.setObjectName("applicantSummary")
        self.summary.setProperty("role", "hint")
        layout.addWidget(self.summary)
        self._steps: list[Step] = []
        self._current = 0
        self._summary = ""
        self._short_plain = ""
        self._full = ""

    def set_steps(self, steps: list[Step], current_id: str) -> None:
        self._steps = steps
        self._current = next((i for i, s in enumerate(steps) if s.id == current_id), 0)
        n, cur = len(steps), self._current
        short = self.tr("Langkah {n} dari {total}: {title}").format(
            n=cur + 1, total=n, title=steps[cur].title if steps else ""
        )
        self.steps_label.setAccessibleName(short)
        self.steps_label.setToolTip(" · ".join(s.title for s in steps))
        self._short_plain = short
        parts = []
        for i, s in enumerate(steps):
            if i < cur:
                parts.append(f"✓ {escape(s.title)}")
            elif i == cur:
                parts.append(f"<b>● {escape(s.title)}</b>")
            else:
                parts.append(f"○ {escape(s.title)}")
        self._full = " &nbsp;·&nbsp; ".join(parts)
        self._fit()

    def set_applicant(self, name: str, nik: str, service: str) -> None:
        parts = [p for p in (name, mask_nik(nik) if nik else "", service) if p]
        text = " · ".join(parts)
        self._summary = text
        self.summary.setToolTip(text)
        self._fit()
        self.summary.setAccessibleName(self.tr("Pemohon: {summary}").format(summary=text) if name or nik else text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # The summary takes at most 45 % of the line, shortened with "…" (the whole of it is the tooltip).
        room = max(80, int(self.width() * 0.45))
        fm = self.summary.fontMetrics()
        shown = fm.elidedText(self._summary, Qt.TextElideMode.ElideMiddle, room - 16)
        self.summary.setText(shown)
        self.summary.setMaximumWidth(room)
        self.summary.setVisible(bool(shown))
        if not self._steps:
            self.steps_label.setText("")
            return
        # Plain-text width of the full line against the room the label has.
        plain = " · ".join(
            ("✓ " if i < self._current else "● " if i == self._current else "○ ") + s.title
            for i, s in enumerate(self._steps)
        )
        # From the indicator's own width: in a resize the label's width is still the old one.
        layout = self.layout()
        m = layout.contentsMargins()
        summary = min(self.summary.sizeHint().width(), room) + layout.spacing() if shown else 0
        room = self.contentsRect().width() - m.left() - m.right() - summary
        if self.steps_label.fontMetrics().horizontalAdvance(plain) + 40 <= room:
            self.steps_label.setText(self._full)
            return
        # The short form, bold, and itself shortened with "…" when even that is too long (never cut off).
        bold = QFont(self.steps_label.font())
        bold.setBold(True)
        short = QFontMetrics(bold).elidedText(self._short_plain, Qt.TextElideMode.ElideRight, max(20, room - 4))
        self.steps_label.setText(f"<b>{escape(short)}</b>")
