"""Data protection commands: audit verify/show, purge, subject-export, officer accounts."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from pathlib import Path

from mpp_assist.cli.common import CliError, find_stored, print_json
from mpp_assist.i18n import translate
from mpp_assist.security import audit, retention, session, subject
from mpp_assist.security.errors import SecurityError
from mpp_assist.security.officers import ROLES, Registry
from mpp_assist.settings import Settings
from mpp_assist.store import Store, StoreError

EXIT_LOCKED = 4
EXIT_AUDIT_BROKEN = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help=translate("Cli", "jejak audit: periksa atau tampilkan"))
    asub = p.add_subparsers(dest="audit_command", metavar="verify|show", required=True)
    v = asub.add_parser("verify", help=translate("Cli", "periksa rantai hash jejak audit"))
    v.set_defaults(func=cmd_audit_verify)
    s = asub.add_parser("show", help=translate("Cli", "tampilkan jejak audit"))
    s.add_argument("--application", metavar="ID", help=translate("Cli", "hanya untuk satu permohonan"))
    s.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    s.set_defaults(func=cmd_audit_show)

    p = sub.add_parser(
        "purge", help=translate("Cli", "hapus permohonan yang sudah dikonfirmasi dan lewat masa simpan")
    )
    p.add_argument("--days", type=int, default=None,
                   help=translate("Cli", "masa simpan dalam hari (bawaan: pengaturan, 30)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser(
        "subject-export", help=translate("Cli", "semua data tentang satu orang (NIK) ke sebuah berkas")
    )
    p.add_argument("nik", metavar="NIK")
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=translate("Cli", "berkas JSON tujuan")
    )
    p.set_defaults(func=cmd_subject_export)

    p = sub.add_parser("officer", help=translate("Cli", "akun petugas di komputer ini"))
    osub = p.add_subparsers(dest="officer_command", metavar="list|add|passwd|remove", required=True)
    o = osub.add_parser("list", help=translate("Cli", "daftar petugas"))
    o.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    o.set_defaults(func=cmd_officer_list)
    o = osub.add_parser("add", help=translate("Cli", "tambah petugas (khusus admin)"))
    o.add_argument("name", metavar="NAMA")
    o.add_argument("--role", choices=ROLES, default="officer", help=translate("Cli", "peran petugas"))
    o.add_argument("--password-stdin", action="store_true",
                   help=translate("Cli", "baca kata sandi/PIN dari masukan standar"))
    o.set_defaults(func=cmd_officer_add)
    o = osub.add_parser("passwd", help=translate("Cli", "ganti kata sandi/PIN petugas"))
    o.add_argument("name", metavar="NAMA")
    o.add_argument("--password-stdin", action="store_true",
                   help=translate("Cli", "baca kata sandi/PIN dari masukan standar"))
    o.set_defaults(func=cmd_officer_passwd)
    o = osub.add_parser("remove", help=translate("Cli", "hapus petugas (khusus admin)"))
    o.add_argument("name", metavar="NAMA")
    o.set_defaults(func=cmd_officer_remove)


def signed_in(min_role: str = "officer") -> session.Session:
    """The signed-in officer (environment or demo), with at least ``min_role``, or CliError."""
    try:
        s = session.require()
        s.require_role(min_role)
    except SecurityError as exc:
        raise CliError(exc.message, EXIT_LOCKED) from None
    return s


def _store() -> Store:
    try:
        return Store()
    except StoreError as exc:
        raise CliError(str(exc)) from None


def cmd_audit_verify(args: argparse.Namespace) -> int:
    signed_in("supervisor")
    with _store() as store:
        count, broken = audit.verify(store)
    if broken is None:
        print(translate("Cli", "Jejak audit utuh: {n} catatan diperiksa.").format(n=count))
        return 0
    print(translate("Cli", "Jejak audit RUSAK pada catatan nomor {seq}: {reason}").format(
        seq=broken.seq, reason=broken.reason))
    return EXIT_AUDIT_BROKEN


def cmd_audit_show(args: argparse.Namespace) -> int:
    signed_in("supervisor")
    with _store() as store:
        app_id = args.application
        if app_id:
            app_id = find_stored(store, app_id).id
        entries = audit.entries(store, app_id)
    if args.json:
        print_json([asdict(e) for e in entries])
        return 0
    for e in entries:
        print(f"{e.seq:>6}  {e.at}  {e.officer:<12} {e.action:<12} {e.application_id or '-'}  {e.detail}")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    s = signed_in("supervisor")
    days = Settings().get("retention_days") if args.days is None else args.days
    if days < 1:
        raise CliError(translate("Cli", "Masa simpan paling sedikit 1 hari."), 2)
    with _store() as store:
        ids = retention.purge(store, s.officer, days=days)
    if args.json:
        print_json({"purged": ids})
    else:
        print(
            translate("Cli", "{n} permohonan yang sudah dikonfirmasi dihapus dari komputer ini.").format(
                n=len(ids)
            )
        )
    return 0


def cmd_subject_export(args: argparse.Namespace) -> int:
    s = signed_in("supervisor")
    with _store() as store:
        try:
            data = subject.export(store, args.nik, Path(args.output), s.officer)
        except SecurityError as exc:
            raise CliError(exc.message, 2) from None
        except OSError as exc:
            raise CliError(translate("Cli", "Berkas tidak bisa ditulis: {path} ({error})").format(
                path=args.output, error=exc)) from None
    print(translate("Cli", "{apps} permohonan dan {drafts} draf tentang NIK ini ditulis ke {path}.").format(
        apps=len(data["applications"]), drafts=len(data["drafts"]), path=args.output))
    return 0


def _read_secret(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(translate("Cli", "Kata sandi/PIN baru: "))
    if first != getpass.getpass(translate("Cli", "Ulangi kata sandi/PIN: ")):
        raise CliError(translate("Cli", "Kedua kata sandi/PIN tidak sama."), 2)
    return first


def _registry() -> Registry:
    reg = session.registry()
    if reg is None:
        raise CliError(translate("Cli", "Belum ada petugas di komputer ini."))
    return reg


def cmd_officer_list(args: argparse.Namespace) -> int:
    signed_in("officer")
    reg = _registry()
    rows = [{"name": o.name, "role": o.role, "demo": o.demo, "locked_until": o.locked_until}
            for o in sorted(reg.officers.values(), key=lambda o: o.name)]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['name']:<20} {r['role']:<12} {'demo' if r['demo'] else ''}")
    return 0


def cmd_officer_add(args: argparse.Namespace) -> int:
    s = signed_in("admin")
    try:
        _registry().add(s.data_key, args.name, args.role, _read_secret(args.password_stdin))
    except SecurityError as exc:
        raise CliError(exc.message, 2) from None
    with _store() as store:
        store.audit(s.officer, "officer-add", None, detail=f"{args.name}:{args.role}")
    print(
        translate("Cli", "Petugas {name} ditambahkan dengan peran {role}.").format(
            name=args.name, role=args.role
        )
    )
    return 0


def cmd_officer_passwd(args: argparse.Namespace) -> int:
    s = signed_in("officer")
    if args.name != s.officer:
        s = signed_in("admin")
    try:
        _registry().set_secret(s.data_key, args.name, _read_secret(args.password_stdin))
    except SecurityError as exc:
        raise CliError(exc.message, 2) from None
    with _store() as store:
        store.audit(s.officer, "officer-passwd", None, detail=args.name)
    print(translate("Cli", "Kata sandi/PIN petugas {name} diganti.").format(name=args.name))
    return 0


def cmd_officer_remove(args: argparse.Namespace) -> int:
    s = signed_in("admin")
    try:
        _registry().remove(args.name)
    except SecurityError as exc:
        raise CliError(exc.message, 2) from None
    with _store() as store:
        store.audit(s.officer, "officer-remove", None, detail=args.name)
    print(translate("Cli", "Petugas {name} dihapus.").format(name=args.name))
    return 0
