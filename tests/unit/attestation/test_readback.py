"""The read-back script: every answer, section by section, in words an Indonesian voice reads right."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mpp_assist.attestation import ApplicantWord, with_word
from mpp_assist.attestation.readback import FEE_SECTION, ReadBackCursor, build
from mpp_assist.forms import load_catalogue
from mpp_assist.speech.engines import EspeakEngine
from mpp_assist.speech.speaker import synthesise_to_file
from unit.speech.wavcheck import assert_speech

CATALOGUE = load_catalogue()


def script(service_id: str = "ktp-el"):
    definition = CATALOGUE.get(service_id)
    return build(definition, definition.normalise(definition.example_answers()))


def test_sections_follow_the_form_and_end_with_the_fee() -> None:
    rb = script("ktp-el")
    definition = CATALOGUE.get("ktp-el")
    ids = [s.id for s in rb.sections]
    assert ids[-1] == FEE_SECTION
    assert ids[:-1] == [s.id for s in definition.sections if s.id in ids]
    assert "KTP" in rb.intro


def test_identifiers_dates_choices_and_money_are_spoken_as_words() -> None:
    text = script("ktp-el").text()
    # NIK 3273015708900001 in groups of four digits, never as one enormous number.
    assert "tiga dua tujuh tiga, nol satu lima tujuh, nol delapan sembilan nol, nol nol nol satu" in text
    assert "nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol" in text  # phone
    assert "tujuh belas Agustus seribu sembilan ratus sembilan puluh" in text  # 1990-08-17
    assert "Perempuan" in text and "Kawin" in text  # choices by their label, not "P" / "kawin"
    assert "3273015708900001" not in text and "1990-08-17" not in text

    paid = CATALOGUE.get("paspor")
    fee = build(paid, paid.normalise(paid.example_answers())).sections[-1].items[0].spoken
    assert fee.endswith("rupiah.") and "ribu" in fee


def test_every_answer_is_in_the_script_and_the_word_is_not() -> None:
    definition = CATALOGUE.get("akta-kelahiran")
    answers = definition.normalise(definition.example_answers())
    rb = build(definition, with_word(answers, ApplicantWord(True)))
    shown = [item.shown for s in rb.sections for item in s.items]
    assert "Agus Wibowo" in shown and "Rizky Wibowo" in shown and "Hendra Gunawan" in shown
    assert "_applicant_word" not in rb.text()


def test_cursor_pauses_repeats_and_skips_by_section() -> None:
    rb = script("ktp-el")
    cursor = ReadBackCursor(rb)
    assert cursor.current() == rb.intro
    first = rb.sections[0]
    assert cursor.advance() == first.heading
    assert cursor.advance() == first.items[0].spoken
    assert cursor.repeat_section() == first.heading  # "ulangi bagian ini"
    target = rb.sections[2]
    assert cursor.skip_to(target.id) == target.heading and cursor.section_id == target.id
    assert cursor.next_section() == rb.sections[3].heading
    assert cursor.previous_section() == target.heading
    said = []
    while (line := cursor.advance()) is not None:  # resume to the end
        said.append(line)
    assert said[-1] == rb.sections[-1].items[-1].spoken and cursor.done
    assert cursor.repeat_section() == rb.sections[-1].heading  # at the end, repeat the last section
    with pytest.raises(KeyError):
        cursor.skip_to("no-such-section")


def test_after_a_correction_the_reading_resumes_in_the_same_section() -> None:
    definition = CATALOGUE.get("ktp-el")
    answers = definition.normalise(definition.example_answers())
    cursor = ReadBackCursor(build(definition, answers))
    target = cursor.script.sections[1]
    cursor.skip_to(target.id)
    cursor.advance()
    corrected = build(definition, {**answers, "nama_lengkap": "Siti Nurhalizah"})  # "Ubah", then back
    resumed = cursor.resumed(corrected)
    assert resumed.section_id == target.id and resumed.current() == corrected.sections[1].heading
    assert any("Siti Nurhalizah" in line for line in corrected.sections[1].utterances())


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")
def test_one_section_synthesised_to_a_real_wav(tmp_path: Path) -> None:
    section = script("ktp-el").sections[1]  # the applicant's data: NIK, KK, name, date of birth
    text = " ".join(section.utterances())
    wav = tmp_path / "bagian.wav"
    synthesise_to_file(text, wav, "id", rate=170, engine=EspeakEngine())
    assert_speech(wav, words=len(text.split()), rate=170)
