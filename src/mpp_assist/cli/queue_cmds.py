"""``mpp-assist queue take|next|state|desk|rules`` and ``mpp-assist report sla``.

The queue commands use the backend in the settings (``backend_url``) with the officer's saved
token (``mpp-assist login``); when it cannot be reached they say so and use this desk's own queue
(numbers ``<desk>-A001``), handed to the backend on the next call that reaches it.
``report sla`` asks the backend (``GET /api/v1/queue/report``), or reads a server database
directly with ``--db`` (on the server machine). ``queue desk`` and ``queue rules`` are the server
admin's (``--db``): which MPP floor a desk is on and what it calls, and the MPP's calling rules.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from mpp_assist import clock
from mpp_assist.cli.common import CliError, print_json
from mpp_assist.i18n import translate
from mpp_assist.settings import Settings

EXIT_OFFLINE = 3  # the backend could not be reached: the local queue answered


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("queue", help=translate("Cli", "antrean MPP: ambil nomor, panggil, lihat keadaan"))
    qsub = p.add_subparsers(dest="queue_command", metavar="PERINTAH", required=True)
    q = qsub.add_parser("take", help=translate("Cli", "ambil nomor antrean untuk sebuah layanan"))
    q.add_argument("service", metavar="LAYANAN")
    q.add_argument("--priority", action="store_true",
                   help=translate("Cli", "jalur prioritas: lansia, disabilitas, ibu hamil, anak kecil"))
    q.add_argument("--print", dest="printer", nargs="?", const="", metavar="PRINTER",
                   help=translate("Cli", "cetak karcis ke pencetak sistem (CUPS)"))
    q.add_argument("-o", "--output", metavar="FILE.pdf", help=translate("Cli", "simpan karcis sebagai PDF"))
    q.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    q.set_defaults(func=cmd_take)
    q = qsub.add_parser("next", help=translate("Cli", "panggil nomor berikutnya ke loket ini"))
    q.add_argument("--desk", metavar="LOKET", help=translate("Cli", "loket yang memanggil (bawaan: loket ini)"))
    q.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    q.set_defaults(func=cmd_next)
    q = qsub.add_parser("state", help=translate("Cli", "keadaan antrean: panggilan terakhir dan yang menunggu"))
    q.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    q.set_defaults(func=cmd_state)
    q = qsub.add_parser("desk", help=translate("Cli", "server: tempatkan loket di lantai sebuah MPP dan layanannya"))
    q.add_argument("desk", metavar="LOKET")
    q.add_argument("--db", required=True, metavar="URL", help=translate("Cli", "basis data server"))
    q.add_argument("--mpp", default="default", help=translate("Cli", "kode MPP (bawaan: default)"))
    q.add_argument("--services", default="", metavar="ID,ID",
                   help=translate("Cli", "layanan yang dipanggil loket ini (kosong: semua)"))
    q.set_defaults(func=cmd_desk)
    q = qsub.add_parser("rules", help=translate("Cli", "server: aturan antrean sebuah MPP (JSON)"))
    q.add_argument("file", nargs="?", metavar="FILE.json",
                   help=translate("Cli", "aturan baru; tanpa berkas: tampilkan"))
    q.add_argument("--db", required=True, metavar="URL", help=translate("Cli", "basis data server"))
    q.add_argument("--mpp", default="default", help=translate("Cli", "kode MPP (bawaan: default)"))
    q.set_defaults(func=cmd_rules)
    _add_sla(sub)


def _add_sla(sub: argparse._SubParsersAction) -> None:
    """``report sla`` beside the daily ``report`` (receipt_cmds): an optional first word picks it."""
    report = sub.choices.get("report")
    if report is None:  # the daily report's module is not registered: ``report`` is ours alone
        report = sub.add_parser("report", help=translate("Cli", "laporan"))
    daily = report.get_default("func")
    output = next((a for a in report._actions if "--output" in a.option_strings), None)
    if output is not None:
        output.required = False  # the daily report checks it itself (below); sla writes a PDF only if asked
    else:
        report.add_argument("-o", "--output", metavar="FILE.pdf", help=translate("Cli", "berkas PDF"))
    report.add_argument("kind", nargs="?", choices=("sla",), metavar="sla",
                        help=translate("Cli", "sla: waktu tunggu, waktu layanan dan ketepatan janji layanan"))
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help=translate("Cli", "awal periode"))
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=translate("Cli", "akhir periode"))
    report.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    report.add_argument("--db", metavar="URL", help=translate("Cli", "baca langsung basis data server"))

    def dispatch(args: argparse.Namespace) -> int:
        if args.kind == "sla":
            return cmd_sla(args)
        if daily is None or not args.output:
            report.error(translate("Cli", "argumen ini wajib: -o/--output"))
        return int(daily(args) or 0)

    report.set_defaults(func=dispatch)


# -- the desk's queue --------------------------------------------------------------------------


def _desk_queue(settings: Settings) -> Any:
    from mpp_assist.queue.desk import DeskQueue
    from mpp_assist.queue.local import LocalQueue, TicketLinks
    from mpp_assist.sync import credentials
    from mpp_assist.sync.client import Misconfigured
    from mpp_assist.sync.queue_client import QueueClient

    url, user = settings.get("backend_url"), settings.get("officer")
    client = None
    if url:
        token = credentials.saved_token(url, user)
        if token is None:
            raise CliError(translate("Cli", "Belum masuk ke server sebagai {user}. Masuk dulu: mpp-assist login")
                           .format(user=user), 2)
        timeout = float(settings.get("sync_timeout_seconds"))
        try:
            client = QueueClient(url, token, ca_bundle=settings.get("sync_ca_bundle") or None,
                                 timeout=(min(5.0, timeout), timeout))
        except Misconfigured as exc:
            raise CliError(exc.message, 2) from None
    desk = settings.get("desk")
    return DeskQueue(client, desk, LocalQueue(desk), TicketLinks())


def _run(action: Any) -> Any:
    from mpp_assist.sync.client import BackendError

    try:
        return action()
    except BackendError as exc:
        raise CliError(exc.message, 2) from None
    except ValueError as exc:  # a local queue action that does not apply
        raise CliError(str(exc), 2) from None


def _offline_note(queue: Any) -> int:
    if queue.offline:
        print(queue.offline_message, file=sys.stderr)
        return EXIT_OFFLINE
    return 0


def _service(service_id: str) -> Any:
    from mpp_assist.forms import UnknownService, load_catalogue

    try:
        return load_catalogue().get(service_id)
    except UnknownService:
        raise CliError(translate("Cli", "Layanan tidak dikenal: {id}. Lihat daftarnya: mpp-assist services")
                       .format(id=service_id), 2) from None


def cmd_take(args: argparse.Namespace) -> int:
    from mpp_assist.i18n import current_language

    definition = _service(args.service)
    settings = Settings()
    queue = _desk_queue(settings)
    ticket = _run(lambda: queue.take(args.service, args.priority))
    status = _offline_note(queue)
    if args.output or args.printer is not None:
        from mpp_assist.cli.receipt_cmds import write_file
        from mpp_assist.receipts.ticket import desk_ticket_pdf

        lang = current_language()
        pdf = desk_ticket_pdf(ticket, definition.name.get(lang), settings, lang)
        if args.output:
            write_file(args.output, pdf)
        if args.printer is not None:
            from mpp_assist.printing.cups import print_pdf_bytes
            from mpp_assist.printing.errors import PrintError

            try:
                print_pdf_bytes(pdf, args.printer or settings.get("receipt_printer") or None, title=ticket.number)
            except PrintError as exc:
                raise CliError(exc.message) from None
    if args.json:
        print_json(ticket.as_json())
    else:
        print(translate("Cli", "Nomor {number} untuk {service}; {ahead} orang di depan.").format(
            number=ticket.number, service=args.service, ahead=ticket.people_ahead))
    return status


def cmd_next(args: argparse.Namespace) -> int:
    settings = Settings()
    queue = _desk_queue(settings)
    queue.desk = args.desk or queue.desk
    ticket = _run(queue.call_next)
    status = _offline_note(queue)
    if args.json:
        print_json({"ticket": ticket.as_json() if ticket else None})
    elif ticket is None:
        print(translate("Cli", "Tidak ada yang menunggu."))
    else:
        print(translate("Cli", "Dipanggil: {number} ke loket {desk}").format(number=ticket.number, desk=queue.desk))
        print(ticket.spoken)
    return status


def cmd_state(args: argparse.Namespace) -> int:
    queue = _desk_queue(Settings())
    state = _run(queue.state)
    status = _offline_note(queue)
    if args.json:
        print_json(state)
        return status
    print(translate("Cli", "Menunggu: {n}").format(n=state.get("waiting", 0)))
    for call in state.get("calls", [])[:5]:
        print(translate("Cli", "{number} → loket {desk}").format(number=call["number"], desk=call.get("desk") or "-"))
    for number in state.get("tickets", []):
        print(number)
    return status


# -- the server's floor: desks and rules ------------------------------------------------------


def _server_session(url: str) -> Any:
    try:
        from mpp_assist.server.db import open_engine, session_factory
    except ImportError:
        raise CliError(translate("Cli", "Bagian server belum terpasang: pip install mpp-assist[server]"), 2) from None
    from sqlalchemy.exc import SQLAlchemyError

    try:
        engine = open_engine(url)
    except (SQLAlchemyError, ValueError) as exc:
        raise CliError(translate("Cli", "Basis data server tidak bisa dibuka: {error}").format(
            error=type(exc).__name__), 2) from None
    return engine, session_factory(engine)()


def cmd_desk(args: argparse.Namespace) -> int:
    from mpp_assist.forms import load_catalogue
    from mpp_assist.server.queue import assign_desk

    services = [x.strip() for x in args.services.split(",") if x.strip()]
    catalogue = load_catalogue()
    for service in services:
        if service not in catalogue:
            raise CliError(translate("Cli", "Layanan tidak dikenal: {id}. Lihat daftarnya: mpp-assist services")
                           .format(id=service), 2)
    engine, session = _server_session(args.db)
    try:
        with session:
            assign_desk(session, args.desk, args.mpp, services)
    finally:
        engine.dispose()
    print(translate("Cli", "Loket {desk} di MPP {mpp}: {services}").format(
        desk=args.desk, mpp=args.mpp, services=", ".join(services) or translate("Cli", "semua layanan")))
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from mpp_assist.cli.common import read_json_file
    from mpp_assist.queue.rules import rules_from_json, rules_to_json
    from mpp_assist.server.queue import load_rules, set_rules

    engine, session = _server_session(args.db)
    try:
        with session:
            if args.file:
                try:
                    rules = rules_from_json(read_json_file(args.file))
                except ValueError as exc:
                    raise CliError(translate("Cli", "Aturan antrean salah: {error}").format(error=exc), 2) from None
                set_rules(session, args.mpp, rules)
            print_json(rules_to_json(load_rules(session, args.mpp)))
    finally:
        engine.dispose()
    return 0


# -- report sla --------------------------------------------------------------------------------


def _day(value: str | None, flag: str) -> date:
    if not value:
        raise CliError(translate("Cli", "Berikan {flag} YYYY-MM-DD.").format(flag=flag), 2)
    try:
        return date.fromisoformat(value)
    except ValueError:
        message = translate("Cli", "Tanggal salah: {value}. Tulis tahun-bulan-hari, misalnya 2026-03-17.")
        raise CliError(message.format(value=value), 2) from None


def cmd_sla(args: argparse.Namespace) -> int:
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if end < start:
        raise CliError(translate("Cli", "--to tidak boleh sebelum --from."), 2)
    settings = Settings()
    if args.db:
        report = _report_from_db(args.db, start, end)
    else:
        queue = _desk_queue(settings)
        if queue.client is None:
            raise CliError(translate("Cli", "Alamat server belum diatur. Isi di Pengaturan atau pakai --db."), 2)
        report = _run(lambda: queue.client.report(start, end))
    if args.output:
        from mpp_assist.cli.receipt_cmds import write_file
        from mpp_assist.i18n import current_language
        from mpp_assist.receipts.sla_report import build_sla_report

        pdf = build_sla_report(report, lang=current_language(), mpp_name=settings.get("mpp_name"))
        target = write_file(args.output, pdf)
        if not args.json:
            print(translate("Cli", "Laporan ditulis ke {path}").format(path=target))
    if args.json:
        print_json(report)
    elif not args.output:
        _print_sla(report)
    return 0


def _report_from_db(url: str, start: date, end: date) -> dict[str, Any]:
    engine, session = _server_session(url)
    from mpp_assist.forms import load_catalogue
    from mpp_assist.server.queue import DEFAULT_MPP, sla_report

    try:
        with session:
            return sla_report(session, DEFAULT_MPP, start, end, load_catalogue(), clock.today()).as_json()
    finally:
        engine.dispose()


def _minutes(value: Any) -> str:
    return "-" if value is None else f"{value:g}"


def _print_sla(report: dict[str, Any]) -> None:
    print(translate("Cli", "Periode {start} s.d. {end}").format(start=report["from"], end=report["to"]))
    head = translate("Cli", "layanan | karcis | dilayani | tidak hadir | tunggu med/p90 (mnt) | layanan med/p90 "
                            "(mnt) | tepat waktu")
    print(head)
    for line in [*report["services"], {**report["total"], "name": translate("Cli", "Jumlah")}]:
        share = line.get("on_time_share")
        print(" | ".join([
            line["name"] or line["service_id"], str(line["tickets"]), str(line["served"]), str(line["no_shows"]),
            f"{_minutes(line['wait_median'])}/{_minutes(line['wait_p90'])}",
            f"{_minutes(line['service_median'])}/{_minutes(line['service_p90'])}",
            "-" if share is None else f"{round(100 * share)}% ({line['on_time']}/{line['on_time'] + line['late']})",
        ]))
