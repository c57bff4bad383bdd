"""The settings dialog's server and printer (this machine's settings) are changeable only by an admin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mpp_assist.security import session
from mpp_assist.security.officers import Registry
from mpp_assist.ui.setup.settings_dialog import SettingsDialog

pytestmark = [pytest.mark.gui]


def open_settings(qtbot: Any, ctx: Any, window: Any) -> SettingsDialog:
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_supervisor_sees_the_server_and_printer_read_only(qtbot: Any, open_desk: Any, data_home: Path) -> None:
    admin = session.require()
    Registry.load(data_home).add(admin.data_key, "budi", "supervisor", "budi-pin-1")
    session.unlock("budi", "budi-pin-1")
    ctx, window = open_desk()
    ctx.settings.set("backend_url", "https://mpp.contoh.go.id")
    dialog = open_settings(qtbot, ctx, window)
    f = dialog.fields
    qtbot.waitUntil(lambda: f["admin_only"].isVisible())  # the section is shown on the next turn
    assert "Hanya admin" in f["admin_only"].text()
    address = f["backend_url"]
    assert address.isReadOnly() and not f["escpos_connection"].isEnabled() and not f["receipt_printer"].isEnabled()
    address.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is address)
    qtbot.keyClick(address, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(address, "https://lain.contoh.go.id")
    assert address.text() == "https://mpp.contoh.go.id"  # typing changes nothing
    f["escpos_port"].setValue(9999)  # even when changed from code, save writes nothing
    dialog.accept()
    assert ctx.settings.get("backend_url") == "https://mpp.contoh.go.id"
    assert ctx.settings.get("escpos_port") != 9999


def test_an_admin_can_change_them(qtbot: Any, open_desk: Any) -> None:
    ctx, window = open_desk()  # the demo desk: the demo officer is an admin
    dialog = open_settings(qtbot, ctx, window)
    f = dialog.fields
    qtbot.waitUntil(lambda: f["backend_url"].isVisible())
    assert not f["admin_only"].isVisible()
    assert not f["backend_url"].isReadOnly() and f["escpos_connection"].isEnabled()
    f["backend_url"].setText("https://mpp.contoh.go.id")
    dialog.accept()
    assert ctx.settings.get("backend_url") == "https://mpp.contoh.go.id"


def test_a_printer_not_in_the_list_is_typed_in_a_field_of_its_own(qtbot: Any, open_desk: Any) -> None:
    ctx, window = open_desk()
    dialog = open_settings(qtbot, ctx, window)
    f = dialog.fields
    printer, other = f["receipt_printer"], f["other_printer"]
    qtbot.waitUntil(lambda: printer.isVisible())
    assert not printer.isEditable()  # an editable combo's inner field has no label a screen reader follows
    assert not other.isVisible()
    printer.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is printer)
    qtbot.keyClick(printer, Qt.Key.Key_End)  # the last choice: "Pencetak lain (ketik namanya)"
    assert other.isVisible()
    label = f["other_printer"].parentWidget().layout().labelForField(other)
    assert label is not None and label.isVisible() and label.buddy() is other
    other.setFocus()
    qtbot.keyClicks(other, "Loket3_Termal")
    dialog.accept()
    assert ctx.settings.get("receipt_printer") == "Loket3_Termal"
    again = open_settings(qtbot, ctx, window)  # a name not in the list opens as typed, not lost
    qtbot.waitUntil(lambda: again.fields["other_printer"].isVisible())
    assert again.fields["other_printer"].text() == "Loket3_Termal"
    qtbot.keyClick(again.fields["receipt_printer"], Qt.Key.Key_Home)  # the system's default printer
    assert not again.fields["other_printer"].isVisible()
    again.accept()
    assert ctx.settings.get("receipt_printer") == ""
