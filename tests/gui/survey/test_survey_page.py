"""The survey as the applicant answers it: keys 1–4, read aloud, skippable, stored anonymously and durably."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mpp_assist.store import Store
from mpp_assist.survey import speech as survey_speech
from mpp_assist.survey import storage
from mpp_assist.survey.questionnaire import ELEMENTS
from mpp_assist.ui.survey.survey_page import SurveyPage

pytestmark = pytest.mark.gui
DAY = date(2026, 11, 2)


@pytest.fixture
def store(data_home: Any) -> Any:
    s = Store()
    yield s
    s.close()


def open_page(qtbot: Any, store: Store) -> tuple[SurveyPage, list[str]]:
    spoken: list[str] = []
    page = SurveyPage(store=store, service_id="ktp-el", desk="DESK-A", today=lambda: DAY, speak=spoken.append)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page, spoken


def test_nine_answers_by_key_are_read_aloud_and_stored_without_a_name(qtbot: Any, store: Store) -> None:
    page, spoken = open_page(qtbot, store)
    assert spoken == [survey_speech.intro_speech()]
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert spoken[-1] == survey_speech.question_speech(ELEMENTS[0])
    keys = [4, 3, 4, 4, 3, 3, 4, 2, 3]
    for element, value in zip(ELEMENTS, keys, strict=True):
        assert page.stack.currentWidget() is page.questions[element.number - 1]
        qtbot.keyClick(page.focusWidget(), getattr(Qt.Key, f"Key_{value}"))
        assert survey_speech.answer_speech(element, value) in spoken
    assert page.stack.currentWidget() is page.closing
    qtbot.keyClicks(page.suggestion, "Antrean lebih cepat")
    qtbot.keyClick(page.send_button, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.thanks
    saved = storage.responses(store, DAY, DAY)
    assert [r.answers for r in saved] == [tuple(keys)]
    assert saved[0].mode == "screen" and saved[0].suggestion == "Antrean lebih cepat"
    assert saved[0].profile == {}


def test_back_keeps_answers_and_a_question_may_be_passed(qtbot: Any, store: Store) -> None:
    page, _ = open_page(qtbot, store)
    page.start()
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)  # back to U1, its answer still marked
    assert page.stack.currentWidget() is page.questions[0]
    assert page.questions[0].buttons[1].property("chosen") is True
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_1)  # changed
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)  # U2 passed
    for _ in range(7):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_4)
    page.profile.choice_buttons["age"][5][1].click()
    page.interview.setChecked(True)
    page.save()
    [saved] = storage.responses(store, DAY, DAY)
    assert saved.answers == (1, None, 4, 4, 4, 4, 4, 4, 4)
    assert saved.profile == {"age": "60+"} and saved.mode == "interview"


def test_skipping_stores_nothing(qtbot: Any, store: Store) -> None:
    page, _ = open_page(qtbot, store)
    with qtbot.waitSignal(page.finished) as blocker:
        qtbot.keyClick(page.skip_button, Qt.Key.Key_Space)
    assert blocker.args == [None]
    assert storage.counts(store) == {}


def test_a_suggestion_with_a_nik_is_refused_and_nothing_is_lost(qtbot: Any, store: Store) -> None:
    page, _ = open_page(qtbot, store)
    page.start()
    for _ in ELEMENTS:
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_3)
    qtbot.keyClicks(page.suggestion, "NIK saya 3201014508900003")
    page.save()
    assert page.problem.isVisible() and "NIK" in page.problem.text()
    assert storage.counts(store) == {}
    assert page.answers == [3] * 9 and page.suggestion.toPlainText().endswith("0003")
    page.suggestion.setPlainText("Terima kasih")
    page.save()
    assert storage.counts(store) == {"waiting": 1}


def test_each_screen_of_the_survey_has_its_heading_for_a_screen_reader(qtbot: Any, store: Store) -> None:
    from PySide6.QtGui import QAccessible

    from mpp_assist.ui.shell.widgets import expose_roles

    expose_roles()  # as the application does before its first window
    page, _spoken = open_page(qtbot, store)
    titles = [page.intro_title, page.questions[0].title, page.profile.title]
    assert all(t.text() for t in titles)
    assert [QAccessible.queryAccessibleInterface(t).role() for t in titles] == [QAccessible.Role.Heading] * 3
