"""The Permohonan page at a real desk's scale: thousands of applications, only the rows shown opened."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from mpp_assist.security import audit
from mpp_assist.store import Store

pytestmark = pytest.mark.gui

N = 2000
NAMES = ("Siti Aminah", "Budi Santoso", "Dewi Lestari", "Agus Wibowo", "Rina Marlina")


def fill(store: Store) -> None:
    for i in range(N):
        store.create_application(
            service_id="skck" if i % 10 == 0 else "ktp-el", form_version="1", officer="demo", desk="DEMO-01",
            answers={"nik": f"3273015708{900000 + i:06d}", "nama_lengkap": NAMES[i % len(NAMES)]},
        )
    store.create_application(service_id="paspor", form_version="1", officer="demo", desk="DEMO-01",
                             answers={"nik": "3273015708990001", "nama_lengkap": "Mohammad Ridwan"})


@pytest.fixture
def big_desk(open_desk: Any) -> tuple[Any, Any]:
    ctx, window = open_desk()
    fill(ctx.store)
    return ctx, window


def test_opening_reads_only_the_rows_on_screen(qtbot: Any, big_desk: Any) -> None:
    ctx, window = big_desk
    opened: list[str] = []
    real_open = ctx.store.open_row
    ctx.store.open_row = lambda row: (opened.append(row["id"]), real_open(row))[1]  # count decrypts
    window.resize(1366, 768)
    window.show_place("applications")
    page = window.desk_sync.page
    QApplication.processEvents()
    assert page.model.rowCount() == N + 1
    assert f"{N + 1} permohonan" in page.counts.text()
    assert len(opened) <= 2 * 100 + 5  # a page or two of rows, and the selected one's detail
    before = len(opened)
    page.table.scrollToBottom()
    QApplication.processEvents()
    assert len(opened) - before <= 2 * 100 + 5  # the last page, not everything in between
    page.worker.progress.emit(type("P", (), {"total": 0, "application_id": page.selected_id(), "state": "sent",
                                             "done": 0})())
    assert len(opened) - before <= 2 * 100 + 10  # a sync pass re-reads the row it touched


def test_search_filters_and_detail(qtbot: Any, big_desk: Any) -> None:
    ctx, window = big_desk
    window.show_place("applications")
    page = window.desk_sync.page
    qtbot.keyClicks(page.search, "3273015708901234")
    page.apply_filters()
    assert page.model.rowCount() == 1 and page.row_texts(page.model.data(page.model.index(0, 0), 256))
    page.search.clear()
    qtbot.keyClicks(page.search, "Muhamad Ridwan")  # a common spelling of another
    page.apply_filters()
    assert page.model.rowCount() == 1
    app_id = page.model.data(page.model.index(0, 0), 256)
    page.table.selectRow(0)
    assert page.detail.isVisible() and "Paspor" in page.detail.text()
    # Its promised time (the service's working days) and what happened to it, from the audit trail.
    assert "Batas waktu layanan: " in page.detail.text() and "(masih dalam waktu)" in page.detail.text()
    assert "Riwayat:" in page.detail.text() and "· demo · dibuat" in page.detail.text()
    views = [e for e in audit.entries(ctx.store, app_id) if e.action == "view"]
    assert len(views) == 1  # opening the detail is recorded, once per visit
    page.search.clear()
    page.service_filter.setCurrentIndex(page.service_filter.findData("skck"))
    assert page.model.rowCount() == N // 10
    page.service_filter.setCurrentIndex(0)
    page.action_filter.setChecked(True)
    assert page.model.rowCount() == 0 and page.empty.isVisible() and "cocok" in page.empty.text()
