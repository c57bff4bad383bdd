"""FormSession: what the desk uses while an officer fills in a form."""

from __future__ import annotations

from datetime import date

import pytest

from mpp_assist.forms import FormSession, PathError, load_catalogue

TODAY = date(2026, 11, 27)


def session(service_id: str, **kw) -> FormSession:
    return FormSession(load_catalogue().get(service_id), today=TODAY, **kw)


def test_set_returns_that_fields_problems_as_typed() -> None:
    s = session("ktp-el")
    assert [p.code for p in s.set("nik", "3273 0157 0890")] == ["nik_length"]
    assert s.set("nik", "3273 0157 0890 0001") == []
    assert s.raw("nik") == "3273 0157 0890 0001"  # the widget gets back what was typed
    assert s.value("nik") == "3273015708900001"
    assert s.set("tanggal_lahir", "17 agu 1990") == []
    assert s.calculated("umur") == 36 and s.display("umur") == "36"
    assert [p.code for p in s.set("jenis_kelamin", "L")] == ["nik_sex_mismatch"]


def test_sections_appear_and_disappear_with_relevance() -> None:
    s = session("ktp-el")
    ids = [x.id for x in s.relevant_sections()]
    assert "kehilangan" not in ids
    s.set("jenis_permohonan", "hilang")
    assert s.next_section("alamat").id == "kehilangan"
    s.set("jenis_permohonan", "rusak")
    assert s.next_section("alamat").id == "kontak"
    assert s.previous_section("kontak").id == "alamat"
    assert s.next_section(None).id == "permohonan" and s.next_section("kontak") is None
    assert [r.id for r in s.requirements()] == ["kk", "ktp_lama"]


def test_profile_prefill_never_asks_twice() -> None:
    profile = {"nik": "3273015708900001", "nama_lengkap": "Siti Nurhaliza", "tanggal_lahir": "1990-08-17"}
    s = session("paspor", profile=profile)
    assert s.raw("nama_lengkap") == "Siti Nurhaliza" and s.prefilled("nama_lengkap")
    s.set("nama_lengkap", "Siti Nurhaliza Binti Ahmad")
    assert not s.prefilled("nama_lengkap")
    assert s.profile_updates()["nama_lengkap"] == "Siti Nurhaliza Binti Ahmad"


def test_a_field_prefilled_from_another_follows_it_until_changed() -> None:
    s = session("bpjs-kesehatan")
    s.set("nama_lengkap", "Yohanes")
    assert s.raw("pemilik_rekening") == "Yohanes" and s.prefilled("pemilik_rekening")
    s.set("nama_lengkap", "Yohanes Lagaligo")
    assert s.raw("pemilik_rekening") == "Yohanes Lagaligo"
    s.set("pemilik_rekening", "Maria Ulfa")
    s.set("nama_lengkap", "Yohanes L.")
    assert s.raw("pemilik_rekening") == "Maria Ulfa"


def test_cascading_choices() -> None:
    s = session("paspor")
    assert s.choices("kantor_imigrasi") == []
    s.set("provinsi_kanim", "35")
    assert [c.value for c in s.choices("kantor_imigrasi")] == ["kanim_surabaya", "kanim_malang"]
    assert [p.code for p in s.set("kantor_imigrasi", "kanim_bandung")] == ["choice_invalid"]


def test_repeat_items_are_added_and_removed() -> None:
    s = session("akta-kelahiran")
    assert s.item_count("saksi") == 0 and s.can_add_item("saksi")
    i = s.add_item("saksi")
    j = s.add_item("saksi")
    assert (i, j) == (0, 1) and not s.can_add_item("saksi")
    assert s.item_label("saksi", 1) == "Saksi 2" and s.item_label("saksi", 1, "en") == "Witness 2"
    assert [c for c, _f in s.visible_item_fields("saksi", 0)] == [
        "saksi[0].nik",
        "saksi[0].nama",
        "saksi[0].tanggal_lahir",
        "saksi[0].pekerjaan",
    ]
    assert [p.code for p in s.set("saksi[1].tanggal_lahir", "1 1 2015")] == ["constraint"]
    s.remove_item("saksi", 0)
    assert s.item_count("saksi") == 1 and s.raw("saksi[0].tanggal_lahir") == "1 1 2015"
    with pytest.raises(PathError):
        s.set("saksi[5].nama", "X")
    with pytest.raises(PathError):
        s.set("tidak_ada", "X")


def test_check_answers_summary() -> None:
    d = load_catalogue().get("ktp-el")
    s = FormSession(d, d.example_answers(), today=TODAY)
    s.set("pekerjaan", "")
    rows = {r.path: r for sec in s.summary() for r in sec.rows}
    assert rows["pekerjaan"].value == "Tidak diisi" and not rows["pekerjaan"].answered
    assert rows["tanggal_lahir"].value == "17 Agustus 1990"
    assert rows["telepon"].value == "0812-3456-7890"
    assert rows["desa"].value == "Kel. Sukarasa, Kec. Sukasari, Kota Bandung, Prov. Jawa Barat"
    assert rows["jenis_kelamin"].value == "Perempuan"
    assert "nomor_surat_polisi" not in rows
    rows_en = {r.path: r for sec in s.summary("en") for r in sec.rows}
    assert rows_en["pekerjaan"].value == "Not answered" and rows_en["tanggal_lahir"].value == "17 August 1990"
    assert s.can_submit()


def test_summary_lists_repeat_items() -> None:
    d = load_catalogue().get("akta-kelahiran")
    s = FormSession(d, d.example_answers(), today=TODAY)
    rows = [r for sec in s.summary() for r in sec.rows if r.section_id == "saksi"]
    assert rows[0].value == "2 data"
    assert rows[1].label == "Saksi 1: NIK saksi" and rows[1].path == "saksi[0].nik"


def test_section_problems_for_the_error_summary() -> None:
    s = session("ktp-el")
    s.set("jenis_permohonan", "baru")
    problems = s.problems("pemohon")
    assert [p.field for p in problems][:3] == ["nik", "no_kk", "nama_lengkap"]
    assert problems[0].message() == "Isi NIK"
    assert problems[2].message() == "Isi nama lengkap"
    assert s.problems("permohonan") == []


def test_draft_round_trip_keeps_everything_typed() -> None:
    s = session("kartu-keluarga")
    s.set("nik_kepala", "3578 0105 0485")
    s.add_item("anggota_keluarga")
    s.set("anggota_keluarga[0].tanggal_lahir", "5 april 19")
    again = session("kartu-keluarga", answers=s.answers())
    assert again.raw("nik_kepala") == "3578 0105 0485"
    assert again.raw("anggota_keluarga[0].tanggal_lahir") == "5 april 19"


def test_spoken_prompt_defaults_to_label_and_hint() -> None:
    s = session("ktp-el")
    assert s.prompt("nik").startswith("Nomor Induk Kependudukan")  # its own prompt
    assert s.prompt("tanggal_lahir") == "Tanggal lahir. Misalnya 17 8 1990"
    assert s.prompt("tanggal_lahir", "en") == "Date of birth. For example 17 8 1990"


def test_defaults_show_as_typed_until_changed() -> None:
    s = session("paspor")
    assert s.raw("jenis_paspor") == "elektronik" and s.prefilled("jenis_paspor")
    s.set("jenis_paspor", "non_elektronik")
    assert not s.prefilled("jenis_paspor") and s.value("jenis_paspor") == "non_elektronik"


def test_a_cleared_prefilled_field_stays_cleared_while_typing() -> None:
    s = session("bpjs-kesehatan")
    s.set("nama_lengkap", "Yohanes")
    assert s.raw("pemilik_rekening") == "Yohanes"
    s.set("pemilik_rekening", "")
    s.set("nama_lengkap", "Yohanes L")
    assert s.raw("pemilik_rekening") == ""


def test_a_cleared_default_stays_cleared_when_the_draft_reopens() -> None:
    s = session("paspor", profile={"nama_lengkap": "Siti"})
    s.set("jenis_paspor", "")
    s.set("nama_lengkap", "")
    again = session("paspor", answers=s.answers(), profile={"nama_lengkap": "Siti"})
    assert again.raw("jenis_paspor") == "" and again.raw("nama_lengkap") == ""
    assert again.answers() == s.answers()


def test_error_summary_lines_name_the_repeat_item() -> None:
    s = session("akta-kelahiran")
    s.add_item("saksi")
    s.add_item("saksi")
    lines = [s.describe(p) for p in s.problems("saksi")]
    assert "Saksi 2: Isi nama saksi" in lines
    assert "Witness 2: Enter witness's name" in [s.describe(p, "en") for p in s.problems("saksi")]


def test_spoken_prompt_of_a_repeat_item_says_whose_it_is() -> None:
    s = session("akta-kelahiran")
    s.add_item("saksi")
    s.add_item("saksi")
    assert s.prompt("saksi[1].nama") == "Saksi 2. Nama saksi. Sesuai KTP-el atau Kartu Keluarga"


def test_the_postcode_follows_the_chosen_village_until_typed() -> None:
    s = session("ktp-el")
    s.set("desa", "32.73.01.1001")
    assert s.raw("kode_pos") == "40152" and s.prefilled("kode_pos")
    s.set("desa", "3273011002")
    assert s.raw("kode_pos") == "40153"
    assert [p.code for p in s.set("kode_pos", "40999")] == ["postcode_mismatch"]
    s.set("desa", "32.73.01.1001")
    assert s.raw("kode_pos") == "40999"


def test_summary_shows_what_was_typed_when_it_cannot_be_read() -> None:
    d = load_catalogue().get("ktp-el")
    s = FormSession(d, d.example_answers(), today=TODAY)
    s.set("nik", "3273 0157 0890")
    s.set("tanggal_lahir", {"day": "31", "month": "Februari", "year": "1990"})
    rows = {r.path: r for sec in s.summary() for r in sec.rows}
    assert rows["nik"].value == "3273 0157 0890" and rows["nik"].answered
    assert [p.code for p in rows["nik"].problems] == ["nik_length"]
    assert rows["tanggal_lahir"].value == "31 Februari 1990"
    assert [p.code for p in rows["tanggal_lahir"].problems] == ["date_not_exist"]
    assert not s.can_submit()


def test_akta_the_reporter_who_is_a_parent_is_not_asked_again_as_the_parent() -> None:
    """WCAG 3.3.7 redundant entry: the reporter is the father, so the father's NIK and name are the
    reporter's (filled in, still editable); the reporter turns out to be the mother: they move to her."""
    s = session("akta-kelahiran")
    s.set("nik_pelapor", "3273011505850003")
    s.set("nama_pelapor", "Budi Santoso")
    assert s.raw("nik_ayah") in (None, "") and s.raw("nik_ibu") in (None, "")  # not yet: who reports?
    s.set("hubungan_pelapor", "ayah")
    assert s.raw("nik_ayah") == "3273011505850003" and s.prefilled("nik_ayah")
    assert s.raw("nama_ayah") == "Budi Santoso" and s.prefilled("nama_ayah")
    assert s.raw("nik_ibu") in (None, "") and not s.prefilled("nik_ibu")
    s.set("nama_pelapor", "Budi Santoso Wibowo")  # corrected on the reporter's page: followed
    assert s.raw("nama_ayah") == "Budi Santoso Wibowo"
    s.set("hubungan_pelapor", "ibu")
    assert s.raw("nik_ayah") in (None, "") and not s.prefilled("nik_ayah")
    assert s.raw("nik_ibu") == "3273011505850003" and s.prefilled("nama_ibu")
    s.set("nama_ibu", "Sri Wahyuni")  # the officer's own answer is kept
    s.set("hubungan_pelapor", "lainnya")
    assert s.raw("nama_ibu") == "Sri Wahyuni" and s.raw("nik_ibu") in (None, "")


def test_akta_a_parent_filled_from_the_reporter_is_stored_as_theirs() -> None:
    example = load_catalogue().get("akta-kelahiran").example_answers()
    answers = {k: v for k, v in example.items() if k not in ("nik_ayah", "nama_ayah")}
    s = session("akta-kelahiran", answers={**answers, "hubungan_pelapor": "ayah"})
    assert s.normalised()["nik_ayah"] == s.normalised()["nik_pelapor"]
    assert s.normalised()["nama_ayah"] == s.normalised()["nama_pelapor"]
