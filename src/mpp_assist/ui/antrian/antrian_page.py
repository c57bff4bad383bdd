"""The *Antrian* place: call the next citizen in the MPP's one queue, say it aloud, serve them.

The queue itself is ``queue.desk.DeskQueue`` (the backend's queue shared by every desk of the MPP;
the desk's own, numbered ``<desk>-A001``, while the backend cannot be reached, handed over when it
is back). Every call to it runs off the UI thread (it talks HTTP). What the officer does here:

- *Panggil berikutnya* (F6) takes the next ticket for this desk (the priority lane by the MPP's rule)
  and says it aloud — *"Nomor antrean A dua belas, silakan ke loket tiga"* — on the desk's speakers and
  on the applicant display; *Panggil ulang* says it again; *Lewati* (the citizen is not there: back in
  line once, later); *Alihkan* to another desk or service.
- *Mulai permohonan* opens the ticket's service: the application made links to the ticket, and
  printing its receipt ends the ticket's service (taken → called → receipt printed, for the service
  times report).
- *Buka layar aula*: the hall display (``hall_window``) on the desk's second screen, full screen (or
  a window when there is one screen); while it is open it says the calls, so the desk does not.
- *Ambil nomor*: a ticket issued at the desk for someone who came straight to it (with *Prioritas*
  for the elderly, people with disabilities, pregnant women and people with small children).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mpp_assist import clock, logs
from mpp_assist.forms import UnknownService
from mpp_assist.queue.tickets import NO_SHOW
from mpp_assist.ui.shell.places import Place, PlaceHost
from mpp_assist.ui.shell.widgets import ButtonRow, Labelled, ScrollingBody, button, heading, paragraph

if TYPE_CHECKING:
    from mpp_assist.queue.desk import DeskQueue, DeskTicket
    from mpp_assist.sync.queue_client import QueueClient
    from mpp_assist.ui.antrian.hall_window import HallWindow
    from mpp_assist.ui.antrian.transfer_dialog import TransferDialog
    from mpp_assist.ui.shell.taskman import Future

PLACE_ID = "antrian"


def antrian_place(make_queue: Callable[[], DeskQueue] | None = None) -> Place:
    """*Antrian* in the rail. ``make_queue``: the desk's queue (built off the UI thread on first use)."""
    return Place(
        id=PLACE_ID,
        label=lambda: QCoreApplication.translate("Places", "Antrian"),
        icon="mdi6.ticket-confirmation-outline",
        factory=lambda host: AntrianPage(host, make_queue),
        description=lambda: QCoreApplication.translate(
            "Places", "Panggil nomor antrean berikutnya dan layani pemohonnya (F6 memanggil)"
        ),
        order=45,
        keep_applicant=True,  # the ticket being served stays while its application is filled in
    )


def signed_in_client(settings: Any) -> QueueClient | None:
    """The backend's queue for the officer signed in on this computer; None without a backend or token."""
    from mpp_assist.sync import credentials
    from mpp_assist.sync.queue_client import QueueClient

    url, user = settings.get("backend_url"), settings.get("officer")
    token = credentials.saved_token(url, user) if url else None
    if not (url and token):
        return None
    timeout = float(settings.get("sync_timeout_seconds"))
    return QueueClient(url, token, ca_bundle=settings.get("sync_ca_bundle") or None,
                       timeout=(min(5.0, timeout), timeout))


def desk_queue_for(settings: Any) -> DeskQueue:
    """The desk's queue from its settings: the backend's when it is set and signed in, else its own."""
    from mpp_assist.queue.desk import DeskQueue
    from mpp_assist.queue.local import LocalQueue, TicketLinks

    desk = str(settings.get("desk"))
    return DeskQueue(signed_in_client(settings), desk, LocalQueue(desk), TicketLinks())


class AntrianPage(QWidget):
    applicant_view_changed = Signal()  # the applicant display shows the number being called

    def __init__(self, host: PlaceHost, make_queue: Callable[[], DeskQueue] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("antrianPage")
        self.host, self.ctx = host, host.ctx
        self._make_queue = make_queue or (lambda: desk_queue_for(self.ctx.settings))
        self.queue: DeskQueue | None = None
        # Every queue call on one thread of its own, in order: the desk's own queue is an SQLite file.
        self.lane = self.ctx.tasks.lane()
        self.ticket: DeskTicket | None = None  # the one called to this desk now
        self.serving: DeskTicket | None = None  # the one whose application is being filled in
        self._busy = False
        self._printed_for: str | None = None
        self.hall: HallWindow | None = None  # the hall display opened from here
        self.transfer_dialog: TransferDialog | None = None  # Alihkan, while it is open

        self.body = ScrollingBody(self)
        layout = self.body.layout
        layout.addWidget(heading(self.tr("Antrian")))
        self.status = paragraph("", role="hint")
        self.status.setObjectName("antrianStatus")
        layout.addWidget(self.status)

        panel = QFrame()
        panel.setProperty("role", "notice")
        inner = QVBoxLayout(panel)
        self.number = QLabel(self.tr("Belum ada nomor dipanggil"))
        self.number.setObjectName("calledNumber")
        self.number.setProperty("role", "called-number")  # as large as a title, but not a heading
        self.number.setWordWrap(True)  # "Tidak ada yang menunggu" at 200 % beside the applicant display
        self.detail = paragraph("")
        inner.addWidget(self.number)
        inner.addWidget(self.detail)
        layout.addWidget(panel)

        self.call_button = button(self.tr("Panggil berikutnya"), role="primary",
                                  description=self.tr("Panggil nomor berikutnya ke loket ini (F6)"))
        self.recall_button = button(self.tr("Panggil ulang"), description=self.tr("Umumkan nomor ini sekali lagi"))
        self.skip_button = button(self.tr("Lewati"),
                                  description=self.tr("Pemohon tidak datang: nomornya kembali ke antrean sekali"))
        self.transfer_button = button(self.tr("Alihkan…"),
                                      description=self.tr("Alihkan nomor ini ke loket atau layanan lain"))
        self.start_button = button(self.tr("Mulai permohonan"),
                                   description=self.tr("Buka layanan nomor ini; permohonannya terhubung ke nomor"))
        self.actions = ButtonRow([self.call_button, self.recall_button, self.skip_button, self.transfer_button,
                                  self.start_button])
        layout.addWidget(self.actions)
        self.message = paragraph("", role="status")
        self.message.setObjectName("antrianMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.hall_button = button(self.tr("Buka layar aula"),
                                  description=self.tr("Tampilkan nomor yang dipanggil di layar TV aula, dengan suara"))
        layout.addWidget(ButtonRow([self.hall_button]))

        layout.addWidget(heading(self.tr("Ambil nomor di loket"), level=2))
        self.service = QComboBox()
        self.service_box = Labelled(self.service)  # its visible label, the relation a screen reader follows
        self.service_box.set_text(self.tr("Layanan untuk nomor baru"))
        for d in self.ctx.catalogue.services():
            self.service.addItem(d.name.get(self.ctx.lang), d.id)
        # A check box's own words never wrap: the box says "Prioritas", who it is for wraps below it.
        self.priority = QCheckBox(self.tr("Prioritas"))
        who = self.tr("Untuk lansia, penyandang disabilitas, ibu hamil, dan yang membawa anak kecil")
        self.priority.setAccessibleDescription(who)
        self.priority_hint = paragraph(who, role="hint")
        self.take_button = button(self.tr("Ambil nomor"), description=self.tr("Buat nomor antrean untuk layanan ini"))
        # A long service name never pushes the page wider than the screen (250 %): the list shortens.
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service.setMinimumContentsLength(16)
        layout.addWidget(self.service_box)
        layout.addWidget(self.priority)
        layout.addWidget(self.priority_hint)
        self.print_ticket = QCheckBox(self.tr("Cetak karcis"))
        self.print_ticket.setChecked(True)
        layout.addWidget(self.print_ticket)
        layout.addWidget(ButtonRow([self.take_button]))
        self.taken = paragraph("", role="status")
        self.taken.setObjectName("takenTicket")
        self.taken.hide()
        layout.addWidget(self.taken)
        layout.addStretch(1)

        self.call_button.clicked.connect(self.call_next)
        self.recall_button.clicked.connect(self.recall)
        self.skip_button.clicked.connect(self.skip)
        self.transfer_button.clicked.connect(self.transfer)
        self.start_button.clicked.connect(self.start_application)
        self.take_button.clicked.connect(self.take)
        self.hall_button.clicked.connect(self.open_hall)
        QShortcut(QKeySequence("F6"), self, self.call_next)
        host.application_submitted.connect(self._submitted)
        host.receipt_printed.connect(self._receipt_printed)
        self._update_buttons()
        self.setFocusProxy(self.call_button)

    # -- the queue, off the UI thread ------------------------------------------------------------

    def _run(self, work: Callable[[DeskQueue], Any], done: Callable[[Any], None], *, always: bool = False) -> None:
        """``work(queue)`` on the lane, then ``done(result)`` here. While one runs, the buttons wait
        (a second press is ignored); ``always``: book-keeping that must not be dropped (it queues)."""
        if self._busy and not always:
            return
        self._busy = True
        self._update_buttons()
        make = self._make_queue

        def task() -> Any:
            if self.queue is None:
                self.queue = make()
            return work(self.queue)

        def finished(future: Future) -> None:
            self._busy = False
            try:
                result = future.result()
            except Exception as exc:  # a refusal (its message) or a bug (logged): the desk goes on
                self._say(self.tr("Antrean tidak bisa dipakai: {error}").format(
                    error=logs.failure_text(exc, "queue")), problem=True)
            else:
                done(result)
            self._update_buttons()
            self._show_source()

        self.lane.run_in_background(task, finished)

    def enter(self) -> None:
        self._show_source()
        self.call_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._run(lambda q: q.state(), self._show_state)

    def call_next(self) -> None:
        self._run(lambda q: q.call_next(), self._called)

    def recall(self) -> None:
        if self.ticket is not None:
            ticket = self.ticket
            self._run(lambda q: q.recall(ticket), self._called)

    def skip(self) -> None:
        if self.ticket is not None:
            ticket = self.ticket
            self._run(lambda q: q.skip(ticket), self._skipped)

    def transfer(self) -> None:
        """*Alihkan*: to another desk and/or service, chosen in a dialog (the page stays usable behind it)."""
        from mpp_assist.ui.antrian.transfer_dialog import TransferDialog

        if self.ticket is None or self.transfer_dialog is not None:
            return
        ticket = self.ticket
        services = [(d.id, d.name.get(self.ctx.lang)) for d in self.ctx.catalogue.services()]
        dialog = TransferDialog(ticket.number, services, ticket.service_id, self)
        self.transfer_dialog = dialog

        def chosen() -> None:
            desk, service = dialog.target()
            self._run(lambda q: q.transfer(ticket, to_desk=desk, to_service=service), self._transferred)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(self._transfer_closed)
        dialog.open()

    def _transfer_closed(self) -> None:
        if self.transfer_dialog is not None:
            self.transfer_dialog.deleteLater()
            self.transfer_dialog = None

    def take(self) -> None:
        service, priority = str(self.service.currentData()), self.priority.isChecked()
        self._run(lambda q: q.take(service, priority), self._taken)

    def start_application(self) -> None:
        """The called citizen's service, opened; the application made is linked to the ticket."""
        if self.ticket is None:
            return
        self.serving = self.ticket
        self.host.start_service(self.ticket.service_id, person=True)

    def open_hall(self) -> None:
        """The hall display: full screen on a second screen when there is one, else a window."""
        from PySide6.QtGui import QGuiApplication

        from mpp_assist.ui.antrian.hall_window import HallWindow, hall_client_for
        from mpp_assist.ui.inclusion.speech_panel import SpeechController

        if self.hall is not None:
            self.hall.raise_()
            self.hall.activateWindow()
            return
        settings = self.ctx.settings
        hall = HallWindow(self.ctx.tasks, lambda: hall_client_for(settings), SpeechController(settings),
                          owns_speech=True, desk=str(settings.get("desk")), parent=self)  # (closed with the desk)
        hall.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hall.destroyed.connect(self._hall_closed)
        self.hall = hall
        here = self.window().screen()
        others = [s for s in QGuiApplication.screens() if s is not here]
        if others:
            hall.setScreen(others[0])
            hall.move(others[0].geometry().topLeft())
            hall.showFullScreen()
        else:
            hall.resize(here.availableGeometry().size() * 0.8 if here is not None else hall.size())
            hall.show()
        self._say(self.tr("Layar aula dibuka. Tekan F11 di layar itu untuk layar penuh."))

    def _hall_closed(self) -> None:
        self.hall = None

    # -- results ---------------------------------------------------------------------------------

    def _called(self, ticket: DeskTicket | None) -> None:
        self.ticket = ticket
        if ticket is not None:  # another citizen called: the form left for the last one is not theirs
            self._let_go_unless(ticket)
        if ticket is None:
            self.number.setText(self.tr("Tidak ada yang menunggu"))
            self.detail.setText("")
            self._say(self.tr("Tidak ada nomor yang menunggu untuk loket ini."))
        else:
            self.number.setText(ticket.number)
            self.number.setAccessibleName(self.tr("Nomor dipanggil: {number}").format(number=ticket.number))
            self.detail.setText(self._ticket_line(ticket))
            # On the desk's speakers, as the hall display says it: the two-tone chime, then the sentence.
            # While the hall display opened here is up, it says the floor's calls (this one too).
            hall_says = self.hall is not None and ticket.source == "server"
            if ticket.spoken and not hall_says:
                self.host.speak_call(ticket.spoken)
            self._say(self.tr("Nomor {number} dipanggil.").format(number=ticket.number))  # (spoken: for ears)
        self.applicant_view_changed.emit()
        self._refresh_waiting()

    def _skipped(self, ticket: DeskTicket) -> None:
        if ticket.state == NO_SHOW:  # skipped after its one return (the MPP's rule): it is over
            text = self.tr("Nomor {number} dilewati lagi: pemohon tidak datang, nomornya tidak dipanggil lagi.")
        else:
            text = self.tr("Nomor {number} dilewati; kembali ke antrean sekali lagi.")
        self._say(text.format(number=ticket.number))
        self._let_go_unless(None)
        self._clear_called()

    def _transferred(self, ticket: DeskTicket) -> None:
        self._say(self.tr("Nomor {number} dialihkan.").format(number=ticket.number))
        self._let_go_unless(None)
        self._clear_called()

    def _taken(self, ticket: DeskTicket) -> None:
        text = self.tr("Nomor baru: {number} ({n} orang di depannya).").format(
            number=ticket.number, n=ticket.people_ahead)
        self.taken.setText(text)
        self.taken.setAccessibleName(text)
        self.taken.show()
        self.host.announce(text)
        self._refresh_waiting()
        if self.print_ticket.isChecked():
            self._print(ticket)

    def _print(self, ticket: DeskTicket) -> None:
        """The karcis on the desk's printer (thermal or system), off the UI thread; a failure is said."""
        from mpp_assist.printing.ticket import print_desk_ticket

        try:
            service = self.ctx.catalogue.get(ticket.service_id).name.get(self.ctx.lang)
        except UnknownService:
            service = ticket.service_id
        settings, lang = self.ctx.settings, self.ctx.lang

        def printed(future: Future) -> None:
            try:
                future.result()
            except Exception as exc:  # the number is on screen; the officer can write it down
                self._say(self.tr("Karcis {number} tidak tercetak: {error}").format(
                    number=ticket.number, error=logs.failure_text(exc, "ticket print")), problem=True)

        self.ctx.tasks.run_in_background(lambda: print_desk_ticket(ticket, service, settings, lang), printed)

    def _refresh_waiting(self) -> None:
        self._run(lambda q: q.state(), self._show_state, always=True)

    def _show_state(self, state: dict[str, Any]) -> None:
        waiting = state.get("waiting")
        count = waiting if isinstance(waiting, int) else len(waiting or [])
        self._waiting = count
        self._show_source()

    def _clear_called(self) -> None:
        self.ticket = None
        self.number.setText(self.tr("Belum ada nomor dipanggil"))
        self.number.setAccessibleName(self.number.text())
        self.detail.setText("")
        self.applicant_view_changed.emit()

    def _let_go_unless(self, ticket: DeskTicket | None) -> None:
        """The ticket being served is no longer the one at this desk (another called, it skipped or moved):
        an application submitted from now on is not linked to it."""
        if self.serving is not None and (ticket is None or ticket.id != self.serving.id):
            self.serving = None

    def _submitted(self, application: Any) -> None:
        """The application filled in for the ticket being served is stored: link them."""
        ticket, self.serving = self.serving, None
        if ticket is not None and self.queue is not None:
            app_id = application.id
            self._run(lambda q: q.start_application(app_id, ticket), lambda _r: None, always=True)
            self._printed_for = app_id

    def _receipt_printed(self, app_id: str) -> None:
        """The receipt of the ticket's application is printed (a cancelled print is not): its service ends."""
        if app_id != self._printed_for:
            return
        self._printed_for = None
        self._run(lambda q: q.receipt_printed(app_id), lambda _r: None, always=True)

    # -- what is shown ----------------------------------------------------------------------------

    def applicant_view(self) -> tuple[str, str] | None:
        """What the applicant display shows while this page is up: the number called, nothing else."""
        if self.ticket is None:
            return None
        return (self.tr("Nomor antrean {number}").format(number=self.ticket.number),
                self.tr("Silakan ke loket {desk}").format(desk=self.ctx.settings.get("desk")))

    def _ticket_line(self, ticket: DeskTicket) -> str:
        try:
            service = self.ctx.catalogue.get(ticket.service_id).name.get(self.ctx.lang)
        except UnknownService:  # a service no longer offered: its id still says which
            service = ticket.service_id
        parts = [service]
        if ticket.priority:
            parts.append(self.tr("prioritas"))
        if ticket.taken_at:
            taken = clock.local(datetime.fromtimestamp(ticket.taken_at, tz=UTC))
            parts.append(self.tr("diambil {time}").format(time=f"{taken:%H:%M} {clock.abbreviation()}"))
        return " · ".join(parts)

    def _show_source(self) -> None:
        q = self.queue
        if q is None:
            text = self.tr("Tekan Panggil berikutnya (F6) untuk memanggil nomor pertama.")
        elif not self.ctx.settings.get("backend_url"):
            text = self.tr("Loket ini bekerja tanpa server: antreannya milik loket ini sendiri.")
        elif q.offline:
            text = q.offline_message
        else:
            text = self.tr("Terhubung ke antrean bersama MPP.")
        waiting = getattr(self, "_waiting", None)
        if waiting is not None:
            text += " " + self.tr("Menunggu: {n}.").format(n=waiting)
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def _update_buttons(self) -> None:
        # Not disabled while the queue answers (a press meanwhile is ignored): a disabled button would
        # throw the keyboard focus somewhere else on the page.
        called = self.ticket is not None
        for b in (self.recall_button, self.skip_button, self.transfer_button, self.start_button):
            b.setEnabled(called)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setProperty("role", "error" if problem else "status")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()
        self.host.announce(text)
