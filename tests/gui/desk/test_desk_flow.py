"""The officer's whole path for KTP-el, driven through the real widgets, and what the store holds after."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mpp_assist.forms import load_catalogue
from mpp_assist.store import Store
from mpp_assist.ui.desk.check_answers import CheckAnswersPage
from mpp_assist.ui.desk.section_page import RequirementsPage, SectionPage
from mpp_assist.ui.receipt import receipt_preview
from mpp_assist.ui.receipt.receipt_page import ReceiptPage

from ..desk_driver import click, fill_section, page, press, print_to_file, texts_on_screen, type_into

pytestmark = pytest.mark.gui

EXAMPLE = load_catalogue().get("ktp-el").example_answers()
NAME, NIK = EXAMPLE["nama_lengkap"], EXAMPLE["nik"]


def open_ktp_el(qtbot: Any, window: Any) -> None:
    services = window.services
    assert services.heading.text() == "Pilih layanan"
    services.list.setFocus()
    while services.list.currentItem().data(Qt.ItemDataRole.UserRole) != "ktp-el":
        press(qtbot, Qt.Key.Key_Down, services.list)
    press(qtbot, Qt.Key.Key_Return, services.list)
    assert window.flow is not None


def mark_kk_original_seen(qtbot: Any, window: Any) -> None:
    checklist = page(window)
    assert isinstance(checklist, RequirementsPage)
    assert checklist.heading.text() == "Dokumen persyaratan"
    radio = checklist.checklist.buttons[("kk", "original_seen")]
    radio.setFocus()
    press(qtbot, Qt.Key.Key_Space, radio)
    press(qtbot, Qt.Key.Key_Return)


def fill_ktp_el_to_check_answers(qtbot: Any, window: Any, tmp: Path, skip: tuple[str, ...] = ()) -> None:
    answers = {k: v for k, v in EXAMPLE.items() if k not in skip}
    open_ktp_el(qtbot, window)
    mark_kk_original_seen(qtbot, window)
    for _ in range(10):
        current = page(window)
        if isinstance(current, CheckAnswersPage):
            return
        assert isinstance(current, SectionPage)
        fill_section(qtbot, current, answers, tmp)
        press(qtbot, Qt.Key.Key_Return)
        problems = current.summary.accessibleDescription()
        assert page(window) is not current, f"stuck on {current.section.id}: {problems}"
    raise AssertionError("never reached check answers")


def test_ktp_el_from_service_list_to_receipt(qtbot: Any, desk: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, window = desk
    fill_ktp_el_to_check_answers(qtbot, window, tmp_path, skip=("email", "pekerjaan"))

    check = page(window)
    assert check.heading.text() == "Periksa jawaban sebelum mengirim"
    assert check.values["nama_lengkap"].text() == NAME
    assert check.values["tanggal_lahir"].text() == "17 Agustus 1990"
    assert check.values["desa"].text().startswith("Kel. ")
    assert check.values["email"].text() == "Tidak diisi"
    assert check.values["pekerjaan"].text() == "Tidak diisi"
    assert check.values["requirement:kk"].text() == "Asli sudah dilihat"
    assert check.values["telepon"].text() == "0812-3456-7890"
    assert not check.summary.isVisible()

    # Submit with the keyboard: the focus starts on "Kirim permohonan".
    assert QApplication.focusWidget() is check.continue_button
    press(qtbot, Qt.Key.Key_Return)
    receipt = window.receipt
    assert isinstance(receipt, ReceiptPage)
    assert receipt.heading.text() == "Permohonan tersimpan"

    # Stored durably and queued: read back through a second connection.
    with Store() as other:
        apps = other.list_applications()
        assert len(apps) == 1
        app = apps[0]
        assert app.status == "waiting"
        assert app.answers["nik"] == NIK and app.answers["nama_lengkap"] == NAME
        assert app.answers["tanggal_lahir"] == "1990-08-17"
        assert app.answers["telepon"] == "+6281234567890"
        assert "email" not in app.answers
        assert app.requirements == {"kk": "original_seen"}
        outbox = other.conn.execute("SELECT state FROM outbox WHERE application_id = ?", (app.id,))
        assert outbox.fetchone()[0] == "waiting"
        assert other.latest_draft(ctx.settings.get("officer")) is None, "the draft goes with the submission"
    assert receipt.number.text() == f"Nomor tanda terima: {app.receipt_number}"

    # The preview shows the very PDF the receipts package built, and it names the receipt number.
    assert receipt.preview.pages, receipt.preview.status.text()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(_bytes_io(receipt.preview.pdf)).pages)
    assert app.receipt_number in text

    # Print: the system print dialog is answered with "print to this PDF file".
    printed = tmp_path / "printed.pdf"

    print_to_file(monkeypatch, printed)
    click(qtbot, receipt.print_button)
    assert len(pypdf.PdfReader(printed).pages) == len(receipt.preview.pages)
    assert receipt.message.text() == "Tanda terima dikirim ke pencetak."

    # Save: the officer picks a file name; the bytes are the receipt's, unchanged.
    saved = tmp_path / "tanda-terima"
    monkeypatch.setattr(receipt_preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    click(qtbot, receipt.save_button)
    assert saved.with_suffix(".pdf").read_bytes() == receipt.preview.pdf
    with Store() as other:
        rows = other.conn.execute("SELECT action FROM audit WHERE application_id = ?", (app.id,))
        actions = [r[0] for r in rows]
    assert "print_receipt" in actions and "save_receipt" in actions

    # "Pemohon baru": nothing of this applicant is left in any widget anywhere.
    click(qtbot, receipt.new_button)
    assert window.services is not None and window.stack.currentWidget() is window.services
    traces = (NAME, NIK, app.receipt_number)
    qtbot.waitUntil(lambda: not [t for t in texts_on_screen() if any(x in t for x in traces)])
    assert not window.services.resume_box.isVisible()


def _bytes_io(data: bytes) -> Any:
    import io

    return io.BytesIO(data)


def test_ubah_returns_to_the_field_and_back_to_check_answers(qtbot: Any, desk: Any, tmp_path: Path) -> None:
    _ctx, window = desk
    fill_ktp_el_to_check_answers(qtbot, window, tmp_path)
    check = page(window)
    link = check.change_links["nama_lengkap"]
    assert link.accessibleName() == "Ubah Nama lengkap"
    link.setFocus()
    press(qtbot, Qt.Key.Key_Return, link)

    section = page(window)
    assert isinstance(section, SectionPage) and section.section.id == "pemohon"
    name_edit = section.rows["nama_lengkap"].editor.edit
    assert QApplication.focusWidget() is name_edit
    name_edit.selectAll()
    qtbot.keyClicks(name_edit, "Siti Rahma")
    press(qtbot, Qt.Key.Key_Return, name_edit)

    back = page(window)
    assert isinstance(back, CheckAnswersPage), "Lanjut after Ubah goes straight back to check answers"
    assert back.values["nama_lengkap"].text() == "Siti Rahma"


def test_error_summary_takes_focus_and_links_to_the_field(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    open_ktp_el(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)  # skip the checklist
    first = page(window)
    first.rows["jenis_permohonan"].editor.buttons[0].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)

    section = page(window)
    assert section.section.id == "pemohon"
    type_into(qtbot, section.rows["nik"].editor.edit, "12345")
    press(qtbot, Qt.Key.Key_Return)

    assert section.summary.isVisible()
    assert QApplication.focusWidget() is section.summary
    assert section.summary.title.text() == "Ada masalah"
    messages = [link.text() for link in section.summary.links]
    assert "Masukkan NIK 16 angka (sekarang 5 angka)" in messages
    assert "Isi nama lengkap" in messages
    # The same message next to the field.
    assert section.rows["nik"].error.text() == "Masukkan NIK 16 angka (sekarang 5 angka)"
    assert "Masukkan NIK 16 angka" in section.rows["nik"].editor.edit.accessibleDescription()

    # A link moves the focus to its field (Tab into the summary, Enter on the link).
    nik_link = next(link for link in section.summary.links if "NIK" in link.text())
    nik_link.setFocus()
    press(qtbot, Qt.Key.Key_Return, nik_link)
    assert QApplication.focusWidget() is section.rows["nik"].editor.edit
    assert page(window) is section, "Enter on a summary link must not also continue"


def test_the_error_summary_follows_the_corrections_and_loses_no_key(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    open_ktp_el(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)  # skip the checklist
    first = page(window)
    first.rows["jenis_permohonan"].editor.buttons[0].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    section = page(window)
    nik = section.rows["nik"].editor.edit
    type_into(qtbot, nik, "12345")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is section.summary
    # Typing while the summary has the focus goes to the first field with a problem, not nowhere.
    qtbot.keyClicks(section.summary, "67")
    assert QApplication.focusWidget() is nik and nik.text().replace(" ", "") == "1234567"
    nik.selectAll()
    type_into(qtbot, nik, EXAMPLE["nik"])
    # Fixed: its line leaves the summary at once (not only on the next Lanjut); the focus stays here.
    messages = [link.text() for link in section.summary.links]
    assert not any("NIK" in m for m in messages) and "Isi nama lengkap" in messages
    assert QApplication.focusWidget() is nik
    type_into(qtbot, section.rows["nama_lengkap"].editor.edit, "Siti Aminah")
    assert not any("nama" in link.text() for link in section.summary.links)


def test_escape_goes_back_without_losing_answers(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    open_ktp_el(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)
    first = page(window)
    first.rows["jenis_permohonan"].editor.buttons[2].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    section = page(window)
    type_into(qtbot, section.rows["nama_lengkap"].editor.edit, "Budi")
    press(qtbot, Qt.Key.Key_Escape)
    assert page(window).section.id == "permohonan"
    assert page(window).rows["jenis_permohonan"].editor.buttons[2].isChecked()
    press(qtbot, Qt.Key.Key_Return)
    assert page(window).rows["nama_lengkap"].editor.edit.text() == "Budi"


def test_new_applicant_mid_form_asks_then_wipes_the_draft(qtbot: Any, desk: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, window = desk
    open_ktp_el(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)
    page(window).rows["jenis_permohonan"].editor.buttons[0].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    type_into(qtbot, page(window).rows["nama_lengkap"].editor.edit, "Ani Susanti")
    assert ctx.store.latest_draft("demo") is not None

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.new_action.trigger()
    assert ctx.store.latest_draft("demo") is None
    qtbot.waitUntil(lambda: not [t for t in texts_on_screen() if "Ani Susanti" in t])


def test_closing_mid_form_offers_to_resume_the_draft(qtbot: Any, open_desk: Any) -> None:
    ctx, window = open_desk()
    open_ktp_el(qtbot, window)
    press(qtbot, Qt.Key.Key_Space, page(window).checklist.buttons[("kk", "original_seen")])
    press(qtbot, Qt.Key.Key_Return)
    page(window).rows["jenis_permohonan"].editor.buttons[1].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    section = page(window)
    type_into(qtbot, section.rows["nik"].editor.edit, NIK)
    type_into(qtbot, section.rows["nama_lengkap"].editor.edit, NAME)
    type_into(qtbot, section.rows["tanggal_lahir"].editor.day, "17 agu 1990")
    window.close()
    ctx.store.close()

    ctx2, window2 = open_desk()
    services = window2.services
    assert services.resume_box.isVisible()
    assert "KTP Elektronik" in services.resume_text.text()
    assert NAME not in services.resume_text.text(), "the first screen never shows an applicant's details"
    click(qtbot, services.resume_button)
    resumed = page(window2)
    assert isinstance(resumed, SectionPage) and resumed.section.id == "pemohon"
    assert resumed.rows["nik"].editor.edit.text() == NIK
    assert resumed.rows["nama_lengkap"].editor.edit.text() == NAME
    date_input = resumed.rows["tanggal_lahir"].editor
    assert (date_input.day.text(), date_input.month.text(), date_input.year.text()) == ("17", "agu", "1990")
    assert window2.flow.state().requirements == {"kk": "original_seen"}
    position = json.loads(ctx2.store.latest_draft("demo").position)
    assert position["page"] == "section:pemohon"


def test_english_with_lang_en(qtbot: Any, open_desk: Any) -> None:
    _ctx, window = open_desk("en")
    assert window.services.heading.text() == "Choose a service"
    assert window.new_action.text() == "New applicant"
    first = window.services.list.item(0).text()
    assert first.startswith("Electronic identity card (KTP-el)")
    open_ktp_el_en = window.services
    open_ktp_el_en.list.setFocus()
    press(qtbot, Qt.Key.Key_Return, open_ktp_el_en.list)
    assert page(window).heading.text() == "Required documents"
    assert page(window).continue_button.text() == "Continue"
    assert page(window).back_button.text() == "Back"


def test_language_setting_rebuilds_the_window_in_english(qtbot: Any, desk: Any) -> None:
    ctx, window = desk
    assert window.services.heading.text() == "Pilih layanan"
    ctx.settings.set("language", "en")
    assert window.services.heading.text() == "Choose a service"
    ctx.settings.set("language", "id")
    assert window.services.heading.text() == "Pilih layanan"


def test_settings_dialog_switches_the_desk_to_english(qtbot: Any, desk: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox


    ctx, window = desk
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    assert dialog.language.accessibleName() == "Bahasa"
    dialog.language.setFocus()
    press(qtbot, Qt.Key.Key_Down, dialog.language)
    assert dialog.language.currentData() == "en"
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert ctx.settings.get("language") == "en"
    assert window.services.heading.text() == "Choose a service"
    assert window.new_action.text() == "New applicant"


@pytest.mark.parametrize("scale", [100, 200])
def test_ubah_sits_near_its_answer_with_a_line_under_each_row(qtbot: Any, open_desk: Any, scale: int) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QFrame

    _ctx, window = open_desk(settings={"font_scale": scale}, size=(1366, 768))
    window.start_service("ktp-el")
    for field_id, value in EXAMPLE.items():
        window.flow.set_answer(field_id, value)
    window.flow.go("check")
    check = page(window)
    assert isinstance(check, CheckAnswersPage)
    QApplication.processEvents()
    value, link = check.values["nama_lengkap"], check.change_links["nama_lengkap"]
    gap = link.mapTo(check, QPoint(0, 0)).x() - (value.mapTo(check, QPoint(0, 0)).x() + value.width())
    reading = check.fontMetrics().averageCharWidth() * 100
    assert 0 <= gap and link.mapTo(check, QPoint(link.width(), 0)).x() - value.mapTo(check, QPoint(0, 0)).x() <= reading
    lines = [f for f in check.findChildren(QFrame) if f.property("role") == "row-line"]
    assert len(lines) >= len(check.values)  # one under every answer


def test_a_receipt_in_large_print_or_both_languages_is_chosen_on_its_page(qtbot: Any, desk: Any) -> None:
    import io

    from mpp_assist.applications import submit

    ctx, window = desk
    application = submit(ctx.store, ctx.catalogue.get("ktp-el"), EXAMPLE, officer="demo", desk="DEMO-01")
    window.show_receipt(application)
    receipt = window.receipt
    qtbot.waitUntil(lambda: receipt.print_button.isEnabled())

    def body_sizes() -> list[float]:
        sizes: list[float] = []
        reader = pypdf.PdfReader(io.BytesIO(receipt.preview.pdf))
        reader.pages[0].extract_text(
            visitor_text=lambda text, _cm, tm, _font, size: text.strip() and sizes.append(size * abs(tm[0] or 1))
        )
        return sizes

    def text() -> str:
        return "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(receipt.preview.pdf)).pages)

    normal = sorted(body_sizes())[len(body_sizes()) // 2]
    assert "Receipt" not in text()
    receipt.large_print.setChecked(True)  # the applicant reads poorly
    qtbot.waitUntil(lambda: receipt.print_button.isEnabled())
    large = sorted(body_sizes())[len(body_sizes()) // 2]
    assert large >= 16 > normal  # the body in large print (≥ 16 pt), as the desk's setting would make it
    receipt.language.setCurrentIndex(receipt.language.findData("both"))
    qtbot.waitUntil(lambda: receipt.print_button.isEnabled())
    assert "Tanda terima" in text() or "TANDA TERIMA" in text()
    assert "Receipt" in text() or "RECEIPT" in text()
    assert ctx.settings.get("receipt_large_print") is False  # this receipt only: the desk's default stays
