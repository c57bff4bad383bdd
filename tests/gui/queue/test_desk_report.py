"""The daily desk report from the queue page: a supervisor saves today's PDF with the keyboard; an officer never
sees the button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from mpp_assist.forms import load_catalogue
from mpp_assist.security import audit, session
from mpp_assist.security.officers import Registry

from ..keyboard_driver import key, tab_to
from ..sync_desk import open_applications

pytestmark = [pytest.mark.gui]

EXAMPLE = load_catalogue().get("ktp-el").example_answers()


def sign_in_as(data_home: Path, name: str, role: str) -> None:
    """A second account on this machine (added by the demo admin), signed in before the desk opens."""
    admin = session.require()
    Registry.load(data_home).add(admin.data_key, name, role, f"{name}-pin-1")
    session.unlock(name, f"{name}-pin-1")


def test_a_supervisor_saves_todays_report_as_pdf(
    qtbot: Any, open_desk: Any, data_home: Path, tmp_path: Path
) -> None:
    sign_in_as(data_home, "budi", "supervisor")
    ctx, window = open_desk()
    ctx.store.create_application(
        service_id="ktp-el", form_version="2025.1", answers=dict(EXAMPLE), officer="budi", desk="A"
    )
    page = open_applications(qtbot, window)
    assert page.report_button.isVisible() and page.report_button.isEnabled()
    asked: list[str] = []
    target = tmp_path / "laporan"

    def choose(suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    page.ask_report_path = choose
    tab_to(qtbot, page.report_button)  # reachable from the keyboard
    key(qtbot, Qt.Key.Key_Space)
    assert asked and asked[0].endswith(".pdf")
    saved = target.with_suffix(".pdf")
    text = "".join("".join(p.extract_text() for p in PdfReader(saved).pages).split())
    assert "Laporanharianloket" in text and "KTPElektronik" in text
    assert EXAMPLE["nik"] not in text
    assert "Laporan harian disimpan" in window.statusBar().currentMessage()
    exports = [e for e in audit.entries(ctx.store) if e.action == "export"]
    assert [(e.officer, e.detail[:6]) for e in exports] == [("budi", "report")]
    assert "1permohonan" in text  # the day's one application


def test_an_officer_does_not_see_the_report_button(qtbot: Any, open_desk: Any, data_home: Path) -> None:
    sign_in_as(data_home, "sari", "officer")
    ctx, window = open_desk()
    page = open_applications(qtbot, window)
    assert not page.report_button.isVisible() and not page.report_button.isEnabled()
    page.ask_report_path = lambda _s: pytest.fail("an officer was asked where to save the report")
    assert page.save_report() is None  # even when called directly
    assert not [e for e in audit.entries(ctx.store) if e.action == "export"]
