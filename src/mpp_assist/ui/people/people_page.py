"""*Pemohon*: find a returning citizen, see what they asked for here, and serve them again.

Two views in one place: the search (one box, results as people — a page at a time from
``search.people.find_people``, only the page's people decrypted) and one person's page (their
applications on this desk, their family from their newest KK-bearing application, *Layanan baru
untuk pemohon ini*). Opening a person is recorded in the audit trail as a view of each application
shown, as the Permohonan page's detail is. Who may find whom is ``search.access`` (the role rules).

The place shows one applicant's data, so "Pemohon baru" throws it away (``keep_applicant=False``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.forms import FormDefinition
from mpp_assist.forms.dates import format_date
from mpp_assist.masking import mask_nik
from mpp_assist.search.access import scope_for
from mpp_assist.search.people import Person, Visit, find_people
from mpp_assist.security import session as security_session
from mpp_assist.store import Application
from mpp_assist.ui.people import known
from mpp_assist.ui.shell.places import Place, PlaceHost
from mpp_assist.ui.shell.widgets import ButtonRow, Labelled, ScrollingBody, button, heading, link_button, paragraph
from mpp_assist.ui.shell.words import back_office_text, deadline_text, local_time, state_text

if TYPE_CHECKING:
    from mpp_assist.ui.shell.context import AppContext

PLACE_ID = "people"
PAGE_SIZE = 20  # people per page of results; "Tampilkan lagi" adds the next


def people_place() -> Place:
    """*Pemohon* in the rail, after Layanan and Permohonan.

    A person's page offers the queue's own reprint and correction of one application, through the
    window (``PlaceHost``): no second implementation.
    """
    return Place(
        id=PLACE_ID,
        label=lambda: QCoreApplication.translate("Places", "Pemohon"),
        icon="mdi6.account-search-outline",
        factory=lambda host: PeoplePage(host, reprint=host.reprint, correct=host.correct),
        description=lambda: QCoreApplication.translate(
            "Places", "Cari pemohon yang pernah datang: NIK, KK, nomor tanda terima, telepon atau nama"
        ),
        order=40,
        keep_applicant=False,  # a person's page is one applicant's data: gone with "Pemohon baru"
    )


def next_step(status: str, server_status: str | None) -> str:
    """What the officer does next with an application in this state, in their words."""
    if status == "needs_correction":
        return QCoreApplication.translate("PeoplePage", "Perbaiki di halaman Permohonan, lalu kirim lagi")
    if status in ("waiting", "sending"):
        return QCoreApplication.translate(
            "PeoplePage", "Tidak perlu tindakan: terkirim sendiri saat server bisa dihubungi")
    if server_status == "ready_for_pickup":
        return QCoreApplication.translate("PeoplePage", "Serahkan dokumennya kepada pemohon")
    if server_status == "completed":
        return QCoreApplication.translate("PeoplePage", "Selesai")
    if server_status == "rejected":
        return QCoreApplication.translate("PeoplePage", "Jelaskan alasannya; ajukan permohonan baru bila perlu")
    return QCoreApplication.translate("PeoplePage", "Tunggu proses di kantor layanan")


def _table(columns: int) -> QTableWidget:
    """A read-only list of rows the keyboard walks (Tab leaves it for the buttons)."""
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # the whole text of a cut-off cell
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)


def _fit_rows(table: QTableWidget, shown: int, *, fixed: bool = False) -> None:
    """Rows as tall as the text; the table room for ``shown`` rows (the page scrolls beyond).

    ``fixed``: exactly that tall (a person's few applications leave no empty box below them).
    """
    fm = table.fontMetrics()
    row = fm.lineSpacing() + 14
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(row)
    # Room for the header, the rows and a horizontal scroll bar (narrow windows, large text).
    height = (table.horizontalHeader().sizeHint().height() + row * max(1, shown)
              + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth() + 2)
    table.setMinimumHeight(height)
    if fixed:
        table.setMaximumHeight(height)


class PeoplePage(QStackedWidget):
    """The place's page: the search, or one person (Escape goes back to the search, kept as it was)."""

    def __init__(
        self,
        host: PlaceHost,
        *,
        reprint: Callable[[str], None] | None = None,
        correct: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.host, self.ctx = host, host.ctx
        self.setObjectName("peoplePage")
        self.results = ResultsView(self.ctx, on_open=self.open_person)
        self.person = PersonView(self.ctx, on_back=self.show_results, on_new_service=self._new_service,
                                 reprint=reprint, correct=correct)
        self.addWidget(self.results)
        self.addWidget(self.person)

    def enter(self) -> None:
        """Shown by the window: the view the officer left, with the search kept and read again.

        The officer may come back from a new application for this very person: what is shown must
        include it (and the person's page is opened, so audited, again, as a new visit).
        """
        shown = self.person.shown if self.currentWidget() is self.person else None
        self.results.refresh()
        again = next((p for p in self.results.people if shown is not None and p.key == shown.key), None)
        if again is not None:
            self.open_person(again)
        else:
            self.show_results()

    def show_results(self) -> None:
        self.setCurrentWidget(self.results)
        self.person.clear()  # the person's data leaves the screen with them
        self.results.enter()

    def open_person(self, person: Person) -> None:
        """Their page; each application shown is recorded as viewed by the signed-in officer."""
        officer = self.ctx.officer
        apps = [a for a in (self.ctx.store.view_application(v.id, officer) for v in person.applications) if a]
        self.person.show_person(person, apps)
        self.setCurrentWidget(self.person)
        self.person.enter()
        self.host.announce(self.tr("Data pemohon {name}: {n} permohonan.").format(
            name=person.name or person.masked_nik, n=len(person.applications)))

    def _new_service(self, service_id: str, prefill: dict[str, Any], members: list[dict[str, Any]]) -> None:
        self.host.start_service(service_id, prefill, members=members, person=True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.results.retranslate()
            self.person.retranslate()


class ResultsView(QWidget):
    """One search box; the people who match, newest visit first, a page at a time."""

    COLUMNS = 5  # name, masked NIK, village, last visit, number of applications

    def __init__(self, ctx: AppContext, *, on_open: Callable[[Person], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._on_open = ctx, on_open
        self.setObjectName("peopleResults")
        self.people: list[Person] = []
        self.total = 0
        self.searched = ""  # the text the results are for (named in the "no match" message)
        self.body = ScrollingBody(self)
        layout = self.body.layout
        self.heading = heading("")
        layout.addWidget(self.heading)
        self.hint = paragraph("", role="hint")
        layout.addWidget(self.hint)
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)  # one query when the officer pauses, as the queue's search
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search_and_go)
        self.search.installEventFilter(self)  # Down goes to the results
        self.search_box = Labelled(self.search)  # a visible label, the relation a screen reader follows
        layout.addWidget(self.search_box)
        self.status = paragraph("", role="status")
        self.status.setObjectName("peopleStatus")
        layout.addWidget(self.status)
        self.table = _table(self.COLUMNS)
        self.table.setObjectName("peopleTable")
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        layout.addWidget(self.table, 1)
        self.open_button = button("", role="primary")
        self.open_button.setObjectName("openPerson")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.more_button = button("")
        self.more_button.setObjectName("morePeople")
        self.more_button.clicked.connect(self.show_more)
        self.actions = ButtonRow([self.open_button, self.more_button])
        layout.addWidget(self.actions)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Pemohon"))
        self.heading.setAccessibleName(self.heading.text())
        self.hint.setText(self.tr("Cari pemohon yang pernah datang ke loket ini: NIK, nomor KK, nomor tanda terima "
                                  "atau nomor resmi, telepon, atau nama."))
        self.hint.setAccessibleName(self.hint.text())
        self.search.setPlaceholderText(self.tr("NIK, nomor KK, nomor tanda terima, telepon, atau nama"))
        self.search_box.set_text(self.tr("Cari pemohon"), self.search.placeholderText())
        self.table.setHorizontalHeaderLabels(self._headers())
        self.table.setAccessibleName(self.tr("Pemohon yang cocok"))
        for b, text, tip in (
            (self.open_button, self.tr("Buka data pemohon"), self.tr("Permohonan dan keluarga pemohon ini (Enter)")),
            (self.more_button, self.tr("Tampilkan lagi"), self.tr("Tampilkan pemohon berikutnya yang cocok")),
        ):
            b.setText(text)
            b.setAccessibleName(text)
            b.setToolTip(tip)
            b.setAccessibleDescription(tip)
        self._update()

    def _headers(self) -> list[str]:
        return [self.tr("Nama"), self.tr("NIK"), self.tr("Desa/kelurahan"), self.tr("Kunjungan terakhir"),
                self.tr("Permohonan")]

    def enter(self) -> None:
        self._size_columns()
        if self.people and self.table.currentRow() >= 0:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # back from a person: on their row
        else:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "table"):
            self._size_columns()

    def _size_columns(self) -> None:
        fm = self.table.fontMetrics()
        _fit_rows(self.table, 6)
        header = self.table.horizontalHeader()
        for col, sample in enumerate(("Wwwwwwwwwwwwwwwwwwwwww", mask_nik("0" * 16), "Wwwwwwwwwwwwww",
                                      "00-00-0000 00:00")):
            header.resizeSection(col, fm.horizontalAdvance(sample) + 24)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.people:
                self._go_to_results()
                return True
        return False

    # -- searching ------------------------------------------------------------------------------

    def apply_search(self) -> None:
        """The first page of people matching the box now."""
        self.search_timer.stop()
        text = self.search.text().strip()
        if text == self.searched and (self.people or not text):
            return  # the same search again (Enter after the pause): keep the row the officer is on
        self.searched = text
        self.people, self.total = [], 0
        self._load(0)

    def refresh(self) -> None:
        """The same search read again (new applications since), on the same row."""
        if not self.searched:
            return
        row, shown = self.table.currentRow(), max(PAGE_SIZE, len(self.people))
        self.people, self.total = [], 0
        self._load(0, limit=shown)
        while len(self.people) < min(shown, self.total):  # the store pages at most 100 people at a time
            before = len(self.people)
            self._load(before, limit=shown - before)
            if len(self.people) == before:
                break
        if 0 <= row < len(self.people):
            self.table.selectRow(row)

    def _load(self, offset: int, limit: int = PAGE_SIZE) -> None:
        scope = scope_for(security_session.current())  # the role rules, as on the Permohonan page
        page = find_people(self.ctx.store, self.searched, scope, offset=offset, limit=limit)
        self.people += page.people
        self.total = page.total
        rows = [[p.name or "—", p.masked_nik, p.village, local_time(p.last_visit), str(len(p.applications))]
                for p in self.people]
        _fill(self.table, rows, [p.key for p in self.people])
        self._update()

    def show_more(self) -> None:
        row = len(self.people)
        self._load(row)
        if row < len(self.people):
            self.table.selectRow(row)  # on the first of the new ones
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_and_go(self) -> None:
        self.apply_search()
        if self.people:
            self._go_to_results()

    def _go_to_results(self) -> None:
        if self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        if not self.searched:
            text = self.tr("Ketik untuk mencari. Nama boleh dengan ejaan lain (Muhamad, Mohammad).")
        elif not self.total:
            text = self.tr("Tidak ada pemohon yang cocok dengan “{text}”.").format(text=self.searched)
        elif len(self.people) < self.total:
            text = self.tr("{shown} dari {total} pemohon yang cocok dengan “{text}”.").format(
                shown=len(self.people), total=self.total, text=self.searched)
        else:
            text = self.tr("{total} pemohon cocok dengan “{text}”.").format(total=self.total, text=self.searched)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.table.setVisible(bool(self.people))
        self.open_button.setVisible(bool(self.people))
        self.more_button.setVisible(len(self.people) < self.total)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.people):
            self._on_open(self.people[row])


class PersonView(QWidget):
    """One person: their applications here, their family, and a new service for them."""

    APP_COLUMNS = 6  # service, state, receipt number, official number, back office, what next
    FAMILY_COLUMNS = 4  # name, masked NIK, relationship, date of birth

    def __init__(
        self,
        ctx: AppContext,
        *,
        on_back: Callable[[], None],
        on_new_service: Callable[[str, dict[str, Any], list[dict[str, Any]]], None],
        reprint: Callable[[str], None] | None = None,
        correct: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self._on_new_service = ctx, on_new_service
        self._reprint, self._correct = reprint, correct
        self.setObjectName("personPage")
        self.shown: Person | None = None
        self.apps: list[Application] = []
        self.profile: dict[str, Any] = {}
        self.family = known.Family()
        self.chooser: ServiceChooser | None = None
        self.body = ScrollingBody(self)
        layout = self.body.layout
        self.back_link = link_button("")
        self.back_link.clicked.connect(on_back)
        layout.addWidget(self.back_link)
        self.heading = heading("")
        layout.addWidget(self.heading)
        self.summary = paragraph("", role="body")
        self.summary.setObjectName("personSummary")
        layout.addWidget(self.summary)
        self.apps_heading = heading("", level=2)
        layout.addWidget(self.apps_heading)
        self.apps_table = _table(self.APP_COLUMNS)
        self.apps_table.setObjectName("personApplications")
        self.apps_table.itemSelectionChanged.connect(self._update_actions)
        layout.addWidget(self.apps_table)
        self.family_heading = heading("", level=2)
        layout.addWidget(self.family_heading)
        self.family_note = paragraph("", role="hint")
        self.family_note.setObjectName("familyNote")
        layout.addWidget(self.family_note)
        self.family_table = _table(self.FAMILY_COLUMNS)
        self.family_table.setObjectName("personFamily")
        layout.addWidget(self.family_table)
        layout.addStretch(1)
        self.new_button = button("", role="primary")
        self.new_button.setObjectName("newServiceForPerson")
        self.new_button.clicked.connect(self.choose_service)
        # The selected application's reprint and correction, as on the Permohonan page.
        self.reprint_button = button("")
        self.reprint_button.setObjectName("reprintForPerson")
        self.reprint_button.clicked.connect(lambda: self._act(self._reprint))
        self.correct_button = button("")
        self.correct_button.setObjectName("correctForPerson")
        self.correct_button.clicked.connect(lambda: self._act(self._correct))
        self.back_button = button("")
        self.back_button.clicked.connect(on_back)
        self.actions = ButtonRow([self.new_button, self.reprint_button, self.correct_button, self.back_button])
        layout.addWidget(self.actions)
        # Only once they have a parent: a parentless widget shown would open as a window of its own.
        self.reprint_button.setVisible(reprint is not None)
        self.correct_button.setVisible(correct is not None)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, on_back)
        self.retranslate()

    def retranslate(self) -> None:
        back = self.tr("Kembali ke hasil pencarian")
        for b, text, tip in (
            (self.back_link, back, self.tr("Kembali ke hasil pencarian (Escape)")),
            (self.back_button, self.tr("Kembali"), self.tr("Kembali ke hasil pencarian (Escape)")),
            (self.new_button, self.tr("Layanan baru untuk pemohon ini"),
             self.tr("Pilih layanan; data yang sudah diketahui diisi otomatis dan tetap bisa diubah")),
            (self.reprint_button, self.tr("Cetak ulang"),
             self.tr("Cetak ulang tanda terima permohonan yang dipilih")),
            (self.correct_button, self.tr("Perbaiki"),
             self.tr("Buka jawaban permohonan yang dipilih, yang ditolak server, untuk diperbaiki")),
        ):
            b.setText("‹ " + text if b is self.back_link else text)  # the arrow is drawn, not read
            b.setAccessibleName(text)
            b.setToolTip(tip)
            b.setAccessibleDescription(tip)
        self.apps_heading.setText(self.tr("Permohonan di loket ini"))
        self.apps_heading.setAccessibleName(self.apps_heading.text())
        self.apps_table.setHorizontalHeaderLabels([
            self.tr("Layanan"), self.tr("Keadaan"), self.tr("Nomor tanda terima"), self.tr("Nomor resmi"),
            self.tr("Status layanan"), self.tr("Yang perlu dilakukan")])
        self.apps_table.setAccessibleName(self.tr("Permohonan pemohon ini"))
        self.family_heading.setText(self.tr("Keluarga (dari KK)"))
        self.family_heading.setAccessibleName(self.family_heading.text())
        self.family_table.setHorizontalHeaderLabels([
            self.tr("Nama"), self.tr("NIK"), self.tr("Hubungan"), self.tr("Tanggal lahir")])
        self.family_table.setAccessibleName(self.tr("Anggota keluarga"))
        if self.shown is not None:
            self.show_person(self.shown, self.apps)

    def _definition(self, app: Application) -> FormDefinition | None:
        """The form the application was made with, if still known, else the service's current one."""
        try:
            return self.ctx.catalogue.version(app.service_id, app.form_version) or self.ctx.catalogue.get(
                app.service_id)
        except Exception:  # a service no longer in the catalogue: its answers still say who they are
            return None

    def _service_name(self, service_id: str) -> str:
        try:
            return self.ctx.catalogue.get(service_id).name.get(self.ctx.lang)
        except Exception:  # no longer in the catalogue: its id is still meaningful
            return service_id

    def show_person(self, person: Person, apps: list[Application]) -> None:
        """``apps``: their applications, newest first, already opened (and audited) by the caller."""
        self.shown, self.apps = person, apps
        lang = self.ctx.lang
        self.profile = known.profile(apps, self._definition)
        self.family = known.family(apps, self._definition)
        self.heading.setText(person.name or self.tr("Pemohon tanpa nama"))
        self.heading.setAccessibleName(self.heading.text())
        parts = [self.tr("NIK {nik}").format(nik=person.masked_nik)] if person.masked_nik else []
        if person.village:
            parts.append(person.village)
        parts.append(self.tr("Kunjungan terakhir {time}").format(time=local_time(person.last_visit)))
        self.summary.setText(" · ".join(parts))
        self.summary.setAccessibleName(self.summary.text())
        opened = {a.id: a for a in apps}

        def next_and_due(v: Any) -> str:
            """What to do next, and the promised time (overdue said) of what is not finished."""
            step = next_step(v.status, v.server_status)
            app = opened.get(v.id)
            due = deadline_text(app, self.ctx.catalogue) if app is not None else ""
            return f"{step} · {due}" if due else step

        rows = [[
            self._service_name(v.service_id),
            state_text(v.status),
            v.receipt_number,
            v.official_number or "",
            back_office_text(v.server_status) if v.status == "sent" else "",
            next_and_due(v),
        ] for v in person.applications]
        _fill(self.apps_table, rows, [v.id for v in person.applications])
        if rows:
            self.apps_table.selectRow(0)  # the newest: what a returning citizen most often comes about
        self._update_actions()
        members = self.family.members
        _fill(self.family_table, [[
            str(m.get("nama_lengkap") or "—"),
            mask_nik(str(m["nik"])) if m.get("nik") else "",
            known.relationship(self.family.definition, m.get("hubungan"), lang),
            self._birth(m.get("tanggal_lahir")),
        ] for m in members])
        self.family_table.setVisible(bool(members))
        if self.family.source is not None:
            source = self.family.source
            note = self.tr("Dari permohonan {service} {receipt} ({time}).").format(
                service=self._service_name(source.service_id), receipt=source.receipt_number,
                time=local_time(source.created_at))
        else:
            note = self.tr("Belum ada data keluarga: belum ada permohonan dengan KK di loket ini.")
        self.family_note.setText(note)
        self.family_note.setAccessibleName(note)
        self._size_columns()

    def selected_visit(self) -> Visit | None:
        row = self.apps_table.currentRow()
        if self.shown is None or not self.apps_table.selectionModel().hasSelection():
            return None
        return self.shown.applications[row] if 0 <= row < len(self.shown.applications) else None

    def _update_actions(self) -> None:
        visit = self.selected_visit()
        self.reprint_button.setEnabled(visit is not None)
        self.correct_button.setEnabled(visit is not None and visit.status == "needs_correction")

    def _act(self, action: Callable[[str], None] | None) -> None:
        visit = self.selected_visit()
        if action is not None and visit is not None:
            action(visit.id)

    def _birth(self, value: Any) -> str:
        try:
            return format_date(date.fromisoformat(str(value)), self.ctx.lang)
        except ValueError:
            return str(value or "")

    def _size_columns(self) -> None:
        fm = self.apps_table.fontMetrics()
        _fit_rows(self.apps_table, min(max(1, self.apps_table.rowCount()), 5), fixed=True)
        _fit_rows(self.family_table, min(max(1, self.family_table.rowCount()), 6), fixed=True)
        for col, sample in enumerate(("Wwwwwwwwwwwwwwwwww", "Menunggu dikirim", "DEMO-01-20261203-0000",
                                      "0000000000000", "Siap diambil")):
            self.apps_table.horizontalHeader().resizeSection(col, fm.horizontalAdvance(sample) + 24)
        for col, sample in enumerate(("Wwwwwwwwwwwwwwwwwwww", mask_nik("0" * 16), "Kepala keluarga")):
            self.family_table.horizontalHeader().resizeSection(col, fm.horizontalAdvance(sample) + 24)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "family_table"):
            self._size_columns()

    def clear(self) -> None:
        """Nothing of the person stays in the widgets once the officer has gone back."""
        self.shown, self.apps, self.profile, self.family = None, [], {}, known.Family()
        for table in (self.apps_table, self.family_table):
            table.setRowCount(0)
        for label in (self.heading, self.summary, self.family_note):
            label.setText("")
            label.setAccessibleName("")
        self._update_actions()

    def enter(self) -> None:
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_service(self) -> None:
        """*Layanan baru untuk pemohon ini*: pick the service, then its form opens filled in."""
        if self.shown is None:
            return
        self.chooser = ServiceChooser(self.ctx, self)
        self.chooser.chosen.connect(self._start)
        # Back to the desk window once the chooser closes, as a window manager would (not every platform does).
        self.chooser.finished.connect(lambda _r: self.window().activateWindow())
        self.chooser.open()

    def _start(self, service_id: str) -> None:
        self._on_new_service(service_id, dict(self.profile), [dict(m) for m in self.family.members])


class ServiceChooser(QDialog):
    """The services of the catalogue in a list: arrows and Enter, or type to narrow it."""

    chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceChooser")
        self.setWindowTitle(self.tr("Pilih layanan"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("Layanan apa yang diajukan pemohon ini?")))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Ketik untuk menyaring layanan"))
        self.filter.setAccessibleName(self.tr("Saring layanan"))
        self.filter.textChanged.connect(self._narrow)
        self.filter.returnPressed.connect(self.accept)
        self.filter.installEventFilter(self)  # Up and Down move in the list while typing
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Layanan"))
        for definition in ctx.catalogue.services():
            item = QListWidgetItem(definition.name.get(ctx.lang))
            item.setData(Qt.ItemDataRole.UserRole, definition.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mulai"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self.deleteLater)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None:
                row = self.list.currentRow() + step
                while 0 <= row < self.list.count() and self.list.item(row).isHidden():
                    row += step
                if 0 <= row < self.list.count():
                    self.list.setCurrentRow(row)
                return True
        return False

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        first = -1
        for row in range(self.list.count()):
            item = self.list.item(row)
            hide = not all(w in item.text().casefold() for w in words)
            item.setHidden(hide)
            if not hide and first < 0:
                first = row
        self.list.setCurrentRow(first)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        service_id = str(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
        self.chosen.emit(service_id)
