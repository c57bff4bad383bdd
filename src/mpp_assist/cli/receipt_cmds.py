"""Receipt and report commands: ``receipt APP_ID -o FILE.pdf`` and ``report --date DAY -o FILE.pdf``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from mpp_assist import clock
from mpp_assist.atomic import write_atomic
from mpp_assist.cli.common import CliError, find_stored
from mpp_assist.cli.core_cmds import open_store
from mpp_assist.cli.security_cmds import signed_in
from mpp_assist.forms import FormDefinition, UnknownService, load_catalogue
from mpp_assist.i18n import current_language, translate
from mpp_assist.printing import PrintError
from mpp_assist.receipts import (
    LAYOUT_NAMES,
    RECEIPT_LANGS,
    build_content,
    build_receipt,
    options_from_settings,
)
from mpp_assist.receipts.history import print_count, record_print
from mpp_assist.security import session as security_session
from mpp_assist.settings import Settings
from mpp_assist.store import Application, Store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("receipt", help=translate("Cli", "tulis tanda terima sebuah permohonan ke berkas PDF"))
    p.add_argument("app_id", metavar="APP_ID",
                   help=translate("Cli", "nomor permohonan atau nomor tanda terima"))
    p.add_argument("--layout", choices=LAYOUT_NAMES,
                   help=translate("Cli", "kertas (bawaan: pengaturan loket)"))
    p.add_argument("--large-print", action="store_true", default=None,
                   help=translate("Cli", "huruf besar (paling kecil 16 pt)"))
    p.add_argument("--lang", dest="receipt_lang", choices=RECEIPT_LANGS,
                   help=translate("Cli", "bahasa tanda terima: id, en atau both"))
    p.add_argument("-o", "--output", metavar="FILE.pdf", help=translate("Cli", "berkas PDF"))
    p.add_argument("--print", dest="printer", nargs="?", const="", metavar="PRINTER",
                   help=translate("Cli", "cetak ke pencetak sistem (CUPS); tanpa nama: yang di pengaturan"))
    p.add_argument("--escpos", action="store_true",
                   help=translate("Cli", "cetak langsung ke pencetak termal ESC/POS di pengaturan"))
    p.set_defaults(func=cmd_receipt)

    p = sub.add_parser("report", help=translate("Cli", "laporan harian loket (PDF dengan grafik)"))
    p.add_argument("--date", dest="day", metavar="YYYY-MM-DD",
                   help=translate("Cli", "tanggal laporan (bawaan: hari ini)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=translate("Cli", "berkas PDF"))
    p.set_defaults(func=cmd_report)


def write_file(path: str, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (temp file in the same folder, then rename)."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise CliError(translate("Cli", "{path} adalah folder; berikan nama berkas PDF").format(path=path))
    try:
        write_atomic(target, data)
    except OSError as exc:
        message = translate("Cli", "Berkas tidak bisa ditulis: {path} ({error})")
        raise CliError(message.format(path=path, error=exc.strerror)) from None
    return target


def _officer(settings: Settings) -> str:
    current = security_session.current()
    return current.officer if current else settings.get("officer")



def stored_application(store: Store, app_id: str) -> tuple[Application, FormDefinition]:
    """The application named on the command line (id or its prefix) and the form it was made with."""
    app = find_stored(store, app_id)
    try:
        catalogue = load_catalogue()  # the form the application was made with, if still known
        definition = catalogue.version(app.service_id, app.form_version) or catalogue.get(app.service_id)
    except UnknownService:
        message = translate("Cli", "Layanan {id} dari permohonan ini tidak ada di katalog.")
        raise CliError(message.format(id=app.service_id)) from None
    return app, definition

def cmd_receipt(args: argparse.Namespace) -> int:
    if not (args.output or args.printer is not None or args.escpos):
        raise CliError(translate("Cli", "Pilih tujuan tanda terima: -o FILE.pdf, --print atau --escpos."), 2)
    settings = Settings()
    options = options_from_settings(settings)
    if args.layout:
        options["layout"] = args.layout
    if args.large_print:
        options["large_print"] = True
    if args.receipt_lang:
        options["lang"] = args.receipt_lang
    with open_store() as store:
        app, definition = stored_application(store, args.app_id)
        reprint = print_count(store, app.id) > 0
        pdf = build_receipt(app, definition, reprint=reprint, **options)
        done: list[str] = []
        try:
            if args.output:
                done.append(str(write_file(args.output, pdf)))
            if args.printer is not None:
                printer = args.printer or settings.get("receipt_printer")
                done.append(_print_cups(pdf, printer, app.receipt_number))
            if args.escpos:
                from mpp_assist.printing.thermal import print_receipt_escpos  # python-escpos only when asked

                content = build_content(app, definition, reprint=reprint, **{
                    k: v for k, v in options.items() if k not in ("layout", "large_print")
                })
                print_receipt_escpos(content, settings, layout=options["layout"],
                                     large_print=options["large_print"])
                done.append(translate("Cli", "pencetak termal"))
        except PrintError as exc:
            raise CliError(exc.message) from None
        finally:
            if done:  # whatever reached paper or disk is in the audit trail
                record_print(store, app.id, _officer(settings), layout=options["layout"], reprint=reprint)
    message = (translate("Cli", "Tanda terima {number} dicetak ulang ke {path}") if reprint
               else translate("Cli", "Tanda terima {number} ditulis ke {path}"))
    print(message.format(number=app.receipt_number, path=", ".join(done)))
    return 0


def _print_cups(pdf: bytes, printer: str, number: str, options: dict[str, str] | None = None) -> str:
    from mpp_assist.printing.cups import print_pdf_bytes

    job = print_pdf_bytes(pdf, printer or None, title=number, options=options)
    return translate("Cli", "pencetak {printer} (tugas {job})").format(
        printer=printer or translate("Cli", "utama"), job=job
    )


def cmd_report(args: argparse.Namespace) -> int:
    officer = signed_in("supervisor")  # the desk report is for supervisors (and admins)
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            message = translate("Cli", "Tanggal salah: {value}. Tulis tahun-bulan-hari, misalnya 2026-03-17.")
            raise CliError(message.format(value=args.day), 2) from None
    else:
        day = clock.today()  # the desk's date: from 17.00 UTC it is already tomorrow in WIB
    settings = Settings()
    lang = current_language()
    catalogue = load_catalogue()

    def service_name(service_id: str) -> str:
        return catalogue.get(service_id).name.get(lang) if service_id in catalogue else service_id

    from mpp_assist.receipts.report import build_report  # reportlab's platypus, only when asked

    with open_store() as store:
        apps = store.list_applications()
        pdf = build_report(apps, day, service_name=service_name, lang=lang, mpp_name=settings.get("mpp_name"),
                           desk=settings.get("desk"))
        target = write_file(args.output, pdf)
        store.audit(officer.officer, "export", None, detail=f"report {day.isoformat()}")
    print(translate("Cli", "Laporan {day} ditulis ke {path}").format(day=day.isoformat(), path=target))
    return 0
