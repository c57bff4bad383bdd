"""``mpp-assist scan``: read a KTP-el or Kartu Keluarga from a photo, a scan or a PDF page."""

from __future__ import annotations

import argparse

from mpp_assist.cli.common import CliError, print_json
from mpp_assist.i18n import translate

LOW = 0.8  # below this a field is marked for the officer to look at first


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "scan", help=translate("Cli", "baca KTP-el atau Kartu Keluarga dari foto, pindaian atau halaman PDF")
    )
    p.add_argument("path", metavar="PATH", help=translate("Cli", "berkas gambar (JPG, PNG) atau PDF"))
    p.add_argument(
        "--kind", choices=("auto", "ktp", "kk"), default="auto",
        help=translate("Cli", "jenis dokumen: ktp, kk, atau auto (dikenali sendiri)"),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    p.set_defaults(func=cmd_scan)


def cmd_scan(args: argparse.Namespace) -> int:
    try:  # the OCR stack is heavy: imported only when a document is read
        from mpp_assist.documents import DocumentError, read_file
    except ImportError as exc:
        raise CliError(
            translate("Cli", "Pembaca dokumen tidak terpasang ({error}); pasang ulang MPP Assist.").format(error=exc)
        ) from None
    try:
        reading = read_file(args.path, args.kind)
    except DocumentError as exc:
        raise CliError(exc.message) from None
    except MemoryError:
        raise CliError(translate("Cli", "Gambar terlalu besar untuk dibaca di komputer ini.")) from None
    if args.json:
        print_json(reading.to_json())
        return 0
    name = translate("Cli", "KTP-el") if reading.kind == "ktp" else translate("Cli", "Kartu Keluarga")
    print(translate("Cli", "Dokumen: {name}").format(name=name))
    _print_fields(reading.fields, "")
    for i, member in enumerate(reading.members, 1):
        print(translate("Cli", "Anggota keluarga {n}:").format(n=i))
        _print_fields(member, "  ")
    return 0


def _print_fields(fields: dict, indent: str) -> None:
    for key, f in fields.items():
        if f.value is None:
            shown = translate("Cli", "(tidak terbaca)")
        else:
            shown = f"{f.value}  ({round(f.confidence * 100)}%)"
        mark = "?" if f.value is None or f.confidence < LOW else " "
        print(f"{indent}{mark} {key}: {shown}")
        for problem in f.problems:
            print(f"{indent}    ! {problem}")
