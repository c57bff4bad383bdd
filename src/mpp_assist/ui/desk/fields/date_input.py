"""A date in three parts: day, month (a number or a name: "8", "Agustus", "agu", "Aug"), year.

GOV.UK's pattern: three labelled boxes, never auto-tabbing between them. A whole
date typed or pasted into the day box ("17 Agustus 1945", "17/08/1945") is split
into the three parts. The value is the parts as typed; the forms engine reads
and checks them (``forms.dates.parse_date``).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

_WHOLE = re.compile(r"^\s*(\d{1,2})[\s/.\-]+([^\W\d_]+\.?|\d{1,2})[\s/.\-]+(\d{4})\s*$")


class DateInput(QWidget):
    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.day, self.month, self.year = QLineEdit(), QLineEdit(), QLineEdit()
        parts = (
            (self.day, self.tr("Tanggal"), 2, self.tr("Tanggal, misalnya 17")),
            (self.month, self.tr("Bulan"), 9, self.tr("Bulan: angka atau nama, misalnya 8 atau Agustus")),
            (self.year, self.tr("Tahun"), 4, self.tr("Tahun 4 angka, misalnya 1945")),
        )
        for edit, text, chars, hint in parts:
            box = QVBoxLayout()
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setAccessibleName(f"{name}: {text}")
            edit.setAccessibleDescription(hint)
            edit.setMaxLength(24)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0" * (chars + 3)))
            box.addWidget(label)
            box.addWidget(edit)
            row.addLayout(box)
            edit.textEdited.connect(self._edited)
        row.addStretch(1)
        self.setFocusProxy(self.day)

    def _edited(self, _text: str) -> None:
        m = _WHOLE.match(self.day.text())
        if m:
            self.day.setText(m.group(1))
            self.month.setText(m.group(2))
            self.year.setText(m.group(3))
        self.changed.emit()

    def value(self) -> dict[str, str] | None:
        parts = {
            "day": self.day.text().strip(),
            "month": self.month.text().strip(),
            "year": self.year.text().strip(),
        }
        return parts if any(parts.values()) else None

    def set_value(self, value: Any) -> None:
        day = month = year = ""
        if isinstance(value, dict):
            day, month, year = (str(value.get(k) or "") for k in ("day", "month", "year"))
        elif isinstance(value, str) and value:
            iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
            if iso:
                year, month, day = iso.group(1), str(int(iso.group(2))), str(int(iso.group(3)))
            else:
                m = _WHOLE.match(value)
                day, month, year = (m.group(1), m.group(2), m.group(3)) if m else (value, "", "")
        for edit, text in ((self.day, day), (self.month, month), (self.year, year)):
            edit.setText(text)
