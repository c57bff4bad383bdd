"""Name normalisation for search: one spelling per name, and a phonetic key that forgives the rest."""

from __future__ import annotations

import pytest

from mpp_assist.search import names
from mpp_assist.search.terms import parse_query, phone_number, terms


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("SITI  NURHALIZA", ["siti", "nurhaliza"]),
        ("Sitti Nurhaliza", ["siti", "nurhaliza"]),
        ("H. Muhammad Rizki", ["muhamad", "rizki"]),
        ("Hj. Siti Aminah, S.Pd., M.Pd.", ["siti", "aminah"]),
        ("Dr. Ir. Bambang Santoso", ["bambang", "santoso"]),
        ("Mohammad Hatta", ["muhamad", "hata"]),
        ("Mochammad Yusuf", ["muhamad", "yusuf"]),
        ("Moh. Yusuf", ["muhamad", "yusuf"]),
        ("M. Yusuf", ["muhamad", "yusuf"]),
        ("Muhamad Yusuf", ["muhamad", "yusuf"]),
        ("Djoko Tjahjono", ["joko", "cahjono"]),
        ("Soekarno", ["sukarno"]),
        ("Achmad Soebardjo", ["akhmad", "subarjo"]),
        ("Nur'aini", ["nuraini"]),
        ("Ir", ["ir"]),  # a title alone is someone's name
        ("  ", []),
    ],
)
def test_tokens_forgive_case_spacing_titles_and_old_spellings(written: str, expected: list[str]) -> None:
    assert names.tokens(written) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Achmad", "Ahmad"),
        ("Rachmat", "Rahmat"),
        ("Fatimah", "Fatima"),
        ("Syamsul", "Samsul"),
        ("Khairul", "Hairul"),
        ("Taufiq", "Taufik"),
        ("Aisyah", "Aisya"),
        ("Faizal", "Faisal"),
        ("Dzulkifli", "Zulkifli"),
        ("Slamet", "Slamit"),
        ("Supomo", "Soepomo"),
        ("Mustofa", "Musthofa"),
    ],
)
def test_phonetic_keys_fold_common_variants(a: str, b: str) -> None:
    assert names.keys(a) == names.keys(b)


def test_different_names_keep_different_keys() -> None:
    assert names.keys("Siti") != names.keys("Sari")
    assert names.keys("Budi") != names.keys("Bayu")


def test_what_the_index_holds_for_an_application() -> None:
    held = terms({
        "nik": "3273 0157 0890 0001",
        "no_kk": "3273011203150007",
        "nama_lengkap": "Siti Nurhaliza",
        "telepon": "+62 812-3456-7890",
        "anggota": [{"nik": "3273015708900002", "nama": "Budi"}],
        "alamat": "Jl. Sukarasa No. 12",
    })
    assert {"id:3273015708900001", "id:3273011203150007", "id:3273015708900002"} <= held
    assert "phone:081234567890" in held
    assert {"name:siti", "name:nurhaliza", "name:budi", f"sound:{names.phonetic('siti')}"} <= held
    assert not any("sukarasa" in t for t in held)  # addresses are not searchable


def test_a_query_says_what_it_looks_for() -> None:
    assert parse_query("3273 0157 0890 0001").kind == "id"
    assert parse_query("0812-3456-7890").kind == "phone"
    assert phone_number("62812345678") == "0812345678"
    assert parse_query("d1-20261203 -0001").text == "d1-20261203-0001"  # the store also tries it upper-cased
    assert parse_query("Hj. Sitti").kind == "name"
    assert parse_query("  ") is None and parse_query("...") is None
