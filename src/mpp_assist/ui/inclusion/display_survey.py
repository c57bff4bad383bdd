"""The satisfaction survey (SKM) after the receipt, on the applicant display.

The receipt page offers the officer *Minta penilaian (SKM)* (``ReceiptPage.survey_requested``). The
survey then runs on the applicant display, wherever it is placed (second screen, docked, full screen):
the applicant answers with keys 1–4 or the buttons, or the officer in interview mode. When it is
finished or skipped the display goes back to the welcome. With the display off, the survey opens in a
dialog the officer turns to the applicant.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QVBoxLayout

from mpp_assist import clock
from mpp_assist.settings import Settings
from mpp_assist.ui.inclusion.applicant_display import ApplicantDisplay
from mpp_assist.ui.inclusion.display_placement import DisplayPlacement

if TYPE_CHECKING:
    from mpp_assist.store import Application
    from mpp_assist.ui.shell.main_window import MainWindow
    from mpp_assist.ui.survey.survey_page import SurveyPage


class DisplaySurvey(QObject):
    """Starts the survey the officer asks for on the receipt page, on the display or in a dialog."""

    thanks_ms = 4000  # the thank-you stays this long before the welcome comes back

    def __init__(
        self,
        window: MainWindow,
        display: ApplicantDisplay,
        placement: DisplayPlacement,
        settings: Settings,
        speak: Callable[[str], None],
        today: Callable[[], date] = clock.today,  # the desk's day, as its reports count
    ) -> None:
        super().__init__(window)
        self.window, self.display, self.placement = window, display, placement
        self.settings, self.speak, self.today = settings, speak, today
        self.page: SurveyPage | None = None
        self.dialog: QDialog | None = None
        self._done = QTimer(self)
        self._done.setSingleShot(True)
        self._done.timeout.connect(self.end)
        window.screen_changed.connect(self._on_screen)

    def _on_screen(self, name: str) -> None:
        receipt = self.window.receipt
        if name == "receipt" and receipt is not None and not receipt.property("surveyOffered"):
            receipt.setProperty("surveyOffered", True)
            receipt.survey_requested.connect(lambda app=receipt.application: self.start(app))

    def start(self, application: Application) -> SurveyPage:
        """The survey for this application's service (anonymous: no link to the application is kept)."""
        from mpp_assist.ui.survey.survey_page import SurveyPage

        self.end()
        page = SurveyPage(
            store=self.window.ctx.store,
            service_id=application.service_id,
            desk=str(self.settings.get("desk")),
            today=self.today,
            speak=self.speak,
        )
        page.finished.connect(self._finished)
        self.page = page
        if self.settings.get("applicant_display"):
            self.placement.show_for_survey()
            self.display.show_survey(page)
            page.start_button.setFocus()
        else:
            dialog = QDialog(self.window)
            dialog.setObjectName("surveyDialog")
            dialog.setWindowTitle(self.tr("Survei kepuasan masyarakat"))
            QVBoxLayout(dialog).addWidget(page)
            dialog.rejected.connect(self.end)
            screen = self.window.screen().availableGeometry()
            dialog.resize(min(1000, screen.width() * 9 // 10), min(720, screen.height() * 9 // 10))
            self.dialog = dialog
            dialog.open()
            page.start_button.setFocus()
        return page

    def _finished(self, response: object) -> None:
        if response is None:
            self.end()  # skipped: nothing stored, straight back to the welcome
        else:
            self._done.start(self.thanks_ms)

    @property
    def running(self) -> bool:
        return self.page is not None

    def end(self) -> None:
        """Back to the welcome (or the dialog closed)."""
        self._done.stop()
        page, self.page = self.page, None
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.done(QDialog.DialogCode.Accepted)
            dialog.deleteLater()
        elif page is not None and self.display.survey is page:
            self.display.end_survey()
