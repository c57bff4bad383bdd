"""The settings dialog: its sections come from the parts of the desk, and it changes only what the officer chose."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox

pytestmark = pytest.mark.gui


def wheel(widget: Any, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_every_part_adds_its_own_section_under_a_name_of_its_own(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles == ["Bahasa", "Loket", "Tampilan dan suara", "Server dan pencetak"]
    assert {"language", "font_scale", "theme", "applicant_display_mode", "backend_url"} <= set(dialog.fields)


def test_the_wheel_scrolls_the_dialog_and_changes_no_option_it_passes_over(qtbot: Any, desk: Any) -> None:
    ctx, window = desk
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.resize(600, 300)  # the sections scroll
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.fields["font_scale"]
    assert isinstance(size, QComboBox)
    before = size.currentIndex()
    bar = dialog.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    wheel(size)
    assert size.currentIndex() == before  # passed over, not changed
    assert bar.value() > 0  # the dialog scrolled instead
    size.setFocus()
    qtbot.waitUntil(size.hasFocus)
    wheel(size)
    assert size.currentIndex() != before  # chosen (focused): the wheel changes it
    dialog.reject()
    assert ctx.settings.get("font_scale") == 100


def test_saving_in_an_english_run_keeps_the_desk_indonesian(qtbot: Any, open_desk: Any) -> None:
    ctx, window = open_desk(lang="en")  # as `mpp-assist --lang en`, for this run only
    assert ctx.settings.get("language") == "id"
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    assert dialog.fields["language"].currentData() == "en"  # what is on screen now
    dialog.accept()
    assert ctx.settings.get("language") == "id"  # not made permanent by saving something else


def test_at_250_percent_the_settings_scroll_down_never_sideways(qtbot: Any, desk: Any) -> None:
    # WCAG 1.4.10 reflow: on a 1366×768 screen at 250 % text the options go down the page.
    ctx, window = desk
    ctx.settings.set("font_scale", 250)
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()  # its own fit to the (smaller, offscreen) screen first
    # As fit_to_screen sizes it on a 1366×768 screen: nine tenths of it at most.
    dialog.resize(int(1366 * 0.9), int(768 * 0.9))
    qtbot.waitUntil(lambda: dialog.width() == int(1366 * 0.9))
    QApplication.processEvents()
    sideways = dialog.scroll.horizontalScrollBar()
    assert sideways.maximum() == 0, f"the settings scroll {sideways.maximum()} px sideways at 250 %"
    dialog.reject()
