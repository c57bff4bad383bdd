"""``mpp-assist server``: run the reference backend and administer it (accounts, list, status)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from mpp_assist.cli.common import CliError, print_json
from mpp_assist.i18n import translate
from mpp_assist.paths import data_home

STATUS_CHOICES = ("received", "verified", "in_process", "ready_for_pickup", "completed", "rejected")


def default_db_url() -> str:
    folder = data_home() / "server"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.sqlite3'}"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help=translate("Cli", "menjalankan dan mengelola server rujukan"))
    p.add_argument("--host", default="127.0.0.1", help=translate("Cli", "alamat yang didengarkan"))
    p.add_argument("--port", type=int, default=8765, help=translate("Cli", "port yang didengarkan"))
    p.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help=translate("Cli", "basis data: sqlite:///BERKAS (bawaan) atau postgresql+psycopg://…"),
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "buat akun petugas demo (hanya untuk server lokal)"),
    )
    p.add_argument(
        "--token-ttl",
        type=int,
        default=8 * 3600,
        metavar="DETIK",
        help=translate("Cli", "masa berlaku token dalam detik"),
    )
    p.add_argument(
        "--forms",
        type=Path,
        default=None,
        metavar="FOLDER",
        help=translate("Cli", "folder definisi layanan yang diterbitkan (versi lebih baru menggantikan bawaan)"),
    )
    p.add_argument(
        "--holidays",
        type=Path,
        default=None,
        metavar="FOLDER",
        help=translate(
            "Cli",
            "folder kalender libur <tahun>.json yang menggantikan tahun bawaan (bawaan: <data>/holidays)",
        ),
    )
    p.set_defaults(func=cmd_serve)
    ssub = p.add_subparsers(dest="server_command", metavar="PERINTAH")

    def db_option(q: argparse.ArgumentParser) -> None:
        q.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help=translate("Cli", "basis data server"))

    q = ssub.add_parser("add-officer", help=translate("Cli", "tambah atau perbarui akun petugas"))
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("--desk", required=True, help=translate("Cli", "kode loket"))
    q.add_argument("--role", choices=("officer", "supervisor"), default="officer")
    q.add_argument(
        "--password-stdin", action="store_true", help=translate("Cli", "baca kata sandi dari masukan standar")
    )
    db_option(q)
    q.set_defaults(func=cmd_add_officer)

    q = ssub.add_parser("list", help=translate("Cli", "daftar permohonan di server"))
    q.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    db_option(q)
    q.set_defaults(func=cmd_list)

    q = ssub.add_parser(
        "trust-device",
        help=translate("Cli", "percayai perangkat loket untuk bundel (kunci dari: mpp-assist device-key)"),
    )
    q.add_argument("public_key", metavar="KUNCI")
    q.add_argument("--desk", required=True, help=translate("Cli", "kode loket perangkat itu"))
    db_option(q)
    q.set_defaults(func=cmd_trust_device)

    q = ssub.add_parser("untrust-device", help=translate("Cli", "cabut kepercayaan perangkat loket"))
    q.add_argument("device", metavar="KUNCI_ATAU_SIDIK_JARI")
    db_option(q)
    q.set_defaults(func=cmd_untrust_device)

    q = ssub.add_parser("list-devices", help=translate("Cli", "daftar perangkat loket yang dipercaya"))
    q.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    db_option(q)
    q.set_defaults(func=cmd_list_devices)

    q = ssub.add_parser("openapi", help=translate("Cli", "cetak dokumen OpenAPI protokol sinkronisasi"))
    q.set_defaults(func=cmd_openapi)

    q = ssub.add_parser("set-status", help=translate("Cli", "ubah status permohonan (back office)"))
    q.add_argument("number", metavar="NUMBER", help=translate("Cli", "nomor registrasi resmi"))
    q.add_argument("status", metavar="STATUS", choices=STATUS_CHOICES)
    q.add_argument("--reason", default=None, help=translate("Cli", "alasan (wajib untuk rejected)"))
    db_option(q)
    q.set_defaults(func=cmd_set_status)


def _server() -> Any:
    try:
        from mpp_assist.server import admin, app, db
    except ImportError as exc:
        raise CliError(
            translate(
                "Cli", "Server belum terpasang ({error}). Pasang dengan: pip install 'mpp-assist[server]'"
            ).format(error=exc.name),
            2,
        ) from None
    return admin, app, db


def _sessions(url: str | None) -> Any:
    _admin, _app, db = _server()
    try:
        engine = db.open_engine(url or default_db_url())
    except Exception as exc:  # any driver error: bad URL, server down, wrong password
        raise CliError(
            translate("Cli", "Basis data server tidak bisa dibuka: {error}").format(error=str(exc).splitlines()[0]),
            2,
        ) from None
    return db.session_factory(engine)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(translate("Cli", "Kata sandi: "))
        if getpass.getpass(translate("Cli", "Ulangi kata sandi: ")) != password:
            raise CliError(translate("Cli", "Kedua kata sandi tidak sama."), 2)
    if len(password) < 8:
        raise CliError(translate("Cli", "Kata sandi minimal 8 karakter."), 2)
    return password


def _published_forms(folder: Path | None) -> Path | None:
    """Check ``--forms`` before serving: a definition that fails its checks is named, never published."""
    if folder is None:
        return None
    if not folder.is_dir():
        raise CliError(translate("Cli", "Folder definisi tidak ada: {path}").format(path=folder), 2)
    from mpp_assist.forms.catalogue import build_catalogue

    for name, error in build_catalogue((folder,)).broken.items():
        print(
            translate("Cli", "Definisi {name} tidak diterbitkan: {error}").format(name=name, error=error),
            file=sys.stderr,
        )
    return folder


def cmd_serve(args: argparse.Namespace) -> int:
    if args.server_command:  # pragma: no cover - argparse routes subcommands to their own func
        return 2
    admin, app, _db = _server()
    from mpp_assist.server import config as site_config
    from mpp_assist.server.auth import AuthConfig

    try:
        site = site_config.load()  # refused here, named, before the port is opened
    except site_config.ServerConfigError as exc:
        raise CliError(str(exc), 2) from None
    url = args.db or default_db_url()
    config = app.ServerConfig(
        site=site,
        db_url=url,
        auth=AuthConfig(token_ttl=args.token_ttl),
        forms_dir=_published_forms(args.forms),
        # By default the same folder the status page's calendar reads, so page and desks agree.
        holidays_dir=args.holidays or data_home() / "holidays",
    )
    if args.demo:
        with _sessions(url)() as session:
            admin.seed_demo(session)
    print(
        translate("Cli", "Server berjalan di http://{host}:{port}/api/v1").format(host=args.host, port=args.port),
        flush=True,
    )
    try:
        app.serve(config, host=args.host, port=args.port)
    except OSError as exc:
        raise CliError(translate("Cli", "Server tidak bisa dijalankan: {error}").format(error=exc), 2) from None
    return 0


def cmd_add_officer(args: argparse.Namespace) -> int:
    admin, _app, _db = _server()
    password = _read_password(args.password_stdin)
    with _sessions(args.db)() as session:
        admin.add_officer(session, args.username, args.desk, args.role, password)
    print(
        translate("Cli", "Akun {username} untuk loket {desk} disimpan.").format(username=args.username, desk=args.desk)
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    admin, _app, _db = _server()
    with _sessions(args.db)() as session:
        rows = admin.list_applications(session)
    if args.json:
        print_json(
            [
                {
                    "client_uuid": r.client_uuid,
                    "official_number": r.official_number,
                    "service_id": r.service_id,
                    "status": r.status,
                    "desk": r.desk,
                    "version": r.version,
                    "reason": r.reason,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print(translate("Cli", "Belum ada permohonan di server."))
    for r in rows:
        print(f"{r.official_number}  {r.service_id:<16} {r.status:<16} {r.desk:<10} {r.client_uuid}")
    return 0


def cmd_set_status(args: argparse.Namespace) -> int:
    admin, _app, _db = _server()
    if args.status == "rejected" and not args.reason:
        raise CliError(translate("Cli", "Status rejected memerlukan --reason yang menjelaskan alasannya."), 2)
    with _sessions(args.db)() as session:
        try:
            row = admin.set_status(session, args.number, args.status, args.reason)
        except admin.NotFound:
            raise CliError(
                translate("Cli", "Tidak ada permohonan bernomor {number} di server.").format(number=args.number)
            ) from None
    print(
        json.dumps(
            {"official_number": row.official_number, "status": row.status, "reason": row.reason},
            ensure_ascii=False,
        )
    )
    return 0


def cmd_trust_device(args: argparse.Namespace) -> int:
    admin, _app, _db = _server()
    with _sessions(args.db)() as session:
        try:
            device = admin.trust_device(session, args.public_key.strip(), args.desk)
        except ValueError:
            raise CliError(
                translate("Cli", "Itu bukan kunci perangkat. Salin keluaran mpp-assist device-key di loketnya."), 2
            ) from None
    print(
        translate("Cli", "Perangkat {fingerprint} dipercaya untuk loket {desk}.").format(
            fingerprint=device.fingerprint, desk=device.desk
        )
    )
    return 0


def cmd_untrust_device(args: argparse.Namespace) -> int:
    admin, _app, _db = _server()
    with _sessions(args.db)() as session:
        try:
            device = admin.untrust_device(session, args.device.strip())
        except admin.NotFound:
            raise CliError(
                translate("Cli", "Tidak ada perangkat {device} di daftar.").format(device=args.device), 2
            ) from None
    print(translate("Cli", "Perangkat {fingerprint} tidak dipercaya lagi.").format(fingerprint=device.fingerprint))
    return 0


def cmd_list_devices(args: argparse.Namespace) -> int:
    admin, _app, _db = _server()
    with _sessions(args.db)() as session:
        devices = admin.list_devices(session)
    if args.json:
        print_json(
            [
                {"public_key": d.public_key, "fingerprint": d.fingerprint, "desk": d.desk, "added_at": d.added_at}
                for d in devices
            ]
        )
        return 0
    if not devices:
        print(translate("Cli", "Belum ada perangkat yang dipercaya."))
    for d in devices:
        print(f"{d.fingerprint}  {d.desk:<10} {d.added_at}  {d.public_key}")
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    _admin, app, _db = _server()
    print(json.dumps(app.openapi_document(), ensure_ascii=False, indent=2, sort_keys=True))
    return 0
