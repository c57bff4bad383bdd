"""*Laporan*: the SKM report of a period saved as a real PDF, read back, and audited."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from backend_support import ServerProcess
from mpp_assist import clock
from mpp_assist.security import audit
from mpp_assist.survey import storage
from mpp_assist.survey.model import make_response
from mpp_assist.sync import credentials
from mpp_assist.sync.queue_client import QueueClient

from ..sync_desk import OFFICER, sign_desk_in

pytestmark = pytest.mark.gui


def test_the_survey_report_of_the_month_is_saved_and_audited(qtbot: Any, desk: Any, tmp_path: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, window = desk
    day = clock.today()  # the desk's day: the period runs to it
    for score in (4, 3, 4):
        storage.save(ctx.store, make_response(
            service_id="ktp-el", desk="DEMO-01", day=day, mode="screen", answers=[score] * 9))
    window.show_place("reports")
    page = window.place_pages["reports"]
    assert window.rail.current() == "reports" and window.stack.currentWidget() is page
    target = tmp_path / "skm"
    # Where to save is the officer's choice: the one thing the test cannot own.
    monkeypatch.setattr(page, "ask_path", lambda _suggested: str(target))
    page.survey_button.click()
    saved = tmp_path / "skm.pdf"
    assert saved.exists() and "skm.pdf" in page.status.text()
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Survei Kepuasan Masyarakat" in text
    exports = [e.detail for e in audit.entries(ctx.store) if e.action == "export"]
    assert any(d.startswith(f"survey {date(day.year, day.month, 1)}") for d in exports)


def test_a_period_that_ends_before_it_starts_is_refused_in_words(desk: Any) -> None:
    _ctx, window = desk
    window.show_place("reports")
    page = window.place_pages["reports"]
    page.survey_to.setDate(page.survey_from.date().addDays(-1))
    assert page.save_survey_report() is None
    assert page.status.isVisible() and "sebelum" in page.status.text()


def test_the_service_times_of_a_period_come_from_the_server_and_are_saved(
    qtbot: Any, open_desk: Any, backend: ServerProcess, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend.start()
    sign_desk_in(backend)
    token = credentials.saved_token(backend.url, OFFICER)
    assert token
    floor = QueueClient(backend.url, token)
    floor.take("paspor")
    called = floor.call_next("DESK-A")["ticket"]
    floor.done(called["id"])
    ctx, window = open_desk(size=(1366, 768))
    window.show_place("reports")
    page = window.place_pages["reports"]
    monkeypatch.setattr(page, "ask_path", lambda _suggested: str(tmp_path / "waktu"))
    page.sla_button.click()
    saved = tmp_path / "waktu.pdf"
    qtbot.waitUntil(saved.exists, timeout=30_000)
    assert "waktu.pdf" in page.status.text() and page.sla_button.isEnabled()
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Laporan waktu layanan" in text and "Paspor" in text
    today = clock.today()
    exports = [e.detail for e in audit.entries(ctx.store) if e.action == "export"]
    assert f"sla {date(today.year, today.month, 1)}..{today} pdf" in exports


def test_without_a_server_the_service_times_report_says_what_to_do(desk: Any, tmp_path: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _ctx, window = desk
    window.show_place("reports")
    page = window.place_pages["reports"]
    monkeypatch.setattr(page, "ask_path", lambda _suggested: str(tmp_path / "waktu.pdf"))
    page.sla_button.click()
    assert page.status.isVisible() and "server MPP" in page.status.text() and "Pengaturan" in page.status.text()
    assert not (tmp_path / "waktu.pdf").exists() and page.sla_button.isEnabled()
