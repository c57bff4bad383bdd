"""Paper form commands: ``form-print APP_ID [--form CODE] [--paper a4|f4] [--large] -o FILE.pdf`` and ``--list``."""

from __future__ import annotations

import argparse

from mpp_assist.cli.common import CliError, print_json
from mpp_assist.cli.core_cmds import open_store
from mpp_assist.cli.receipt_cmds import _officer, stored_application, write_file
from mpp_assist.i18n import translate
from mpp_assist.paperforms import PAPER_NAMES, UnknownForm, available_forms, build_form, record_print
from mpp_assist.printing import PrintError
from mpp_assist.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("form-print", help=translate("Cli", "cetak formulir kertas resmi sebuah permohonan (PDF)"))
    p.add_argument("app_id", metavar="APP_ID", help=translate("Cli", "nomor permohonan atau nomor tanda terima"))
    p.add_argument("--list", action="store_true", help=translate("Cli", "daftar formulir yang dimiliki permohonan"))
    p.add_argument("--form", metavar="CODE",
                   help=translate("Cli", "kode formulir, misalnya F-1.01 (bawaan: yang pertama)"))
    p.add_argument("--paper", choices=PAPER_NAMES, default="a4", help=translate("Cli", "kertas: a4 atau f4 (folio)"))
    p.add_argument("--large", action="store_true", help=translate("Cli", "huruf besar (paling kecil 16 pt)"))
    p.add_argument("-o", "--output", metavar="FILE.pdf", help=translate("Cli", "berkas PDF"))
    p.add_argument("--print", dest="printer", nargs="?", const="", metavar="PRINTER",
                   help=translate("Cli", "cetak ke pencetak sistem (CUPS); tanpa nama: yang di pengaturan"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON (dengan --list)"))
    p.set_defaults(func=cmd_form_print)


def cmd_form_print(args: argparse.Namespace) -> int:
    if not args.list and not (args.output or args.printer is not None):
        raise CliError(translate("Cli", "Pilih tujuan formulir: -o FILE.pdf atau --print (atau --list)."), 2)
    from mpp_assist.security import consent

    settings = Settings()
    with open_store() as store:
        app, definition = stored_application(store, args.app_id)
        offered = available_forms(app, definition)
        if args.list:
            return _list(offered, args.json)
        try:
            pdf = build_form(app, definition, args.form, paper=args.paper, large_print=args.large,
                             mpp_name=settings.get("mpp_name"), public_base_url=settings.get("public_url"),
                             reads_self=consent.reads_self_for(store, app.id))
        except UnknownForm as exc:
            raise CliError(exc.message, 2) from None
        wanted = (args.form or offered[0].code).strip().lower()
        code = next(f.code for f in offered if f.code.lower() == wanted)  # build_form matched it
        done: list[str] = []
        try:
            if args.output:
                done.append(str(write_file(args.output, pdf)))
            if args.printer is not None:
                from mpp_assist.printing.cups import print_form

                printer = args.printer or settings.get("receipt_printer")
                job = print_form(pdf, printer or None, paper=args.paper, title=f"{code}-{app.receipt_number}")
                done.append(translate("Cli", "pencetak {printer} (tugas {job})").format(
                    printer=printer or translate("Cli", "utama"), job=job))
        except PrintError as exc:
            raise CliError(exc.message) from None
        finally:
            if done:  # whatever reached paper or disk is in the audit trail
                record_print(store, app.id, _officer(settings), code=code, paper=args.paper)
    message = translate("Cli", "Formulir {code} permohonan {number} ditulis ke {path}")
    print(message.format(code=code, number=app.receipt_number, path=", ".join(done)))
    return 0


def _list(offered: list, as_json: bool) -> int:
    if as_json:
        print_json([{"code": f.code, "title": f.title, "kind": f.kind, "replaces": list(f.replaces),
                     "needed": f.needed} for f in offered])
        return 0
    for f in offered:
        line = f"{f.code}\t{f.title}"
        if f.replaces:
            note = (translate("Cli", "pengganti: {items}") if f.needed
                    else translate("Cli", "bila tidak ada: {items}"))
            line += "\t" + note.format(items="; ".join(f.replaces))
        print(line)
    return 0
