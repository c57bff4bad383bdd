"""A confirmed reading fills the forms through their profile keys, and the KK's members its repeat."""

from __future__ import annotations

from mpp_assist.documents.prefill import members_from, profile_from
from mpp_assist.forms import load_catalogue
from mpp_assist.forms.session import FormSession

KTP = {
    "nik": "3273015708900001", "nama_lengkap": "SITI NURHALIZA", "tempat_lahir": "BANDUNG",
    "tanggal_lahir": "1990-08-17", "jenis_kelamin": "P", "alamat": "JL. SUKARASA NO. 12", "rt": "003",
    "rw": "012", "desa": "32.73.01.1001", "kel_desa": "SUKARASA", "agama": "islam", "golongan_darah": "O",
    "status_perkawinan": "kawin", "pekerjaan": None,
}


def test_a_ktp_prefills_every_profile_field_and_nothing_unread() -> None:
    profile = profile_from("ktp", KTP)
    assert "pekerjaan" not in profile and "kel_desa" not in profile and "golongan_darah" not in profile
    session = FormSession(load_catalogue().get("ktp-el"), {}, profile=profile)
    answers = session.answers()
    assert answers["nik"] == "3273015708900001" and answers["desa"] == "32.73.01.1001"
    assert session.prefilled("nama_lengkap") and session.prefilled("tanggal_lahir")
    assert "pekerjaan" not in answers


def test_a_kk_gives_its_head_as_the_applicant_and_its_members_to_the_kk_form() -> None:
    members = [
        {"nik": "3578010504850003", "nama_lengkap": "BUDI SANTOSO", "hubungan": "kepala_keluarga",
         "jenis_kelamin": "L", "tanggal_lahir": "1985-04-05"},
        {"nik": "3578014512870002", "nama_lengkap": "ANI", "hubungan": "istri", "jenis_kelamin": "P",
         "pendidikan": None},
        {"nik": None, "nama_lengkap": None},
    ]
    fields = {"no_kk": "3578011203150007", "nama_kepala": "BUDI SANTOSO", "alamat": "JL. MAWAR 1", "desa": None}
    profile = profile_from("kk", fields, members)
    assert profile["no_kk"] == "3578011203150007" and profile["nik"] == "3578010504850003"
    assert profile["nama_lengkap"] == "BUDI SANTOSO" and "hubungan" not in profile and "desa" not in profile
    items = members_from(members)
    assert len(items) == 2 and "pendidikan" not in items[1]
    session = FormSession(load_catalogue().get("kartu-keluarga"), {"anggota_keluarga": items}, profile=profile)
    assert session.answers()["nik_kepala"] == "3578010504850003"
    assert session.answers()["anggota_keluarga"][1]["nama_lengkap"] == "ANI"
