"""A response is checked whole and holds nothing that names the person who gave it."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from mpp_assist import i18n
from mpp_assist.survey.model import MAX_SUGGESTION, Response, SurveyError, from_json, make_response, parse_day
from mpp_assist.survey.questionnaire import ELEMENTS, PROFILE, age_band, element

TODAY = date(2026, 11, 2)


def make(**kw):
    args = {"service_id": "ktp-el", "desk": "DESK-A", "day": TODAY, "mode": "screen",
            "answers": [4, 3, 4, 4, 3, 3, 4, 2, 3], "today": TODAY, **kw}
    return make_response(**args)


def problems(**kw) -> list[str]:
    with pytest.raises(SurveyError) as caught:
        make(**kw)
    return caught.value.problems


def test_a_response_has_only_anonymous_fields() -> None:
    r = make(profile={"sex": "P", "age": "30-39"}, suggestion="Antrian lebih cepat.")
    assert {f.name for f in dataclasses.fields(Response)} == {
        "id", "service_id", "desk", "day", "mode", "answers", "profile", "suggestion"
    }
    assert r.to_json() == {
        "service_id": "ktp-el", "desk": "DESK-A", "date": "2026-11-02", "mode": "screen",
        "answers": [4, 3, 4, 4, 3, 3, 4, 2, 3], "profile": {"age": "30-39", "sex": "P"},
        "suggestion": "Antrian lebih cepat.",
    }
    assert from_json(r.id, r.to_json(), today=TODAY) == r


def test_the_nine_elements_in_the_regulation_order_and_wording() -> None:
    assert [e.key for e in ELEMENTS] == [f"u{i}" for i in range(1, 10)]
    assert [e.label() for e in ELEMENTS] == [
        "Persyaratan", "Sistem, mekanisme, dan prosedur", "Waktu penyelesaian", "Biaya/tarif",
        "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana", "Perilaku pelaksana",
        "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana",
    ]
    assert element("u4").answers == ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")
    assert element("U8").answer_text(2) == "Ada tetapi tidak berfungsi"
    assert [q.field for q in PROFILE] == ["sex", "age", "education", "occupation"]
    assert PROFILE[2].ids() == ("SD", "SMP", "SMA", "S1", "S2", "S3")
    assert PROFILE[3].ids() == ("PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA")


def test_english_through_i18n() -> None:
    with i18n.language("en"):
        assert element("u4").label() == "Cost/fee"
        assert element("u4").answer_text(4) == "Free"
        assert element("u1").question_text().startswith("How ")


def test_a_tenth_answer_a_five_and_a_bool_are_refused() -> None:
    assert problems(answers=[4] * 10) == ["Harus ada 9 jawaban (U1 sampai U9), bukan 10."]
    assert problems(answers=[4, 3, 4, 5, 3, 3, 4, 2, 3]) == [
        "Jawaban U4 (Biaya/tarif) harus 1, 2, 3 atau 4, bukan 5."
    ]
    assert len(problems(answers=[True, 0, 4, 4, 3, 3, 4, 2, "x"])) == 3
    assert problems(answers=[None] * 9) == ["Belum ada pertanyaan yang dijawab."]
    assert problems(answers="443") == ["Jawaban harus berupa daftar sembilan nilai."]


def test_dates_and_modes() -> None:
    assert parse_day("2024-02-29") == date(2024, 2, 29)
    for text in ("2026-02-30", "2026-13-01", "17-08-2026", "2026-8-1", "kemarin"):
        with pytest.raises(SurveyError, match="Tanggal tidak ada"):
            parse_day(text)
    assert problems(day=date(2026, 11, 3)) == ["Tanggal survei tidak boleh di masa depan: 2026-11-03."]
    assert "interview" in problems(mode="phone")[0]
    assert make(mode="interview").mode == "interview"


def test_profile_is_optional_and_checked() -> None:
    assert make().profile == {}
    assert make(profile={"education": "", "sex": None}).profile == {}
    assert "Pendidikan: pilihan tidak dikenal (D3)" in problems(profile={"education": "D3"})[0]
    assert problems(profile={"nik": "1"}) == ["Isian profil tidak dikenal: nik."]
    assert [age_band(a) for a in (0, 19, 20, 39, 59, 60, 101)] == [
        "<20", "<20", "20-29", "30-39", "50-59", "60+", "60+"
    ]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("a" * (MAX_SUGGESTION + 1), "terlalu panjang"),
        ("baik\x1b[31m", "karakter kendali"),
        ("baik\u202edeen", "karakter kendali"),
        ("hubungi saya 0812 3456 7890", "nomor panjang"),
        ("NIK saya 3201234567890001", "nomor panjang"),
    ],
)
def test_free_text_is_checked(text: str, why: str) -> None:
    assert any(why in p for p in problems(suggestion=text))


def test_plain_suggestions_pass() -> None:
    text = "Ruang tunggu panas.\nTolong tambah kipas, loket 3 lama (45 menit)."
    assert make(suggestion=f"  {text} ").suggestion == text


def test_ids_are_uuids() -> None:
    assert problems(response_id="not-a-uuid") == ["Nomor tanggapan bukan UUID."]
    assert "Kode layanan tidak sah." in problems(service_id="../etc")
