"""Where the applicant display goes (one screen or two) and the survey that runs on it after the receipt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from mpp_assist import clock
from mpp_assist.applications import submit
from mpp_assist.forms import load_catalogue
from mpp_assist.survey import storage
from mpp_assist.ui.inclusion.display_placement import (
    DOCKED,
    FULL_SCREEN,
    HIDDEN,
    SECOND_SCREEN,
    Area,
    Placement,
    choose_placement,
    officer_screen,
)

from ..desk_driver import fill_section, page

pytestmark = pytest.mark.gui

DEFINITION = load_catalogue().get("ktp-el")
EXAMPLE = DEFINITION.example_answers()
LAPTOP = Area(0, 0, 1366, 768)
MONITOR = Area(1366, 0, 1920, 1080)
TABLET = Area(3286, 0, 800, 1280)


@pytest.mark.parametrize(
    ("mode", "screens", "officer", "expected"),
    [
        ("auto", [LAPTOP], 0, Placement(DOCKED)),  # one screen: beside the form, never over it
        ("second_screen", [LAPTOP], 0, Placement(DOCKED)),
        ("docked", [LAPTOP, MONITOR], 0, Placement(DOCKED)),  # asked for, even with two
        ("full_screen", [LAPTOP], 0, Placement(FULL_SCREEN, 0)),  # the one screen, turned round
        ("auto", [LAPTOP, MONITOR], 0, Placement(SECOND_SCREEN, 1)),
        ("auto", [LAPTOP, MONITOR], 1, Placement(SECOND_SCREEN, 0)),  # the officer works on the monitor
        ("second_screen", [LAPTOP, TABLET, MONITOR], 0, Placement(SECOND_SCREEN, 2)),  # the largest other one
        ("full_screen", [LAPTOP, MONITOR], 0, Placement(FULL_SCREEN, 1)),
    ],
)
def test_the_display_goes_where_the_setting_and_the_screens_say(
    mode: str, screens: list[Area], officer: int, expected: Placement
) -> None:
    assert choose_placement(mode, True, screens, officer) == expected
    assert choose_placement(mode, False, screens, officer) == Placement(HIDDEN)


def test_the_officer_screen_is_the_one_holding_the_window() -> None:
    assert officer_screen([LAPTOP, MONITOR], (2000, 500)) == 1
    assert officer_screen([LAPTOP, MONITOR], (-50, -50)) == 0  # off every screen: the first


def global_rect(widget: Any) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def test_on_one_screen_the_display_is_docked_beside_the_field_being_typed(
    qtbot: Any, open_desk: Any, tmp_path: Path
) -> None:
    _ctx, window = open_desk(settings={"applicant_display": True}, size=(1366, 768))
    inclusion = window.inclusion
    display, placement = inclusion.display, inclusion.placement
    assert placement.placement.kind == DOCKED
    assert display.parentWidget() is placement.dock and not display.isWindow()
    window.start_service("ktp-el")
    window.flow.go("section:pemohon")
    section = page(window)
    fill_section(qtbot, section, {"nik": EXAMPLE["nik"]}, tmp_path)
    field = section.rows["nik"].editor.edit
    field.setFocus()
    qtbot.waitUntil(lambda: display.content.question == "NIK")
    dock = placement.dock_rect()
    assert dock is not None and dock.width() >= 320
    assert not dock.intersects(global_rect(field))  # the officer still sees what they type
    assert window.width() <= 1366  # docking narrowed the form, not widened the window

    # Off: the dock goes too; on again: back beside the form.
    inclusion.display_action.trigger()
    assert placement.placement.kind == HIDDEN and placement.dock_rect() is None
    inclusion.display_action.trigger()
    assert placement.placement.kind == DOCKED and placement.dock_rect() is not None


def test_full_screen_turns_the_screen_to_the_applicant_and_escape_gives_it_back(
    qtbot: Any, open_desk: Any
) -> None:
    ctx, window = open_desk(settings={"applicant_display": True}, size=(1366, 768))
    inclusion = window.inclusion
    display, placement = inclusion.display, inclusion.placement
    ctx.settings.set("applicant_display_mode", "full_screen")  # chosen in the settings: applied at once
    assert placement.placement.kind == FULL_SCREEN
    qtbot.waitUntil(display.isFullScreen)
    assert display.isWindow() and placement.dock_rect() is None
    assert display.back_button.isVisible()  # a way back that does not need to know about Escape
    display.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is display)
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    assert not display.isVisible() and placement.placement.kind == HIDDEN
    assert not inclusion.display_action.isChecked()
    assert ctx.settings.get("applicant_display")  # only turned back, not switched off
    inclusion.display_action.trigger()  # Ctrl+Shift+L turns it to the applicant again
    assert placement.placement.kind == FULL_SCREEN and display.isVisible()

    ctx.settings.set("applicant_display_mode", "docked")
    assert placement.placement.kind == DOCKED and not display.isFullScreen()
    assert not display.back_button.isVisible()


def test_the_survey_after_the_receipt_runs_on_the_display_and_stores_no_name(
    qtbot: Any, open_desk: Any
) -> None:
    ctx, window = open_desk(settings={"applicant_display": True}, size=(1366, 768))
    display = window.inclusion.display
    application = submit(ctx.store, DEFINITION, EXAMPLE, officer="demo", desk="DEMO-01")
    window.show_receipt(application)
    receipt = window.receipt
    assert receipt.survey_button.isVisible()
    receipt.survey_button.click()
    survey = window.inclusion.survey.page
    assert survey is not None and display.survey is survey
    assert display.faces.currentWidget() is survey
    assert EXAMPLE["nama_lengkap"] not in " ".join(display.visible_texts())  # nothing of the applicant
    qtbot.keyClick(survey.start_button, Qt.Key.Key_Space)
    for _ in range(9):
        qtbot.keyClick(survey.focusWidget(), Qt.Key.Key_4)
    qtbot.keyClick(survey.send_button, Qt.Key.Key_Space)
    assert survey.stack.currentWidget() is survey.thanks
    today = clock.today()  # the desk's day (its reports count by it), not the engine's WIT date
    [response] = storage.responses(ctx.store, today, today)
    assert response.answers == (4,) * 9 and response.service_id == "ktp-el"
    window.inclusion.survey.end()  # as the thank-you's timer does
    assert display.survey is None and display.faces.currentWidget() is display.welcome


def test_with_the_display_off_the_survey_opens_in_a_dialog(qtbot: Any, open_desk: Any) -> None:
    ctx, window = open_desk(size=(1366, 768))
    application = submit(ctx.store, DEFINITION, EXAMPLE, officer="demo", desk="DEMO-01")
    window.show_receipt(application)
    window.receipt.survey_button.click()
    dialog = window.inclusion.survey.dialog
    assert dialog is not None and dialog.isVisible()
    screen = window.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    survey = window.inclusion.survey.page
    with qtbot.waitSignal(survey.finished):
        qtbot.keyClick(survey.skip_button, Qt.Key.Key_Space)
    assert window.inclusion.survey.dialog is None  # skipped: closed, nothing stored
    assert storage.responses(ctx.store, ctx.today(), ctx.today()) == []


def test_the_window_keys_work_on_the_display_turned_to_the_applicant(qtbot: Any, open_desk: Any) -> None:
    """WCAG 2.1.1: with the keyboard on the full-screen display, Ctrl+Shift+L closes it again and F1
    opens the help, as from the form (they were the main window's keys only: only Alt+Tab got out)."""
    ctx, window = open_desk(settings={"applicant_display": True}, size=(1366, 768))
    inclusion = window.inclusion
    display, placement = inclusion.display, inclusion.placement
    ctx.settings.set("applicant_display_mode", "full_screen")
    qtbot.waitUntil(display.isFullScreen)
    display.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is display)
    keys = {a.objectName(): a for a in display.actions()}
    assert {"applicantDisplay", "help"} <= set(keys), "the display lacks the window's keys"
    qtbot.keyClick(display, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not display.isVisible())
    assert placement.placement.kind != FULL_SCREEN
