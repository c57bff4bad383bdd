"""Service groups: one kiosk button (and one number prefix) for the services of one counter."""

from __future__ import annotations

import json

from mpp_assist.forms import load_catalogue
from mpp_assist.forms.catalogue import SERVICES_DIR, Catalogue
from mpp_assist.forms.loader import check_data
from mpp_assist.queue.rules import default_groups


def _raw(service_id: str) -> dict:
    return json.loads((SERVICES_DIR / f"{service_id}.json").read_text(encoding="utf-8"))


def test_the_catalogue_groups_its_services_as_an_mpp_does() -> None:
    groups = [(g.id, g.name.get("id"), [d.id for d in services]) for g, services in load_catalogue().groups()]
    assert groups == [
        ("kependudukan", "Kependudukan", ["ktp-el", "kartu-keluarga", "akta-kelahiran", "pindah-datang"]),
        ("kepolisian", "Kepolisian", ["skck"]),
        ("keimigrasian", "Keimigrasian", ["paspor"]),
        ("kesehatan", "Kesehatan", ["bpjs-kesehatan"]),
        ("perizinan", "Perizinan berusaha", ["nib"]),
    ]
    assert load_catalogue().get("ktp-el").group.name.get("en") == "Civil registration"


def test_without_a_group_a_service_is_grouped_by_its_agency() -> None:
    raw = _raw("skck")
    del raw["group"]
    definition, problems = check_data(raw)
    assert problems == [] and definition is not None
    assert definition.group.name.get("id") == raw["agency"]["id"]
    assert definition.group.id == "agency-kepolisian-negara-republik-indonesia-polres-polsek"
    other = _raw("paspor")
    other["id"], other["agency"] = "skck-online", raw["agency"]
    del other["group"]
    second, _ = check_data(other)
    assert second is not None
    [(_group, services)] = Catalogue([definition, second]).groups()  # one agency: one button
    assert [d.id for d in services] == ["skck", "skck-online"]


def test_a_malformed_group_is_refused_by_name() -> None:
    raw = _raw("nib")
    raw["group"] = {"id": "Perizinan Berusaha", "name": "Perizinan"}  # not an identifier
    definition, problems = check_data(raw)
    assert definition is None and any("group" in str(p) for p in problems)
    raw["group"] = {"id": "perizinan"}  # no name
    definition, problems = check_data(raw)
    assert definition is None and any("group" in str(p) for p in problems)


def test_a_group_has_one_ticket_prefix() -> None:
    prefixes = default_groups((d.id, d.group.id) for d in load_catalogue().services())
    adminduk = {prefixes[s] for s in ("ktp-el", "kartu-keluarga", "akta-kelahiran", "pindah-datang")}
    assert len(adminduk) == 1
    others = {prefixes[s] for s in ("skck", "paspor", "bpjs-kesehatan", "nib")}
    assert len(others) == 4 and not adminduk & others
