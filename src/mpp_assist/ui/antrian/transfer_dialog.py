"""*Alihkan*: the called ticket to another desk, another service, or both.

The ticket keeps its number and its place in line (``queue.tickets.transfer``): a citizen sent on
to the right desk does not start again at the back. Neither a desk nor a service chosen is said
here, and nothing is sent.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from mpp_assist.ui.shell.widgets import Labelled, paragraph, size_to_text


class TransferDialog(QDialog):
    def __init__(self, number: str, services: Iterable[tuple[str, str]], current_service: str,
                 parent: QWidget | None = None) -> None:
        """``services``: (id, name) of the services offered; the ticket's own is left out."""
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Alihkan nomor {number}").format(number=number))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("Nomornya tetap, begitu juga tempatnya di antrean.")))
        self.desk = QLineEdit()
        self.desk.setObjectName("transferDesk")
        self.desk.setPlaceholderText(self.tr("misalnya LOKET-03"))
        desk = Labelled(self.desk)
        desk.set_text(self.tr("Ke loket (boleh kosong)"), self.tr("Hanya loket ini yang bisa memanggilnya"))
        layout.addWidget(desk)
        self.service = QComboBox()
        self.service.setObjectName("transferService")
        self.service.addItem(self.tr("Layanan yang sama"), "")
        for service_id, name in services:
            if service_id != current_service:
                self.service.addItem(name, service_id)
        # As wide as the dialog, not as its longest service name (200 %).
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service.setMinimumContentsLength(16)
        service = Labelled(self.service)
        service.set_text(self.tr("Ke layanan"))
        layout.addWidget(service)
        self.error = paragraph("", role="error")
        self.error.setObjectName("transferError")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Alihkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        size_to_text(self, 56, 16)
        self.desk.setFocus()

    def target(self) -> tuple[str | None, str | None]:
        """(desk, service) chosen; None for what stays as it is."""
        return self.desk.text().strip() or None, str(self.service.currentData() or "") or None

    def accept(self) -> None:
        if self.target() == (None, None):
            text = self.tr("Pilih loket atau layanan tujuan.")
            self.error.setText(text)
            self.error.setAccessibleName(text)
            self.error.show()
            self.desk.setFocus()
            return
        super().accept()
