"""A repeat group (family members, witnesses): a list of items, each with the group's questions.

"Tambah" adds an item and "Hapus" removes one, keeping every other answer. The
page owns the answers (in the form session): this widget only shows ``count``
items, asks for rows through ``make_row(child field, item index)``, and says
when the officer wants one more or one fewer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from mpp_assist.ui.desk.fields.row import FieldRow
from mpp_assist.ui.shell.widgets import button, retire

RowFactory = Callable[[Any, int], FieldRow]


class RepeatEditor(QWidget):
    changed = Signal()  # never emitted: items' rows report their own changes
    add_requested = Signal()
    remove_requested = Signal(int)

    def __init__(self, name: str, kind: str, item_title: Callable[[int], str], children: list[Any],
                 make_row: RowFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.item_title = item_title
        self.children_fields = children
        self.make_row = make_row
        self.items: list[tuple[QGroupBox, list[FieldRow]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.item_layout = QVBoxLayout()
        layout.addLayout(self.item_layout)
        row = QHBoxLayout()
        self.add_button = button(self.tr("Tambah {item}").format(item=kind))
        self.add_button.setAccessibleDescription(name)
        self.add_button.clicked.connect(self.add_requested)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setFocusProxy(self.add_button)

    def show_items(self, count: int, *, can_add: bool, can_remove: bool) -> None:
        """Lay out ``count`` items afresh (rows come from ``make_row``, values from the session)."""
        for box, _rows in self.items:
            self.item_layout.removeWidget(box)
            retire(box, self.add_button)
        self.items.clear()
        for index in range(count):
            box = QGroupBox(self.item_title(index))
            box.setAccessibleName(box.title())
            v = QVBoxLayout(box)
            rows = []
            for child in self.children_fields:
                r = self.make_row(child, index)
                v.addWidget(r)
                rows.append(r)
            remove = button(self.tr("Hapus {item}").format(item=box.title()))
            remove.setEnabled(can_remove)
            remove.clicked.connect(lambda _c=False, i=index: self.remove_requested.emit(i))
            h = QHBoxLayout()
            h.addWidget(remove)
            h.addStretch(1)
            v.addLayout(h)
            self.item_layout.addWidget(box)
            box.show()  # now, not on the next turn of the event loop: the page refreshes right after
            self.items.append((box, rows))
        self.add_button.setEnabled(can_add)

    def focus_first(self) -> QWidget:
        """The first answerable field of the first item; "Tambah" only when there is none.

        The button comes after every item: focusing it first would open the page below the fold,
        and on a disabled button when the list is full (akta: two witnesses, no third).
        """
        for row in self.rows():
            target = row.focus_target()
            if target is not None and target.isEnabled():
                return target
        return self.add_button

    def rows(self) -> list[FieldRow]:
        return [r for _b, rows in self.items for r in rows]

    def value(self) -> None:
        return None  # answers live in the session, under each item's paths

    def set_value(self, value: Any) -> None:
        pass
