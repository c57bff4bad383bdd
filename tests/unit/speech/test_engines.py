"""Real speech synthesised to WAV by espeak-ng (and pyttsx3 on its libespeak driver), read back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from mpp_assist.speech.engines import EspeakEngine, Pyttsx3Engine, SpeechError, Voice, best_voice
from mpp_assist.speech.speaker import synthesise_to_file, voice_status
from mpp_assist.speech.verbalise import speakable

from .wavcheck import assert_speech, wav_stats

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")

SENTENCE = "Permohonan KTP elektronik Anda sudah kami terima. Biaya Rp 1.250.000, selesai 17-08-2026."


@needs_espeak
def test_indonesian_voice_found_on_linux() -> None:
    status = voice_status(EspeakEngine(), "id")
    assert status.available
    assert status.voice is not None and status.voice.speaks("id")
    assert status.voice.id in {"poz/id", "id"}
    assert "Indonesian" in status.message


@needs_espeak
@pytest.mark.parametrize("engine_class", [EspeakEngine, Pyttsx3Engine])
def test_synthesis_is_audible_and_as_long_as_the_text(tmp_path: Path, engine_class: type) -> None:
    wav = tmp_path / "out.wav"
    synthesise_to_file(SENTENCE, wav, "id", rate=150, engine=engine_class())
    assert_speech(wav, words=len(speakable(SENTENCE).split()), rate=150)


@needs_espeak
def test_rate_setting_changes_the_speed(tmp_path: Path) -> None:
    slow, fast = tmp_path / "slow.wav", tmp_path / "fast.wav"
    engine = EspeakEngine()
    synthesise_to_file(SENTENCE, slow, "id", rate=100, engine=engine)
    synthesise_to_file(SENTENCE, fast, "id", rate=250, engine=engine)
    assert wav_stats(fast)[0] < 0.75 * wav_stats(slow)[0]


@needs_espeak
def test_numbers_are_spoken_as_words_not_digit_by_digit(tmp_path: Path) -> None:
    # "1.250.000" verbalised is "satu juta dua ratus lima puluh ribu rupiah": clearly longer
    # than the handful of syllables a digit-reader would produce for "1 2 5 0"... and not empty.
    wav = tmp_path / "money.wav"
    synthesise_to_file("Rp 1.250.000", wav, "id", engine=EspeakEngine())
    assert_speech(wav, words=7, rate=150)


@needs_espeak
def test_sox_agrees_the_wav_is_speech(tmp_path: Path) -> None:
    if shutil.which("sox") is None:
        pytest.skip("sox not installed")
    wav = tmp_path / "out.wav"
    synthesise_to_file("Selamat pagi, silakan duduk.", wav, "id", engine=EspeakEngine())
    stat = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True, check=True).stderr
    rms = float(next(line for line in stat.splitlines() if line.startswith("RMS     amplitude")).split()[-1])
    assert rms > 0.02


class NoIndonesian(EspeakEngine):
    """espeak-ng on a machine whose Indonesian voice data is missing."""

    def voices(self) -> list[Voice]:
        return [v for v in super().voices() if not v.speaks("id")]


@needs_espeak
def test_without_an_indonesian_voice_it_refuses_rather_than_use_english(tmp_path: Path) -> None:
    status = voice_status(NoIndonesian(), "id")
    assert not status.available
    assert "Tidak ada suara Bahasa Indonesia" in status.message
    with pytest.raises(SpeechError, match="Tidak ada suara Bahasa Indonesia"):
        synthesise_to_file("Selamat pagi", tmp_path / "x.wav", "id", engine=NoIndonesian())
    assert not (tmp_path / "x.wav").exists()


def test_windows_voice_names_are_recognised() -> None:
    andika = Voice("HKLM\\…\\MSTTS_V110_idID_Andika", "Microsoft Andika - Indonesian", ("id_ID",))
    gadis = Voice("TTS_MS_ID-ID_GADIS_11.0", "Microsoft Gadis Desktop", ())
    david = Voice("TTS_MS_EN-US_DAVID_11.0", "Microsoft David Desktop - English (United States)", ("en_US",))
    assert andika.speaks("id") and gadis.speaks("id")
    assert not david.speaks("id") and david.speaks("en")
    assert best_voice([david, andika], "id") == andika
    assert best_voice([david], "id") is None
    assert best_voice([david, gadis, andika], "id", preferred=andika.id) == andika
    # A preferred voice in the wrong language is not used for Indonesian.
    assert best_voice([david, gadis], "id", preferred=david.id) == gadis


def test_missing_program_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without espeak-ng
    with pytest.raises(SpeechError, match="espeak-ng tidak ditemukan"):
        EspeakEngine()
