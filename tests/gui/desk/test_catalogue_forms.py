"""Every catalogue service: its example answers, typed through the real widgets, reach check answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mpp_assist.forms import load_catalogue
from mpp_assist.ui.desk.check_answers import CheckAnswersPage
from mpp_assist.ui.desk.section_page import RequirementsPage, SectionPage

from ..desk_driver import continue_page, fill_section, page, press

pytestmark = pytest.mark.gui

SERVICES = [d.id for d in load_catalogue().services()]


@pytest.mark.parametrize("service_id", SERVICES)
def test_example_answers_through_the_widgets_reach_check_answers(
    qtbot: Any, desk: Any, tmp_path: Path, service_id: str
) -> None:
    ctx, window = desk
    definition = ctx.catalogue.get(service_id)
    answers = definition.example_answers()
    assert answers, f"{service_id} has no example answers"
    services = window.services
    services.list.setFocus()
    while services.list.currentItem().data(Qt.ItemDataRole.UserRole) != service_id:
        press(qtbot, Qt.Key.Key_Down, services.list)
    press(qtbot, Qt.Key.Key_Return, services.list)

    seen = []
    for _ in range(len(definition.sections) + 2):
        current = page(window)
        if isinstance(current, CheckAnswersPage):
            break
        if isinstance(current, SectionPage):
            seen.append(current.section.id)
            fill_section(qtbot, current, answers, tmp_path)
        else:
            assert isinstance(current, RequirementsPage)
        continue_page(qtbot)
        problems = getattr(current, "summary", None)
        why = problems.accessibleDescription() if problems else ""
        assert page(window) is not current, f"{service_id} stuck on {seen[-1:]}: {why}"
    check = page(window)
    assert isinstance(check, CheckAnswersPage), f"{service_id} never reached check answers"
    assert not check.summary.isVisible(), check.summary.accessibleDescription()
    # What the officer typed is what the engine holds: the same canonical answers as the example file.
    assert window.flow.session.normalised() == definition.normalise(answers)
    assert check.continue_button.isEnabled()
