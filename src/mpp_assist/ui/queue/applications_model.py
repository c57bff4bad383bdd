"""The Permohonan table as a lazy Qt model: only the rows on screen are read and decrypted.

Rows come a page at a time from ``store.queue`` (filtered and sorted in SQL, on indexes); a few
pages are kept (least recently used first out). Opening the page, scrolling, typing a search or a
sync pass therefore costs the same with 100 or 100,000 applications: the count is one SQL query,
and a sync pass refreshes only the rows it touched (``refresh_application``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from mpp_assist.store import Application, Store
from mpp_assist.store import queue as store_queue

PAGE = 100
KEEP_PAGES = 8
# Columns the officer can sort by (header click) → ``store.queue.SORTS`` keys; the others cannot be
# sorted in SQL (the name is sealed) and say so by not reacting.
SORT_KEYS = {0: "receipt", 1: "service", 3: "state", 4: "official"}

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the table's (invisible) parent


class ApplicationsModel(QAbstractTableModel):
    def __init__(
        self,
        store: Store,
        cells: Callable[[Application], list[str]],
        headers: Callable[[], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.cells, self.headers = store, cells, headers
        self.filter = store_queue.QueueFilter()
        self.sort_key, self.descending = "created", True
        self._count = 0
        self._pages: OrderedDict[int, list[tuple[Application, list[str]] | None]] = OrderedDict()
        self.opened = 0  # rows decrypted since the model was made (tests, benchmarks)

    # -- what the view asks -----------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            labels = self.headers()
            return labels[section] if 0 <= section < len(labels) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entry(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return entry[0].id if entry is not None else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if entry is None:
                return "—"  # a row that does not open (quarantined): named on the page's banner
            cells = entry[1]
            return cells[index.column()] if index.column() < len(cells) else ""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- rows -------------------------------------------------------------------------------------

    def set_filter(self, f: store_queue.QueueFilter) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        """Count again and forget every page read (the view asks for what it shows)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = store_queue.count(self.store, self.filter)
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        return store_queue.count_by_state(self.store, replace(self.filter, states=(), needs_action=False))

    def _entry(self, row: int) -> tuple[Application, list[str]] | None:
        number, at = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            apps = store_queue.page(self.store, self.filter, sort=self.sort_key, descending=self.descending,
                                    offset=number * PAGE, limit=PAGE)
            self.opened += len(apps)
            page = [(app, self.cells(app)) for app in apps]
            page += [None] * (min(PAGE, self._count - number * PAGE) - len(page))  # quarantined rows
            self._pages[number] = page
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[at] if at < len(page) else None

    def application(self, row: int) -> Application | None:
        entry = self._entry(row) if 0 <= row < self._count else None
        return entry[0] if entry is not None else None

    def row_for(self, app_id: str) -> int | None:
        """The row of ``app_id`` among the pages read so far (the rows the officer has seen)."""
        for number, page in self._pages.items():
            for at, entry in enumerate(page):
                if entry is not None and entry[0].id == app_id:
                    return number * PAGE + at
        return None

    def find_row(self, app_id: str, limit: int = 50 * PAGE) -> int | None:
        """The row of ``app_id``, reading further pages if needed (at most ``limit`` rows)."""
        row = self.row_for(app_id)
        if row is not None:
            return row
        for number in range(0, min(self._count, limit), PAGE):
            self._entry(number)
            row = self.row_for(app_id)
            if row is not None:
                return row
        return None

    def refresh_application(self, app_id: str) -> bool:
        """The one row a sync pass changed, read again; False when it is not among the rows read."""
        row = self.row_for(app_id)
        if row is None:
            return False
        app = self.store.get_application(app_id)
        if app is None:
            return False
        self.opened += 1
        number, at = divmod(row, PAGE)
        self._pages[number][at] = (app, self.cells(app))
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True
