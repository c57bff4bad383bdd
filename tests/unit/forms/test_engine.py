"""Whole-form validation and the stored form of answers."""

from __future__ import annotations

from datetime import date

from mpp_assist.forms import ERROR, WARNING, load_catalogue, normalise, validate

TODAY = date(2026, 11, 27)


def example(service_id: str) -> tuple:
    d = load_catalogue().get(service_id)
    return d, d.example_answers()


def found(d, answers) -> list[tuple[str, str, str]]:
    return [(p.field, p.severity, p.code) for p in validate(d, answers, today=TODAY)]


def test_a_malformed_nik_is_named_by_field() -> None:
    d, a = example("ktp-el")
    a["nik"] = "32730157089000"
    assert found(d, a) == [("nik", ERROR, "nik_length")]
    problem = validate(d, a, today=TODAY)[0]
    assert problem.message("id") == "Masukkan NIK 16 angka (sekarang 14 angka)"
    assert problem.message("en") == "Enter a 16-digit NIK (now 14 digits)"


def test_nik_is_cross_checked_with_birth_date_and_sex() -> None:
    d, a = example("ktp-el")
    a["tanggal_lahir"] = "18 Agustus 1990"
    a["jenis_kelamin"] = "L"
    problems = {p.field: p for p in validate(d, a, today=TODAY)}
    assert problems["tanggal_lahir"].code == "nik_birth_mismatch"
    assert "17 Agustus 1990" in problems["tanggal_lahir"].message("id")
    assert problems["jenis_kelamin"].code == "nik_sex_mismatch"
    assert "perempuan" in problems["jenis_kelamin"].message("id")
    assert "female" in problems["jenis_kelamin"].message("en")


def test_cross_checks_inside_a_repeat_group_name_the_item() -> None:
    d, a = example("kartu-keluarga")
    a["anggota_keluarga"][2]["jenis_kelamin"] = "L"
    assert found(d, a) == [("anggota_keluarga[2].jenis_kelamin", ERROR, "nik_sex_mismatch")]


def test_irrelevant_sections_and_fields_are_skipped_and_not_stored() -> None:
    d, a = example("ktp-el")
    a["nomor_surat_polisi"] = ""  # the loss section is irrelevant for a new card
    a["elemen_berubah"] = ["nama"]
    assert found(d, a) == []
    stored = normalise(d, a, today=TODAY)
    assert "elemen_berubah" not in stored
    a["jenis_permohonan"] = "hilang"
    assert found(d, a) == [
        ("nomor_surat_polisi", ERROR, "required"),
        ("tanggal_surat_polisi", ERROR, "required"),
    ]


def test_repeat_group_counts_are_checked() -> None:
    d, a = example("akta-kelahiran")
    a["saksi"] = a["saksi"][:1]
    assert ("saksi", ERROR, "repeat_min") in found(d, a)
    a["saksi"] = [a["saksi"][0]] * 3
    assert ("saksi", ERROR, "repeat_max") in found(d, a)


def test_a_constraint_waits_for_the_answers_it_reads() -> None:
    d, a = example("ktp-el")
    a["tanggal_lahir"] = "31 Februari 1990"  # the age is unknown, so the marital status is not judged
    a["status_perkawinan"] = "belum_kawin"
    assert found(d, a) == [("tanggal_lahir", ERROR, "date_not_exist")]
    a["tanggal_lahir"] = "2012-08-17"
    a["nik"] = "3273015708120001"
    assert found(d, a) == [("status_perkawinan", ERROR, "constraint")]
    problem = next(p for p in validate(d, a, today=TODAY) if p.field == "status_perkawinan")
    assert "17 tahun" in problem.message("id") and "aged 17" in problem.message("en")


def test_warnings_do_not_block_and_values_are_kept() -> None:
    d, a = example("ktp-el")
    a["kode_pos"] = "40153"
    a["nik"] = "9999995708900001"
    assert found(d, a) == [("nik", WARNING, "nik_region_unknown"), ("kode_pos", WARNING, "postcode_mismatch")]
    stored = normalise(d, a, today=TODAY)
    assert stored["nik"] == "9999995708900001" and stored["kode_pos"] == "40153"


def test_unknown_answers_warn_and_are_dropped() -> None:
    d, a = example("ktp-el")
    a["warna_favorit"] = "biru"
    assert found(d, a) == [("warna_favorit", WARNING, "unknown_field")]
    assert "warna_favorit" not in normalise(d, a, today=TODAY)


def test_the_stored_form_is_canonical() -> None:
    d, a = example("nib")
    a.update(
        telepon="0361 234567",
        tanggal_lahir="7 agu 1975",
        modal_usaha="25.000.000",
        lokasi_sama="ya",
        desa="5171011001",
        nik="5171 0147 0875 0003",
    )
    stored = normalise(d, a, today=TODAY)
    assert stored["telepon"] == "+62361234567"
    assert stored["tanggal_lahir"] == "1975-08-07"
    assert stored["modal_usaha"] == 25_000_000
    assert stored["skala_usaha"] == "mikro"  # calculated
    assert stored["lokasi_sama"] is True
    assert stored["desa"] == "51.71.01.1001"
    assert stored["nik"] == "5171014708750003"
    assert validate(d, stored, today=TODAY) == []  # the stored form reads back the same


def test_calculations_flow_through_repeats() -> None:
    d, a = example("bpjs-kesehatan")
    stored = normalise(d, a, today=TODAY)
    assert stored["jumlah_peserta"] == 3 and stored["iuran_bulanan"] == 3 * 35_000
    a["kelas"] = "kelas_1"
    a["ada_anggota"] = False  # the family group becomes irrelevant
    stored = normalise(d, a, today=TODAY)
    assert "anggota_keluarga" not in stored and stored["iuran_bulanan"] == 150_000


def test_choice_filters_limit_select_answers() -> None:
    d, a = example("nib")
    a["kbli"] = "14111"  # manufacturing, but the sector chosen is food service
    assert found(d, a) == [("kbli", ERROR, "choice_invalid")]


def test_garbage_answers_never_crash() -> None:
    d, _a = example("kartu-keluarga")
    garbage = {
        "anggota_keluarga": "semua",
        "nik_kepala": {"x": 1},
        "rt": [1],
        "desa": 32,
        "jenis_permohonan": None,
        "kode_pos": True,
        "telepon": 3.14,
    }
    codes = {p.field: p.code for p in validate(d, garbage, today=TODAY)}
    assert codes["anggota_keluarga"] == "wrong_type" and codes["jenis_permohonan"] == "required_choice"
    assert codes["nik_kepala"] == "nik_digits" and codes["desa"] == "region_invalid"
    assert validate(d, [], today=TODAY)  # not even a dict: every required field is reported


def test_requirements_follow_the_answers() -> None:
    d, a = example("ktp-el")
    assert [r.id for r in d.requirements_for(a)] == ["kk"]
    a["jenis_permohonan"] = "hilang"
    assert [r.id for r in d.requirements_for(a)] == ["kk", "surat_kehilangan"]


def test_the_same_person_twice_in_a_group_is_named() -> None:
    d, a = example("akta-kelahiran")
    a["saksi"][1] = dict(a["saksi"][0])
    problems = [p for p in validate(d, a, today=TODAY) if p.code == "duplicate"]
    assert [p.field for p in problems] == ["saksi[1].nik"]
    assert problems[0].message("id").startswith("NIK saksi sama dengan Saksi 1. Periksa lagi")
    assert problems[0].message("en").startswith("Witness's NIK is the same as Witness 1.")
