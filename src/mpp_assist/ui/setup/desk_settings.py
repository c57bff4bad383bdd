"""The "Server dan pencetak" section of the settings dialog: what the first-run wizard set, changeable later.

Installed on the main window by the composition root. Like the inclusion's section, it
is added to the settings dialog when the dialog is first shown, and written through
``Settings.set`` when the officer saves. A malformed server address is never saved: the
field says what is wrong and the desk keeps the address it had. These are the machine's
settings: only an admin session changes them; anyone else sees them read-only, with a line saying why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from mpp_assist import logs
from mpp_assist.receipts.content import DEFAULT_PUBLIC_URL
from mpp_assist.security import session as security_session
from mpp_assist.ui.setup.first_run import address_ok, print_test_receipt, system_printers
from mpp_assist.ui.setup.settings_dialog import SettingsDialog
from mpp_assist.ui.shell.taskman import Future
from mpp_assist.ui.shell.widgets import button, paragraph

if TYPE_CHECKING:
    from mpp_assist.ui.shell.main_window import MainWindow


def is_admin() -> bool:
    s = security_session.current()
    return s is not None and s.at_least("admin")


OTHER_PRINTER = "\x00other"  # the "another printer" choice (no CUPS queue name has a NUL)


class DeskSettings(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        window.add_settings_section(self.extend)  # "Server dan pencetak"

    def extend(self, dialog: SettingsDialog) -> None:
        s = self.ctx.settings
        form = dialog.add_section(self.tr("Server dan pencetak"))
        address = QLineEdit(s.get("backend_url"))
        address.setObjectName("settingsBackendUrl")
        address.setPlaceholderText(self.tr("kosong: hanya luring"))
        problem = paragraph("", role="error")
        problem.setObjectName("settingsBackendProblem")
        problem.hide()

        def check_address() -> None:
            ok = address_ok(address.text().strip())
            text = "" if ok else self.tr("Alamat server harus diawali https://, misalnya https://mpp.contoh.go.id")
            problem.setText(text)
            problem.setAccessibleName(text)
            problem.setVisible(bool(text))

        address.textChanged.connect(lambda _t: check_address())
        public = QLineEdit(s.get("public_url"))
        public.setObjectName("settingsPublicUrl")
        public_problem = paragraph("", role="error")
        public_problem.setObjectName("settingsPublicProblem")
        public_problem.hide()

        def check_public() -> None:
            url = public.text().strip()
            ok = bool(url) and address_ok(url)
            text = "" if ok else self.tr("Alamat lacak harus diawali https://, misalnya https://lacak.contoh.go.id")
            if ok and url.rstrip("/") == DEFAULT_PUBLIC_URL:
                text = self.tr("Ini alamat contoh: kode QR di tanda terima tidak akan terbuka. Tanyakan admin MPP.")
            public_problem.setText(text)
            public_problem.setAccessibleName(text)
            public_problem.setVisible(bool(text))

        public.textChanged.connect(lambda _t: check_public())
        check_public()
        kind = QComboBox()
        kind.setObjectName("settingsPrinterKind")
        kind.addItem(self.tr("Pencetak sistem (driver terpasang)"), "none")
        kind.addItem(self.tr("Pencetak termal jaringan (ESC/POS)"), "network")
        if s.get("escpos_connection") == "usb":
            kind.addItem(self.tr("Pencetak termal USB (ESC/POS)"), "usb")
        kind.setCurrentIndex(max(0, kind.findData(s.get("escpos_connection"))))
        # A list to choose from, and "another name" typed in a field of its own: an editable combo's
        # inner text field has no label a screen reader can follow (WCAG 1.3.1, 4.1.2).
        printer = QComboBox()
        printer.setObjectName("settingsSystemPrinter")
        printer.addItem(self.tr("Pencetak utama sistem"), "")
        for name in system_printers():
            printer.addItem(name, name)
        printer.addItem(self.tr("Pencetak lain (ketik namanya)"), OTHER_PRINTER)
        current = s.get("receipt_printer")
        other = QLineEdit(current if current and printer.findData(current) < 0 else "")
        other.setObjectName("settingsOtherPrinter")
        printer.setCurrentIndex(printer.findData(OTHER_PRINTER) if other.text() else max(0, printer.findData(current)))
        host = QLineEdit(s.get("escpos_host"))
        host.setObjectName("settingsEscposHost")
        port = QSpinBox()
        port.setObjectName("settingsEscposPort")
        port.setRange(1, 65535)
        port.setValue(int(s.get("escpos_port")))
        result = paragraph("", role="status")
        result.setObjectName("settingsTestPrintResult")
        result.hide()
        test = button(self.tr("Cetak percobaan"))
        test.setObjectName("settingsTestPrint")

        def values() -> dict[str, Any]:
            chosen = other.text().strip() if printer.currentData() == OTHER_PRINTER else printer.currentData()
            return {
                "escpos_connection": kind.currentData(),
                "escpos_host": host.text().strip(),
                "escpos_port": int(port.value()),
                "receipt_printer": str(chosen or ""),
            }

        def printed(future: Future) -> None:
            try:
                where = future.result()
                text = self.tr("Cetak percobaan terkirim ke {printer}.").format(printer=where)
            except Exception as exc:
                error = logs.failure_text(exc, "test print")
                text = self.tr("Cetak percobaan gagal: {error}").format(error=error)
            result.setText(text)
            result.setAccessibleName(text)
            result.show()

        def test_print() -> None:
            options = {**values(), "receipt_layout": s.get("receipt_layout"), "mpp_name": s.get("mpp_name"),
                       "desk": s.get("desk")}
            if options["escpos_connection"] == "usb":
                options["escpos_usb"] = s.get("escpos_usb")
            self.ctx.tasks.run_in_background(lambda: print_test_receipt(options), printed)

        test.clicked.connect(test_print)
        dialog.add_row(form, self.tr("Alamat server"), address, self.tr("Kosongkan untuk bekerja hanya luring"))
        form.addRow(problem)
        dialog.add_row(form, self.tr("Alamat lacak untuk pemohon"), public,
                       self.tr("Dibuka pemohon dari kode QR tanda terima: <alamat>/lacak/<kode>"))
        form.addRow(public_problem)
        dialog.add_row(form, self.tr("Jenis pencetak"), kind, "")
        dialog.add_row(form, self.tr("Pencetak"), printer, self.tr("Antrean cetak sistem operasi"))
        dialog.add_row(form, self.tr("Nama pencetak lain"), other,
                       self.tr("Nama antrean cetak yang tidak ada di daftar"))
        other_label = form.labelForField(other)

        def show_other() -> None:
            wanted = printer.currentData() == OTHER_PRINTER
            other.setVisible(wanted)
            if other_label is not None:
                other_label.setVisible(wanted)

        printer.currentIndexChanged.connect(lambda _i: show_other())
        show_other()
        dialog.add_row(form, self.tr("Alamat pencetak termal"), host, self.tr("Nama host atau alamat IP"))
        dialog.add_row(form, self.tr("Port"), port, self.tr("Biasanya 9100"))
        form.addRow(test)
        form.addRow(result)
        admin_only = paragraph(
            self.tr("Hanya admin yang bisa mengubah server dan pencetak komputer ini. Minta admin masuk untuk "
                    "mengubahnya."),
            role="hint",
        )
        admin_only.setObjectName("settingsAdminOnly")
        form.insertRow(0, admin_only)
        if is_admin():
            admin_only.hide()
        else:  # shown, still readable by a screen reader; the test print stays (it changes nothing)
            address.setReadOnly(True)
            public.setReadOnly(True)
            host.setReadOnly(True)
            port.setReadOnly(True)
            other.setReadOnly(True)
            for combo in (kind, printer):
                combo.setEnabled(False)
        dialog.fields.update({
            "backend_url": address, "escpos_connection": kind, "receipt_printer": printer, "other_printer": other,
            "escpos_host": host, "escpos_port": port, "test_print": test, "test_result": result,
            "backend_problem": problem, "admin_only": admin_only, "public_url": public,
            "public_problem": public_problem,
        })

        def save() -> None:
            if not is_admin():
                return  # nothing a non-admin typed reaches the machine's settings
            url = address.text().strip().rstrip("/")
            if address_ok(url):
                s.set("backend_url", url)
            typed = public.text().strip().rstrip("/")
            if typed and address_ok(typed):  # a malformed or empty one keeps the address it had
                s.set("public_url", typed)
            for name, value in values().items():
                s.set(name, value)

        dialog.accepted.connect(save)
