"""What the desk already knows of a returning citizen, from their stored applications (no Qt here).

``profile`` is keyed as the forms' profile keys (``prefill.profile`` in a definition), so a new
form fills itself in exactly as it does after a document read or an earlier form of the visit.
``family`` is the ``anggota_keluarga`` list of their newest application that has one (a KK service).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mpp_assist.forms import FormDefinition
from mpp_assist.store import Application

# Who the person is, not what they asked for this time: identity, birth, address and phone carry
# over to the next service; answers that are one application's own (its reason, a police letter) do not.
CARRIED = ("nik", "no_kk", "nama_lengkap", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat", "rt",
           "rw", "desa", "kode_pos", "telepon", "email")
FAMILY_FIELD = "anggota_keluarga"


@dataclass
class Family:
    members: list[dict[str, Any]] = field(default_factory=list)
    source: Application | None = None  # the application the family was read from
    definition: FormDefinition | None = None  # its form (the relationship's words)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def profile(apps: list[Application], definition_of: Callable[[Application], FormDefinition | None]) -> dict[str, Any]:
    """The person's facts from ``apps`` (newest first): the newest value of each wins, older ones fill gaps."""
    known: dict[str, Any] = {}
    for app in apps:
        definition = definition_of(app)
        if definition is None:
            continue
        for f in definition.fields():
            key = f.profile_key
            if key in CARRIED and key not in known and not _empty(app.answers.get(f.id)):
                known[key] = app.answers[f.id]
    return known


def family(apps: list[Application], definition_of: Callable[[Application], FormDefinition | None]) -> Family:
    """The family from the newest application (``apps`` newest first) that lists one."""
    for app in apps:
        members = app.answers.get(FAMILY_FIELD)
        if isinstance(members, list) and any(isinstance(m, dict) for m in members):
            return Family([dict(m) for m in members if isinstance(m, dict)], app, definition_of(app))
    return Family()


def relationship(definition: FormDefinition | None, value: Any, lang: str) -> str:
    """A member's ``hubungan`` in words (the form's own choice label), else the stored value."""
    if definition is None or not value:
        return str(value or "")
    try:
        choice = definition.field(f"{FAMILY_FIELD}.hubungan").choice(str(value))
    except KeyError:
        choice = None
    return choice.label.get(lang) if choice is not None else str(value)
