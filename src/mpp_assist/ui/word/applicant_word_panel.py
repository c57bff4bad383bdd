"""The applicant's word on the check-answers page: read back aloud, then how they agree.

An applicant who does not read for themselves hears everything read back (*Bacakan semua*, from
``attestation.readback``) and the officer confirms it was read and agreed. Then the applicant
signs on paper (the default), signs in the box on screen, or gives a thumbprint that the officer
witnesses with the three facts the law asks for (``attestation.Thumbprint``). ``word()`` gives
the ``ApplicantWord`` that ``applications.submit`` checks and seals with the answers; ``problem()``
names, in the officer's language, what is still missing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.attestation import readback
from mpp_assist.attestation.record import (
    IDENTIFIED_BY,
    READ_BACK_CONFIRMATION,
    SIGNATURE,
    THUMBPRINT,
    ApplicantWord,
    Thumbprint,
    WordError,
)
from mpp_assist.attestation.signature import SignatureError
from mpp_assist.i18n import current_language, translate
from mpp_assist.ui.word.signature_pad import SignaturePad


class ApplicantWordPanel(QGroupBox):
    def __init__(
        self,
        definition: Any,
        answers: Callable[[], Mapping[str, Any]],
        *,
        officer_name: str,
        speak: Callable[[str], None] | None = None,
        reads_self: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applicantWord")
        self.definition, self.answers = definition, answers
        self.speak = speak or (lambda _text: None)
        layout = QVBoxLayout(self)

        self.reads_self = QCheckBox()
        self.reads_self.setObjectName("readsSelf")
        self.reads_self.setChecked(reads_self)
        self.read_all = QPushButton()
        self.read_all.setObjectName("readBackAll")
        self.read_all.clicked.connect(self.read_back)
        self.confirmed = QCheckBox()
        self.confirmed.setObjectName("readBackConfirmed")
        row = QHBoxLayout()
        row.addWidget(self.reads_self, 1)
        row.addWidget(self.read_all)
        layout.addLayout(row)
        layout.addWidget(self.confirmed)

        self.modes = QButtonGroup(self)
        self.on_paper, self.on_screen, self.thumb = QRadioButton(), QRadioButton(), QRadioButton()
        modes = QHBoxLayout()
        for button, mode in ((self.on_paper, ""), (self.on_screen, SIGNATURE), (self.thumb, THUMBPRINT)):
            button.setObjectName(f"wordMode_{mode or 'paper'}")
            button.setProperty("mode", mode)
            self.modes.addButton(button)
            modes.addWidget(button)
        modes.addStretch(1)
        self.on_paper.setChecked(True)
        layout.addLayout(modes)

        self.pad = SignaturePad()
        self.clear_pad = QPushButton()
        self.clear_pad.setObjectName("clearSignature")
        self.clear_pad.clicked.connect(self.pad.clear)
        self.pad_box = QWidget()
        pad_layout = QVBoxLayout(self.pad_box)
        pad_layout.setContentsMargins(0, 0, 0, 0)
        pad_layout.addWidget(self.pad)
        pad_layout.addWidget(self.clear_pad)
        layout.addWidget(self.pad_box)

        self.thumb_box = QWidget()
        form = QFormLayout(self.thumb_box)
        self.identified_by = QComboBox()
        self.identified_by.setObjectName("thumbIdentifiedBy")
        self.thumb_read_back = QCheckBox()
        self.thumb_read_back.setObjectName("thumbReadBack")
        self.thumb_presence = QCheckBox()
        self.thumb_presence.setObjectName("thumbPresence")
        self.witness = QLineEdit(officer_name)
        self.witness.setObjectName("thumbWitness")
        self.identified_label, self.witness_label = QLabel(), QLabel()
        self.identified_label.setBuddy(self.identified_by)
        self.witness_label.setBuddy(self.witness)
        form.addRow(self.identified_label, self.identified_by)
        form.addRow(self.thumb_read_back)
        form.addRow(self.thumb_presence)
        form.addRow(self.witness_label, self.witness)
        layout.addWidget(self.thumb_box)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("applicantWordProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty("role", "error")
        self.problem_label.setVisible(False)
        layout.addWidget(self.problem_label)

        self.reads_self.toggled.connect(self._follow)
        self.modes.buttonToggled.connect(lambda *_: self._follow())
        self.retranslate()
        self._follow()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Persetujuan pemohon"))
        self.reads_self.setText(self.tr("Pemohon membaca sendiri isi permohonan"))
        self.read_all.setText(self.tr("Bacakan semua"))
        self.read_all.setToolTip(self.tr("Bacakan seluruh isian dan biayanya kepada pemohon"))
        self.confirmed.setText(translate("Attestation", READ_BACK_CONFIRMATION))
        self.on_paper.setText(self.tr("Tanda tangan di kertas"))
        self.on_screen.setText(self.tr("Tanda tangan di layar"))
        self.thumb.setText(self.tr("Cap jempol"))
        self.clear_pad.setText(self.tr("Hapus tanda tangan"))
        self.pad.setAccessibleName(self.tr("Kotak tanda tangan"))
        self.pad.setAccessibleDescription(self.tr("Pemohon menandatangani di sini; Delete menghapus"))
        current = self.identified_by.currentData()
        self.identified_by.clear()
        for key, text in IDENTIFIED_BY.items():
            self.identified_by.addItem(translate("Attestation", text), key)
        self.identified_by.setCurrentIndex(max(0, self.identified_by.findData(current)))
        self.identified_label.setText(self.tr("Pemohon"))
        self.thumb_read_back.setText(self.tr("Isinya sudah saya bacakan dan jelaskan kepada pemohon"))
        self.thumb_presence.setText(self.tr("Cap jempol dibubuhkan di hadapan saya"))
        self.witness_label.setText(self.tr("Nama lengkap petugas saksi"))

    def _follow(self) -> None:
        self.confirmed.setVisible(not self.reads_self.isChecked())
        mode = self.mode()
        self.pad_box.setVisible(mode == SIGNATURE)
        self.thumb_box.setVisible(mode == THUMBPRINT)

    def mode(self) -> str:
        button = self.modes.checkedButton()
        return str(button.property("mode")) if button is not None else ""

    def read_back(self) -> None:
        """Read every answer and the fee aloud, as the applicant will be asked to agree to them."""
        script = readback.build(self.definition, self.answers(), lang=current_language())
        self.speak(script.text())

    def word(self) -> ApplicantWord:
        """What the applicant heard and how they agreed; raises WordError naming what is missing."""
        mode = self.mode()
        signature = thumbprint = None
        if mode == SIGNATURE and not self.pad.is_empty():
            try:
                signature = self.pad.signature()
            except SignatureError as exc:
                raise WordError(exc.message) from None
        if mode == THUMBPRINT:
            thumbprint = Thumbprint(
                str(self.identified_by.currentData() or ""), self.thumb_read_back.isChecked(),
                self.thumb_presence.isChecked(), self.witness.text(),
            )
        word = ApplicantWord(
            reads_self=self.reads_self.isChecked(), read_back_confirmed=self.confirmed.isChecked(),
            mode=mode, signature=signature, thumbprint=thumbprint,
        )
        word.check()
        return word

    def given(self) -> bool:
        """Anything to record: a way of signing chosen, or a read-back confirmed."""
        return bool(self.mode()) or self.confirmed.isChecked()

    def problem(self) -> str | None:
        """The missing piece in words (shown under the panel), or None when the word is complete."""
        try:
            self.word()
        except WordError as exc:
            self.problem_label.setText(exc.message)
            self.problem_label.setAccessibleName(exc.message)
            self.problem_label.setVisible(True)
            return exc.message
        self.problem_label.setVisible(False)
        return None
