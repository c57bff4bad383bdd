"""The main window: service list → one applicant's form → receipt, and "Pemohon baru".

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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QToolBar, QWidget

from mpp_assist.store import Application, Draft
from mpp_assist.ui.desk.form_flow import FlowState, FormFlow
from mpp_assist.ui.desk.services_page import ServicesPage
from mpp_assist.ui.setup.settings_dialog import SettingsDialog
from mpp_assist.ui.shell import translations
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.theme import ThemeManager
from mpp_assist.ui.shell.widgets import retire

if TYPE_CHECKING:  # the receipt page (and pypdfium2) load when the first receipt is shown
    from mpp_assist.ui.receipt.receipt_page import ReceiptPage


class MainWindow(QMainWindow):
    # Fired after a screen is built and shown (tests and the applicant display listen).
    screen_changed = Signal(str)
    # Fired once per new application, after it is stored (the sync worker sends it at once).
    application_submitted = Signal(object)

    def __init__(
        self, ctx: AppContext, *, theme: ThemeManager | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.theme = theme
        self.setObjectName("mainWindow")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.services: ServicesPage | None = None
        self.flow: FormFlow | None = None
        self.receipt: ReceiptPage | None = None
        # The current applicant's known facts, for the next form (memory only; see the module docstring).
        self.applicant_profile: dict[str, Any] = {}
        # Runs before data entry and calls proceed() (the consent page, ui/protection/protection.py).
        self.before_entry: Callable[[FlowState, Callable[[], None]], None] | None = None
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_applicant)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.settings_action, self.quit_action):
            self.toolbar.addAction(action)
        self.zoom_actions = theme.make_actions(self) if theme is not None else []
        if self.zoom_actions:
            self.toolbar.addSeparator()
            for action in self.zoom_actions:
                self.toolbar.addAction(action)
        self._retranslate_chrome()
        ctx.settings.subscribe(self._on_setting)
        self.show_services()

    # -- chrome ------------------------------------------------------------------

    def _retranslate_chrome(self) -> None:
        self.setWindowTitle(self.tr("MPP Assist"))
        self.new_action.setText(self.tr("Pemohon baru"))
        self.new_action.setToolTip(self.tr("Hapus semua data pemohon ini dari layar dan mulai lagi (Ctrl+N)"))
        self.settings_action.setText(self.tr("Pengaturan"))
        self.quit_action.setText(self.tr("Keluar"))
        self.toolbar.setWindowTitle(self.tr("Perintah utama"))
        s = self.ctx.settings
        self.statusBar().showMessage(
            self.tr("{mpp} · Loket {desk} · Petugas {officer}").format(
                mpp=s.get("mpp_name"), desk=s.get("desk"), officer=s.get("officer")
            )
        )

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
            state, session = self.flow.state(), self.flow.session
            self._drop_pages()
            # What was filled in for the officer is filled in again, so it still shows as such.
            state.answers = {k: v for k, v in session.answers().items() if not session.prefilled(k)}
            self._show_flow(state)
        elif self.receipt is not None:
            application = self.receipt.application
            self._drop_pages()
            self.show_receipt(application)
        else:
            self.show_services()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.settings, self)
        dialog.exec()
        dialog.deleteLater()

    # -- screens -----------------------------------------------------------------

    def _drop_pages(self) -> None:
        for page in (self.services, self.flow, self.receipt):
            if page is not None:
                # Stays parented until deleted: a parentless widget would become a window of its own.
                self.stack.removeWidget(page)
                retire(page, self.stack)
        self.services = self.flow = self.receipt = None

    def _show(self, page: QWidget, name: str) -> None:
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if hasattr(page, "enter"):
            page.enter()
        else:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.screen_changed.emit(name)

    def show_services(self) -> None:
        self._drop_pages()
        self.services = ServicesPage(
            self.ctx, on_pick=self.start_service, on_resume=self.resume_draft, on_discard=self.discard_draft
        )
        self.services.offer_draft(self.ctx.store.latest_draft(self.ctx.settings.get("officer")))
        self._show(self.services, "services")

    def start_service(self, service_id: str) -> None:
        definition = self.ctx.catalogue.get(service_id)
        self._drop_pages()
        state = FlowState.new(definition)
        if self.before_entry is not None:
            self.before_entry(state, lambda: self._show_flow(state))
            return
        self._show_flow(state)

    def resume_draft(self, draft: Draft) -> None:
        try:
            definition = self.ctx.catalogue.get(draft.service_id)
        except Exception:
            QMessageBox.warning(
                self,
                self.tr("Draf tidak bisa dilanjutkan"),
                self.tr("Layanan {service} tidak ada lagi di katalog.").format(service=draft.service_id),
            )
            return
        self._drop_pages()
        self.applicant_profile.clear()  # the draft may be another applicant's
        self._show_flow(FlowState.from_draft(definition, draft))

    def discard_draft(self, draft: Draft) -> None:
        self.ctx.store.delete_draft(draft.id)
        self.show_services()

    def _show_flow(self, state: FlowState) -> None:
        self.flow = FormFlow(self.ctx, state, profile=self.applicant_profile)
        session = self.flow.session
        self.flow.submitted.connect(lambda _app: self.applicant_profile.update(session.profile_updates()))
        self.flow.submitted.connect(self.show_receipt)
        self.flow.submitted.connect(self.application_submitted)
        self.flow.cancelled.connect(self.show_services)
        self._show(self.flow, "form")

    def show_receipt(self, application: Application) -> None:
        self._drop_pages()
        from mpp_assist.ui.receipt.receipt_page import ReceiptPage

        self.receipt = ReceiptPage(self.ctx, application)
        self.receipt.new_applicant.connect(self.new_applicant)
        self.receipt.another_service.connect(self.show_services)
        self._show(self.receipt, "receipt")

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
