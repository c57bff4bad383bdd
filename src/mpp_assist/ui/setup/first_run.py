"""The first-run wizard, the start-up sign-in, and what runs before the main window.

A desk's first start (no machine settings yet) walks the officer through: backend
address or "offline only", MPP and desk name, officer sign-in, printer and receipt
paper with a test print, a speech check, and text size and contrast. Everything it
sets is an ordinary setting, changeable later in Pengaturan. An admin's preset file
(``mpp_assist.desk_setup``) fills the answers in, or skips the wizard.

Later starts on a desk whose demo account has been replaced ask the officer to sign
in (the ``UnlockForm`` of ``ui.protection.lock``) before the window opens.

``MPP_ASSIST_EXIT_AFTER_PAINT`` (benchmarks, the bundle smoke test) starts straight
into the main window: nobody is there to answer a wizard.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mpp_assist import clock, desk_setup, logs
from mpp_assist.paths import data_home
from mpp_assist.receipts.content import DEFAULT_PUBLIC_URL
from mpp_assist.security import session as security_session
from mpp_assist.security.errors import SecurityError
from mpp_assist.security.officers import (
    DEMO_OFFICER,
    DEMO_PIN,
    AlreadyBootstrapped,
    Registry,
    bootstrap,
    check_name,
    check_secret,
)
from mpp_assist.settings import OPTIONS, Settings
from mpp_assist.speech.engines import Engine, default_engine
from mpp_assist.speech.player import Player
from mpp_assist.ui.shell.taskman import Future, TaskManager
from mpp_assist.ui.shell.widgets import button, paragraph, scroll_area, set_accessible

SPEECH_SAMPLE = (
    "Selamat datang di Mal Pelayanan Publik. Suara ini akan membacakan pertanyaan dan jawaban untuk pemohon."
)
LAYOUTS = ("a4", "a5", "80mm", "58mm")
PRINTER_KINDS = ("system", "network")  # system: the OS print queue; network: ESC/POS over TCP
THEMES = ("system", "standard", "contrast-dark-on-light", "contrast-light-on-dark")
SCALES = (100, 125, 150, 175, 200, 225, 250)


def _radio(text: str, name: str) -> QRadioButton:
    r = QRadioButton(text)
    r.setObjectName(name)
    r.setAccessibleName(text)
    return r


def _field(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def address_ok(url: str) -> bool:
    """Whether ``url`` can be a server's or the status page's address (empty is fine: offline only, or not typed)."""
    return not url or (url.startswith(("https://", "http://")) and " " not in url and len(url) >= 10)

class _Page(QWizardPage):
    """A page with a title, an explanation and a message line for what went wrong."""

    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.setTitle(title)
        # Scrolls rather than squeezes at 250 % text on a small laptop screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        scroll = scroll_area(title, content)  # the keyboard goes to the fields, not the frame
        outer.addWidget(scroll)
        self.body = QVBoxLayout(content)
        self.intro = paragraph(intro)
        self.body.addWidget(self.intro)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.error = paragraph("", role="error")
        self.error.setObjectName("wizardError")
        self.error.hide()
        self.status = paragraph("", role="status")
        self.status.setObjectName("wizardStatus")
        self.status.hide()

    def finish_layout(self) -> None:
        if self.body.indexOf(self.status) < 0:  # a page may have placed it next to its button
            self.body.addWidget(self.status)
        self.body.addWidget(self.error)
        self.body.addStretch(1)

    def row(self, label: str, field: QWidget, hint: str = "") -> None:
        text = QLabel(label)
        text.setBuddy(field)
        set_accessible(field, label, hint)
        if hint:
            field.setToolTip(hint)
        self.form.addRow(text, field)

    def fail(self, message: str, focus: QWidget | None = None) -> bool:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def say(self, message: str) -> None:
        self.status.setText(message)
        self.status.setAccessibleName(message)
        self.status.show()

    def clear_error(self) -> None:
        self.error.hide()
        self.error.setText("")


class ServerPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            self.tr("Sambungan ke server"),
            self.tr(
                "Permohonan dikirim ke server MPP bila ada jaringan. Laptop jemput bola yang bekerja tanpa "
                "jaringan bisa memilih \"Hanya luring\" dan mengirim data nanti."
            ),
        )
        self.wizard_ = wizard
        self.online = _radio(self.tr("Tersambung ke server MPP"), "modeOnline")
        self.offline = _radio(
            self.tr("Hanya luring (tanpa server), untuk layanan jemput bola"), "modeOffline"
        )
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.online)
        self.mode.addButton(self.offline)
        self.address = QLineEdit()
        self.address.setObjectName("backendUrl")
        self.address.setPlaceholderText("https://mpp.contoh.go.id")
        self.body.insertWidget(1, self.online)
        self.body.insertWidget(2, self.offline)
        self.row(self.tr("Alamat server"), self.address, self.tr("Diberikan oleh admin MPP, diawali https://"))
        # Where an applicant's phone opens the receipt's QR code; the placeholder is a dead link.
        public = wizard.initial("public_url")
        self.public = QLineEdit("" if public == DEFAULT_PUBLIC_URL else public)
        self.public.setObjectName("publicUrl")
        self.public.setPlaceholderText("https://lacak.contoh.go.id")
        self.row(
            self.tr("Alamat lacak untuk pemohon"),
            self.public,
            self.tr("Dibuka pemohon dari kode QR tanda terima. Periksa sambungan mengisinya dari server; "
                    "kosong: alamat server."),
        )
        self.check = button(self.tr("Periksa sambungan"))
        self.check.setObjectName("checkServer")
        self.check.clicked.connect(self.check_connection)
        self.body.addWidget(self.check)
        self.finish_layout()
        url = wizard.initial("backend_url")
        (self.online if url else self.offline).setChecked(True)
        self.address.setText(url)
        self.online.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        on = self.online.isChecked()
        self.address.setEnabled(on)
        self.check.setEnabled(on)
        self.clear_error()

    def initializePage(self) -> None:
        (self.address if self.online.isChecked() else self.online).setFocus()

    def backend_url(self) -> str:
        return self.address.text().strip().rstrip("/") if self.online.isChecked() else ""

    def _address_problem(self) -> str:
        url = self.backend_url()
        if not url:
            return self.tr("Isi alamat server, atau pilih \"Hanya luring\".")
        if not address_ok(url):
            return self.tr("Alamat server harus diawali https://, misalnya https://mpp.contoh.go.id")
        return ""

    def check_connection(self) -> None:
        problem = self._address_problem()
        if problem:
            self.fail(problem, self.address)
            return
        self.clear_error()
        self.say(self.tr("Memeriksa sambungan…"))
        url = self.backend_url()
        self.wizard_.tasks.run_in_background(lambda: _health(url), self._checked)

    def _checked(self, future: Future) -> None:
        try:
            version, public = future.result()
        except Exception as exc:
            self.status.hide()
            self.fail(logs.failure_text(exc, "server check"), self.address)
            return
        if public:  # the admin's address for applicants, from the backend's own configuration
            self.public.setText(public)
        self.say(self.tr("Server menjawab (versi {version}).").format(version=version))

    def public_url(self) -> str:
        """The address before /lacak/<code> in every QR: typed or from the server, else the server's own
        (the reference backend serves the status page too); "" offline with nothing typed."""
        return self.public.text().strip().rstrip("/") or self.backend_url()

    def _public_problem(self) -> str:
        url = self.public.text().strip()
        if not address_ok(url):
            return self.tr("Alamat lacak harus diawali https://, misalnya https://lacak.contoh.go.id")
        return ""

    def validatePage(self) -> bool:
        self.clear_error()
        if self.online.isChecked():
            problem = self._address_problem()
            if problem:
                return self.fail(problem, self.address)
        problem = self._public_problem()
        if problem:
            return self.fail(problem, self.public)
        return True


def _health(url: str) -> tuple[str, str]:
    """The backend's version, and the public address its admin configured ("" if none or an older one)."""
    from mpp_assist.sync.client import BackendClient, BackendError

    client = BackendClient(url, timeout=(5, 10))
    try:
        version = str(client.health().get("version", "?"))
        try:
            public = str(client.app_version().get("public_url") or "")
        except BackendError:  # a backend without /version: the officer types the address
            public = ""
        return version, public if public.startswith(("https://", "http://")) else ""
    finally:
        client.close()


class DeskPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            self.tr("MPP dan loket"),
            self.tr("Nama MPP dan kode loket dicetak di setiap tanda terima."),
        )
        self.mpp_name = QLineEdit(wizard.initial("mpp_name"))
        self.mpp_name.setObjectName("mppName")
        self.desk = QLineEdit(wizard.initial("desk"))
        self.desk.setObjectName("deskCode")
        self.desk.setMaxLength(20)
        self.row(self.tr("Nama MPP"), self.mpp_name, self.tr("Misalnya MPP Kota Bogor"))
        self.row(self.tr("Kode loket"), self.desk, self.tr("Misalnya LOKET-07"))
        self.finish_layout()

    def initializePage(self) -> None:
        self.mpp_name.setFocus()
        self.mpp_name.selectAll()

    def validatePage(self) -> bool:
        self.clear_error()
        if not self.mpp_name.text().strip():
            return self.fail(self.tr("Isi nama MPP."), self.mpp_name)
        desk = self.desk.text().strip()
        if not desk or not all(ch.isalnum() or ch in "-_ ." for ch in desk):
            return self.fail(
                self.tr("Isi kode loket dengan huruf, angka atau tanda hubung, misalnya LOKET-07."), self.desk
            )
        return True


class OfficerPage(_Page):
    """Sign the officer in: their own account on this computer, and the server when there is one."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            self.tr("Petugas"),
            self.tr(
                "Masuk dengan nama petugas dan kata sandi atau PIN (minimal 6 karakter). Data pemohon di "
                "komputer ini hanya bisa dibuka dengan kata sandi petugas."
            ),
        )
        self.wizard_ = wizard
        officer = wizard.initial("officer")
        self.name = QLineEdit("" if officer == DEMO_OFFICER else officer)
        self.name.setObjectName("officerName")
        self.secret = QLineEdit()
        self.secret.setObjectName("officerSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("officerConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.row(self.tr("Nama petugas"), self.name, self.tr("Huruf kecil, angka, titik atau tanda hubung"))
        self.row(self.tr("Kata sandi/PIN"), self.secret)
        self.row(self.tr("Ulangi kata sandi/PIN"), self.confirm, self.tr("Hanya untuk petugas baru"))
        self.finish_layout()
        self.signed_in: str = ""
        self.server_desk: str = ""
        self._server_warned = False

    def initializePage(self) -> None:
        self.name.setFocus()

    def _known(self, name: str) -> bool:
        reg = Registry.load(data_home())
        return reg is not None and name in reg.officers

    def validatePage(self) -> bool:
        self.clear_error()
        name, secret, confirm = self.name.text().strip(), self.secret.text(), self.confirm.text()
        try:
            check_name(name)
        except SecurityError as exc:
            return self.fail(exc.message, self.name)
        known = self._known(name)
        before = Registry.load(data_home())
        had_demo = before is not None and DEMO_OFFICER in before.officers
        if not known:
            try:
                check_secret(secret)
            except SecurityError as exc:
                return self.fail(exc.message, self.secret)
            if secret != confirm:
                self.confirm.clear()
                return self.fail(self.tr("Kata sandi/PIN dan ulangannya tidak sama."), self.confirm)
        try:
            sign_in_or_create(name, secret)
        except SecurityError as exc:
            self.secret.clear()
            return self.fail(exc.message, self.secret)
        self.signed_in = name
        if not known:
            self._audit_new_account(name, had_demo)
        backend = self.wizard_.server.backend_url()
        if backend:
            problem = self._server_login(backend, name, secret)
            if problem and not self._server_warned:
                # Signed in on this computer; the server can wait. Say so once and stay here:
                # "Lanjut" again tries once more and then goes on without the server.
                self._server_warned = True
                return self.fail(problem + " " + self.tr("Tekan Lanjut lagi untuk melanjutkan tanpa server."))
        self.secret.clear()
        self.confirm.clear()
        return True

    @staticmethod
    def _audit_new_account(name: str, had_demo: bool) -> None:
        """The audit trail records the new account (and the demo account's removal), as the CLI does."""
        from mpp_assist.store import Store

        with Store() as store:
            store.audit(name, "officer-add", None, detail=f"{name}:admin")
            if had_demo:
                store.audit(name, "officer-remove", None, detail=DEMO_OFFICER)

    def _server_login(self, backend: str, name: str, secret: str) -> str:
        """Log in to the server too (token in the keyring); a message if that did not work."""
        from mpp_assist.store import Store, StoreError
        from mpp_assist.sync import credentials
        from mpp_assist.sync.client import BackendError

        try:
            with Store() as store:
                login = credentials.login_online(store, backend, name, secret, timeout=(5, 15))
        except BackendError as exc:
            return self.tr("Belum masuk ke server: {error} Bisa masuk nanti lewat Pengaturan.").format(
                error=exc.args[0] if exc.args else type(exc).__name__
            )
        except StoreError as exc:
            return str(exc)
        self.server_desk = login.desk
        return ""


def sign_in_or_create(name: str, secret: str, home: Path | None = None) -> security_session.Session:
    """Sign ``name`` in on this computer, creating the account if the desk has no such officer yet.

    A fresh desk gets ``name`` as its first admin (no demo account is made). A desk still on the
    public demo PIN gets ``name`` as admin and loses the demo account, so nobody can open
    applicant data with the published PIN. On a desk with real officers, only they can sign in.
    """
    home = (home or data_home()).resolve()
    reg = Registry.load(home)
    if reg is None:
        try:
            bootstrap(home, first=(name, secret))
        except AlreadyBootstrapped:
            pass
        return security_session.unlock(name, secret, home)
    if name in reg.officers:
        return security_session.unlock(name, secret, home)
    demo = reg.officers.get(DEMO_OFFICER)
    if demo is None or not demo.demo:
        from mpp_assist.security.errors import UnknownOfficer

        raise UnknownOfficer(name)
    check_secret(secret)
    demo_session = security_session.unlock(DEMO_OFFICER, DEMO_PIN, home)
    reg = Registry.load(home)
    assert reg is not None
    reg.add(demo_session.data_key, name, "admin", secret)
    reg.remove(DEMO_OFFICER)
    return security_session.unlock(name, secret, home)


class PrinterPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            self.tr("Pencetak dan tanda terima"),
            self.tr("Pilih kertas tanda terima dan pencetaknya, lalu cetak percobaan."),
        )
        self.wizard_ = wizard
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("receiptLayout")
        for value, text in zip(
            LAYOUTS,
            (self.tr("A4"), self.tr("A5"), self.tr("Kertas struk 80 mm"), self.tr("Kertas struk 58 mm")),
            strict=True,
        ):
            self.layout_choice.addItem(text, value)
        layout = wizard.initial("receipt_layout")
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(layout)))
        self.kind = QComboBox()
        self.kind.setObjectName("printerKind")
        self.kind.addItem(self.tr("Pencetak sistem (driver terpasang)"), "system")
        self.kind.addItem(self.tr("Pencetak termal jaringan (ESC/POS)"), "network")
        self.kind.setCurrentIndex(1 if wizard.initial("escpos_connection") == "network" else 0)
        self.printer = QComboBox()
        self.printer.setObjectName("systemPrinter")
        self.printer.setEditable(True)
        self.printer.addItem(self.tr("Pencetak utama sistem"), "")
        for name in system_printers():
            self.printer.addItem(name, name)
        current = wizard.initial("receipt_printer")
        if current and self.printer.findData(current) < 0:
            self.printer.addItem(current, current)
        self.printer.setCurrentIndex(max(0, self.printer.findData(current)))
        self.host = QLineEdit(wizard.initial("escpos_host"))
        self.host.setObjectName("escposHost")
        self.port = QSpinBox()
        self.port.setObjectName("escposPort")
        self.port.setRange(1, 65535)
        self.port.setValue(int(wizard.initial("escpos_port")))
        self.row(self.tr("Kertas"), self.layout_choice)
        self.row(self.tr("Jenis pencetak"), self.kind)
        self.row(self.tr("Pencetak"), self.printer, self.tr("Antrean cetak sistem operasi"))
        self.row(self.tr("Alamat pencetak termal"), self.host, self.tr("Nama host atau alamat IP"))
        self.row(self.tr("Port"), self.port, self.tr("Biasanya 9100"))
        self.test = button(self.tr("Cetak percobaan"), role="primary")
        self.test.setObjectName("testPrint")
        self.test.clicked.connect(self.test_print)
        self.body.addWidget(self.test)
        self.finish_layout()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.printed = False
        self._printing = False

    def _kind_changed(self) -> None:
        network = self.kind.currentData() == "network"
        self.printer.setEnabled(not network)
        self.host.setEnabled(network)
        self.port.setEnabled(network)

    def initializePage(self) -> None:
        self.layout_choice.setFocus()

    def values(self) -> dict[str, Any]:
        network = self.kind.currentData() == "network"
        printer = self.printer.currentData() if self.printer.currentText() == self.printer.itemText(
            self.printer.currentIndex()) else self.printer.currentText().strip()
        return {
            "receipt_layout": self.layout_choice.currentData(),
            "escpos_connection": "network" if network else "none",
            "escpos_host": self.host.text().strip(),
            "escpos_port": int(self.port.value()),
            "receipt_printer": str(printer or ""),
        }

    def test_print(self) -> None:
        self.clear_error()
        values = self.values()
        if values["escpos_connection"] == "network" and not values["escpos_host"]:
            self.fail(self.tr("Isi alamat pencetak termal."), self.host)
            return
        self.say(self.tr("Mengirim cetak percobaan…"))
        desk = self.wizard_.desk_page
        options = {**values, "mpp_name": desk.mpp_name.text().strip(), "desk": desk.desk.text().strip()}
        # Not disabled while printing: that would throw the keyboard focus elsewhere.
        if self._printing:
            return
        self._printing = True
        self.wizard_.tasks.run_in_background(lambda: print_test_receipt(options), self._printed)

    def _printed(self, future: Future) -> None:
        self._printing = False
        try:
            where = future.result()
        except Exception as exc:
            self.status.hide()
            self.fail(
                self.tr("Cetak percobaan gagal: {error}").format(error=logs.failure_text(exc, "test print")),
                self.test,
            )
            return
        self.printed = True
        self.say(self.tr("Cetak percobaan terkirim ke {printer}. Periksa kertasnya.").format(printer=where))


def system_printers() -> list[str]:
    try:
        from mpp_assist.printing.cups import list_printers

        return list_printers()
    except Exception:  # no CUPS (Windows): the system's default printer is offered
        return []


class _Options:
    """Settings-like view of the printer page's answers (the printing helpers read options with ``get``)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def get(self, name: str) -> Any:
        return self._values.get(name, OPTIONS[name].default)


def sample_application(mpp_desk: str) -> Any:
    """A clearly fake application for the test print (never stored)."""
    import json

    from mpp_assist.forms.catalogue import SERVICES_DIR
    from mpp_assist.store import Application

    answers = json.loads((SERVICES_DIR / "ktp-el.example.json").read_text(encoding="utf-8"))
    answers["nama_lengkap"] = "CETAK PERCOBAAN"
    now = clock.now().isoformat(timespec="seconds")
    return Application(
        id="00000000-0000-4000-8000-000000000000", service_id="ktp-el", form_version="percobaan",
        answers=answers, receipt_number="PERCOBAAN-0001", tracking_code="PERCOBAAN", officer="petugas",
        desk=mpp_desk or "-", status="queued", created_at=now, updated_at=now,
    )


def print_test_receipt(options: dict[str, Any]) -> str:
    """Print a sample receipt where the desk's receipts will go; returns where it went (PrintError)."""
    from mpp_assist.forms import load_catalogue
    from mpp_assist.i18n import translate
    from mpp_assist.receipts import build_receipt
    from mpp_assist.receipts.content import build_content

    app = sample_application(options.get("desk", ""))
    definition = load_catalogue().get("ktp-el")
    settings = _Options(options)
    if options.get("escpos_connection") == "network":
        from mpp_assist.printing.thermal import print_receipt_escpos

        content = build_content(app, definition, lang="id", mpp_name=options.get("mpp_name", ""))
        print_receipt_escpos(content, settings, layout=options.get("receipt_layout"))
        return f"{options['escpos_host']}:{options['escpos_port']}"
    from mpp_assist.printing.cups import print_pdf

    pdf = build_receipt(app, definition, layout=options.get("receipt_layout", "a4"),
                        mpp_name=options.get("mpp_name", ""))
    # A temporary file only for the print queue, removed right after (it holds no real applicant).
    fd, path = tempfile.mkstemp(prefix="cetak-percobaan-", suffix=".pdf", dir=data_home())
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pdf)
        print_pdf(path, options.get("receipt_printer") or None, title="MPP Assist")
    finally:
        Path(path).unlink(missing_ok=True)
    return options.get("receipt_printer") or translate("FirstRun", "pencetak utama")


class SpeechPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            self.tr("Pemeriksaan suara"),
            self.tr(
                "Aplikasi bisa membacakan isian untuk pemohon. Tekan \"Putar contoh suara\" lalu jawab "
                "apakah suaranya terdengar."
            ),
        )
        self.wizard_ = wizard
        self.play = button(self.tr("Putar contoh suara"), role="primary")
        self.play.setObjectName("playSpeech")
        self.play.clicked.connect(self.speak)
        self.body.addWidget(self.play)
        self.body.addWidget(self.status)
        self.heard = _radio(self.tr("Ya, suaranya terdengar jelas"), "speechHeard")
        self.not_heard = _radio(self.tr("Tidak terdengar"), "speechNotHeard")
        self.answer = QButtonGroup(self)
        self.answer.addButton(self.heard)
        self.answer.addButton(self.not_heard)
        self.body.addWidget(self.heard)
        self.body.addWidget(self.not_heard)
        self.help = paragraph(
            self.tr(
                "Periksa pengeras suara dan volumenya, lalu putar lagi. Bila masih tidak terdengar, minta "
                "admin memasang suara Bahasa Indonesia (Linux: paket espeak-ng; Windows: Pengaturan > "
                "Waktu & bahasa > Ucapan > Tambah suara). Aplikasi tetap bisa dipakai tanpa suara."
            ),
            role="hint",
        )
        self.help.setObjectName("speechHelp")
        self.help.hide()
        self.body.addWidget(self.help)
        self.not_heard.toggled.connect(lambda on: self.help.setVisible(on))
        self.finish_layout()
        self.spoken = False
        self.controller: Any = None

    def initializePage(self) -> None:
        self.play.setFocus()

    def speak(self) -> None:
        from mpp_assist.ui.inclusion.speech_panel import SpeechController

        self.clear_error()
        if self.controller is None:
            self.controller = SpeechController(
                self.wizard_.settings, self.wizard_.engine_factory, self.wizard_.player, parent=self
            )
            self.controller.event.connect(self._on_event)
        self.say(self.tr("Membacakan contoh…"))
        self.controller.speaker.say(SPEECH_SAMPLE, "id")

    def _on_event(self, event: Any) -> None:
        if event.kind == "finished":
            self.spoken = True
            self.say(self.tr("Contoh selesai dibacakan. Apakah terdengar?"))
            self.heard.setFocus()
        elif event.kind == "error":
            self.status.hide()
            self.fail(event.message or self.tr("Suara tidak bisa diputar."))
            self.not_heard.setChecked(True)

    def close(self) -> None:
        if self.controller is not None:
            self.controller.close()
            self.controller = None


class AppearancePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            self.tr("Ukuran tulisan dan warna"),
            self.tr(
                "Pilih yang nyaman dibaca. Perubahan langsung terlihat; Ctrl+= dan Ctrl+- juga bisa dipakai."
            ),
        )
        self.wizard_ = wizard
        self.size = QComboBox()
        self.size.setObjectName("fontScale")
        for pct in SCALES:
            self.size.addItem(f"{pct} %", pct)
        self.size.setCurrentIndex(max(0, self.size.findData(wizard.initial("font_scale"))))
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for value, text in zip(
            THEMES,
            (
                self.tr("Ikuti sistem operasi"),
                self.tr("Standar"),
                self.tr("Kontras tinggi: hitam di atas putih"),
                self.tr("Kontras tinggi: putih di atas hitam"),
            ),
            strict=True,
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(wizard.initial("theme"))))
        self.row(self.tr("Ukuran tulisan"), self.size)
        self.row(self.tr("Warna"), self.theme, self.tr("Kontras tinggi untuk penglihatan kurang"))
        self.finish_layout()
        # Live: the theme manager listens to these settings.
        s = wizard.settings
        self.size.currentIndexChanged.connect(lambda _i: s.set("font_scale", self.size.currentData()))
        self.theme.currentIndexChanged.connect(lambda _i: s.set("theme", self.theme.currentData()))

    def initializePage(self) -> None:
        self.size.setFocus()


class DonePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            self.tr("Siap melayani"),
            self.tr("Loket siap. Semua pilihan ini bisa diubah nanti di Pengaturan (Ctrl+,)."),
        )
        self.wizard_ = wizard
        self.summary = paragraph("")
        self.summary.setObjectName("setupSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body.addWidget(self.summary)
        self.finish_layout()
        self.setFinalPage(True)

    def initializePage(self) -> None:
        w = self.wizard_
        v = w.answers()
        lines = [
            self.tr("Server: {server}").format(server=v["backend_url"] or self.tr("hanya luring")),
            self.tr("Kode QR membuka: {url}/lacak/…").format(url=v["public_url"]) if v.get("public_url")
            else self.tr("Kode QR: alamat lacak belum diisi (tanyakan admin MPP)"),
            self.tr("MPP: {mpp} · Loket {desk}").format(mpp=v["mpp_name"], desk=v["desk"]),
            self.tr("Petugas: {officer}").format(officer=v["officer"]),
            self.tr("Kertas tanda terima: {layout}").format(
                layout=w.printer_page.layout_choice.currentText()
            ),
            self.tr("Suara: {speech}").format(
                speech=self.tr("terdengar") if w.speech_page.heard.isChecked()
                else self.tr("tidak terdengar") if w.speech_page.not_heard.isChecked()
                else self.tr("belum diperiksa")
            ),
            self.tr("Tulisan {size} · {theme}").format(
                size=w.appearance_page.size.currentText(), theme=w.appearance_page.theme.currentText()
            ),
        ]
        self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName(self.summary.text())
        self.summary.setFocus()


class FirstRunWizard(QWizard):
    """Walks a new desk to ready; writes the settings only when the officer finishes."""

    def __init__(
        self,
        settings: Settings,
        *,
        preset: desk_setup.Preset | None = None,
        tasks: TaskManager | None = None,
        engine_factory: Callable[[], Engine] = default_engine,
        player: Player | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.preset = preset
        self.tasks = tasks or TaskManager(parent=self)
        self.engine_factory = engine_factory
        self.player = player
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("MPP Assist: persiapan loket"))
        self.setAccessibleName(self.windowTitle())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        if preset is not None:
            for opt, value in preset.settings.items():
                if opt in ("font_scale", "theme"):
                    settings.set(opt, value)  # shown at once, and the pages start from them
        self.server = ServerPage(self)
        self.desk_page = DeskPage(self)
        self.officer_page = OfficerPage(self)
        self.printer_page = PrinterPage(self)
        self.speech_page = SpeechPage(self)
        self.appearance_page = AppearancePage(self)
        self.done_page = DonePage(self)
        for page in (
            self.server, self.desk_page, self.officer_page, self.printer_page,
            self.speech_page, self.appearance_page, self.done_page,
        ):
            self.addPage(page)
        pages = [self.page(i) for i in self.pageIds()]
        for n, page in enumerate(pages, 1):
            page.setTitle(
                self.tr("Langkah {n} dari {total}: {title}").format(n=n, total=len(pages), title=page.title())
            )
        self.resize(760, 560)

    def initial(self, name: str) -> Any:
        """What a field starts with: the admin's preset, else the current setting."""
        if self.preset is not None and name in self.preset.settings:
            return self.preset.settings[name]
        return self.settings.get(name)

    def answers(self) -> dict[str, Any]:
        desk = self.officer_page.server_desk or self.desk_page.desk.text().strip()
        public = self.server.public_url()
        return {
            "backend_url": self.server.backend_url(),
            **({"public_url": public} if public else {}),  # offline with nothing typed: left as it was
            "mpp_name": self.desk_page.mpp_name.text().strip(),
            "desk": desk,
            "officer": self.officer_page.signed_in or self.officer_page.name.text().strip(),
            **self.printer_page.values(),
            "font_scale": int(self.appearance_page.size.currentData()),
            "theme": str(self.appearance_page.theme.currentData()),
        }

    def accept(self) -> None:
        values = dict(self.preset.settings) if self.preset is not None else {}
        values.update(self.answers())
        desk_setup.apply_settings(self.settings, values)
        desk_setup.mark_set_up(self.settings)
        self.speech_page.close()
        super().accept()

    def reject(self) -> None:
        self.speech_page.close()
        super().reject()


class SignInDialog(QDialog):
    """The start-up sign-in, for a desk whose officers have their own passwords."""

    def __init__(self, officer: str, parent: QWidget | None = None) -> None:
        from mpp_assist.ui.protection.lock import UnlockForm

        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("MPP Assist: masuk"))
        self.form = UnlockForm(officer, self)
        self.form.title.setText(self.tr("Masuk"))
        self.form.title.setAccessibleName(self.tr("Masuk"))
        self.form.note.setText(self.tr("Masukkan nama petugas dan kata sandi atau PIN."))
        self.form.submit.setText(self.tr("Masuk"))
        self.form.submit.setAccessibleName(self.tr("Masuk"))
        self.form.unlocked.connect(self._done)
        self.session: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.form.focus()

    def _done(self, session: Any) -> None:
        self.session = session
        self.accept()


def needs_sign_in() -> bool:
    """No officer signed in, none given in the environment, and no demo PIN to fall back on."""
    if security_session.current() is not None:
        return False
    if os.environ.get(security_session.ENV_OFFICER) and os.environ.get(security_session.ENV_PASSWORD):
        return False
    return not security_session.demo_mode()


def prepare_desk(lang: str | None = None, *, settings: Settings | None = None) -> bool:
    """Everything before the main window: the first-run wizard or the sign-in. False: the officer quit."""
    from mpp_assist.ui.shell import translations
    from mpp_assist.ui.shell.theme import ThemeManager

    if os.environ.get("MPP_ASSIST_EXIT_AFTER_PAINT"):
        return True
    settings = settings or Settings()
    preset = None
    found = desk_setup.find_preset()
    app = QApplication.instance()
    if not desk_setup.is_set_up(settings.folder):
        translations.install(lang or settings.get("language"))
        if found is not None:
            try:
                preset = desk_setup.load_preset(found)
            except desk_setup.PresetError as exc:
                QMessageBox.warning(None, "MPP Assist", exc.message)
        if preset is not None and preset.wizard == "skip":
            desk_setup.apply_settings(settings, preset.settings)
            desk_setup.mark_set_up(settings)
        else:
            theme = ThemeManager(app, settings) if isinstance(app, QApplication) else None
            wizard = FirstRunWizard(settings, preset=preset)
            try:
                if wizard.exec() != QDialog.DialogCode.Accepted:
                    return False
            finally:
                wizard.tasks.wait(5000)
                if theme is not None:
                    theme.close()
                wizard.deleteLater()
    if needs_sign_in():
        translations.install(lang or settings.get("language"))
        dialog = SignInDialog(settings.get("officer"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and dialog.session is not None and dialog.session.officer != settings.get("officer"):
            settings.set("officer", dialog.session.officer)
        dialog.deleteLater()
        return accepted
    return True


__all__ = ["FirstRunWizard", "SignInDialog", "needs_sign_in", "prepare_desk", "print_test_receipt"]
