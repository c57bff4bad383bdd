"""Consent records and the privacy notice they refer to.

Before data entry the officer shows (and can read aloud) the privacy notice, then
records who consented (the applicant; a parent for a child, UU PDP Pasal 25; a
guardian for a person with a disability, Pasal 26), how (signature on the receipt,
thumbprint, or spoken after the notice was read aloud, witnessed by the officer),
and which version of the notice, and whether the applicant reads for themselves (when not,
everything was read to them: the paper form says *dibacakan kepada pemohon*). Names and that
answer are sealed like every other personal datum; the audit entry names the answer too.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from mpp_assist.i18n import QT_TRANSLATE_NOOP, current_language, translate
from mpp_assist.paths import resource
from mpp_assist.security.errors import SecurityError

if TYPE_CHECKING:
    from mpp_assist.store import Store

GIVERS = {
    "applicant": QT_TRANSLATE_NOOP("Consent", "pemohon sendiri"),
    "parent": QT_TRANSLATE_NOOP("Consent", "orang tua (pemohon anak, Pasal 25)"),
    "guardian": QT_TRANSLATE_NOOP("Consent", "wali (penyandang disabilitas, Pasal 26)"),
}
METHODS = {
    "signature": QT_TRANSLATE_NOOP("Consent", "tanda tangan pada tanda terima"),
    "thumbprint": QT_TRANSLATE_NOOP("Consent", "cap jempol"),
    "spoken": QT_TRANSLATE_NOOP("Consent", "lisan setelah pemberitahuan dibacakan, disaksikan petugas"),
}


@dataclass(frozen=True)
class Notice:
    version: str
    lang: str
    text: str


@cache
def _index() -> dict[str, Any]:
    return json.loads(resource("data", "privacy", "notices.json").read_text(encoding="utf-8"))


def current_version() -> str:
    return str(_index()["current"])


def notice(version: str | None = None, lang: str | None = None) -> Notice:
    """The privacy notice text (Markdown-light plain text) in Indonesian or English."""
    version = version or current_version()
    lang = lang or current_language()
    files = _index()["versions"].get(version)
    if files is None:
        raise SecurityError(
            translate("Consent", "Versi pemberitahuan privasi tidak dikenal: {v}").format(v=version)
        )
    lang = lang if lang in files else "id"
    return Notice(version, lang, resource("data", "privacy", files[lang]).read_text("utf-8"))


@dataclass
class Consent:
    id: str
    draft_id: str | None
    application_id: str | None
    given_by: str
    method: str
    notice_version: str
    officer: str
    at: str
    subject: dict[str, str]  # who consented, for whom
    reads_self: bool = True  # the applicant reads for themselves (records from before the question: yes)


READS = {
    True: QT_TRANSLATE_NOOP("Consent", "pemohon membaca sendiri"),
    False: QT_TRANSLATE_NOOP("Consent", "dibacakan kepada pemohon"),
}


def record(
    store: Store, *, draft_id: str, given_by: str, method: str, officer: str,
    consenter_name: str, applicant_name: str = "", notice_version: str | None = None, reads_self: bool = True,
) -> Consent:
    """Store one consent (linked to the application when ``draft_id`` is submitted) and audit it;
    ``reads_self``: the applicant reads for themselves (False: what was typed is read to them)."""
    from mpp_assist.store import now_utc

    if given_by not in GIVERS:
        raise SecurityError(translate("Consent", "Pemberi persetujuan tidak dikenal: {v}").format(v=given_by))
    if method not in METHODS:
        raise SecurityError(translate("Consent", "Cara persetujuan tidak dikenal: {v}").format(v=method))
    if not consenter_name.strip():
        raise SecurityError(translate("Consent", "Tulis nama orang yang memberi persetujuan."), "consenter_name")
    if given_by != "applicant" and not applicant_name.strip():
        raise SecurityError(translate("Consent", "Tulis juga nama pemohon yang diwakili."), "applicant_name")
    version = notice_version or current_version()
    notice(version)  # unknown versions are refused
    cid = str(uuid.uuid4())
    who = consenter_name.strip()
    subject = {"consenter": who, "applicant": applicant_name.strip() or who}
    sealed = {**subject, "reads_self": bool(reads_self)}  # sealed together with the names
    at = now_utc()
    with store.transaction() as c:
        c.execute(
            "INSERT INTO consents (id, draft_id, application_id, given_by, method, notice_version, officer,"
            " subject, at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)",
            (cid, draft_id, given_by, method, version, officer,
             store.keys.seal(json.dumps(sealed, ensure_ascii=False), f"consents.subject|{cid}"), at),
        )
        reads = "reads-self" if reads_self else "read-to"
        store._audit(c, officer, "consent", None, detail=f"{given_by}/{method}/{version}/{draft_id}/{reads}")
    return Consent(cid, draft_id, None, given_by, method, version, officer, at, subject, bool(reads_self))


def _from_row(store: Store, row: Any) -> Consent:
    d = dict(row)
    sealed = json.loads(store.keys.open(d["subject"], f"consents.subject|{d['id']}"))
    reads_self = sealed.pop("reads_self", True) is not False
    d["subject"] = sealed
    return Consent(**d, reads_self=reads_self)


def reads_self_for(store: Store, app_id: str) -> bool | None:
    """Whether the applicant of ``app_id`` read for themselves, from its consent records (any "read to
    them" wins); None when the application has no consent record on this desk."""
    records = for_application(store, app_id)
    return all(c.reads_self for c in records) if records else None


def all_records(store: Store) -> list[Consent]:
    return [_from_row(store, r) for r in store.conn.execute("SELECT * FROM consents ORDER BY at")]


def for_application(store: Store, app_id: str) -> list[Consent]:
    rows = store.conn.execute("SELECT * FROM consents WHERE application_id = ? ORDER BY at", (app_id,))
    return [_from_row(store, r) for r in rows]


def for_draft(store: Store, draft_id: str) -> list[Consent]:
    rows = store.conn.execute("SELECT * FROM consents WHERE draft_id = ? ORDER BY at", (draft_id,))
    return [_from_row(store, r) for r in rows]
