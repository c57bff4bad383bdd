"""The consent page: notice shown and read aloud, who consented and how, recorded against the draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mpp_assist.security import consent, session
from mpp_assist.store import Store
from mpp_assist.ui.protection.consent import ConsentPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: Any, data_home: Path):
    spoken: list[str] = []
    store = Store()
    p = ConsentPage(store, draft_id="draft-1", officer="demo", speak=spoken.append)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    yield p, store, spoken
    store.close()
    session.sign_out()


def test_the_notice_is_shown_and_read_aloud(page: Any, qtbot: Any) -> None:
    p, _store, spoken = page
    assert "Pasal 20" in p.text.toPlainText() and consent.current_version() in p.version.text()
    qtbot.mouseClick(p.read_button, Qt.MouseButton.LeftButton)
    assert spoken == [p.notice.text]


def test_a_parent_consenting_for_a_child_is_recorded(page: Any, qtbot: Any) -> None:
    p, store, _ = page
    assert not p.applicant.isVisible()
    p.findChild(type(p.givers.buttons()[0]), "giver-parent").click()
    p.findChild(type(p.methods.buttons()[0]), "method-thumbprint").click()
    assert p.applicant.isVisible()
    qtbot.keyClicks(p.consenter, "Ibu Maryati")
    # Forgetting whom the parent speaks for gets a message, nothing stored.
    qtbot.mouseClick(p.agree, Qt.MouseButton.LeftButton)
    assert p.error.isVisible() and consent.for_draft(store, "draft-1") == []
    qtbot.keyClicks(p.applicant, "Ananda Bagus")
    with qtbot.waitSignal(p.consented) as sig:
        qtbot.mouseClick(p.agree, Qt.MouseButton.LeftButton)
    [stored] = consent.for_draft(store, "draft-1")
    assert stored.id == sig.args[0].id
    assert (stored.given_by, stored.method) == ("parent", "thumbprint")
    assert stored.subject == {"consenter": "Ibu Maryati", "applicant": "Ananda Bagus"}
    assert p.consenter.text() == "" and p.applicant.text() == ""


def test_spoken_consent_needs_the_officers_witness(page: Any, qtbot: Any) -> None:
    p, store, _ = page
    p.findChild(type(p.methods.buttons()[0]), "method-spoken").click()
    assert p.witnessed.isVisible()
    qtbot.keyClicks(p.consenter, "Pak Darmo")
    qtbot.mouseClick(p.agree, Qt.MouseButton.LeftButton)
    assert p.error.isVisible() and consent.for_draft(store, "draft-1") == []
    p.witnessed.setChecked(True)
    with qtbot.waitSignal(p.consented):
        qtbot.mouseClick(p.agree, Qt.MouseButton.LeftButton)
    assert consent.for_draft(store, "draft-1")[0].method == "spoken"
