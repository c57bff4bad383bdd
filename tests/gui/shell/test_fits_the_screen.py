"""Every page fits a 1366×768 screen at 100, 200 and 250 % in each theme, and scrolls rather than grows.

A page whose minimum size is larger than the screen pushes the window off it (the consent page once
forced 1440×830 at 200 %): the officer cannot reach its buttons.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from ..inclusion.test_accessibility import CATALOGUE, text_overflows, visit_pages

SCREEN = (1366, 768)
THEMES = ("standard", "contrast-dark-on-light", "contrast-light-on-dark")


def fits(window: Any, where: str) -> list[str]:
    # A few turns: a change deep in the header (the sync chip's words) is laid out level by level.
    for _ in range(4):
        QApplication.processEvents()
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    problems = []
    if need.width() > SCREEN[0] or need.height() > SCREEN[1]:
        problems.append(f"{where}: the window needs {need.width()}×{need.height()}")
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        problems.append(f"{where}: the window grew to {window.width()}×{window.height()}")
    problems += [f"{where}: {p}" for p in text_overflows(window)]
    return problems


def fits_paper_forms(window: Any) -> list[str]:
    """*Formulir kertas* over the receipt page: the dialog, its form list, choices and preview."""
    receipt = window.receipt
    receipt.open_paper_forms()
    dialog = receipt.paper_dialog
    assert dialog is not None and dialog.isVisible()
    problems = fits(dialog, "paper forms")
    dialog.reject()
    return problems


def fits_person(window: Any) -> list[str]:
    """Pemohon's two views with someone in them: the results and a person with a family of three."""
    kk = CATALOGUE.get("kartu-keluarga")
    answers = kk.example_answers()
    window.ctx.store.create_application(service_id=kk.id, form_version=kk.version, answers=answers,
                                        officer="demo", desk="DEMO-01")
    window.show_place("people")
    page = window.stack.currentWidget()
    page.results.search.setText(answers["nik_kepala"])
    page.results.apply_search()
    problems = fits(window, "people: results")
    page.results.open_row(0)
    assert page.currentWidget() is page.person and page.person.family_table.rowCount() == 3
    problems += fits(window, "people: person")
    page.show_results()
    return problems


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("scale", [100, 200, 250])
def test_every_page_fits_the_screen(qtbot: Any, open_desk: Any, theme: str, scale: int) -> None:
    # Built in the officer's saved theme and size: a page built small and grown later hid a too-wide one.
    _ctx, window = open_desk("id", consent=True, settings={"theme": theme, "font_scale": scale}, size=SCREEN)
    problems = fits(window, "services")
    window.start_service("ktp-el")  # the consent page comes first
    consent = window.protection.consent_page
    assert consent is not None and window.stack.currentWidget() is consent
    problems += fits(window, "consent")
    for place in ("applications", "people", "antrian", "reports"):
        window.show_place(place)
        problems += fits(window, place)
    problems += fits_person(window)
    window.go_services()
    window.protection.consent_page = None
    window.protection.asks_consent = False  # the service's own pages, after consent
    for page_id, _page in visit_pages(window, "ktp-el"):
        if page_id == "services":
            continue
        problems += fits(window, page_id)
        if page_id == "receipt":
            problems += fits_paper_forms(window)
    assert not problems, "\n".join(problems)
