"""Which paper forms a service has, and what each one holds: data in ``resources/data/paper_forms/forms.json``.

A service lists its official forms under ``services``; ``sptjm`` maps a requirement that a sworn
statement may replace to that statement's form; a requirement marked ``sptjm_allowed`` with no
entry gets the plain ``SPTJM`` form, and a service with no forms listed gets the summary form.
No form is chosen by a code branch: adding a service's paper form is an edit of that file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from mpp_assist.paths import resource


@dataclass(frozen=True)
class FormSpec:
    code: str
    title: str
    kind: str  # "official", "sptjm" or "summary"
    signer: str  # the label over the applicant's signature box
    blocks: tuple[dict[str, Any], ...]
    subtitle: str = ""
    signer_name: str = ""  # answer id of the person who signs (default: the applicant's name)
    second_signer: str = ""  # answer id of a second declarant (F-2.04: husband and wife)
    witnesses: str = ""  # repeat group whose items sign as witnesses (saksi)


@dataclass(frozen=True)
class OfferedForm:
    """One paper form an application has: its spec, and for an SPTJM the requirement it replaces."""

    spec: FormSpec
    replaces: tuple[str, ...] = field(default_factory=tuple)  # requirement ids

    @property
    def code(self) -> str:
        return self.spec.code


@cache
def _data() -> dict[str, Any]:
    return json.loads(resource("data", "paper_forms", "forms.json").read_text(encoding="utf-8"))


@cache
def spec(code: str) -> FormSpec:
    """The form with this code; KeyError if there is none."""
    raw = _data()["forms"][code]
    return FormSpec(
        code=code, title=raw["title"], kind=raw["kind"], signer=raw["signer"],
        blocks=tuple(raw.get("blocks", ())), subtitle=raw.get("subtitle", ""),
        signer_name=raw.get("signer_name", ""), second_signer=raw.get("second_signer", ""),
        witnesses=raw.get("witnesses", ""),
    )


def all_codes() -> list[str]:
    return list(_data()["forms"])


def service_forms(service_id: str) -> list[str]:
    """The main forms of a service (the summary form when it has none of its own)."""
    return list(_data()["services"].get(service_id) or [_data()["summary"]])


def sptjm_form(service_id: str, requirement_id: str) -> str:
    """The sworn statement that stands in for this requirement of this service."""
    return str(_data()["sptjm"].get(service_id, {}).get(requirement_id) or _data()["default_sptjm"])


def sptjm_number(service_id: str, requirement_id: str) -> str:
    """The official form number the checklist names for this statement (F-2.03 …), or "" for the
    plain SPTJM, which has no number of its own."""
    code = sptjm_form(service_id, requirement_id)
    return "" if code == _data()["default_sptjm"] else code
