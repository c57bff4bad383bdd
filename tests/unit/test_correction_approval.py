"""A correction by an officer-role session needs a supervisor's approval; the approver is in the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mpp_assist.applications import correct
from mpp_assist.forms import load_catalogue
from mpp_assist.security import audit, session
from mpp_assist.security.approval import ApprovalRequired, verify_approver
from mpp_assist.security.errors import NotAllowed, WrongCredentials
from mpp_assist.security.officers import Registry
from mpp_assist.store import Store
from mpp_assist.sync import outbox

EXAMPLE = load_catalogue().get("ktp-el").example_answers()
DEFINITION = load_catalogue().get("ktp-el")


@pytest.fixture
def accounts(data_home: Path) -> Iterator[None]:
    """The demo admin, an officer (sari) and a supervisor (budi); sari signed in."""
    admin = session.require()
    reg = Registry.load(data_home)
    reg.add(admin.data_key, "sari", "officer", "sari-pin-1")
    reg.add(admin.data_key, "budi", "supervisor", "budi-pin-1")
    session.unlock("sari", "sari-pin-1")
    yield
    session.sign_out()


def refused(store: Store) -> str:
    app = store.create_application(
        service_id="ktp-el", form_version="2025.1", answers={**EXAMPLE, "nik": "12345"}, officer="sari", desk="A"
    )
    outbox.mark_needs_correction(store, app.id, [{"field": "nik", "code": "nik_length", "message": "NIK salah"}])
    return app.id


def edits(store: Store, app_id: str) -> list[tuple[str, str]]:
    return [(e.officer, e.detail) for e in audit.entries(store, app_id) if e.action == "edit"]


def test_an_officer_without_approval_changes_nothing(accounts: None) -> None:
    with Store() as store:
        app_id = refused(store)
        with pytest.raises(ApprovalRequired) as raised:
            correct(store, DEFINITION, app_id, dict(EXAMPLE))
        assert "supervisor" in raised.value.message
        with pytest.raises(NotAllowed):  # an officer cannot approve (even naming another officer)
            correct(store, DEFINITION, app_id, dict(EXAMPLE), approved_by="sari")
        app = store.get_application(app_id)
        assert app.status == "needs_correction" and app.answers["nik"] == "12345"
        assert edits(store, app_id) == []


def test_an_officer_with_a_supervisors_approval_is_queued_and_audited(accounts: None, data_home: Path) -> None:
    with pytest.raises(WrongCredentials):
        verify_approver("budi", "wrong-pin-0")
    with pytest.raises(NotAllowed):
        verify_approver("sari", "sari-pin-1")  # right PIN, but an officer
    approver = verify_approver("budi", "budi-pin-1")
    assert session.current().officer == "sari"  # approving does not switch who is signed in
    assert Registry.load(data_home).officers["budi"].failed == 0  # the right PIN clears the count
    with Store() as store:
        app_id = refused(store)
        app = correct(store, DEFINITION, app_id, dict(EXAMPLE), approved_by=approver)
        assert app.status == "waiting" and outbox.entry(store, app_id).state == "waiting"
        assert edits(store, app_id) == [("sari", "correction approved by budi")]
        assert audit.verify(store)[1] is None


def test_a_supervisor_or_admin_approves_their_own(data_home: Path) -> None:
    with Store() as store:  # the demo desk: the demo officer is an admin
        app_id = refused(store)
        correct(store, DEFINITION, app_id, dict(EXAMPLE))
        assert edits(store, app_id) == [("demo", "correction approved by demo")]
