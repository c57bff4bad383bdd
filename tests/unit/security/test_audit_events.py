"""Sync work is in the audit trail too: send (with the official number) and bundle export."""

from __future__ import annotations

from pathlib import Path

from mpp_assist.security import audit
from mpp_assist.store import Store
from mpp_assist.sync import bundle, outbox


def test_send_and_export_are_audited_and_the_chain_holds(data_home: Path, tmp_path: Path) -> None:
    with Store() as store:
        a = store.create_application(
            service_id="ktp-el", form_version="1", answers={"nama": "A"}, officer="demo", desk="D1"
        )
        b = store.create_application(
            service_id="ktp-el", form_version="1", answers={"nama": "B"}, officer="demo", desk="D1"
        )
        outbox.mark_sent(store, a.id, "MPP-1")
        assert bundle.export_outbox(store, tmp_path / "out.mpp", "kata sandi bundel panjang") == 1
        sent = [e for e in audit.entries(store, a.id) if e.action == "send"]
        assert [(e.officer, e.detail) for e in sent] == [("demo", "MPP-1")]
        assert [e.action for e in audit.entries(store, b.id)] == ["create", "export"]
        assert audit.verify(store)[1] is None


def test_deleting_a_draft_is_audited(data_home: Path) -> None:
    with Store() as store:
        store.save_draft(
            draft_id="d1", service_id="ktp-el", answers={"nama": "A"}, position="", officer="demo"
        )
        store.delete_draft("d1")
        store.delete_draft("never-existed")
        deletes = [e for e in audit.entries(store) if e.action == "delete"]
        assert [(e.officer, e.detail) for e in deletes] == [("demo", "draft d1")]
