"""The applicant's word as the officer records it: read back aloud, signed in the box, or a witnessed thumbprint."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from mpp_assist.applications import submit
from mpp_assist.attestation import word_of
from mpp_assist.forms import load_catalogue
from mpp_assist.store import Store
from mpp_assist.ui.word.applicant_word_panel import ApplicantWordPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def store(data_home: Any) -> Iterator[Store]:
    with Store() as s:
        yield s


def make_panel(qtbot: Any, *, reads_self: bool = True) -> tuple[ApplicantWordPanel, list[str], Any, dict]:
    definition = load_catalogue().get("ktp-el")
    answers = definition.example_answers()
    spoken: list[str] = []
    panel = ApplicantWordPanel(definition, lambda: answers, officer_name="Ana Suryani",
                               speak=spoken.append, reads_self=reads_self)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, spoken, definition, answers


def sign(qtbot: Any, panel: ApplicantWordPanel) -> None:
    pad = panel.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 40))
    for x in range(40, 300, 20):
        qtbot.mouseMove(pad, QPoint(x, 40 + (x % 60)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 90))


def test_an_applicant_who_does_not_read_hears_it_all_and_the_officer_confirms(qtbot: Any, store: Store) -> None:
    panel, spoken, definition, answers = make_panel(qtbot, reads_self=False)
    assert panel.confirmed.isVisible()
    assert "dibacakan" in (panel.problem() or "")
    assert panel.problem_label.isVisible()
    qtbot.mouseClick(panel.read_all, Qt.MouseButton.LeftButton)
    [script] = spoken
    assert "Siti Nurhaliza" in script and "Bandung" in script  # every answer, as the applicant agrees to it
    assert "biaya" in script.lower()  # and the fee
    panel.confirmed.setChecked(True)
    assert panel.problem() is None and not panel.problem_label.isVisible()
    app = submit(store, definition, answers, officer="ana", desk="DESK-A", word=panel.word())
    stored = word_of(store.get_application(app.id).answers)
    assert stored is not None and stored.read_back_confirmed and stored.mode == ""


def test_a_signature_drawn_in_the_box_is_stored_as_strokes(qtbot: Any, store: Store) -> None:
    panel, _spoken, definition, answers = make_panel(qtbot)
    panel.on_screen.setChecked(True)
    assert panel.pad.isVisible() and not panel.thumb_box.isVisible()
    assert "kosong" in (panel.problem() or "")  # an empty box is named, not stored
    sign(qtbot, panel)
    assert panel.problem() is None
    app = submit(store, definition, answers, officer="ana", desk="DESK-A", word=panel.word())
    stored = word_of(store.get_application(app.id).answers)
    assert stored is not None and stored.signature is not None
    assert stored.signature.point_count == sum(len(s) for s in panel.pad.strokes)
    panel.pad.setFocus()
    qtbot.keyClick(panel.pad, Qt.Key.Key_Delete)  # the applicant starts again
    assert panel.pad.is_empty()


def test_a_thumbprint_needs_the_three_facts_and_the_witness(qtbot: Any) -> None:
    panel, *_ = make_panel(qtbot)
    panel.thumb.setChecked(True)
    assert panel.thumb_box.isVisible() and not panel.pad.isVisible()
    assert "dibacakan" in (panel.problem() or "")
    panel.thumb_read_back.setChecked(True)
    assert "hadapan" in (panel.problem() or "")
    panel.thumb_presence.setChecked(True)
    panel.witness.clear()
    assert "nama lengkap" in (panel.problem() or "").lower()
    qtbot.keyClicks(panel.witness, "Ana Suryani")
    assert panel.problem() is None
    word = panel.word()
    assert word.thumbprint is not None and word.thumbprint.identified_by == "ktp_el"


def test_check_answers_in_the_window_sends_the_signature_with_the_application(qtbot: Any, desk: Any) -> None:
    from mpp_assist.ui.desk.form_flow import CHECK, FlowState

    ctx, window = desk
    definition = ctx.catalogue.get("ktp-el")
    state = FlowState.new(definition)
    state.answers = definition.example_answers()
    state.page = CHECK
    window.drop_pages()
    window._show_flow(state)
    check = window.flow.page
    panel = check.word_panel
    assert panel.isVisibleTo(check)
    panel.on_screen.setChecked(True)
    check.go_on()  # an empty signature box is named, nothing is stored
    assert window.receipt is None and "kosong" in check.summary.accessibleDescription()
    qtbot.waitUntil(panel.pad.isVisible)
    sign(qtbot, panel)
    check.go_on()
    assert window.receipt is not None
    stored = word_of(ctx.store.get_application(window.receipt.application.id).answers)
    assert stored is not None and stored.signature is not None and stored.mode == "signature"


def test_bacakan_semua_on_check_answers_in_the_window_reads_the_answers_aloud(qtbot: Any, desk: Any) -> None:
    from mpp_assist.ui.desk.form_flow import CHECK, FlowState

    ctx, window = desk
    definition = ctx.catalogue.get("ktp-el")
    state = FlowState.new(definition)
    state.answers = definition.example_answers()
    state.page = CHECK
    window.drop_pages()
    spoken: list[str] = []
    window.speak = spoken.append  # the window's speech, as the desk's speech panel would say it
    window._show_flow(state)
    panel = window.flow.page.word_panel
    panel.read_all.setFocus()
    qtbot.keyClick(panel.read_all, Qt.Key.Key_Space)
    assert len(spoken) == 1 and state.answers["nama_lengkap"] in spoken[0]
