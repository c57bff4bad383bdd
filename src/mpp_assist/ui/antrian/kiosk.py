"""The ticket window (*anjungan*) at the hall's entrance: one large button per service group, a priority lane.

The first page has one button per service group of the catalogue (``Catalogue.groups``:
*Kependudukan*, *Kepolisian*, *Keimigrasian*…); a group of one service takes its ticket at once, a
group of several shows its services (large buttons, and *Kembali*). A citizen who cannot read
presses a button with its icon and name (each is read aloud when it gets the focus or is touched);
*Prioritas* is one touch away for the elderly, people with disabilities, pregnant women and people
with small children. The ticket is taken from the MPP's one queue (``queue.desk.DeskQueue``; the
kiosk's own when the server cannot be reached), printed, and its number shown very large and said
aloud; after ``RESET_MS`` the kiosk is ready for the next person. Nothing personal is asked or
shown. Started with ``mpp-assist kiosk`` on the kiosk's own computer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from mpp_assist import logs
from mpp_assist.ui.shell.icons import IconBinder
from mpp_assist.ui.shell.widgets import heading

if TYPE_CHECKING:
    from mpp_assist.queue.desk import DeskQueue, DeskTicket
    from mpp_assist.ui.shell.taskman import TaskManager

RESET_MS = 12_000  # the number stays this long, then the kiosk greets the next person
BUTTON_HEIGHT = 160  # a kiosk button grows to this with the screen's room (more only for more lines)
ICONS = {"ktp-el": "mdi6.card-account-details-outline", "kartu-keluarga": "mdi6.account-group-outline",
         "akta-kelahiran": "mdi6.baby-face-outline", "skck": "mdi6.shield-account-outline",
         "paspor": "mdi6.passport", "bpjs-kesehatan": "mdi6.hospital-box-outline", "nib": "mdi6.store-outline",
         "pindah-datang": "mdi6.home-export-outline"}
GROUP_ICONS = {"kependudukan": "mdi6.card-account-details-outline", "kepolisian": "mdi6.shield-account-outline",
               "keimigrasian": "mdi6.passport", "kesehatan": "mdi6.hospital-box-outline",
               "perizinan": "mdi6.store-outline"}


class KioskButton(QPushButton):
    """A large kiosk button whose words wrap onto as many lines as the width needs (a push button's own
    text never wraps: *Prioritas* was cut at 200 %). ``words`` is what it says; the style paints them, so
    the theme's font, colours and checked state apply as to any button. Its accessible name is the words."""

    def __init__(self, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_words(words)

    def words(self) -> str:
        return self._words

    def set_words(self, words: str) -> None:
        self._words = words
        self.setAccessibleName(words)
        self.updateGeometry()
        self.update()

    def _option(self, width: int | None = None) -> QStyleOptionButton:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        if width is not None:
            opt.rect = QRect(0, 0, width, max(1, self.height()))
        return opt

    def _icon_room(self) -> int:
        return 0 if self.icon().isNull() else self.iconSize().width() + 4  # (the style's gap after the icon)

    def text_room(self, width: int | None = None) -> QRect:
        """Where the words go in a button ``width`` wide (the style's padding and the icon left out)."""
        rect = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, self._option(width), self)
        return rect.adjusted(self._icon_room(), 0, 0, 0)

    def lines(self, width: int | None = None) -> list[str]:
        """The words in lines that fit a button ``width`` wide (a word longer than that: a line alone)."""
        fm, room = self.fontMetrics(), max(1, self.text_room(width).width())
        lines: list[str] = []
        for word in self._words.split():
            if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]

    def _size_for(self, lines: list[str]) -> QSize:
        fm = self.fontMetrics()
        inner = QSize(max(fm.horizontalAdvance(line) for line in lines) + self._icon_room(),
                      max(fm.lineSpacing() * len(lines), self.iconSize().height()))
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, self._option(), inner, self)

    def sizeHint(self) -> QSize:
        return self._size_for([self._words])  # on one line where the room allows

    def minimumSizeHint(self) -> QSize:
        return self._size_for(max(self._words.split() or [""], key=self.fontMetrics().horizontalAdvance).split())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._size_for(self.lines(width)).height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setMaximumHeight(max(BUTTON_HEIGHT, self.heightForWidth(self.width())))  # never clips a line

    def paintEvent(self, _event: QPaintEvent) -> None:
        opt = self._option()
        opt.text = "\n".join(self.lines()).replace("&", "&&")  # (an "&" is a word, not a mnemonic)
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, opt)


class KioskWindow(QWidget):
    def __init__(
        self,
        catalogue: Any,
        settings: Any,
        tasks: TaskManager,
        make_queue: Callable[[], DeskQueue],
        *,
        print_ticket: Callable[[DeskTicket, str], None],
        speak: Callable[[str], None] = lambda _t: None,
        lang: str = "id",
    ) -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Ambil nomor antrean"))
        self.catalogue, self.settings, self.lang = catalogue, settings, lang
        self.speak, self.print_ticket = speak, print_ticket
        self._make_queue = make_queue
        self.queue: DeskQueue | None = None
        self.lane = tasks.lane()  # the queue's calls, one after another on one thread
        self.icons = IconBinder(self)
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)

        self.start = QWidget()
        start = QVBoxLayout(self.start)
        title = heading(self.tr("Silakan pilih layanan"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        start.addWidget(title)
        self.priority = KioskButton(self.tr("Prioritas: lansia, disabilitas, ibu hamil, membawa anak kecil"))
        self.priority.setObjectName("kioskPriority")
        self.priority.setCheckable(True)
        self.priority.toggled.connect(self._priority_toggled)
        self.group_buttons: dict[str, KioskButton] = {}  # the first page: one per service group
        self.buttons: dict[str, KioskButton] = {}  # every service's, on its group's page
        self.group_pages: dict[str, QWidget] = {}  # a group of several services: its page
        grid = QGridLayout()
        for i, (group, services) in enumerate(catalogue.groups()):
            name = group.name.get(lang)
            if len(services) == 1:  # one service: its ticket at once
                only = services[0]
                b = self._big_button(f"kiosk-group-{group.id}", name,
                                     GROUP_ICONS.get(group.id, ICONS.get(only.id, "mdi6.ticket-outline")),
                                     self.tr("Ambil nomor untuk {service}").format(service=only.name.get(lang)))
                b.clicked.connect(lambda _c=False, sid=only.id: self.take(sid))
                self.buttons[only.id] = b
            else:
                listed = ", ".join(d.name.get(lang) for d in services)
                b = self._big_button(f"kiosk-group-{group.id}", name, GROUP_ICONS.get(group.id, "mdi6.ticket-outline"),
                                     self.tr("Pilih layanan {group}: {services}").format(group=name, services=listed))
                b.clicked.connect(lambda _c=False, gid=group.id: self.open_group(gid))
                self.group_pages[group.id] = self._group_page(name, services)
            self.group_buttons[group.id] = b
            grid.addWidget(b, i, 0)  # one column: the longest name is whole on a 1366 screen
        start.addLayout(grid, 1)
        self.priority.setProperty("role", "kiosk")
        self.icons.bind(self.priority, "mdi6.human-cane")
        self.priority.setIconSize(QSize(48, 48))
        start.addWidget(self.priority)
        self.pages.addWidget(self.start)
        for page in self.group_pages.values():
            self.pages.addWidget(page)

        self.done = QWidget()
        done = QVBoxLayout(self.done)
        done.addStretch(1)
        self.number = QLabel()
        self.number.setObjectName("kioskNumber")
        self.number.setProperty("role", "kiosk-number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = heading("", level=2)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        done.addWidget(self.number)
        done.addWidget(self.detail)
        done.addStretch(2)
        self.pages.addWidget(self.done)
        self._reset = QTimer(self)
        self._reset.setSingleShot(True)
        self._reset.timeout.connect(self.ready)
        self._busy = False
        self._quiet = False  # the focus moving by itself: not read aloud
        self.ready()

    def ready(self) -> None:
        """Greets the next person: the services again, the regular lane."""
        self._reset.stop()
        self.priority.setChecked(False)
        self.pages.setCurrentWidget(self.start)
        first = next(iter(self.group_buttons.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _big_button(self, name: str, text: str, icon: str, description: str) -> KioskButton:
        b = KioskButton(text)
        b.setObjectName(name)
        b.setProperty("role", "kiosk")
        b.setAccessibleDescription(description)
        self.icons.bind(b, icon)
        b.setIconSize(QSize(48, 48))
        # Taller as the screen allows: a large target for a finger (the layout shares the height out).
        b.setMaximumHeight(BUTTON_HEIGHT)
        b.installEventFilter(self)  # read aloud when it gets the focus
        return b

    def _group_page(self, name: str, services: list[Any]) -> QWidget:
        """A group's services, one large button each, and *Kembali* to the groups."""
        page = QWidget()
        column = QVBoxLayout(page)
        title = heading(self.tr("{group}: silakan pilih layanan").format(group=name))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        grid = QGridLayout()
        for i, d in enumerate(services):
            service = d.name.get(self.lang)
            b = self._big_button(f"kiosk-{d.id}", service, ICONS.get(d.id, "mdi6.ticket-outline"),
                                 self.tr("Ambil nomor untuk {service}").format(service=service))
            b.clicked.connect(lambda _c=False, sid=d.id: self.take(sid))
            self.buttons[d.id] = b
            grid.addWidget(b, i, 0)
        column.addLayout(grid, 1)
        back = self._big_button("kioskBack", self.tr("Kembali"), "mdi6.arrow-left",
                                self.tr("Kembali ke daftar kelompok layanan"))
        back.clicked.connect(self.back)
        column.addWidget(back)
        page.setProperty("title", title.text())
        return page

    def open_group(self, group_id: str) -> None:
        """A group of several services: its page, the focus on its first service, and what it offers said
        aloud in one sentence (the title, then every service: no button's name cuts off another)."""
        page = self.group_pages[group_id]
        services = [b for b in page.findChildren(KioskButton) if b.objectName() != "kioskBack"]
        self._quiet = True
        try:
            self.pages.setCurrentWidget(page)
            if services:
                services[0].setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self._quiet = False
        self.speak(". ".join([str(page.property("title")), ", ".join(b.words() for b in services)]))

    def back(self) -> None:
        """From a group's services to the groups again (the priority choice stays)."""
        self.pages.setCurrentWidget(self.start)
        self.group_buttons[next(iter(self.group_buttons))].setFocus(Qt.FocusReason.OtherFocusReason)

    def _priority_toggled(self, on: bool) -> None:
        self.priority.set_words(
            self.tr("Prioritas dipilih: sekarang pilih layanannya") if on
            else self.tr("Prioritas: lansia, disabilitas, ibu hamil, membawa anak kecil"))
        if on:
            self.speak(self.priority.words())

    def take(self, service_id: str) -> None:
        if self._busy:
            return  # one press, one ticket
        self._busy = True
        priority, make = self.priority.isChecked(), self._make_queue

        def work() -> DeskTicket:
            if self.queue is None:
                self.queue = make()
            return self.queue.take(service_id, priority)

        self.lane.run_in_background(work, lambda f: self._taken(f, service_id))

    def _taken(self, future: Any, service_id: str) -> None:
        self._busy = False
        try:
            ticket = future.result()
        except Exception as exc:  # shown plainly; the kiosk stays ready for another try
            self.number.setText("")
            self.detail.setText(self.tr("Maaf, nomor tidak bisa diambil sekarang: {error}. Silakan ke petugas.")
                                .format(error=logs.failure_text(exc, "kiosk ticket")))
            self.pages.setCurrentWidget(self.done)
            self._reset.start(RESET_MS)
            return
        service = self.catalogue.get(service_id).name.get(self.lang)
        printed = True
        try:
            self.print_ticket(ticket, service)
        except Exception as exc:  # a printer out of paper must not lose the number: it is on screen
            logs.failure_text(exc, "kiosk print")
            printed = False
        self.number.setText(ticket.number)
        self._fit_number()
        ahead = (self.tr("Tidak ada orang di depan Anda.") if ticket.people_ahead == 0
                 else self.tr("{n} orang di depan Anda.").format(n=ticket.people_ahead))
        note = self.tr("Ambil karcis Anda.") if printed else self.tr("Karcis tidak tercetak: ingat nomor ini.")
        self.detail.setText(f"{service}. {ahead} {note}")
        self.number.setAccessibleName(self.tr("Nomor antrean Anda: {number}").format(number=ticket.number))
        self.pages.setCurrentWidget(self.done)
        self.speak(self.tr("Nomor antrean Anda {number}. {ahead} Dengarkan panggilan nomor Anda.")
                   .format(number=ticket.number, ahead=ahead))
        self._reset.start(RESET_MS)

    def _fit_number(self) -> None:
        """The number as large as the theme makes it, smaller only when it would not fit the screen's width
        (the kiosk's own numbers, ``DEMO-01-A001``, at 200 %: the window grew past the screen)."""
        label = self.number
        label.setStyleSheet("")  # the theme's size first
        label.ensurePolished()
        outer, inner = self.layout().contentsMargins(), self.done.layout().contentsMargins()
        room = self.width() - outer.left() - outer.right() - inner.left() - inner.right()
        advance = label.fontMetrics().horizontalAdvance(label.text())
        if label.text() and advance > room > 0:  # (the size the advance was measured in, scaled down)
            font = label.font()
            size, unit = (font.pointSizeF(), "pt") if font.pointSizeF() > 0 else (font.pixelSize(), "px")
            label.setStyleSheet(f"font-size: {max(12.0, size * room / advance * 0.98):.1f}{unit};")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_number()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.FocusIn and isinstance(obj, KioskButton) and self.isVisible()
                and not self._quiet):
            self.speak(obj.words())  # what a button is, for someone who cannot read it
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pages.currentWidget() is self.done:
            self.ready()  # the next person need not wait for the timer
            return
        if event.key() == Qt.Key.Key_Escape and self.pages.currentWidget() in self.group_pages.values():
            self.back()
            return
        super().keyPressEvent(event)
