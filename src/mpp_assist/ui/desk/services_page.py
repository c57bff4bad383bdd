"""The first screen: the service catalogue, and the unfinished draft to resume if there is one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.store import Draft
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.widgets import button, heading, paragraph


def _local_time(iso_utc: str) -> str:
    try:
        return datetime.fromisoformat(iso_utc).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return iso_utc


class ServicesPage(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        *,
        on_pick: Callable[[str], None],
        on_resume: Callable[[Draft], None],
        on_discard: Callable[[Draft], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_pick = on_pick
        self.setObjectName("servicesPage")
        layout = QVBoxLayout(self)

        self.heading = heading(self.tr("Pilih layanan"))
        layout.addWidget(self.heading)
        layout.addWidget(paragraph(self.tr("Layanan apa yang dibutuhkan pemohon?")))

        self.resume_box = QFrame()
        self.resume_box.setProperty("role", "notice")
        self.resume_box.setVisible(False)
        rb = QVBoxLayout(self.resume_box)
        self.resume_text = paragraph("")
        rb.addWidget(self.resume_text)
        row = QHBoxLayout()
        self.resume_button = button(self.tr("Lanjutkan draf"), role="primary")
        self.discard_button = button(self.tr("Buang draf"))
        row.addWidget(self.resume_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        rb.addLayout(row)
        layout.addWidget(self.resume_box)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari layanan"))
        self.search.setAccessibleName(self.tr("Cari layanan"))
        self.search.setAccessibleDescription(self.tr("Ketik nama layanan untuk menyaring daftar"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Daftar layanan"))
        self.list.setAccessibleDescription(self.tr("Tekan Enter untuk memilih layanan"))
        # Long agency names wrap onto a second line rather than hide behind a sideways scroll,
        # which matters most at large text sizes.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemActivated.connect(lambda item: self.on_pick(item.data(Qt.ItemDataRole.UserRole)))
        lang = ctx.lang
        for definition in ctx.catalogue.services():
            text = f"{definition.name.get(lang)} — {definition.agency.get(lang)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, definition.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)

        self.choose = button(self.tr("Pilih"), role="primary")
        self.choose.clicked.connect(self._choose_current)
        bottom = QHBoxLayout()
        bottom.addWidget(self.choose)
        bottom.addStretch(1)
        layout.addLayout(bottom)

        self._draft: Draft | None = None
        self.resume_button.clicked.connect(lambda: self._draft and on_resume(self._draft))
        self.discard_button.clicked.connect(lambda: self._draft and on_discard(self._draft))
        self.search.returnPressed.connect(self._choose_current)
        self.setFocusProxy(self.list)

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.on_pick(item.data(Qt.ItemDataRole.UserRole))

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = (
                bool(needle)
                and needle not in item.text().casefold()
                and needle not in str(item.data(Qt.ItemDataRole.UserRole))
            )
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def offer_draft(self, draft: Draft | None) -> None:
        """Show (or hide) the notice offering to resume an unfinished application."""
        self._draft = draft
        if draft is None:
            self.resume_box.setVisible(False)
            return
        try:
            name = self.ctx.catalogue.get(draft.service_id).name.get(self.ctx.lang)
        except Exception:  # a draft of a service no longer in the catalogue
            name = draft.service_id
        # Only the service and time: the applicant's details stay off this first screen.
        self.resume_text.setText(
            self.tr("Ada permohonan {service} yang belum selesai (terakhir disimpan {time}).").format(
                service=name, time=_local_time(draft.updated_at)
            )
        )
        self.resume_text.setAccessibleName(self.resume_text.text())
        self.resume_box.setVisible(True)
