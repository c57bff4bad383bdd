"""The Indonesian verbaliser, checked against known readings and by reading the words back."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mpp_assist.speech.verbalise import (
    MAX_NUMBER,
    MONTHS,
    date_words,
    digits_grouped,
    number_words,
    rupiah_words,
    speakable,
)

_DIGITS = {w: i for i, w in enumerate(
    ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
)}
_BIG = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12,
        "kuadriliun": 10**15, "kuintiliun": 10**18}


def parse_words(text: str) -> int:
    """An independent reader of Indonesian number words (the inverse the tests check against)."""
    words = text.split()
    sign = 1
    if words[0] == "minus":
        sign, words = -1, words[1:]
    total = 0  # completed scale groups
    group = 0  # current value below one thousand
    i = 0
    while i < len(words):
        w = words[i]
        if w == "seratus":
            group += 100
        elif w == "sepuluh":
            group += 10
        elif w == "sebelas":
            group += 11
        elif w == "seribu":
            assert group == 0, text
            total += 1000
        elif w in _DIGITS:
            nxt = words[i + 1] if i + 1 < len(words) else None
            d = _DIGITS[w]
            if nxt == "ratus":
                group += d * 100
                i += 1
            elif nxt == "puluh":
                group += d * 10
                i += 1
            elif nxt == "belas":
                group += d + 10
                i += 1
            else:
                group += d
        elif w in _BIG:
            assert 0 < group < 1000, text
            total += group * _BIG[w]
            group = 0
        else:
            raise AssertionError(f"unexpected word {w!r} in {text!r}")
        i += 1
    return sign * (total + group)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (15, "lima belas"),
        (20, "dua puluh"),
        (45, "empat puluh lima"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (250, "dua ratus lima puluh"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1945, "seribu sembilan ratus empat puluh lima"),
        (2026, "dua ribu dua puluh enam"),
        (11_000, "sebelas ribu"),
        (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"),
        (1_000_000, "satu juta"),
        (1_001_000, "satu juta seribu"),
        (1_250_000, "satu juta dua ratus lima puluh ribu"),
        (30_000_000_000, "tiga puluh miliar"),
        (10**12, "satu triliun"),
        (-7, "minus tujuh"),
    ],
)
def test_known_numbers(n: int, words: str) -> None:
    assert number_words(n) == words


@given(st.integers(min_value=-MAX_NUMBER, max_value=MAX_NUMBER))
def test_words_read_back_to_the_same_number(n: int) -> None:
    words = number_words(n)
    assert parse_words(words) == n
    # A lone one before ratus/puluh/belas/ribu is always a se- form (seratus, seribu…); "satu ribu"
    # only appears inside a larger group ("dua puluh satu ribu", "seratus satu ribu").
    tokens = words.split()
    for i, w in enumerate(tokens[1:], start=1):
        if tokens[i - 1] == "satu" and w in ("ratus", "puluh", "belas"):
            raise AssertionError(words)
        if tokens[i - 1] == "satu" and w == "ribu":
            assert i >= 2 and tokens[i - 2] in ("puluh", "ratus", "seratus"), words
    assert "  " not in words and words == words.strip()


def test_out_of_range_and_wrong_types() -> None:
    with pytest.raises(ValueError, match="too large"):
        number_words(MAX_NUMBER + 1)
    with pytest.raises(TypeError):
        number_words(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        number_words(True)


def test_rupiah() -> None:
    assert rupiah_words(1_250_000) == "satu juta dua ratus lima puluh ribu rupiah"
    assert rupiah_words(0) == "nol rupiah"
    assert rupiah_words(50_000) == "lima puluh ribu rupiah"


def test_dates() -> None:
    assert date_words(date(2026, 8, 17)) == "tujuh belas Agustus dua ribu dua puluh enam"
    assert date_words(date(1945, 8, 17)) == "tujuh belas Agustus seribu sembilan ratus empat puluh lima"
    assert date_words(date(2000, 1, 1)) == "satu Januari dua ribu"


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_every_date_reads_back(d: date) -> None:
    words = date_words(d).split()
    month_at = next(i for i, w in enumerate(words) if w in MONTHS)
    assert parse_words(" ".join(words[:month_at])) == d.day
    assert MONTHS.index(words[month_at]) + 1 == d.month
    assert parse_words(" ".join(words[month_at + 1 :])) == d.year


def test_nik_in_groups_of_four() -> None:
    assert digits_grouped("3201234567890001") == (
        "tiga dua nol satu, dua tiga empat lima, enam tujuh delapan sembilan, nol nol nol satu"
    )
    assert digits_grouped("0812-345", group=3) == "nol delapan satu, dua tiga empat, lima"
    assert digits_grouped("+62") == "plus enam dua"
    assert digits_grouped("") == ""
    with pytest.raises(ValueError):
        digits_grouped("123", group=0)


@given(st.text(alphabet="0123456789", min_size=1, max_size=40), st.integers(min_value=1, max_value=8))
def test_digit_groups_keep_every_digit_in_order(digits: str, group: int) -> None:
    spoken = digits_grouped(digits, group=group)
    groups = spoken.split(", ")
    assert all(len(g.split()) <= group for g in groups)
    assert "".join(str(_DIGITS[w]) for g in groups for w in g.split()) == digits


def test_speakable_free_text() -> None:
    text = speakable(
        "Biaya Rp 1.250.000. NIK 3201234567890001, lahir 17-08-1945, telepon 081234567890 "
        "atau +62 812 3456 7890; selesai dalam 3 hari (2026-08-17), berat 2,5 kg."
    )
    assert "satu juta dua ratus lima puluh ribu rupiah" in text
    assert "tiga dua nol satu, dua tiga empat lima, enam tujuh delapan sembilan, nol nol nol satu" in text
    assert "tujuh belas Agustus seribu sembilan ratus empat puluh lima" in text
    assert "nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol" in text
    assert "plus enam dua, delapan satu dua tiga, empat lima enam tujuh, delapan sembilan nol" in text
    assert "tiga hari" in text
    assert "tujuh belas Agustus dua ribu dua puluh enam" in text
    assert "dua koma lima kg" in text
    assert not any(ch.isdigit() for ch in text)


def test_speakable_leaves_impossible_dates_and_words_alone() -> None:
    assert speakable("31-02-2026") != "tiga puluh satu Februari dua ribu dua puluh enam"
    assert speakable("Tidak ada angka di sini.") == "Tidak ada angka di sini."
    assert speakable("Rp 50.000,-") == "lima puluh ribu rupiah"


@given(st.text(max_size=80))
def test_speakable_never_fails_on_any_text(text: str) -> None:
    out = speakable(text)
    assert isinstance(out, str)
    if not any(ch.isdigit() for ch in text):
        assert out == text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # one number read whole: the thousands rule ran before the decimal rule and lost "koma"
        ("1.250,75", "seribu dua ratus lima puluh koma tujuh lima"),
        ("Rp 1.250.000,50", "satu juta dua ratus lima puluh ribu rupiah lima puluh sen"),  # the sen were dropped
        ("Rp 1.250.000,-", "satu juta dua ratus lima puluh ribu rupiah"),
        ("Rp 10,00", "sepuluh rupiah"),
        ("-0,234", "minus nol koma dua tiga empat"),  # the minus was lost
        ("suhu -7 derajat", "suhu minus tujuh derajat"),
        ("RT-05", "RT-lima"),  # a hyphen is not a minus
        ("umur 1-3 tahun", "umur satu-tiga tahun"),
    ],
)
def test_a_number_is_read_whole_with_its_sign_decimals_and_sen(text: str, said: str) -> None:
    assert speakable(text) == said


def test_speakable_reads_common_abbreviations_as_words() -> None:
    # An Indonesian voice spells "dll." letter by letter: say what a reader would.
    assert speakable("Perubahan data (nama, status, alamat, dll.)") == (
        "Perubahan data (nama, status, alamat, dan lain-lain)")
    # The full stop stays where it also ended the sentence: the voice pauses there.
    assert speakable("KTP, KK, dsb. Lalu dst.") == "KTP, KK, dan sebagainya. Lalu dan seterusnya"
    assert speakable("Dll. di akhir") == "dan lain-lain di akhir"
    assert speakable("modll.") == "modll."  # only the word, not letters inside another



@pytest.mark.parametrize("shown", ["3273 0157 0890 0001", "3273\u00a00157\u00a00890\u00a00001"])
def test_a_nik_written_in_groups_of_four_is_read_digit_by_digit(shown: str) -> None:
    # As the applicant display and receipts show it: it was read "tiga ribu …" and then as a phone number.
    said = "NIK: tiga dua tujuh tiga, nol satu lima tujuh, nol delapan sembilan nol, nol nol nol satu"
    assert speakable(f"NIK: {shown}") == said
    assert speakable("1234 5678") == "seribu dua ratus tiga puluh empat lima ribu enam ratus tujuh puluh delapan"
