"""Finding applications and people: ``list`` (the queue, filtered) and ``find`` (people).

The same rules as the window: what an officer may see (``search.access``), only the
rows shown are decrypted (``store.queue``, ``search.people``), each person shown is
recorded in the audit trail as a ``view``, and applications whose data no longer
opens are named on standard error (``store.quarantine``) while the rest are listed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta

from mpp_assist import clock
from mpp_assist.cli.common import CliError, print_json
from mpp_assist.i18n import translate
from mpp_assist.search.access import scope_for
from mpp_assist.search.people import find_people
from mpp_assist.search.terms import parse_query
from mpp_assist.security import session as security_session
from mpp_assist.store import STATUSES, Store
from mpp_assist.store.queue import QueueFilter, count, page

PAGE = 500


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help=translate("Cli", "daftar permohonan di komputer ini"))
    p.add_argument("--search", metavar="QUERY", default="",
                   help=translate("Cli", "NIK/KK, telepon, nomor tanda terima/resmi, atau nama"))
    p.add_argument("--state", choices=STATUSES, action="append", default=[],
                   help=translate("Cli", "hanya status ini (boleh diulang)"))
    p.add_argument("--service", metavar="ID", help=translate("Cli", "hanya layanan ini"))
    p.add_argument("--since", metavar="YYYY-MM-DD", type=_day, help=translate("Cli", "dibuat sejak tanggal ini"))
    p.add_argument("--until", metavar="YYYY-MM-DD", type=_day, help=translate("Cli", "dibuat sampai tanggal ini"))
    p.add_argument("--needs-action", action="store_true", help=translate("Cli", "hanya yang perlu ditindak"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("find", help=translate("Cli", "cari pemohon dan permohonannya"))
    p.add_argument("query", metavar="QUERY",
                   help=translate("Cli", "NIK/KK, telepon, nomor tanda terima/resmi, atau nama"))
    p.add_argument("--limit", type=int, default=20, help=translate("Cli", "paling banyak sekian orang"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    p.set_defaults(func=cmd_find)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "Tanggal harus berbentuk TTTT-BB-HH, mis. 2026-12-03: {text}").format(text=text)
        ) from None


def _open() -> Store:
    from mpp_assist.cli.core_cmds import open_store

    return open_store()


def status_label(status: str) -> str:
    from mpp_assist.cli.core_cmds import status_label as label

    return label(status)


def _warn_quarantined(store: Store) -> None:
    for q in store.quarantined():
        print(q.message(), file=sys.stderr)


def cmd_list(args: argparse.Namespace) -> int:
    if args.search and parse_query(args.search) is None:
        raise CliError(translate("Cli", "Tidak ada yang bisa dicari dalam: {query}").format(query=args.search), 2)
    with _open() as store:
        scope = scope_for(security_session.current())
        query = parse_query(args.search) if args.search else None
        f = QueueFilter(
            states=tuple(args.state),
            service_id=args.service,
            since=args.since.isoformat() if args.since else None,
            until=(args.until + timedelta(days=1)).isoformat() if args.until else None,
            needs_action=args.needs_action,
            officer=scope.officer_for(query.kind) if query else None,
            search=args.search,
        )
        apps = []
        total = count(store, f)
        for offset in range(0, total, PAGE):  # a page at a time: memory stays flat
            apps.extend(page(store, f, offset=offset, limit=PAGE))
        _warn_quarantined(store)
    if args.json:
        print_json([
            {"id": a.id, "receipt_number": a.receipt_number, "service_id": a.service_id, "status": a.status,
             "official_number": a.official_number, "created_at": a.created_at} for a in apps
        ])
        return 0
    if not apps:
        print(translate("Cli", "Belum ada permohonan.") if not (args.search or args.state or args.service
              or args.since or args.until or args.needs_action) else translate("Cli", "Tidak ada yang cocok."))
    for a in apps:
        print(f"{a.receipt_number}  {a.service_id:<16} {status_label(a.status):<18} {a.official_number or ''}  {a.id}")
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    if parse_query(args.query) is None:
        raise CliError(translate("Cli", "Tidak ada yang bisa dicari dalam: {query}").format(query=args.query), 2)
    with _open() as store:
        signed_in = security_session.current()
        result = find_people(store, args.query, scope_for(signed_in), limit=max(1, args.limit))
        officer = signed_in.officer if signed_in else "-"
        with store.transaction():  # what was shown is recorded, as when the window opens a person
            for person in result.people:
                store.audit(officer, "view", person.applications[0].id, "find")
        _warn_quarantined(store)
    if args.json:
        print_json({
            "total": result.total,
            "people": [
                {"name": p.name, "nik": p.masked_nik, "village": p.village, "last_visit": p.last_visit,
                 "applications": [
                     {"id": v.id, "service_id": v.service_id, "status": v.status,
                      "receipt_number": v.receipt_number, "official_number": v.official_number,
                      "server_status": v.server_status, "created_at": v.created_at}
                     for v in p.applications
                 ]}
                for p in result.people
            ],
        })
        return 0
    if not result.people:
        print(translate("Cli", "Tidak ada pemohon yang cocok."))
        return 0
    for p in result.people:
        print(f"{p.name}  {p.masked_nik}  {p.village}".rstrip())
        when = clock.day_of(p.last_visit) or p.last_visit  # the desk's date, not UTC's
        print("  " + translate("Cli", "kunjungan terakhir: {when}").format(when=when))
        for v in p.applications:
            print(f"  {v.receipt_number}  {v.service_id:<16} {status_label(v.status):<18} {v.official_number or ''}")
    if result.total > len(result.people):
        print(translate("Cli", "{shown} dari {total} orang ditampilkan; persempit pencarian.").format(
            shown=len(result.people), total=result.total))
    return 0
