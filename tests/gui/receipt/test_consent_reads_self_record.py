"""The consent page's *Pemohon membaca sendiri?* is kept in the consent record itself (sealed, and named in
the audit entry), not only carried to the form flow: the paper form and the history read it from there."""

from __future__ import annotations

from typing import Any

import pytest

from mpp_assist.security import audit, consent

from ..word.test_reads_self_from_consent import _signed_out_after, consent_by_keys  # noqa: F401 - fixture

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("reads", [True, False], ids=["reads", "read-to"])
def test_the_answer_is_in_the_consent_record(qtbot: Any, open_desk: Any, reads: bool) -> None:
    ctx, window = open_desk(consent=True)
    consent_by_keys(qtbot, window, reads=reads)
    [record] = consent.for_draft(ctx.store, window.flow.state().draft_id)
    assert record.reads_self is reads
    [entry] = [e for e in audit.entries(ctx.store) if e.action == "consent"]
    assert entry.detail.endswith("/reads-self" if reads else "/read-to")
