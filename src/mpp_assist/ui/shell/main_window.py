"""The main window: header, navigation rail, and the page of the place chosen.

    ┌ header: MPP · Loket · Petugas ······ speech · text size · display · help · sync · lock ┐
    │ rail │ page: service cards → one applicant's form → receipt; or another place's page   │
    └ status line ─────────────────────────────────────────────────────────────────────────┘

The rail is built from the ``PlaceRegistry`` the composition root hands in; the window never
names a place other than *Layanan* (the service list, which is its own: the applicant's pages).
The parts of the desk that plug into the window (speech and the applicant display, protection,
the server settings, sync) come as ``DeskParts``: how to build each on the window, in order, each
given the parts it works with. The window builds them at the end of its own construction and
holds them, typed; nothing is attached to it afterwards and no part goes looking for another.

The window holds at most one applicant at a time. Each screen is built from the
state it needs and thrown away when it is left, so "Pemohon baru" can wipe every
trace of the previous applicant by deleting the pages that showed them.

Never ask twice: ``applicant_profile`` holds what this applicant's submitted
applications told us (``FormSession.profile_updates``: NIK, name, birth date…) and
prefills every new form for them ("Layanan lain untuk pemohon ini" on the receipt).
It lives in memory only, never on disk, and is cleared with the applicant ("Pemohon
baru"); locking only hides the screen, so it keeps the form and the profile. A
resumed draft gets no profile, and clears it: the draft may be another applicant's
(after a restart there is none anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from mpp_assist import logs
from mpp_assist.forms.catalogue import UnknownService
from mpp_assist.forms.engine import is_empty
from mpp_assist.store import Application, Draft
from mpp_assist.ui.desk.form_flow import FlowState, FormFlow
from mpp_assist.ui.desk.services_page import ServicesPage
from mpp_assist.ui.documents.drop import DocumentDrops
from mpp_assist.ui.setup.settings_dialog import SettingsDialog
from mpp_assist.ui.shell import translations
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.header import Header
from mpp_assist.ui.shell.icons import IconBinder
from mpp_assist.ui.shell.places import PlaceRegistry
from mpp_assist.ui.shell.rail import NavRail
from mpp_assist.ui.shell.theme import ThemeManager
from mpp_assist.ui.shell.widgets import retire

if TYPE_CHECKING:  # the receipt page (and pypdfium2) load when the first receipt is shown
    from mpp_assist.ui.documents.document_reader import DocumentReader
    from mpp_assist.ui.inclusion.inclusion import Inclusion
    from mpp_assist.ui.protection.protection import DeskProtection
    from mpp_assist.ui.queue.desk_sync import DeskSync
    from mpp_assist.ui.receipt.receipt_page import ReceiptPage
    from mpp_assist.ui.setup.desk_settings import DeskSettings


@dataclass(frozen=True)
class DeskParts:
    """How the composition root (``mpp_assist.app.create_window``) builds the desk's parts on the
    window, in this order; each is handed the parts it works with, never finds them itself."""

    inclusion: Callable[[MainWindow], Inclusion]  # speech, the applicant display, help
    protection: Callable[[MainWindow, Inclusion], DeskProtection]  # the lock, consent, clipboard
    desk_settings: Callable[[MainWindow], DeskSettings]  # "Server dan pencetak"
    desk_sync: Callable[[MainWindow, DeskProtection], DeskSync]  # the sync worker and *Permohonan*


class MainWindow(QMainWindow):
    # Fired after a screen is built and shown (tests and the applicant display listen).
    screen_changed = Signal(str)
    # Fired once per new application, after it is stored (the sync worker sends it at once).
    application_submitted = Signal(object)
    # The id of the application whose receipt (the one shown after submitting) was printed.
    receipt_printed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        theme: ThemeManager | None = None,
        places: PlaceRegistry | None = None,
        parts: DeskParts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``parts=None``: the bare shell (tests of the frame and the rail)."""
        super().__init__(parent)
        self.ctx = ctx
        self.theme = theme
        self.places = places if places is not None else PlaceRegistry()
        self.place_pages: dict[str, QWidget] = {}
        self.settings_sections: list[Callable[[SettingsDialog], None]] = []
        self.setObjectName("mainWindow")
        self.icons = IconBinder(self)
        self.header = Header(self.icons)
        self.rail = NavRail(self.icons, self.show_place)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        shell = QWidget()
        shell.setObjectName("deskShell")
        column = QVBoxLayout(shell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # Above the docks (the applicant display docked on the right), across the whole window.
        self.setMenuWidget(self.header)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(shell)
        self.services: ServicesPage | None = None
        self.flow: FormFlow | None = None
        self.receipt: ReceiptPage | None = None
        # The current applicant's known facts, for the next form (memory only; see the module docstring).
        self.applicant_profile: dict[str, Any] = {}
        # Which of those facts were read from their KTP-el/KK (marked "Dari dokumen" in the form).
        self.from_document: set[str] = set()
        # The family read from their KK (``anggota_keluarga`` items), for a form that lists it.
        self.applicant_members: list[dict[str, Any]] = []
        self.documents: DocumentReader | None = None  # built on first use (the OCR loads then)
        # A photo or PDF dropped on the window while it takes one is read as if opened.
        self.drops = DocumentDrops(self, self._takes_documents, self.read_dropped_document, self.announce)
        self.inclusion: Inclusion | None = None
        self.protection: DeskProtection | None = None
        self.desk_settings: DeskSettings | None = None
        self.desk_sync: DeskSync | None = None
        self.new_action = QAction(self)
        self.new_action.setObjectName("newApplicant")
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_applicant)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settings")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quit")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.settings_action, self.quit_action):
            self.addAction(action)
        # "Pemohon baru" keeps its words: it is the one thing done between two applicants.
        self.new_button = self.header.add_action(self.new_action, "mdi6.account-plus-outline", "applicant",
                                                 words=True)
        self.zoom_actions = theme.make_actions(self) if theme is not None else []
        zoom_icons = {"zoomOut": "mdi6.format-font-size-decrease", "zoomReset": "mdi6.format-font",
                      "zoomIn": "mdi6.format-font-size-increase"}
        for name, icon_name in zoom_icons.items():  # A− A A+
            for action in self.zoom_actions:
                if action.objectName() == name:
                    self.header.add_action(action, icon_name, "text")
        if theme is not None:
            theme.changed.connect(self._on_theme)
        for place in self.places:
            self.rail.add_place(place, self)
        self._retranslate_chrome()
        self._on_theme()
        ctx.settings.subscribe(self._on_setting)
        self.show_services()
        if parts is not None:
            self.inclusion = parts.inclusion(self)
            self.protection = parts.protection(self, self.inclusion)
            self.desk_settings = parts.desk_settings(self)
            self.desk_sync = parts.desk_sync(self, self.protection)

    # -- what the parts do for the window and its places (PlaceHost) ---------------------------------

    def speak(self, text: str) -> None:
        """Say ``text`` to the applicant (the check-answers read-back, the survey); silent without speech."""
        if self.inclusion is not None:
            self.inclusion.speech.say(text)

    def speak_call(self, text: str) -> None:
        """Say a queue call to the hall and the applicant: the chime (unless turned off), then ``text``."""
        if self.inclusion is not None:
            self.inclusion.speech.say_call(text)

    def show_help(self) -> None:
        if self.inclusion is not None:
            self.inclusion.show_help()

    def reprint(self, app_id: str) -> None:
        """The queue's reprint of one application (a person's page offers it too)."""
        if self.desk_sync is not None:
            self.desk_sync.reprint(app_id)

    def correct(self, app_id: str) -> None:
        if self.desk_sync is not None:
            self.desk_sync.correct(app_id)

    def save_report(self) -> Path | None:
        """Today's report saved as the queue saves it (*Laporan*); None without the queue."""
        return self.desk_sync.page.save_report() if self.desk_sync is not None else None

    def has_daily_report(self) -> bool:
        return self.desk_sync is not None

    # -- chrome ------------------------------------------------------------------

    def _retranslate_chrome(self) -> None:
        self.setWindowTitle(self.tr("MPP Assist"))
        self.new_action.setText(self.tr("Pemohon baru"))
        self.new_action.setToolTip(self.tr("Hapus semua data pemohon ini dari layar dan mulai lagi (Ctrl+N)"))
        self.settings_action.setText(self.tr("Pengaturan"))
        self.quit_action.setText(self.tr("Keluar"))
        s = self.ctx.settings
        who = {"mpp": s.get("mpp_name"), "desk": s.get("desk"), "officer": s.get("officer")}
        self.header.set_identity(
            self.tr("{mpp} · Loket {desk} · Petugas {officer}").format(**who),
            # With large text: the desk and the officer in whole words, not the MPP's name cut short.
            (self.tr("Loket {desk} · Petugas {officer}").format(**who), self.tr("Loket {desk}").format(**who)),
        )
        self.rail.retranslate()

    def _on_theme(self) -> None:
        """Icons follow the theme's colours; at 200 % and more the rail and tools show icons only."""
        self.icons.refresh()
        large = self.theme is not None and self.theme.scale >= 200
        # The header's words (Pemohon baru, the sync chip, the speech status) need more room than the
        # rail's: from 150 % they are icons, so the header stays one line on a 1366-wide screen.
        header_compact = self.theme is not None and self.theme.scale >= 150
        if self.theme is not None:  # icons grow with the text: 1.5 lines of it (the header's 1.25 from
            line = self.theme.point_size() * 4 / 3  # 150 %, so the desk's name keeps whole words)
            self.header.set_icon_size(round(line * (1.25 if header_compact else 1.5)))
            self.rail.set_icon_size(round(line * 1.5))
        self.rail.set_compact(large)
        self.header.set_compact(header_compact)

    def _on_setting(self, name: str, value: object) -> None:
        if name == "language":
            translations.install(str(value))
            self.rebuild()
        elif name in {"mpp_name", "desk", "officer"}:
            self._retranslate_chrome()

    def rebuild(self) -> None:
        """Build every screen again in the current language, keeping where the officer was."""
        self._retranslate_chrome()
        if self.flow is not None:
            self._reopen_form()
        elif self.receipt is not None:
            application = self.receipt.application
            self.drop_pages()
            self.show_receipt(application)
        else:
            self.show_services()

    def add_settings_section(self, build: Callable[[SettingsDialog], None]) -> None:
        """A part of the desk that has options of its own adds its section to every settings dialog."""
        self.settings_sections.append(build)

    def settings_dialog(self) -> SettingsDialog:
        return SettingsDialog(self.ctx.settings, self, self.settings_sections)

    def open_settings(self) -> None:
        dialog = self.settings_dialog()
        dialog.exec()
        dialog.deleteLater()

    # -- places ------------------------------------------------------------------

    def show_place(self, place_id: str) -> None:
        """The rail's choice (or Alt+N): show that place's page, or let it act (open a dialog)."""
        place = self.places.get(place_id)
        if place.activate is not None:
            place.activate(self)
            self.rail.set_current(self._current_place())
            return
        page = self.place_pages.get(place_id)
        if page is None and place.factory is None:
            return
        if self.flow is not None:
            self.flow.save_draft()  # the draft is offered again on the service list
        self.drop_pages()
        if page is None:
            assert place.factory is not None
            page = place.factory(self)
            self.add_place_page(place_id, page)
        self.show_page(page, place_id, keep=True)

    def add_place_page(self, place_id: str, page: QWidget) -> None:
        """A page built by its owner (not by the place's factory), shown when the place is chosen."""
        self.place_pages[place_id] = page
        self.stack.addWidget(page)

    def _current_place(self) -> str | None:
        current = self.stack.currentWidget()
        if current is not None and current in (self.services, self.flow, self.receipt):
            return "services"
        return next((pid for pid, page in self.place_pages.items() if page is current), None)

    def announce(self, text: str) -> None:
        from mpp_assist.ui.inclusion.speech_panel import announce

        self.statusBar().showMessage(text, 15_000)
        announce(self.statusBar(), text)

    def _forget_applicant_places(self) -> None:
        """Pages that showed one applicant (a person's page…) go with "Pemohon baru"."""
        for place_id in [pid for pid in self.place_pages if pid in self.places]:
            if not self.places.get(place_id).keep_applicant:
                page = self.place_pages.pop(place_id)
                self.stack.removeWidget(page)
                retire(page, self.stack)

    # -- screens -----------------------------------------------------------------

    def drop_pages(self) -> None:
        """The applicant's screens (service list, form, receipt) removed and deleted."""
        for page in (self.services, self.flow, self.receipt):
            if page is not None:
                # Stays parented until deleted: a parentless widget would become a window of its own.
                self.stack.removeWidget(page)
                retire(page, self.stack)
        self.services = self.flow = self.receipt = None

    def show_page(self, page: QWidget, name: str, *, keep: bool = False) -> None:
        """Show ``page`` (added to the stack unless ``keep``: it is there already) and tell listeners."""
        if not keep:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if hasattr(page, "enter"):
            page.enter()
        else:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.rail.set_current(self._current_place())
        self.screen_changed.emit(name)

    def show_services(self) -> None:
        self.drop_pages()
        self.services = ServicesPage(
            self.ctx, on_pick=self.start_service, on_resume=self.resume_draft, on_discard=self.discard_draft,
            on_read_document=self.read_document,
        )
        self.services.show_known(self._known_text())
        self.services.offer_draft(self.ctx.store.latest_draft(self.ctx.settings.get("officer")))
        self.show_page(self.services, "services")

    # -- documents read (OCR) ----------------------------------------------------------

    def read_document(self) -> None:
        """*Baca KTP-el / KK*: a photo chosen, read off the UI thread, confirmed field by field."""
        reader = self._document_reader()
        if reader is not None:
            reader.choose()

    def read_dropped_document(self, path: Path) -> None:
        """A file dropped on the window: read as if chosen."""
        reader = self._document_reader()
        if reader is not None:
            reader.read(path)

    def _takes_documents(self) -> bool:
        """The service list, or a new application's form (a correction's answers are the stored ones)."""
        current = self.stack.currentWidget()
        return current is not None and (current is self.services or (
            current is self.flow and not self.flow.state().correcting))

    def _document_reader(self) -> DocumentReader | None:
        if self.documents is None:
            try:
                from mpp_assist.ui.documents.document_reader import DocumentReader
            except ImportError:  # a desk installed without the reader (OpenCV, OCR models): said, not a crash
                text = self.tr("Pembaca KTP-el/KK tidak terpasang di komputer ini. Ketik datanya dari kartu.")
                self.announce(text)
                box = QMessageBox(QMessageBox.Icon.Information, self.tr("Baca KTP-el / KK"), text,
                                  QMessageBox.StandardButton.Ok, self)
                box.setObjectName("noDocumentReader")
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()  # as every question of the desk: never a nested event loop
                return None
            self.documents = DocumentReader(self, self.ctx.tasks, self._document_confirmed, self.announce,
                                            self.speak)
        return self.documents

    def _remember_names(self) -> None:
        """The names now known of this applicant and their family are masked in the desk's log."""
        records = [self.applicant_profile, *self.applicant_members]
        logs.remember_names(
            str(v) for r in records for k, v in r.items() if "nama" in k and isinstance(v, str)
        )

    def _document_confirmed(self, kind: str, profile: dict[str, Any], members: list[dict[str, Any]]) -> None:
        self.applicant_profile.update(profile)
        self.from_document.update(k for k, v in profile.items() if v not in (None, ""))
        if members:
            self.applicant_members = members
        self._remember_names()
        # On record that a document was read (what kind, how much), never what it said.
        self.ctx.store.audit(self.ctx.officer, "document-read", None,
                             detail=f"{kind}: {len(self.from_document)} fields, {len(members)} members")
        if self.services is not None:
            self.services.show_known(self._known_text())
        if self.flow is not None and self._takes_documents():  # read onto the open form: shown in it now
            self._reopen_form(members)
        self.announce(self._known_text())

    def _known_text(self) -> str:
        name = self.applicant_profile.get("nama_lengkap")
        if not name:
            return ""
        if self.applicant_members:
            return self.tr("Data {name} dan {n} anggota keluarga sudah dibaca. Pilih layanannya.").format(
                name=name, n=len(self.applicant_members))
        return self.tr("Data {name} sudah dibaca. Pilih layanannya.").format(name=name)

    def go_services(self) -> None:
        """*Layanan* in the rail: the service list; a form left half-done stays as its draft."""
        if self.services is not None and self.stack.currentWidget() is self.services:
            self.services.enter()
            return
        if self.flow is not None:
            self.flow.save_draft()
        self.show_services()

    def start_service(
        self,
        service_id: str,
        prefill: dict[str, Any] | None = None,
        *,
        members: list[dict[str, Any]] | None = None,
        person: bool = False,
    ) -> None:
        """A new application; ``prefill``: what is already known of this applicant (a document read,
        a returning citizen's record), shown as filled in for the officer and still editable.

        ``members``: their family (``anggota_keluarga`` items) for a form that lists it. ``person``:
        the prefill is a whole returning citizen's (found in *Pemohon*), so it replaces what was known
        of whoever was served before instead of adding to it (one person's facts never reach another's form).
        """
        definition = self.ctx.catalogue.get(service_id)
        if person:
            self.applicant_profile.clear()
            self.applicant_members = []
            self.from_document.clear()
            logs.forget_names()
        if prefill:
            self.applicant_profile.update(prefill)
        if members:
            self.applicant_members = [dict(m) for m in members]
        if prefill or members:
            self._remember_names()
        self.drop_pages()
        state = FlowState.new(definition)
        if self.applicant_members and any(f.id == "anggota_keluarga" for f in definition.fields()):
            state.answers["anggota_keluarga"] = [dict(m) for m in self.applicant_members]
        if self.protection is not None and self.protection.asks_consent:
            self.protection.ask_consent(state, lambda: self._show_flow(state))
            return
        self._show_flow(state)

    def resume_draft(self, draft: Draft) -> None:
        try:
            definition = self.ctx.catalogue.get(draft.service_id)
        except UnknownService:
            QMessageBox.warning(
                self,
                self.tr("Draf tidak bisa dilanjutkan"),
                self.tr("Layanan {service} tidak ada lagi di katalog.").format(service=draft.service_id),
            )
            return
        self.drop_pages()
        self.applicant_profile.clear()  # the draft may be another applicant's
        self.applicant_members = []
        self.from_document.clear()
        self._show_flow(FlowState.from_draft(definition, draft))

    def discard_draft(self, draft: Draft) -> None:
        self.ctx.store.delete_draft(draft.id)
        self.show_services()

    def _show_flow(self, state: FlowState) -> None:
        self.flow = FormFlow(self.ctx, state, profile=self.applicant_profile, from_document=self.from_document)
        self.flow.speak = lambda text: self.speak(text)
        session = self.flow.session
        self.flow.submitted.connect(lambda _app: self.applicant_profile.update(session.profile_updates()))
        self.flow.submitted.connect(lambda _app: self._remember_names())
        self.flow.submitted.connect(self.show_receipt)
        self.flow.submitted.connect(self.application_submitted)
        self.flow.cancelled.connect(self.show_services)
        self.flow.show_existing.connect(self.show_existing_application)
        self.show_form(self.flow)

    def _reopen_form(self, members: list[dict[str, Any]] | None = None) -> None:
        """The open form built again where the officer was: what was filled in for them is filled in
        again from what is known now (so it still shows as such); what they typed stays as typed.
        ``members``: a family just read, for a form that lists one and has none yet."""
        assert self.flow is not None
        state, session = self.flow.state(), self.flow.session
        self.drop_pages()
        state.answers = {k: v for k, v in session.answers().items() if not session.prefilled(k)}
        listed = state.answers.get("anggota_keluarga") or []
        if members and any(f.id == "anggota_keluarga" for f in state.definition.fields()) and all(
                is_empty(v) for item in listed for v in item.values()):
            state.answers["anggota_keluarga"] = [dict(m) for m in members]
        self._show_flow(state)

    def show_form(self, flow: FormFlow) -> None:
        """``flow`` (a new application's, or a correction's: ``ui.desk.correction``) as the form shown."""
        self.flow = flow
        self.show_page(flow, "form")

    def show_existing_application(self, receipt_number: str) -> None:
        """*Lihat permohonan itu* from the duplicate warning: that application in Permohonan; the form
        being filled in stays in its draft (offered again on the service list)."""
        if self.desk_sync is None:
            return
        self.show_place("applications")
        self.desk_sync.page.show_receipt_number(receipt_number)

    def show_receipt(self, application: Application) -> None:
        self.drop_pages()
        from mpp_assist.ui.receipt.receipt_page import ReceiptPage

        self.receipt = ReceiptPage(self.ctx, application)
        self.receipt.new_applicant.connect(self.new_applicant)
        self.receipt.another_service.connect(self.show_services)
        self.receipt.printed.connect(self.receipt_printed)
        self.show_page(self.receipt, "receipt")

    # -- new applicant -------------------------------------------------------------

    def new_applicant(self) -> None:
        """Wipe every trace of the current applicant and go back to the service list.

        Mid-form, the officer confirms first and the draft is deleted too: the next
        person at the desk must not be offered the previous person's answers.
        """
        if self.flow is not None and self.flow.has_answers():
            answer = QMessageBox.question(
                self,
                self.tr("Pemohon baru"),
                self.tr("Isian pemohon ini belum dikirim. Hapus isiannya dan mulai pemohon baru?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.ctx.store.delete_draft(self.flow.state().draft_id)
        self.applicant_profile.clear()
        self.applicant_members = []
        self.from_document.clear()
        logs.forget_names()
        self._forget_applicant_places()
        self.show_services()  # drops every page (deleted on the next turn of the event loop)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Answers are already in the draft (saved on every change): closing loses nothing.
        if self.flow is not None:
            self.flow.save_draft()
        try:
            self.ctx.settings.unsubscribe(self._on_setting)
        except ValueError:
            pass
        if self.theme is not None:
            self.theme.close()
        event.accept()
