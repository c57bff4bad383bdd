"""Control and direction characters are refused at the field, for every text-like field type.

NUL, ANSI escapes, BEL, right-to-left overrides and the other bidi controls, zero-width characters:
pasted from a chat or a PDF they are invisible on screen, break receipts and printers, and can turn
a name around on the public status page. The forms engine refuses them (desk, CLI and server share
it) with a message naming the field; a long text keeps its line breaks.
"""

from __future__ import annotations

from datetime import date

import pytest

from mpp_assist.forms import ERROR, load_catalogue, validate
from mpp_assist.forms.validators import hidden_characters, without_hidden

TODAY = date(2026, 11, 27)
HOSTILE = {
    "NUL": "Siti\x00Nurhaliza",
    "ANSI escape": "Siti \x1b[31mNurhaliza",
    "BEL": "Siti\x07 Nurhaliza",
    "right-to-left override": "Siti \u202eazilahruN",
    "left-to-right isolate": "Siti \u2066Nurhaliza\u2069",
    "zero-width space": "Siti\u200bNurhaliza",
    "zero-width joiner": "Siti\u200dNurhaliza",
    "byte order mark": "\ufeffSiti Nurhaliza",
    "arabic letter mark": "Siti\u061c Nurhaliza",
    "line separator": "Siti\u2028Nurhaliza",
}
FIELDS = ["nama_lengkap", "tempat_lahir", "alamat", "pekerjaan", "email", "telepon", "nik", "rt"]


def problems(answers: dict) -> list:
    return validate(load_catalogue().get("ktp-el"), answers, today=TODAY)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hidden_characters_are_refused_at_the_field(field: str, name: str) -> None:
    answers = load_catalogue().get("ktp-el").example_answers()
    answers[field] = HOSTILE[name]
    found = [p for p in problems(answers) if p.field == field]
    assert [(p.severity, p.code) for p in found] == [(ERROR, "hidden_characters")], (field, name, found)
    assert "tersembunyi" in found[0].message("id")
    assert "hidden" in found[0].message("en")


def test_a_long_text_keeps_its_line_breaks_and_tabs() -> None:
    answers = load_catalogue().get("ktp-el").example_answers()
    answers["alamat"] = "Jl. Sukarasa No. 12\nRT 3 / RW 12\r\n\tBandung"
    assert [p for p in problems(answers) if p.field == "alamat"] == []


def test_ordinary_indonesian_text_is_not_flagged() -> None:
    for text in (
        "Ni Luh Putu Ayu",
        "Drs. H. Ahmad, S.Kom.",
        "Jl. Ir. H. Juanda No. 5/7",
        "Ratna Sari Dewi Soekarno—Sari",
    ):
        assert hidden_characters(text) == ""


def test_without_hidden_strips_them_for_display() -> None:
    assert without_hidden("Siti \u202eazilahruN\x1b[0m\x00") == "Siti azilahruN[0m"


@pytest.mark.parametrize("field", ["nama_lengkap", "alamat"])
def test_a_megabyte_answer_is_too_long_before_any_character_is_checked(
    field: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2 MB name took 9 s of per-character checks before its 120-character limit applied."""
    from mpp_assist.forms import engine

    def guarded(check):  # the real check, but never on the megabyte
        def run(text: object, *args: object, **kwargs: object) -> object:
            assert not (isinstance(text, str) and len(text) > 100_000), "a per-character check ran on it"
            return check(text, *args, **kwargs)

        return run

    answers = load_catalogue().get("ktp-el").example_answers()
    answers[field] = "Siti " * 400_000
    monkeypatch.setattr(engine, "hidden_characters", guarded(engine.hidden_characters))
    monkeypatch.setattr(engine, "check_name", guarded(engine.check_name))
    found = [p for p in problems(answers) if p.field == field]
    assert [(p.severity, p.code) for p in found] == [(ERROR, "too_long")]


def test_a_name_just_past_its_limit_with_spaces_still_reads_as_typed() -> None:
    answers = load_catalogue().get("ktp-el").example_answers()
    answers["nama_lengkap"] = "  Siti   Nurhaliza  "  # well under 4x the limit: tidied, then measured
    assert [p for p in problems(answers) if p.field == "nama_lengkap"] == []
