"""A repeat group (family members, witnesses): a list of items, each with the group's fields.

"Tambah" adds an item, "Hapus" removes one; both keep every other answer. The
value is a list of objects (field id → answer), as the forms engine expects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from mpp_assist.ui.fields.row import FieldRow
from mpp_assist.ui.widgets import button, retire

# (child field, item index) -> a FieldRow for it
RowFactory = Callable[[Any, int], FieldRow]


class RepeatEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        name: str,
        item_title: Callable[[int], str],
        children: list[Any],
        make_row: RowFactory,
        *,
        min_count: int = 0,
        max_count: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.item_title = item_title
        self.children_fields = children
        self.make_row = make_row
        self.min_count = min_count
        self.max_count = max_count
        self.items: list[tuple[QGroupBox, list[FieldRow]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.item_layout = QVBoxLayout()
        layout.addLayout(self.item_layout)
        row = QHBoxLayout()
        self.add_button = button(self.tr("Tambah {item}").format(item=self._kind()))
        self.add_button.setAccessibleDescription(name)
        self.add_button.clicked.connect(self._add_clicked)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setFocusProxy(self.add_button)
        for _ in range(min_count):
            self._append()
        self._update_buttons()

    def _kind(self) -> str:
        # "Saksi 1" -> "Saksi": the title of an item without its number.
        return self.item_title(0).rstrip("0123456789 ").strip() or self.tr("data")

    def _append(self) -> None:
        index = len(self.items)
        box = QGroupBox(self.item_title(index + 1))
        box.setAccessibleName(box.title())
        v = QVBoxLayout(box)
        rows = []
        for child in self.children_fields:
            r = self.make_row(child, index)
            r.changed.connect(self.changed)
            v.addWidget(r)
            rows.append(r)
        remove = button(self.tr("Hapus {item}").format(item=box.title()))
        remove.setProperty("removes", index)
        remove.clicked.connect(lambda _c=False, b=box: self._remove(b))
        h = QHBoxLayout()
        h.addWidget(remove)
        h.addStretch(1)
        v.addLayout(h)
        self.item_layout.addWidget(box)
        self.items.append((box, rows))

    def _add_clicked(self) -> None:
        self._append()
        self._update_buttons()
        self.items[-1][1][0].focus_editor() if self.items[-1][1] else None
        self.changed.emit()

    def _remove(self, box: QGroupBox) -> None:
        values = self.value() or []
        index = next(i for i, (b, _r) in enumerate(self.items) if b is box)
        del values[index]
        self.set_value(values)
        self.add_button.setFocus()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.max_count is None or len(self.items) < self.max_count)

    def rows(self) -> list[FieldRow]:
        return [r for _b, rows in self.items for r in rows]

    def value(self) -> list[dict[str, Any]] | None:
        out = []
        for _box, rows in self.items:
            item = {}
            for child, r in zip(self.children_fields, rows, strict=True):
                v = r.value()
                if v is not None:
                    item[child.id] = v
            out.append(item)
        return out or None

    def set_value(self, value: Any) -> None:
        for box, _rows in self.items:
            self.item_layout.removeWidget(box)
            retire(box, self.add_button)
        self.items.clear()
        values = value if isinstance(value, list) else []
        for _ in range(max(len(values), self.min_count)):
            self._append()
        for (_box, rows), item in zip(self.items, values, strict=False):
            for child, r in zip(self.children_fields, rows, strict=True):
                if isinstance(item, dict):
                    r.set_value(item.get(child.id))
        self._update_buttons()
