"""*Formulir kertas* from the window: the application's forms chosen, previewed, printed and saved by keyboard."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mpp_assist.applications import submit
from mpp_assist.security import audit
from mpp_assist.store import Store
from mpp_assist.ui.receipt import receipt_preview
from unit.paperforms.test_paper_forms import expected_answers, missing_from, squash

from ..desk_driver import press, print_to_file

pytestmark = pytest.mark.gui

F4_POINTS = (215 / 25.4 * 72, 330 / 25.4 * 72)


def text_of(pdf: bytes) -> str:
    return squash("\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def open_paper_forms(qtbot: Any, receipt: Any) -> Any:
    qtbot.waitUntil(lambda: receipt.print_button.isEnabled())
    receipt.paper_button.setFocus()
    press(qtbot, Qt.Key.Key_Space, receipt.paper_button)
    dialog = receipt.paper_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and dialog.print_button.isEnabled())
    return dialog


def test_a_paper_form_is_chosen_previewed_printed_and_saved_from_the_receipt_page(
    qtbot: Any, desk: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window = desk
    kk = ctx.catalogue.get("kartu-keluarga")
    answers = kk.example_answers()
    application = submit(ctx.store, kk, answers, officer="demo", desk="DEMO-01")
    window.show_receipt(application)
    dialog = open_paper_forms(qtbot, window.receipt)

    # The application's own forms, its official ones first; the list has the keyboard.
    codes = [dialog.forms.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.forms.count())]
    assert codes[:2] == ["F-1.01", "F-1.02"]
    assert QApplication.focusWidget() is dialog.forms
    expected = expected_answers("kartu-keluarga", application.answers)
    text = text_of(dialog.preview.pdf)
    assert "F-1.01" in text and application.receipt_number in text
    assert missing_from(text, expected) == []

    # The next form, on F4 in large print: every answer still there, on 215 × 330 mm.
    press(qtbot, Qt.Key.Key_Down, dialog.forms)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled() and dialog.built.get("code") == "F-1.02")
    press(qtbot, Qt.Key.Key_Tab, dialog.forms)
    assert QApplication.focusWidget() is dialog.paper
    press(qtbot, Qt.Key.Key_Down, dialog.paper)
    press(qtbot, Qt.Key.Key_Tab, dialog.paper)
    assert QApplication.focusWidget() is dialog.large_print
    press(qtbot, Qt.Key.Key_Space, dialog.large_print)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled()
                    and dialog.built == {"code": "F-1.02", "paper": "f4", "large_print": True})
    reader = pypdf.PdfReader(io.BytesIO(dialog.preview.pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(round(x) for x in F4_POINTS)
    text = text_of(dialog.preview.pdf)
    assert "F-1.02" in text and missing_from(text, expected) == []

    # Ctrl+P prints through the system print dialog (answered with "to this PDF file").
    printed = tmp_path / "printed.pdf"
    print_to_file(monkeypatch, printed)
    qtbot.keyClick(dialog.large_print, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(pypdf.PdfReader(printed).pages) == len(dialog.preview.pages) >= 1
    assert dialog.message.text() == "Formulir F-1.02 dikirim ke pencetak."

    # Save: the bytes are the form's, unchanged.
    saved = tmp_path / "formulir"
    monkeypatch.setattr(receipt_preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    press(qtbot, Qt.Key.Key_Tab, dialog.large_print)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.save_button
    press(qtbot, Qt.Key.Key_Space, dialog.save_button)
    assert saved.with_suffix(".pdf").read_bytes() == dialog.preview.pdf
    assert missing_from(text_of(saved.with_suffix(".pdf").read_bytes()), expected) == []

    with Store() as other:  # durable: read back through a second connection
        rows = [e for e in audit.entries(other, application.id) if e.action == "paper_form_printed"]
    assert [r.detail for r in rows] == ["F-1.02 (f4)", "F-1.02 (f4)"]
    assert {r.officer for r in rows} == {ctx.settings.get("officer")}

    press(qtbot, Qt.Key.Key_Escape, dialog.save_button)
    qtbot.waitUntil(lambda: window.receipt.paper_dialog is None)


def test_the_reprint_has_the_paper_forms_too(qtbot: Any, desk: Any) -> None:
    ctx, window = desk
    definition = ctx.catalogue.get("skck")
    application = submit(ctx.store, definition, definition.example_answers(), officer="demo", desk="DEMO-01")
    window.desk_sync.reprint(application.id)
    receipt = window.desk_sync.reprint_dialog.receipt
    dialog = open_paper_forms(qtbot, receipt)
    assert dialog.forms.item(0).data(Qt.ItemDataRole.UserRole) == "RINGKASAN"  # a service with no official form
    text = text_of(dialog.preview.pdf)
    assert missing_from(text, expected_answers("skck", application.answers)) == []
    dialog.reject()
    window.desk_sync.reprint_dialog.reject()


def test_the_sptjm_the_checklist_names_is_offered_under_that_number(qtbot: Any, desk: Any) -> None:
    ctx, window = desk
    window.start_service("akta-kelahiran")
    checklist = window.flow.page
    radio = checklist.checklist.buttons[("surat_kelahiran", "sptjm")]
    assert radio.text() == "Diganti SPTJM F-2.03 (surat pernyataan)"
    radio.setFocus()
    press(qtbot, Qt.Key.Key_Space, radio)
    assert window.flow.state().requirements["surat_kelahiran"] == "sptjm"

    definition = ctx.catalogue.get("akta-kelahiran")
    application = submit(ctx.store, definition, definition.example_answers(), officer="demo", desk="DEMO-01",
                         requirements=dict(window.flow.state().requirements))
    window.show_receipt(application)
    dialog = open_paper_forms(qtbot, window.receipt)
    texts = [dialog.forms.item(i).text() for i in range(dialog.forms.count())]
    [sptjm] = [t for t in texts if t.startswith("F-2.03 ")]
    assert "(pengganti: Surat keterangan kelahiran)" in sptjm
    while dialog.forms.currentItem().text() != sptjm:
        press(qtbot, Qt.Key.Key_Down, dialog.forms)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled() and dialog.built.get("code") == "F-2.03")
    assert "F-2.03" in text_of(dialog.preview.pdf)
    dialog.reject()


def test_a_form_goes_to_a_cups_printer_on_f4_and_says_it_was_read_to_the_applicant(
    qtbot: Any, desk: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from mpp_assist.security import consent
    from printer_support import fake_cups, fake_jobs

    bin_dir, jobs = fake_cups(tmp_path / "cups")  # only lp and lpstat themselves are stand-ins
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LP_DIR", str(jobs))
    ctx, window = desk
    definition = ctx.catalogue.get("akta-kelahiran")
    consent.record(ctx.store, draft_id="d-9", given_by="applicant", method="thumbprint", officer="demo",
                   consenter_name="Agus Wibowo", reads_self=False)
    application = submit(ctx.store, definition, definition.example_answers(), officer="demo", desk="DEMO-01",
                         draft_id="d-9")
    window.show_receipt(application)
    dialog = open_paper_forms(qtbot, window.receipt)
    assert "dibacakankepadapemohon" in text_of(dialog.preview.pdf)  # the consent record's answer

    dialog.paper.setFocus()
    press(qtbot, Qt.Key.Key_Down, dialog.paper)  # F4 / folio
    qtbot.waitUntil(lambda: dialog.cups_button.isEnabled() and dialog.built.get("paper") == "f4")
    qtbot.waitUntil(lambda: dialog.printer.count() == 3)  # the default, then lpstat's queues
    dialog.printer.setFocus()
    press(qtbot, Qt.Key.Key_Down, dialog.printer)
    assert dialog.printer.currentData() == "kantor-f4"
    press(qtbot, Qt.Key.Key_Tab, dialog.printer)
    assert QApplication.focusWidget() is dialog.cups_button
    press(qtbot, Qt.Key.Key_Space, dialog.cups_button)
    qtbot.waitUntil(lambda: "dikirim ke kantor-f4" in dialog.message.text())
    [(args, printed)] = fake_jobs(jobs)
    assert args[args.index("-d") + 1] == "kantor-f4" and "media=Custom.215x330mm" in args
    assert printed.read_bytes() == dialog.preview.pdf
    box = pypdf.PdfReader(printed).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(round(x) for x in F4_POINTS)
    assert dialog.message.text() == "Formulir F-2.01 dikirim ke kantor-f4 (tugas fake-0)."
    with Store() as other:
        rows = [e for e in audit.entries(other, application.id) if e.action == "paper_form_printed"]
    assert [r.detail for r in rows] == ["F-2.01 (f4)"]

    # A printer that refuses: said plainly, nothing recorded.
    dialog.printer.addItem("broken", "broken")
    dialog.printer.setCurrentIndex(dialog.printer.findData("broken"))
    press(qtbot, Qt.Key.Key_Space, dialog.cups_button)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Formulir tidak tercetak:"))
    assert "broken" in dialog.message.text()
    with Store() as other:
        assert len([e for e in audit.entries(other, application.id) if e.action == "paper_form_printed"]) == 1
    dialog.reject()
