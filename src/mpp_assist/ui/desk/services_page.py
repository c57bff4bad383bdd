"""The first screen: the service catalogue as cards, and the unfinished draft to resume if there is one.

Each card: the service's icon, name, agency, fee, service time and how many documents it asks for.
Typing anywhere on the page filters (focus starts in the search box); Up/Down move between cards,
Enter opens one. The cards are items of one list, so a screen reader reads them as a list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid as shiboken_alive

from mpp_assist.forms.catalogue import UnknownService
from mpp_assist.forms.model import FormDefinition
from mpp_assist.receipts.money import rupiah_figures
from mpp_assist.store import Draft
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.icons import icon
from mpp_assist.ui.shell.widgets import button, heading, paragraph
from mpp_assist.ui.shell.words import local_time as _local_time

# One icon per service of the catalogue; a service added later gets the generic document.
SERVICE_ICONS = {
    "ktp-el": "mdi6.card-account-details-outline",
    "kartu-keluarga": "mdi6.home-account",
    "akta-kelahiran": "mdi6.baby-face-outline",
    "pindah-datang": "mdi6.truck-outline",
    "skck": "mdi6.shield-account-outline",
    "paspor": "mdi6.passport",
    "bpjs-kesehatan": "mdi6.hospital-box-outline",
    "nib": "mdi6.store-outline",
}


class ServiceCard(QFrame):
    """One service: icon | name (bold), agency; fee · service time · documents."""

    def __init__(self, definition: FormDefinition, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the list item takes the click
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.icon = QLabel()
        self.icon_name = SERVICE_ICONS.get(definition.id, "mdi6.file-document-outline")
        grid.addWidget(self.icon, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        self.name = heading(definition.name.get(lang), role="card-title")
        grid.addWidget(self.name, 0, 1)
        self.agency = QLabel(definition.agency.get(lang))
        self.agency.setProperty("role", "hint")
        self.agency.setWordWrap(True)
        grid.addWidget(self.agency, 1, 1)
        self.facts = QLabel(self.facts_text(definition))
        self.facts.setWordWrap(True)
        grid.addWidget(self.facts, 2, 1)
        grid.setColumnStretch(1, 1)

    def facts_text(self, d: FormDefinition) -> str:
        fee = rupiah_figures(d.fee) if d.fee else self.tr("Gratis")
        days = self.tr("{n} hari kerja").format(n=d.service_days) if d.service_days else self.tr("Hari itu juga")
        docs = self.tr("{n} dokumen").format(n=len(d.requirements)) if d.requirements else self.tr(
            "Tanpa dokumen")
        return " · ".join((fee, days, docs))

    def set_icon_px(self, px: int) -> None:
        self.icon.setPixmap(icon(self.icon_name).pixmap(QSize(px, px)))

    def text(self) -> str:
        return ". ".join((self.name.text(), self.agency.text(), self.facts.text()))


class ServicesPage(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        *,
        on_pick: Callable[[str], None],
        on_resume: Callable[[Draft], None],
        on_discard: Callable[[Draft], None],
        on_read_document: Callable[[], None] | None = None,
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

        # A KTP-el or KK photographed and read (OCR): its details fill the form chosen next.
        self.read_box = QHBoxLayout()
        self.read_button = button(
            self.tr("Baca KTP-el / KK dari foto"),
            description=self.tr("Data pemohon dibaca dari foto kartunya, lalu diperiksa satu per satu (Ctrl+D)"),
        )
        self.read_button.setShortcut(QKeySequence("Ctrl+D"))
        self.read_button.setVisible(on_read_document is not None)
        if on_read_document is not None:
            self.read_button.clicked.connect(on_read_document)
        self.read_done = paragraph("", role="hint")
        self.read_done.setVisible(False)
        self.read_box.addWidget(self.read_button)
        self.read_box.addWidget(self.read_done, 1)
        layout.addLayout(self.read_box)

        self.search = QLineEdit()
        self.search.setObjectName("serviceSearch")
        self.search.setPlaceholderText(self.tr("Cari layanan"))
        self.search.setAccessibleName(self.tr("Cari layanan"))
        self.search.setAccessibleDescription(self.tr("Ketik nama layanan untuk menyaring daftar"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        # A label on screen, not only the placeholder (gone once typing starts), and the field's
        # labelled-by relation for a screen reader (Qt makes it from the buddy).
        self.search_label = QLabel(self.tr("Cari layanan"))
        self.search_label.setProperty("role", "label")
        self.search_label.setBuddy(self.search)
        layout.addWidget(self.search_label)
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
        self.list.setObjectName("serviceCards")
        self.list.setSpacing(3)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        lang = ctx.lang
        self.cards: list[ServiceCard] = []
        for definition in ctx.catalogue.services():
            card = ServiceCard(definition, lang)
            text = card.text()
            # The item's own text is the card's words (filter, screen reader, tests); the card draws them.
            item = QListWidgetItem(text)
            item.setForeground(QBrush(Qt.GlobalColor.transparent))  # the card on top shows the words
            item.setData(Qt.ItemDataRole.UserRole, definition.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setData(Qt.ItemDataRole.ToolTipRole, definition.description.get(lang) or text)
            item.setData(Qt.ItemDataRole.UserRole + 1, text.casefold())
            self.list.addItem(item)
            self.list.setItemWidget(item, card)
            self.cards.append(card)
        # The chosen card is the list's *selected* item; it becomes the *current* one only while the
        # list has the focus: Qt reports a current item as focused to screen readers, and two
        # controls "with the focus" (the search box and a card) confuse them.
        self.list.itemSelectionChanged.connect(self._mark_current)
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        if self.list.count():
            self.list.item(0).setSelected(True)
        self.list.installEventFilter(self)
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
        self.search.installEventFilter(self)
        # Focus starts in the search box: typing filters at once, Down goes to the cards.
        self.setFocusProxy(self.search)

    def eventFilter(self, obj: object, event: object) -> bool:
        if obj is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.list.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        elif obj is self.list and isinstance(event, QEvent):
            if event.type() == QEvent.Type.FocusIn and self.list.currentItem() is None:
                chosen = self.chosen()
                if chosen is not None:
                    self.list.setCurrentItem(chosen)
            elif event.type() == QEvent.Type.FocusOut:
                self.list.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        return False

    def chosen(self) -> QListWidgetItem | None:
        """The card Enter would open: the current one, else the one selected."""
        current = self.list.currentItem()
        if current is not None and not current.isHidden():
            return current
        return next((i for i in self.list.selectedItems() if not i.isHidden()), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A letter typed on the cards goes on into the search box (type to filter, from anywhere).
        if event.text() and event.text().isprintable() and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.insert(event.text())
            event.accept()
            return
        super().keyPressEvent(event)

    def _mark_current(self) -> None:
        for i, card in enumerate(self.cards):
            value = self.list.item(i).isSelected()
            if card.property("current") != value:
                card.setProperty("current", value)
                card.style().unpolish(card)
                card.style().polish(card)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._size_cards()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._size_cards()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self._size_cards)  # after the new text size reached the cards

    def _size_cards(self) -> None:
        """Cards as wide as the list, as tall as their wrapped words need (any text size)."""
        if not self.cards or not shiboken_alive(self.list):
            return
        width = max(200, self.list.viewport().width() - 4 * self.list.spacing())
        px = round(self.font().pointSizeF() * 4 / 3 * 2.2)
        for i, card in enumerate(self.cards):
            card.set_icon_px(px)
            item = self.list.item(i)
            layout = card.layout()
            height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else card.sizeHint().height()
            height += 2 * 3  # the stylesheet's border round the current card (3 px), not in the layout
            # The list takes its spacing off each side of the item: give it back.
            gap = 2 * self.list.spacing()
            item.setSizeHint(QSize(width + gap, max(height, card.minimumSizeHint().height()) + gap))

    def _choose_current(self) -> None:
        item = self.chosen()
        if item is not None:
            self.on_pick(item.data(Qt.ItemDataRole.UserRole))

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = (
                bool(needle)
                and needle not in str(item.data(Qt.ItemDataRole.UserRole + 1))
                and needle not in str(item.data(Qt.ItemDataRole.UserRole))
            )
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            if self.list.hasFocus():
                self.list.setCurrentItem(first)
            else:
                self.list.clearSelection()
                first.setSelected(True)

    def show_known(self, text: str) -> None:
        """What was read from a document, waiting for the service to be chosen."""
        self.read_done.setText(text)
        self.read_done.setAccessibleName(text)
        self.read_done.setVisible(bool(text))

    def offer_draft(self, draft: Draft | None) -> None:
        """Show (or hide) the notice offering to resume an unfinished application."""
        self._draft = draft
        if draft is None:
            self.resume_box.setVisible(False)
            return
        try:
            name = self.ctx.catalogue.get(draft.service_id).name.get(self.ctx.lang)
        except UnknownService:  # a draft of a service no longer in the catalogue
            name = draft.service_id
        # Only the service and time: the applicant's details stay off this first screen.
        self.resume_text.setText(
            self.tr("Ada permohonan {service} yang belum selesai (terakhir disimpan {time}).").format(
                service=name, time=_local_time(draft.updated_at)
            )
        )
        self.resume_text.setAccessibleName(self.resume_text.text())
        self.resume_box.setVisible(True)
