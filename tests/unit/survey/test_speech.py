"""What the desk reads aloud for each question: text from the core, synthesised here to a real WAV."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from speech.wavcheck import assert_speech  # tests/unit is on sys.path (rootdir-based packages)

from mpp_assist import i18n
from mpp_assist.speech.engines import EspeakEngine
from mpp_assist.speech.speaker import synthesise_to_file
from mpp_assist.survey.questionnaire import ELEMENTS, element
from mpp_assist.survey.speech import answer_speech, intro_speech, question_speech, thanks_speech

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")


def test_question_and_its_four_answers_numbers_in_words() -> None:
    text = question_speech(element("u4"))
    assert text.startswith("Pertanyaan empat dari sembilan: Biaya/tarif.")
    assert "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?" in text
    assert "Satu: Sangat mahal. Dua: Cukup mahal. Tiga: Murah. Empat: Gratis." in text
    assert "tekan angkanya" in text
    assert not any(ch.isdigit() for ch in text)  # every number is a word, as espeak-ng should say it
    assert "tekan" not in question_speech(element("u4"), interview=True)  # the officer reads it aloud
    assert "Ada sembilan pertanyaan singkat" in intro_speech()
    assert answer_speech(element("u9"), 3) == "Jawaban Anda: Baik."
    assert "tanpa nama" in thanks_speech()


def test_every_question_reads_in_english_too() -> None:
    with i18n.language("en"):
        for e in ELEMENTS:
            text = question_speech(e)
            assert text.startswith(f"Question {e.number} of 9:")
            assert "1: " in text and "4: " in text


@needs_espeak
def test_a_question_synthesises_to_audible_speech(tmp_path: Path) -> None:
    text = question_speech(element("u8"))
    wav = tmp_path / "u8.wav"
    synthesise_to_file(text, wav, "id", rate=150, engine=EspeakEngine())
    assert_speech(wav, words=len(text.split()), rate=150)
