"""Help (F1): every keyboard shortcut, read from the window's own actions so the list is never stale,
the keys every page understands, and the glossary of terms on the current form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.ui.shell.widgets import heading, paragraph


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut in ``window``, then the page keys."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        native = QKeySequence.SequenceFormat.NativeText
        keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
        text = action.text().replace("&", "")
        if not keys or not text or text in seen:
            continue
        seen.add(text)
        rows.append((" / ".join(keys), text))
    rows += [
        ("Tab / Shift+Tab", QCoreApplication.translate(
            "HelpDialog", "Pindah ke isian berikutnya / sebelumnya")),
        ("Enter", QCoreApplication.translate(
            "HelpDialog", "Lanjut ke halaman berikutnya, atau tekan tombol yang sedang dipilih")),
        ("Escape", QCoreApplication.translate(
            "HelpDialog", "Kembali ke halaman sebelumnya (jawaban tetap tersimpan)")),
        (QCoreApplication.translate("HelpDialog", "Spasi"),
         QCoreApplication.translate("HelpDialog", "Pilih atau batalkan pilihan")),
        (QCoreApplication.translate("HelpDialog", "Panah atas/bawah"),
         QCoreApplication.translate("HelpDialog", "Pindah di antara pilihan")),
    ]
    return rows


class HelpDialog(QDialog):
    def __init__(self, window: QWidget, glossary: list[tuple[str, str]] | None = None) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Bantuan"))
        self.setAccessibleName(self.tr("Bantuan"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Tombol pintas")))
        layout.addWidget(paragraph(self.tr("Semua pekerjaan bisa dilakukan dengan papan ketik saja.")))
        rows = shortcut_rows(window)
        self.table = self._table([self.tr("Tombol"), self.tr("Fungsi")], rows)
        self.table.setAccessibleName(self.tr("Tombol pintas"))
        layout.addWidget(self.table, 2)
        self.glossary_table = None
        if glossary:
            layout.addWidget(heading(self.tr("Arti istilah"), level=2))
            self.glossary_table = self._table([self.tr("Istilah"), self.tr("Arti")], glossary)
            self.glossary_table.setAccessibleName(self.tr("Arti istilah"))
            layout.addWidget(self.glossary_table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        self.about_button = buttons.addButton(self.tr("Tentang MPP Assist"), QDialogButtonBox.ButtonRole.HelpRole)
        self.about_button.setObjectName("aboutButton")
        self.about_button.clicked.connect(self.show_about)  # version, licence, data sources
        layout.addWidget(buttons)

    def show_about(self) -> None:
        from mpp_assist.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @staticmethod
    def _table(headers: list[str], rows: list[tuple[str, str]]) -> QTableWidget:
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for r, (a, b) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(a))
            table.setItem(r, 1, QTableWidgetItem(b))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table
