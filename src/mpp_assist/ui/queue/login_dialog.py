"""Sign in to the server again, from the window (a GUI officer is never sent to the command line)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from mpp_assist import logs
from mpp_assist.security import session as security_session
from mpp_assist.security.errors import SecurityError
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.taskman import Future
from mpp_assist.ui.shell.widgets import paragraph


class LoginDialog(QDialog):
    """Log in to the backend again after a 401 (``sync.credentials.login_online``: token to the keyring)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Masuk lagi ke server"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("Sesi ke server habis. Masukkan kata sandi server Anda.")))
        form = QFormLayout()
        self.username = QLineEdit(str(ctx.settings.get("officer")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        self.username.setAccessibleName(self.tr("Nama pengguna"))
        self.password.setAccessibleName(self.tr("Kata sandi"))
        layout.addLayout(form)
        self.status = paragraph("", role="error")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.log_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def log_in(self) -> None:
        from mpp_assist.store import Store
        from mpp_assist.sync import credentials

        s = self.ctx.settings
        url, ca, user, secret = (
            s.get("backend_url"),
            s.get("sync_ca_bundle"),
            self.username.text(),
            self.password.text(),
        )
        self.password.clear()
        try:
            path, key = self.ctx.store.path, security_session.require().data_key
        except SecurityError as exc:  # signed out at the desk: say so, never a traceback
            self._show_error(exc.message)
            return

        def task() -> None:
            with Store(path, key) as store:  # its own connection: this runs on a worker thread
                credentials.login_online(store, url, user, secret, ca_bundle=ca or None, timeout=(5, 15))

        self.ctx.tasks.run_in_background(task, self._done)

    def _done(self, future: Future) -> None:
        try:
            future.result()
        except Exception as exc:
            self._show_error(logs.failure_text(exc, "sign-in"))
            return
        self.accept()

    def _show_error(self, message: str) -> None:
        self.status.setText(self.tr("Belum bisa masuk: {error}").format(error=message))
        self.status.setAccessibleName(self.status.text())
        self.status.setVisible(True)
        self.password.setFocus()
