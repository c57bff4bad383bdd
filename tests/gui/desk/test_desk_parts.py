"""The desk's parts on their own: task runner, receipt preview, date input, region picker, translations."""

from __future__ import annotations

import io
import os
import stat
import threading
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from mpp_assist.ui.desk.fields.date_input import DateInput
from mpp_assist.ui.desk.fields.region_picker import RegionPicker
from mpp_assist.ui.receipt import receipt_preview
from mpp_assist.ui.receipt.receipt_preview import ReceiptPreview
from mpp_assist.ui.shell.taskman import TaskManager
from mpp_assist.ui.shell.translations import TsTranslator

pytestmark = pytest.mark.gui


def two_page_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in (1, 2):
        c.setFont("Helvetica", 24)
        c.drawString(72, 760, f"TANDA TERIMA halaman {n}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_background_task_calls_back_on_the_ui_thread(qtbot: Any) -> None:
    tasks = TaskManager()
    ran_on: list[threading.Thread] = []
    done: list[Any] = []

    def task() -> int:
        ran_on.append(threading.current_thread())
        return 42

    tasks.run_in_background(task, lambda f: done.append((f.result(), threading.current_thread())))
    qtbot.waitUntil(lambda: bool(done))
    assert done[0][0] == 42
    assert ran_on[0] is not threading.main_thread(), "the task must run off the UI thread"
    assert done[0][1] is threading.main_thread(), "on_done must run on the UI thread"
    assert tasks.wait(5000) and not tasks.busy()


def test_a_failing_task_hands_its_error_to_on_done(qtbot: Any) -> None:
    for tasks in (TaskManager(), TaskManager(synchronous=True)):
        errors: list[Exception] = []

        def on_done(future: Any, errors: list[Exception] = errors) -> None:
            try:
                future.result()
            except ValueError as exc:
                errors.append(exc)

        tasks.run_in_background(lambda: int("not a number"), on_done)
        qtbot.waitUntil(lambda errors=errors: bool(errors))
        assert "not a number" in str(errors[0])


def test_synchronous_mode_runs_in_order_without_an_event_loop() -> None:
    tasks = TaskManager(synchronous=True)
    order: list[str] = []
    tasks.run_in_background(lambda: order.append("task"), lambda _f: order.append("done"))
    assert order == ["task", "done"]


def test_progress_reaches_the_ui_thread_in_order_and_cancel_stops_the_task(qtbot: Any) -> None:
    in_tests = TaskManager(synchronous=True)  # (owns its lanes: kept alive for the loop)
    for tasks in (TaskManager(), in_tests, in_tests.lane(threaded=True)):
        seen: list[tuple[int, threading.Thread]] = []
        done: list[Any] = []
        started = threading.Event()

        def task(control: Any, started: threading.Event = started, inline: bool = tasks.synchronous) -> int:
            steps = 0
            for step in range(3):
                control.report(step)
                steps += 1
            started.set()
            while not inline and not control.cancelled.wait(0.01):
                pass  # a long task that looks at its cancel between steps
            return steps

        future = tasks.run_with_progress(task, lambda f, done=done: done.append(f.result()),
                                         lambda value, seen=seen: seen.append((value, threading.current_thread())))
        assert started.wait(10)
        future.cancel()
        qtbot.waitUntil(lambda done=done: bool(done))
        assert done == [3]
        assert [value for value, _t in seen] == [0, 1, 2]
        assert all(t is threading.main_thread() for _v, t in seen), "progress is delivered on the UI thread"
        assert tasks.wait(5000)


def test_a_released_lane_leaves_its_runner_after_its_last_task(qtbot: Any) -> None:
    tasks = TaskManager()
    lane = tasks.lane()
    gate = threading.Event()
    done: list[int] = []
    lane.run_in_background(lambda: gate.wait(10) and 1, lambda f: done.append(f.result()))
    lane.release()
    assert lane.busy() and not tasks.busy()  # no longer counted by its runner...
    with qtbot.waitSignal(lane.destroyed, timeout=10_000):
        gate.set()  # ...but its task still ends and calls back before the lane goes
    assert done == [1]
    assert tasks.wait(1000) and not tasks.busy()


def test_preview_renders_every_page_on_white_and_prints_the_same_pages(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = ReceiptPreview(TaskManager(synchronous=True))
    qtbot.addWidget(preview)
    pdf = two_page_pdf()
    preview.set_pdf(pdf, "Tanda terima nomor X")
    assert len(preview.pages) == 2
    page = preview.pages[0]
    assert QColor(page.pixel(5, 5)) == QColor("white"), "pages render on white, never transparent"
    assert preview.status.text() == "Tanda terima siap dicetak."
    labels = [w for w in preview.canvas.findChildren(type(preview.status)) if w.property("role") == "page"]
    assert [w.accessibleName() for w in labels] == ["Halaman 1 dari 2", "Halaman 2 dari 2"]

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 2

    target = tmp_path / "disimpan"
    monkeypatch.setattr(receipt_preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = preview.save_with_dialog("tanda-terima.pdf")
    assert saved == target.with_suffix(".pdf") and saved.read_bytes() == pdf
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600  # it names the applicant: this user only

    # A place that cannot be written (here a "folder" that is a file: refused even to root): said,
    # nothing half-written, and the PDF still there to save again.
    blocked = tmp_path / "bukan-folder"
    blocked.write_text("x")
    monkeypatch.setattr(receipt_preview.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(blocked / "tt.pdf"), ""))
    assert preview.save_with_dialog("tt.pdf") is None
    assert "tidak bisa disimpan" in preview.status.text() and blocked.read_text() == "x" and preview.pdf == pdf


def test_preview_of_a_broken_pdf_says_so(qtbot: Any) -> None:
    preview = ReceiptPreview(TaskManager(synchronous=True))
    qtbot.addWidget(preview)
    preview.set_pdf(b"%PDF-1.4 not really")
    assert preview.status.text().startswith("Pratinjau tidak bisa ditampilkan")
    assert preview.pages == []


def test_date_typed_whole_into_the_day_box_splits_into_parts(qtbot: Any) -> None:
    date = DateInput("Tanggal lahir")
    qtbot.addWidget(date)
    qtbot.keyClicks(date.day, "17 Agustus 1945")
    assert (date.day.text(), date.month.text(), date.year.text()) == ("17", "Agustus", "1945")
    assert date.value() == {"day": "17", "month": "Agustus", "year": "1945"}
    date.set_value("1990-08-07")
    assert date.value() == {"day": "7", "month": "8", "year": "1990"}
    assert date.month.accessibleName() == "Tanggal lahir: Bulan"


def test_region_picker_search_and_steps_give_the_same_code(qtbot: Any) -> None:
    picker = RegionPicker(TaskManager(synchronous=True), "Desa")
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "menteng")
    assert picker.results.isVisibleTo(picker) and picker.results.count() > 0
    first_text = picker.results.item(0).text()
    first_code = picker.results.item(0).data(Qt.ItemDataRole.UserRole)
    assert "Menteng" in first_text
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    code = picker.value()
    assert code == first_code
    assert not picker.results.isVisibleTo(picker) and picker.search.text() == ""
    assert picker.chosen.text().startswith("Terpilih: ")
    # The step-by-step lists now show where that village is.
    parts = code.split(".")
    assert [c.currentData() for c in picker.levels] == [".".join(parts[: i + 1]) for i in range(4)]

    regency = RegionPicker(TaskManager(synchronous=True), "Kabupaten", level=2)
    qtbot.addWidget(regency)
    assert len(regency.levels) == 2
    qtbot.keyClicks(regency.search, "kota bandung")
    assert regency.results.count() >= 1
    assert all(len(regency.results.item(i).data(Qt.ItemDataRole.UserRole).split(".")) == 2
               for i in range(regency.results.count()))


def test_english_comes_straight_from_the_ts_files_without_a_compiled_qm() -> None:
    tr = TsTranslator("en")
    assert tr.translate("ServicesPage", "Pilih layanan") == "Choose a service"
    assert tr.translate("ServicesPage", "no such text") is None
    QCoreApplication.installTranslator(tr)
    try:
        assert QCoreApplication.translate("FormPage", "Lanjut") == "Continue"
    finally:
        QCoreApplication.removeTranslator(tr)


def test_arrows_choose_a_radio_answer_even_when_none_was_chosen(qtbot: Any) -> None:
    from mpp_assist.ui.desk.fields.editors import ChoiceEditor

    editor = ChoiceEditor("Golongan darah", "", [("A", "A"), ("B", "B"), ("O", "O")])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.buttons[0].setFocus()
    assert editor.value() is None
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.buttons[0], Qt.Key.Key_Down)
    assert editor.value() == "B" and editor.buttons[1].hasFocus()  # moved and chosen, as in a browser
    qtbot.keyClick(editor.buttons[1], Qt.Key.Key_Up)
    qtbot.keyClick(editor.buttons[0], Qt.Key.Key_Up)  # from the first round to the last
    assert editor.value() == "O" and editor.buttons[2].hasFocus()


@pytest.mark.parametrize("scale", [100, 200])
def test_region_results_show_up_to_eight_whole_rows_at_any_text_size(qtbot: Any, open_desk: Any, scale: int) -> None:
    _ctx, window = open_desk(settings={"font_scale": scale}, size=(1366, 768))
    window.start_service("ktp-el")
    window.flow.go("section:alamat")
    section = window.flow.page
    picker = next(r.editor for r in section.all_rows().values() if isinstance(r.editor, RegionPicker))
    qtbot.keyClicks(picker.search, "sukamaju")  # a common village name: dozens of matches
    qtbot.waitUntil(lambda: picker.results.count() > RegionPicker.SHOWN_RESULTS)
    results = picker.results
    whole = (results.viewport().height()) // results.sizeHintForRow(0)
    assert whole >= RegionPicker.SHOWN_RESULTS  # eight whole rows, not the four or five of a fixed height
    picker.search.setFocus()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # into the list: the page scrolls it into view
    for _ in range(3):
        QCoreApplication.processEvents()  # (once the layout has placed it, as the event loop does)
    top = results.mapTo(section, results.rect().topLeft()).y()
    bottom = results.mapTo(section, results.rect().bottomLeft()).y()
    view = section.scroll.viewport()
    seen_top = view.mapTo(section, view.rect().topLeft()).y()
    seen_bottom = view.mapTo(section, view.rect().bottomLeft()).y()
    assert seen_top <= top and bottom <= seen_bottom + 1  # the whole list in view, not run off the page
