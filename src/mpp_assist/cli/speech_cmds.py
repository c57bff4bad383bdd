"""``mpp-assist speak``: read text aloud in Bahasa Indonesia (or English), or write it to a WAV file."""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

from mpp_assist.cli.common import CliError
from mpp_assist.i18n import current_language, translate
from mpp_assist.paths import data_home
from mpp_assist.settings import OPTIONS, Settings
from mpp_assist.speech.engines import SpeechError, make_engine
from mpp_assist.speech.player import NoPlayer, default_player
from mpp_assist.speech.speaker import synthesise_to_file, voice_status


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "speak", help=translate("Cli", "bacakan teks (angka, tanggal dan rupiah dibaca ala Indonesia)")
    )
    p.add_argument(
        "text", metavar="TEXT", help=translate("Cli", "teks yang dibacakan (- untuk masukan standar)")
    )
    p.add_argument(
        "--to", metavar="FILE.wav", help=translate("Cli", "tulis suara ke berkas WAV, bukan diputar")
    )
    p.add_argument(
        "--lang", dest="speech_lang", choices=("id", "en"), default=None,
        help=translate("Cli", "bahasa suara: id (bawaan) atau en"),
    )
    p.add_argument(
        "--rate", type=int, default=None, metavar="WPM", help=translate("Cli", "kecepatan (kata per menit)")
    )
    p.add_argument(
        "--engine", choices=("auto", "espeak-ng", "pyttsx3"), default="auto",
        help=translate("Cli", "mesin suara"),
    )
    p.add_argument(
        "--voices", action="store_true", help=translate("Cli", "tampilkan suara yang dipakai, lalu keluar")
    )
    p.set_defaults(func=cmd_speak)


def cmd_speak(args: argparse.Namespace) -> int:
    settings = Settings()
    lang = args.speech_lang or current_language()
    rate = args.rate if args.rate is not None else settings.get("speech_rate")
    opt = OPTIONS["speech_rate"]
    if not (opt.minimum or 0) <= rate <= (opt.maximum or 1000):
        raise CliError(
            translate("Cli", "Kecepatan harus antara {low} dan {high} kata per menit.").format(
                low=int(opt.minimum or 0), high=int(opt.maximum or 0)
            ),
            2,
        )
    try:
        engine = make_engine(args.engine)
    except SpeechError as exc:
        raise CliError(str(exc)) from None
    if args.voices:
        status = voice_status(engine, lang, settings.get("speech_voice"))
        print(status.message)
        return 0 if status.available else 1
    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        raise CliError(translate("Cli", "Tidak ada teks untuk dibacakan."), 2)

    if args.to:
        target = Path(args.to)
        try:
            synthesise_to_file(text, target, lang, rate, settings.get("speech_voice"), engine)
        except SpeechError as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise CliError(
                translate("Cli", "Berkas tidak bisa ditulis: {path} ({error})").format(path=target, error=exc)
            ) from None
        print(translate("Cli", "Suara ditulis ke {path}").format(path=target))
        return 0

    player = default_player()
    if isinstance(player, NoPlayer):
        raise CliError(translate("Cli", "Tidak ada pemutar suara. Pakai --to FILE.wav untuk menyimpannya."))
    # The spoken text may hold personal data: the WAV lives in the data home and is removed after.
    with tempfile.TemporaryDirectory(dir=data_home(), prefix="speak-") as folder:
        wav = Path(folder) / "speak.wav"
        try:
            synthesise_to_file(text, wav, lang, rate, settings.get("speech_voice"), engine)
            with contextlib.suppress(KeyboardInterrupt):
                player.play(wav)
        except SpeechError as exc:
            raise CliError(str(exc)) from None
    return 0
