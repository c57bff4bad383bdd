"""Pick a region (a village unless the field asks for a higher level): type part of its name, or go
province → regency → district → village.

The search runs over all 83,762 villages off the UI thread (``forms.regions.search``);
a result that arrives after the officer typed more is dropped. The value is the
village's Kemendagri code (``32.01.01.2001``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.forms import regions
from mpp_assist.ui.shell.taskman import Future, TaskManager
from mpp_assist.ui.shell.widgets import reveal


class RegionPicker(QWidget):
    changed = Signal()

    def __init__(self, tasks: TaskManager, name: str, level: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.level = level  # 1 province, 2 regency/city, 3 district, 4 village
        self._code: str | None = None
        self._query = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("{name}: cari nama wilayah").format(name=name))
        self.search.setAccessibleDescription(
            self.tr("Ketik paling sedikit 2 huruf, lalu pilih dari daftar dengan panah dan Enter")
        )
        self.search.setPlaceholderText(
            self.tr("Ketik nama desa/kelurahan, misalnya Cibadak") if level == 4 else self.tr("Ketik namanya")
        )
        layout.addWidget(self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Hasil pencarian wilayah"))
        self.results.setVisible(False)
        # No sideways scrolling: a long path ends in "…" (the whole of it is the item's tooltip) and
        # every row the list is sized for stays whole.
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.results)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setVisible(False)
        layout.addWidget(self.status)

        steps = QFormLayout()
        self.levels: list[QComboBox] = []
        names = (
            self.tr("Provinsi"),
            self.tr("Kabupaten/kota"),
            self.tr("Kecamatan/distrik"),
            self.tr("Desa/kelurahan"),
        )
        for text in names[:level]:
            combo = QComboBox()
            combo.setAccessibleName(f"{name}: {text}")
            combo.setMinimumContentsLength(24)
            steps.addRow(text, combo)
            self.levels.append(combo)
        layout.addLayout(steps)

        self.chosen = QLabel()
        self.chosen.setProperty("role", "value")
        self.chosen.setWordWrap(True)
        layout.addWidget(self.chosen)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(0 if tasks.synchronous else 150)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemDoubleClicked.connect(self._pick_result)
        for depth, combo in enumerate(self.levels):
            combo.activated.connect(lambda _i, d=depth: self._level_chosen(d))
        self._fill_level(0, None)
        self._show_chosen()
        self.setFocusProxy(self.search)

    # -- search --------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self._query = text
        if self.tasks.synchronous:
            self._run_search()
        else:
            self._debounce.start()

    def _run_search(self) -> None:
        query = self._query
        if len(regions.fold(query)) < 2:
            self.results.clear()
            self.results.setVisible(False)
            self.status.setVisible(False)
            return
        self.tasks.run_in_background(
            lambda: regions.search(query, level=self.level, limit=100), lambda f: self._show_results(query, f)
        )

    def _show_results(self, query: str, future: Future) -> None:
        if query != self._query:
            return  # the officer has typed more since
        matches = future.result()
        self.results.clear()
        for m in matches:
            item = QListWidgetItem(m.path)
            item.setToolTip(m.path)
            item.setData(Qt.ItemDataRole.UserRole, m.region.code)
            self.results.addItem(item)
        self.results.setVisible(bool(matches))
        self._size_results()
        self.status.setText(
            self.tr("{count} wilayah ditemukan").format(count=len(matches))
            if matches
            else self.tr("Tidak ada wilayah dengan nama itu")
        )
        self.status.setVisible(True)
        if matches:
            self.results.setCurrentRow(0)
            reveal(self.results)  # the results open below the search box: bring them into view

    SHOWN_RESULTS = 8  # as many as fit a 768-pixel screen at 250 % with the question; the rest scroll

    def _size_results(self) -> None:
        """Tall enough for the results (up to ``SHOWN_RESULTS``), at the text size now: a fixed list
        height showed five at 100 % and four at 200 %, cut off at the bottom of the page."""
        count = self.results.count()
        if not count:
            return
        row = max(self.results.sizeHintForRow(0), self.results.fontMetrics().lineSpacing() + 4)
        frame = 2 * self.results.frameWidth()
        self.results.setFixedHeight(row * min(count, self.SHOWN_RESULTS) + frame)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "results"):
            self._size_results()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Down arrow from the search box moves into the results; Enter there picks the first.
        if (
            obj is self.results
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.results.currentItem():
                self._pick_result(self.results.currentItem())
            return True  # never let Enter here also press "Lanjut"
        if obj is self.search and event.type() == QEvent.Type.KeyPress and self.results.isVisible():
            if event.key() == Qt.Key.Key_Down:
                self.results.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.currentItem():
                self._pick_result(self.results.currentItem())
                return True
        return super().eventFilter(obj, event)

    def _pick_result(self, item: QListWidgetItem) -> None:
        self.set_value(item.data(Qt.ItemDataRole.UserRole))
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._query = ""
        self.results.clear()
        self.results.setVisible(False)
        self.status.setVisible(False)
        self.search.setFocus()
        self.changed.emit()

    # -- step by step ---------------------------------------------------------------

    def _fill_level(self, depth: int, parent_code: str | None) -> None:
        combo = self.levels[depth]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— pilih —"), None)
        if depth == 0 or parent_code:
            for r in regions.children(parent_code):
                combo.addItem(r.label(), r.code)
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)
        for deeper in self.levels[depth + 1 :]:
            deeper.clear()
            deeper.setEnabled(False)

    def _level_chosen(self, depth: int) -> None:
        code = self.levels[depth].currentData()
        last = len(self.levels) - 1
        if depth < last:
            self._fill_level(depth + 1, code)
        new = code if depth == last else None
        if new != self._code:
            self._code = new
            self._show_chosen()
            self.changed.emit()

    def _show_chosen(self) -> None:
        text = regions.path(self._code) if self._code else ""
        self.chosen.setText(
            self.tr("Terpilih: {path}").format(path=text) if text else self.tr("Belum dipilih")
        )
        self.chosen.setAccessibleName(self.chosen.text())

    # -- value -------------------------------------------------------------------------

    def value(self) -> str | None:
        return self._code

    def set_value(self, code: str | None) -> None:
        canonical = regions.canonical(code) if code else None
        self._code = canonical
        parts = canonical.split(".") if canonical else []
        self._fill_level(0, None)
        for depth in range(min(len(parts), len(self.levels))):
            prefix = ".".join(parts[: depth + 1])
            combo = self.levels[depth]
            index = combo.findData(prefix)
            if index < 0:
                break
            combo.setCurrentIndex(index)
            if depth < len(self.levels) - 1:
                self._fill_level(depth + 1, prefix)
        self._show_chosen()
