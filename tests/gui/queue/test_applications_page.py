"""The officer's queue against a real reference server: sent with official numbers, unreachable then
out by itself, "perlu perbaikan" with the server's reason, back-office statuses, reprint, About."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from backend_support import ServerProcess
from mpp_assist.forms import load_catalogue
from mpp_assist.masking import mask_name
from mpp_assist.receipts import history
from mpp_assist.security import audit
from mpp_assist.store import Store
from mpp_assist.sync import outbox
from mpp_assist.ui.shell.help_dialog import HelpDialog

from ..desk_driver import click, print_to_file, texts_on_screen
from ..sync_desk import open_applications, sign_desk_in, submit_one

pytestmark = [pytest.mark.gui, pytest.mark.slow]

EXAMPLE = load_catalogue().get("ktp-el").example_answers()


def numbers_on_server(server: ServerProcess) -> dict[str, str]:
    return {r.client_uuid: r.official_number for r in server.rows()}


def test_submitted_applications_go_out_and_show_the_official_number(
    qtbot: Any, open_desk: Any, backend: ServerProcess, tmp_path: Path, fast_sync: None
) -> None:
    backend.start()
    sign_desk_in(backend)
    _ctx, window = open_desk()
    first = submit_one(qtbot, window, tmp_path)
    second = submit_one(qtbot, window, tmp_path)
    page = open_applications(qtbot, window)
    qtbot.waitUntil(lambda: {first, second} <= set(numbers_on_server(backend)), timeout=30_000)
    numbers = numbers_on_server(backend)
    qtbot.waitUntil(
        lambda: all(page.row_texts(a)[3:5] == ["Terkirim", numbers[a]] for a in (first, second)),
        timeout=30_000,
    )
    assert len(backend.rows()) == 2  # each once
    assert "Terakhir berhasil sinkron" in page.sync_line.text()
    assert not page.problem.isVisible() and not page.progress.isVisible()
    # What the queue shows of the applicant: a masked name, never the NIK or the full name.
    row = page.row_texts(first)
    assert row[2] == mask_name(EXAMPLE["nama_lengkap"]) and EXAMPLE["nama_lengkap"] not in row[2]
    shown = texts_on_screen([page, *page.findChildren(type(page.table))])
    model = page.model
    cells = [str(model.data(model.index(r, c))) for r in range(model.rowCount()) for c in range(7)]
    assert not [t for t in shown + cells if EXAMPLE["nik"] in t or EXAMPLE["nama_lengkap"] in t]
    # The applicant display never shows the officer's queue.
    display = window.inclusion.display
    assert not any(row[0] in t for t in display.visible_texts())


def test_backend_down_then_up_the_queue_goes_out_by_itself(
    qtbot: Any, open_desk: Any, backend: ServerProcess, tmp_path: Path, fast_sync: None
) -> None:
    backend.start()
    sign_desk_in(backend)
    backend.kill()
    _ctx, window = open_desk()
    waiting = [submit_one(qtbot, window, tmp_path) for _ in range(2)]
    page = open_applications(qtbot, window)
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=30_000)
    assert "Server tidak bisa dihubungi" in page.problem.text()
    assert "terkirim sendiri" in page.problem.text()
    assert [page.row_texts(a)[3] for a in waiting] == ["Menunggu dikirim"] * 2
    assert window.desk_sync.status_label.text() == "Server tidak bisa dihubungi"
    with Store() as other:  # no attempt was counted while nothing answered
        assert [outbox.entry(other, a).attempts for a in waiting] == [0, 0]

    backend.start()  # same port, same database: nobody touches the desk
    qtbot.waitUntil(lambda: all(page.row_texts(a)[3] == "Terkirim" for a in waiting), timeout=30_000)
    numbers = numbers_on_server(backend)
    assert sorted(numbers) == sorted(waiting)
    assert [page.row_texts(a)[4] for a in waiting] == [numbers[a] for a in waiting]
    qtbot.waitUntil(lambda: not page.problem.isVisible())


def test_a_422_needs_correction_with_the_reason_and_the_rest_still_go(
    qtbot: Any, open_desk: Any, backend: ServerProcess, tmp_path: Path, fast_sync: None
) -> None:
    backend.start()
    sign_desk_in(backend)
    ctx, window = open_desk()
    # As if the form's rules changed after this desk checked it: the server refuses the NIK.
    bad = ctx.store.create_application(
        service_id="ktp-el",
        form_version="2025.1",
        answers={**EXAMPLE, "nik": "12345"},
        officer="ana",
        desk="A",
    )
    good = submit_one(qtbot, window, tmp_path)
    page = open_applications(qtbot, window)
    qtbot.waitUntil(lambda: page.row_texts(good)[3] == "Terkirim", timeout=30_000)
    qtbot.waitUntil(lambda: page.row_texts(bad.id)[3] == "Perlu perbaikan", timeout=30_000)
    assert "NIK" in page.row_texts(bad.id)[6]
    assert page.row_texts(bad.id)[4] == ""
    assert sorted(numbers_on_server(backend)) == [good]


def test_back_office_status_shows_after_the_next_sync(
    qtbot: Any, open_desk: Any, backend: ServerProcess, tmp_path: Path, fast_sync: None
) -> None:
    from mpp_assist.server import admin
    from mpp_assist.server.db import open_engine, session_factory

    backend.start()
    sign_desk_in(backend)
    _ctx, window = open_desk()
    app_id = submit_one(qtbot, window, tmp_path)
    page = open_applications(qtbot, window)
    qtbot.waitUntil(lambda: page.row_texts(app_id)[3] == "Terkirim", timeout=30_000)
    number = page.row_texts(app_id)[4]

    def set_status(status: str, reason: str | None = None) -> None:
        engine = open_engine(backend.db_url)
        try:
            with session_factory(engine)() as session:
                admin.set_status(session, number, status, reason)
        finally:
            engine.dispose()

    set_status("verified")
    qtbot.waitUntil(lambda: not window.desk_sync.worker.running, timeout=30_000)
    click(qtbot, page.sync_button)  # "Kirim sekarang"
    qtbot.waitUntil(lambda: page.row_texts(app_id)[5] == "Diverifikasi", timeout=30_000)
    set_status("rejected", "Foto tidak sesuai ketentuan")
    qtbot.waitUntil(lambda: not window.desk_sync.worker.running, timeout=30_000)
    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: page.row_texts(app_id)[5] == "Ditolak", timeout=30_000)
    assert page.row_texts(app_id)[6] == "Foto tidak sesuai ketentuan"


def test_reprint_opens_the_receipt_and_records_it_in_the_audit_trail(
    qtbot: Any, open_desk: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window = open_desk()  # offline only: the queue still lists and reprints
    app_id = submit_one(qtbot, window, tmp_path)
    page = open_applications(qtbot, window)
    assert "tanpa server" in page.problem.text()
    assert page.row_texts(app_id)[3] == "Menunggu dikirim"
    page.table.selectRow(page.row_of[app_id])
    click(qtbot, page.reprint_button)
    dialog = window.desk_sync.reprint_dialog
    assert dialog is not None and dialog.isVisible()
    receipt = dialog.receipt
    assert receipt.heading.text() == "Cetak ulang tanda terima"
    qtbot.waitUntil(lambda: receipt.print_button.isEnabled())
    printed = tmp_path / "reprint.pdf"

    print_to_file(monkeypatch, printed)
    click(qtbot, receipt.print_button)
    assert printed.exists()
    with Store() as other:  # read back through a second connection: durable
        rows = [e for e in audit.entries(other, app_id) if e.action == history.REPRINTED]
    officer = ctx.settings.get("officer")
    assert len(rows) == 1 and rows[0].detail.startswith(f"dicetak ulang oleh {officer} pada ")
    assert receipt.message.text() == "Tanda terima dikirim ke pencetak."
    dialog.reject()


def test_offline_limit_banner(qtbot: Any, open_desk: Any, tmp_path: Path) -> None:
    ctx, window = open_desk()
    ctx.settings.set("offline_limit_count", 1)
    for _ in range(2):
        ctx.store.create_application(
            service_id="ktp-el", form_version="2025.1", answers=dict(EXAMPLE), officer="ana", desk="A"
        )
    page = open_applications(qtbot, window)
    assert page.banner.isVisible()
    assert "2 permohonan belum terkirim (batas 1)" in page.banner.text()


def test_about_shows_the_credits(qtbot: Any, open_desk: Any) -> None:
    from mpp_assist.forms import regions

    _ctx, window = open_desk()
    help_dialog = HelpDialog(window)  # F1
    help_dialog.show()
    help_dialog.about_button.setFocus()
    qtbot.keyClick(help_dialog.about_button, Qt.Key.Key_Space)
    dialog = help_dialog.findChild(QDialog, "aboutDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.credits.toPlainText()
    assert "Kepmendagri No 300.2.2-2138/2025" in text and regions.source()["decree"] in text
    assert "cahyadsn/wilayah" in text and "MIT" in text
    assert "DejaVu" in text
    assert "2026: SKB" in text  # the holiday calendar's decree
    assert any("Lisensi MIT" in label.text() for label in dialog.findChildren(QLabel))
    dialog.reject()
    help_dialog.reject()


def test_the_queue_hides_under_the_lock_and_speaks_english(qtbot: Any, open_desk: Any) -> None:
    ctx, window = open_desk("en")
    app = ctx.store.create_application(
        service_id="ktp-el", form_version="2025.1", answers=dict(EXAMPLE), officer="ana", desk="A"
    )
    page = open_applications(qtbot, window)
    assert page.heading.text() == "Applications at this desk"
    assert page.row_texts(app.id)[3] == "Waiting to be sent"
    assert page.problem.text().startswith("This desk works without a server")
    assert page.isVisible()
    lock = window.protection.lock
    lock.lock()
    assert not page.isVisible() and not window.desk_sync.status_label.isVisible()
    assert not [label for label in page.findChildren(QLabel) if label.isVisible()]


def test_the_receipt_preview_grows_with_the_text_and_the_reprint_dialog_fits_the_screen(
    qtbot: Any, open_desk: Any, tmp_path: Path
) -> None:
    ctx, window = open_desk(size=(1366, 768))
    app_id = submit_one(qtbot, window, tmp_path)
    receipt = window.receipt
    qtbot.waitUntil(lambda: bool(receipt.preview.pages))
    normal = receipt.preview.pages[0].width()
    ctx.settings.set("font_scale", 200)  # live
    qtbot.waitUntil(lambda: receipt.preview.pages and receipt.preview.pages[0].width() > normal * 1.5)

    page = open_applications(qtbot, window)
    page.table.selectRow(page.row_of[app_id])
    click(qtbot, page.reprint_button)
    dialog = window.desk_sync.reprint_dialog
    room = dialog.screen().availableGeometry()
    bound = room.size() * 0.9
    assert dialog.width() <= bound.width() and dialog.height() <= bound.height()
    # Sized for the text (it was 760×640 at every size, the QR cut off), up to nine tenths of the screen.
    assert dialog.width() > 760 or dialog.width() == bound.width()
    assert dialog.height() > 640 or dialog.height() == bound.height()
    dialog.reject()
    ctx.settings.set("font_scale", 100)
