"""Everything held on this computer about one person, found by NIK (UU PDP Pasal 32: access and copy).

Answers are sealed, so applications are found through the blind index
(``store.blind_index``: the HMAC of every 16-digit number anywhere in them — the
applicant, a parent, a family member) and only those are opened; drafts (a few, one
per officer at a time) and consents not yet tied to an application are opened and
looked through. A quarantined application (its data no longer opens) is named in the
export under ``quarantined``, not left out silently. The export
is written only where the officer chooses, never inside the data home (where
nothing may sit in plaintext), and the export itself is recorded in the audit trail.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mpp_assist.atomic import write_atomic
from mpp_assist.i18n import translate
from mpp_assist.paths import data_home
from mpp_assist.security import audit, consent
from mpp_assist.security.errors import SecurityError

if TYPE_CHECKING:
    from mpp_assist.store import Store

NIK_RE = re.compile(r"^\d{16}$")


def normalise_nik(text: str) -> str:
    nik = re.sub(r"[\s.\-]", "", text)
    if not NIK_RE.match(nik):
        raise SecurityError(translate("Security", "NIK harus 16 angka: {nik}").format(nik=text))
    return nik


def mentions(value: Any, nik: str) -> bool:
    if isinstance(value, str):
        return re.sub(r"[\s.\-]", "", value) == nik
    if isinstance(value, dict):
        return any(mentions(v, nik) for v in value.values())
    if isinstance(value, list):
        return any(mentions(v, nik) for v in value)
    return False


def collect(store: Store, nik: str) -> dict[str, Any]:
    from mpp_assist.store import blind_index

    nik = normalise_nik(nik)
    sql, params = blind_index.matching(store.keys, [f"id:{nik}"])
    rows = store.conn.execute(
        f"SELECT * FROM applications WHERE id IN ({sql}) ORDER BY created_at DESC, receipt_number DESC",  # noqa: S608
        params,
    ).fetchall()
    apps = [a for a in store.open_rows(rows) if mentions(a.answers, nik)]
    ids = {a.id for a in apps}
    damaged = [q for q in store.quarantined() if q.application_id in {r["id"] for r in rows}]
    drafts = []
    for row in store.conn.execute("SELECT * FROM drafts").fetchall():
        answers = json.loads(store.keys.open(row["answers"], f"drafts.answers|{row['id']}"))
        if mentions(answers, nik):
            drafts.append({**dict(row), "answers": answers})
    draft_ids = {d["id"] for d in drafts}
    consents = [c for app_id in sorted(ids) for c in consent.for_application(store, app_id)]
    unlinked = [r[0] for r in store.conn.execute(
        "SELECT DISTINCT draft_id FROM consents WHERE application_id IS NULL AND draft_id IS NOT NULL"
    )]
    consents += [
        c for draft_id in unlinked for c in consent.for_draft(store, draft_id)
        if c.application_id is None and (c.draft_id in draft_ids or mentions(c.subject, nik))
    ]
    trail = [asdict(e) for app_id in sorted(ids) for e in audit.entries(store, app_id)]
    return {
        "nik": nik,
        "applications": [asdict(a) for a in apps],
        "drafts": drafts,
        "consents": [asdict(c) for c in consents],
        "audit": trail,
        "quarantined": [asdict(q) for q in damaged],
    }


def inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def export(store: Store, nik: str, out: Path, officer: str) -> dict[str, Any]:
    """Write everything about ``nik`` to ``out`` (JSON, readable only by this user); returns the data."""
    if inside(out, data_home()):
        raise SecurityError(
            translate(
                "Security",
                "Berkas ekspor tidak boleh di dalam folder data aplikasi ({home}); pilih folder lain.",
            ).format(home=data_home())
        )
    data = collect(store, nik)
    # One person's whole record: 0600, in a 0700 folder when it has to be made.
    write_atomic(out, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), private=True)
    for app in data["applications"]:
        store.audit(officer, "export", app["id"], detail="subject-export")
    if not data["applications"]:
        store.audit(officer, "export", None, detail="subject-export")
    return data
