"""The consent page shown before data entry: the privacy notice, read aloud on request, and who agreed how.

Records (``security.consent``) who consented — the applicant, a parent for a child
(UU PDP Pasal 25) or a guardian (Pasal 26) — how (signature on the receipt,
thumbprint, or spoken after the notice was read aloud, witnessed by the officer)
and which version of the notice, linked to the draft that data entry then fills.

It also asks whether the applicant reads for themselves (``reads_self()``): the form flow carries
the answer to check answers, which then needs the read-back confirmed before submitting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.i18n import current_language
from mpp_assist.i18n import translate as core_translate
from mpp_assist.security import consent
from mpp_assist.security.errors import SecurityError
from mpp_assist.ui.shell.widgets import button, heading, paragraph


class _TogglingLabel(QLabel):
    """Words beside a check box that tick it when clicked."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.box.toggle()
        event.accept()


class ConsentPage(QWidget):
    consented = Signal(object)  # security.consent.Consent
    declined = Signal()

    def __init__(self, store: Any, *, draft_id: str, officer: str,
                 speak: Callable[[str], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentPage")
        self.store, self.draft_id, self.officer, self._speak = store, draft_id, officer, speak
        self.notice = consent.notice(lang=current_language())
        self.read_aloud_done = False

        self.title = heading(self.tr("Pemberitahuan privasi"))
        self.text = QPlainTextEdit(self.notice.text)
        self.text.setObjectName("privacyNotice")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Isi pemberitahuan privasi"))
        self.version = paragraph(
            self.tr("Versi pemberitahuan: {v}").format(v=self.notice.version), role="hint"
        )
        self.read_button = button(self.tr("Bacakan pemberitahuan"))
        self.read_button.setObjectName("readNotice")
        self.read_button.clicked.connect(self.read_aloud)
        self.read_button.setEnabled(speak is not None)

        self.givers = QButtonGroup(self)
        self.methods = QButtonGroup(self)
        giver_box, method_box = QVBoxLayout(), QVBoxLayout()
        for key, label in consent.GIVERS.items():
            rb = QRadioButton(core_translate("Consent", label))
            rb.setObjectName(f"giver-{key}")
            rb.setProperty("key", key)
            self.givers.addButton(rb)
            giver_box.addWidget(rb)
        for key, label in consent.METHODS.items():
            rb = QRadioButton(core_translate("Consent", label))
            rb.setObjectName(f"method-{key}")
            rb.setProperty("key", key)
            self.methods.addButton(rb)
            method_box.addWidget(rb)
        self.givers.buttons()[0].setChecked(True)
        self.methods.buttons()[0].setChecked(True)
        # Does the applicant read what the officer types? If not, everything is read back to them.
        self.reading = QButtonGroup(self)
        reading_box = QVBoxLayout()
        self.reads_yes = QRadioButton(self.tr("Ya, pemohon membaca sendiri isi permohonan"))
        self.reads_yes.setObjectName("readsSelf-yes")
        self.reads_no = QRadioButton(self.tr("Tidak, isi permohonan dibacakan kepada pemohon"))
        self.reads_no.setObjectName("readsSelf-no")
        for rb in (self.reads_yes, self.reads_no):
            self.reading.addButton(rb)
            reading_box.addWidget(rb)
        self.reads_yes.setChecked(True)
        self.consenter = QLineEdit()
        self.consenter.setObjectName("consenterName")
        self.consenter.setAccessibleName(self.tr("Nama yang memberi persetujuan"))
        self.applicant = QLineEdit()
        self.applicant.setObjectName("representedName")
        self.applicant.setAccessibleName(self.tr("Nama pemohon yang diwakili"))
        # The statement wraps (a check box's own text cannot): the box is named with it, and a click
        # on the words ticks it as a click on the box would.
        statement = self.tr("Saya sudah membacakan pemberitahuan dan menyaksikan persetujuan lisan")
        self.witnessed = QCheckBox()
        self.witnessed.setObjectName("witnessed")
        self.witnessed.setAccessibleName(statement)
        self.witnessed_text = _TogglingLabel(statement, self.witnessed)
        self.error = paragraph("", role="error")
        self.error.setObjectName("consentError")
        self.error.hide()
        self.agree = button(self.tr("Setuju, lanjut mengisi"), role="primary")
        self.agree.setObjectName("agree")
        self.agree.clicked.connect(self.submit)
        self.decline = button(self.tr("Tidak setuju"))
        self.decline.setObjectName("decline")
        self.decline.clicked.connect(self.declined.emit)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above at large text
        form.addRow(self.tr("Yang memberi persetujuan"), giver_box)
        form.addRow(self.tr("Cara persetujuan"), method_box)
        form.addRow(self.tr("Pemohon membaca sendiri?"), reading_box)
        form.addRow(self.tr("Nama yang memberi persetujuan"), self.consenter)
        self.applicant_label = self.tr("Nama pemohon yang diwakili")
        form.addRow(self.applicant_label, self.applicant)
        self.form = form
        # The notice and the questions scroll; the two answers stay in a bar below them (any text size
        # on a 1366×768 screen: the page never grows the window).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        for w in (self.title, self.version, self.text, self.read_button, self.error):
            layout.addWidget(w)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 6)
        layout.addLayout(form)
        witness_row = QHBoxLayout()
        witness_row.addWidget(self.witnessed, 0, Qt.AlignmentFlag.AlignTop)
        witness_row.addWidget(self.witnessed_text, 1)
        self.witness_row = witness_row
        layout.addLayout(witness_row)
        layout.addStretch(1)
        scroll.setWidget(body)
        self.scroll = scroll
        bar = QFrame()
        bar.setObjectName("actionBar")
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(8, 4, 8, 4)
        buttons.addWidget(self.agree)
        buttons.addWidget(self.decline)
        buttons.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(bar)
        self.givers.buttonToggled.connect(self._update)
        self.methods.buttonToggled.connect(self._update)
        self._update()

    def enter(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter answers: on a button it presses that button, anywhere else it is *Setuju, lanjut mengisi*."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            else:
                self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def reads_self(self) -> bool:
        """The answer to *Pemohon membaca sendiri?* (the form flow requires the read-back when not)."""
        return not self.reads_no.isChecked()

    def _key(self, group: QButtonGroup) -> str:
        checked = group.checkedButton()
        return str(checked.property("key")) if checked is not None else ""

    def _update(self, *_: object) -> None:
        represented = self._key(self.givers) != "applicant"
        self.applicant.setVisible(represented)
        label = self.form.labelForField(self.applicant)
        if label is not None:
            label.setVisible(represented)
        spoken = self._key(self.methods) == "spoken"
        self.witnessed.setVisible(spoken)
        self.witnessed_text.setVisible(spoken)

    def read_aloud(self) -> None:
        if self._speak is not None:
            self._speak(self.notice.text)
            self.read_aloud_done = True

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()

    def submit(self) -> None:
        method = self._key(self.methods)
        if method == "spoken" and not self.witnessed.isChecked():
            self._fail(
                self.tr("Persetujuan lisan: bacakan pemberitahuan dan centang bahwa Anda menyaksikannya.")
            )
            self.witnessed.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            record = consent.record(
                self.store, draft_id=self.draft_id, given_by=self._key(self.givers), method=method,
                officer=self.officer, consenter_name=self.consenter.text(),
                applicant_name=self.applicant.text() if self.applicant.isVisible() else "",
                notice_version=self.notice.version, reads_self=self.reads_self(),
            )
        except SecurityError as exc:
            self._fail(exc.message)
            field = {"consenter_name": self.consenter, "applicant_name": self.applicant}.get(exc.field)
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)  # straight to what must be written
            return
        self.consenter.clear()
        self.applicant.clear()
        self.consented.emit(record)
