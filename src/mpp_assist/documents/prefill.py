"""A confirmed reading → what the form is prefilled with: the applicant's profile and the family's members.

The document's field names are the forms' profile keys (``nik``, ``nama_lengkap``, ``desa`` …),
so a confirmed KTP-el fills every service that asks for them, marked as filled in for the
officer (``FormSession.prefilled``) and still editable. A Kartu Keluarga gives the head of the
family as the applicant and its members as the ``anggota_keluarga`` items of the KK service.
Only what the officer confirmed goes in; nothing unread is invented.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mpp_assist.documents.model import KK_FIELDS, KTP_FIELDS, MEMBER_FIELDS, Reading

# Read for the officer to compare, not profile facts of their own (the region names resolve to ``desa``).
_NOT_PROFILE = {"kel_desa", "kecamatan", "kabupaten_kota", "provinsi", "golongan_darah", "kewarganegaraan"}
MEMBERS_FIELD = "anggota_keluarga"  # the KK service's repeat of family members
HEAD = "kepala_keluarga"


def profile_from(
    kind: str, fields: Mapping[str, Any], members: list[Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """The profile (profile key → value) from confirmed ``fields`` of a ``kind`` ("ktp" or "kk") reading."""
    names = KTP_FIELDS if kind == "ktp" else KK_FIELDS
    out = {k: v for k, v in fields.items() if k in names and k not in _NOT_PROFILE and v not in (None, "")}
    if kind == "kk":
        head_name = out.pop("nama_kepala", None)
        head = next((m for m in members or [] if m.get("hubungan") == HEAD), None)
        if head is not None:
            out.update({k: v for k, v in head.items() if k in MEMBER_FIELDS and v not in (None, "")})
            out.pop("hubungan", None)
        if head_name:
            out["nama_lengkap"] = head_name
    return out


def members_from(members: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The family members as ``anggota_keluarga`` items (only the values read and confirmed)."""
    return [
        {k: v for k, v in m.items() if k in MEMBER_FIELDS and v not in (None, "")}
        for m in members
        if any(v not in (None, "") for v in m.values())
    ]


def reading_values(reading: Reading) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The values as read (before the officer's corrections): fields and members."""
    values = reading.values()
    return dict(values["fields"]), [dict(m) for m in values["members"]]
