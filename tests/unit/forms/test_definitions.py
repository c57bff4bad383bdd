"""Definitions: the schema, the meaning checks, and every service in the catalogue."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import jsonschema
import pytest

from mpp_assist.forms import UnknownService, check_data, load_catalogue, validate
from mpp_assist.forms.catalogue import ORDER, definition_files
from mpp_assist.forms.loader import SCHEMA_PATH

SERVICES = [
    "ktp-el",
    "kartu-keluarga",
    "akta-kelahiran",
    "pindah-datang",
    "skck",
    "paspor",
    "bpjs-kesehatan",
    "nib",
]


def problems(data: Any) -> list[str]:
    return [str(p) for p in check_data(data)[1]]


def test_the_schema_is_a_valid_json_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_catalogue_has_the_eight_services_in_desk_order() -> None:
    catalogue = load_catalogue()
    assert [d.id for d in catalogue.services()] == SERVICES == ORDER
    assert load_catalogue() is catalogue  # cached
    assert catalogue.broken == {}
    with pytest.raises(UnknownService):
        catalogue.get("no-such-service")


@pytest.mark.parametrize("path", definition_files(), ids=lambda p: p.stem)
def test_every_shipped_definition_is_valid(path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    definition, found = check_data(data)
    assert found == [] and definition is not None
    assert path.with_name(f"{definition.id}.example.json").exists()


@pytest.mark.parametrize("service_id", SERVICES)
def test_every_service_is_described_fully_in_both_languages(service_id: str) -> None:
    d = load_catalogue().get(service_id)
    assert d.name.get("id") and d.name.get("en") != d.name.get("id")
    assert d.agency.get("en") and d.description.get("en") and d.legal_basis
    assert d.fee >= 0 and d.service_days >= 1 and d.requirements
    for r in d.requirements:
        assert r.name.get("en") and r.hint.get("id")
    for s in d.sections:
        assert s.title.get("en")
        for f in s.fields:
            assert f.label.get("id") and f.spoken_prompt.get("id").startswith(
                f.prompt.get("id") if f.prompt else f.label.get("id")
            )


@pytest.mark.parametrize("service_id", SERVICES)
def test_every_example_answers_file_is_complete_and_valid(service_id: str) -> None:
    d = load_catalogue().get(service_id)
    found = validate(d, d.example_answers(), today=date(2026, 11, 27))
    assert found == [], [str(p) for p in found]


def test_dukcapil_services_are_free() -> None:
    for sid in ("ktp-el", "kartu-keluarga", "akta-kelahiran", "pindah-datang"):
        assert load_catalogue().get(sid).fee == 0


# --- what validate-form reports ------------------------------------------------------------------


def test_a_minimal_definition_is_valid(definition_data) -> None:
    assert problems(definition_data) == []


def test_unknown_field_in_an_expression_is_located(definition_data) -> None:
    definition_data["sections"][0]["fields"][1]["relevant"] = "tgl_lahir != null"
    assert problems(definition_data) == ["sections[0].fields[1].relevant: isian 'tgl_lahir' tidak dikenal"]


def test_syntax_and_type_errors_are_all_reported(definition_data) -> None:
    fields = definition_data["sections"][0]["fields"]
    fields[0]["constraint"] = "len(.) >"
    fields[1]["relevant"] = "nama > 3"
    fields[2]["calculate"] = "age(nama)"
    assert problems(definition_data) == [
        "sections[0].fields[0].constraint: akhir ekspresi tidak diharapkan di sini",
        "sections[0].fields[1].relevant: '>' tidak bisa dipakai antara text dan number",
        "sections[0].fields[2].calculate: fungsi 'age' tidak menerima text",
    ]


def test_schema_errors_are_located_and_plain(definition_data) -> None:
    definition_data["sections"][0]["fields"][0]["type"] = "nama"
    definition_data["sections"][0]["fields"][1]["lable"] = "typo"
    del definition_data["fee"]
    found = problems(definition_data)
    assert "'fee' wajib ada" in found
    assert any(p.startswith("sections[0].fields[0].type: 'nama' tidak dikenal") for p in found)
    assert "sections[0].fields[1]: kunci tidak dikenal: 'lable'" in found


def test_duplicates_cycles_and_bad_references(definition_data) -> None:
    fields = definition_data["sections"][0]["fields"]
    fields.append({"id": "nama", "type": "text", "label": "Lagi"})
    fields.append({"id": "a", "type": "integer", "label": "A", "calculate": "b + 1"})
    fields.append({"id": "b", "type": "integer", "label": "B", "calculate": "a + 1"})
    fields.append(
        {"id": "nik", "type": "nik", "label": "NIK", "checks": {"birth_date": "nama", "sex": "tidak_ada"}}
    )
    fields.append(
        {
            "id": "pilih",
            "type": "select_one",
            "label": "P",
            "default": "z",
            "choices": [{"value": "x", "label": "X"}, {"value": "x", "label": "X2"}],
        }
    )
    found = problems(definition_data)
    assert "sections[0].fields[3].id: id isian 'nama' dipakai dua kali" in found
    assert (
        "sections[0].fields[6].checks.birth_date: isian 'nama' bertipe name, padahal yang diperlukan date"
        in found
    )
    assert "sections[0].fields[6].checks.sex: isian 'tidak_ada' tidak dikenal" in found
    assert "sections[0].fields[7].choices[1].value: nilai pilihan 'x' dipakai dua kali" in found
    assert "sections[0].fields[7].default: nilai bawaan 'z' tidak ada di pilihan" in found
    assert any("bergantung pada dirinya sendiri" in p for p in found)


def test_repeat_fields_see_their_siblings_and_the_top_level(definition_data) -> None:
    definition_data["sections"][0]["fields"].append(
        {
            "id": "saksi",
            "type": "repeat",
            "label": "Saksi",
            "min_count": 2,
            "max_count": 2,
            "fields": [
                {"id": "tgl", "type": "date", "label": "Tgl"},
                {"id": "catatan", "type": "text", "label": "C", "relevant": "age(tgl) > umur"},
            ],
        }
    )
    assert problems(definition_data) == []
    definition_data["sections"][0]["fields"][0]["relevant"] = (
        "tgl = null"  # a repeat's field is not visible outside
    )
    assert problems(definition_data) == ["sections[0].fields[0].relevant: isian 'tgl' tidak dikenal"]


def test_messages_follow_the_language() -> None:
    from mpp_assist import i18n

    data = load_catalogue().get("ktp-el").to_json()
    data["sections"][1]["fields"][4]["relevant"] = "tgl_lahir > today()"
    with i18n.language("en"):
        found = problems(data)
    assert found == ["sections[1].fields[4].relevant: unknown field 'tgl_lahir'"]


def test_texts_must_have_indonesian(definition_data) -> None:
    definition_data["name"] = {"en": "Example only"}
    definition_data["agency"] = ""
    assert problems(definition_data) == [
        'agency: harus teks, atau objek {"id": …, "en": …} tanpa teks kosong',
        'name: harus teks, atau objek {"id": …, "en": …} tanpa teks kosong',
    ]


def test_a_broken_definition_is_left_out_not_fatal(tmp_path, monkeypatch) -> None:
    from mpp_assist.forms import catalogue as cat

    for path in definition_files()[:2]:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "rusak.json").write_text('{"id": "rusak"}', encoding="utf-8")
    monkeypatch.setattr(cat, "SERVICES_DIR", tmp_path)
    monkeypatch.setattr(
        cat,
        "definition_files",
        lambda folder=tmp_path: sorted(
            p for p in folder.glob("*.json") if not p.name.endswith(".example.json")
        ),
    )
    try:
        loaded = cat.load_catalogue(reload=True)
        assert [d.id for d in loaded.services()] == ["akta-kelahiran", "bpjs-kesehatan"]
        assert list(loaded.broken) == ["rusak.json"]
        assert "'version' wajib ada" in [p.message for p in loaded.broken["rusak.json"].problems]
    finally:
        monkeypatch.undo()
        cat.load_catalogue(reload=True)


def test_defaults_must_suit_their_field(definition_data) -> None:
    fields = definition_data["sections"][0]["fields"]
    fields.append({"id": "jumlah", "type": "integer", "label": "Jumlah", "default": "banyak"})
    fields.append({"id": "tanggal", "type": "date", "label": "Tanggal", "default": "2020-02-30"})
    fields.append({"id": "hp", "type": "phone", "label": "HP", "default": "081234567890"})
    assert problems(definition_data) == [
        "sections[0].fields[3].default: nilai bawaan 'banyak' tidak sesuai untuk isian bertipe integer",
        "sections[0].fields[4].default: nilai bawaan '2020-02-30' tidak sesuai untuk isian bertipe date",
    ]


def _all_fields(fields: list[Any]) -> list[Any]:
    return [g for f in fields for g in (f, *_all_fields(f.fields))]


@pytest.mark.parametrize("service_id", SERVICES)
def test_no_label_says_it_is_optional_itself(service_id: str) -> None:
    """The desk adds "(tidak wajib)" to every optional field: a label saying it too reads twice."""
    for s in load_catalogue().get(service_id).sections:
        for f in _all_fields(s.fields):
            for lang, words in (("id", ("jika ada", "tidak wajib", "opsional")), ("en", ("if any", "optional"))):
                label = f.label.get(lang).lower()
                assert not any(w in label for w in words), f"{service_id}.{f.id}: {f.label.get(lang)!r}"


def test_a_prefill_when_needs_a_field_and_a_true_or_false_condition() -> None:
    path = next(p for p in definition_files() if p.name == "akta-kelahiran.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    parents = next(s for s in data["sections"] if s["id"] == "orang_tua")
    nik_ayah = next(f for f in parents["fields"] if f["id"] == "nik_ayah")
    nik_ayah["prefill"] = {"field": "nik_pelapor", "when": "hubungan_pelapor"}  # text, not true/false
    assert any("prefill.when" in p for p in problems(data))
    nik_ayah["prefill"] = {"profile": "nik", "when": "hubungan_pelapor = 'ayah'"}  # copy what?
    assert any("prefill.when" in p for p in problems(data))
    nik_ayah["prefill"] = {"field": "nik_pelapor", "when": "hubungan_pelapor = 'ayah'"}
    assert problems(data) == []
