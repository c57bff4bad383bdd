"""A supervisor approves an officer's correction at the officer's desk (``security.approval``).

The supervisor types their own name and password/PIN; it is checked against this machine's
accounts without switching who is signed in. A supervisor or admin session needs no dialog:
they approve their own correction (``applications.correct`` records who approved).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from mpp_assist.security import session as security_session
from mpp_assist.security.approval import APPROVER_ROLE, verify_approver
from mpp_assist.security.errors import SecurityError
from mpp_assist.ui.shell.widgets import paragraph


class ApprovalDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.approver: str | None = None
        self.setWindowTitle(self.tr("Persetujuan supervisor"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Perbaikan ini perlu disetujui supervisor. Supervisor memasukkan nama dan kata sandi/PIN-nya"
            " sendiri; petugas yang masuk tidak berganti."
        )))
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("approverName")
        self.password = QLineEdit()
        self.password.setObjectName("approverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama supervisor"), self.username)
        form.addRow(self.tr("Kata sandi/PIN"), self.password)
        self.username.setAccessibleName(self.tr("Nama supervisor"))
        self.password.setAccessibleName(self.tr("Kata sandi/PIN"))
        layout.addLayout(form)
        self.status = paragraph("", role="error")
        self.status.setObjectName("approvalError")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Setujui"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.approve)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setFocus()

    def approve(self) -> None:
        name, secret = self.username.text().strip(), self.password.text()
        self.password.clear()
        try:
            self.approver = verify_approver(name, secret)
        except SecurityError as exc:
            self.status.setText(exc.message)
            self.status.setAccessibleName(exc.message)
            self.status.setVisible(True)
            self.password.setFocus()
            return
        self.accept()


def ask_approval(parent: QWidget | None) -> str | None:
    """The approving supervisor's name; None when the signed-in session approves itself or the dialog is cancelled."""
    s = security_session.current()
    if s is None or s.at_least(APPROVER_ROLE):
        return None
    dialog = ApprovalDialog(parent)
    dialog.exec()
    approver = dialog.approver
    dialog.deleteLater()
    return approver
