"""*Laporan*: the SKM report of a period saved as a real PDF, read back, and audited."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from mpp_assist.security import audit
from mpp_assist.survey import storage
from mpp_assist.survey.model import make_response

pytestmark = pytest.mark.gui


def test_the_survey_report_of_the_month_is_saved_and_audited(qtbot: Any, desk: Any, tmp_path: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, window = desk
    day = ctx.today()
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
