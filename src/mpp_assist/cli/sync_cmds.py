"""Sync commands: ``sync``, ``login``, ``export-outbox``, ``import-bundle``.

``sync`` exits 0 when nothing is left unsent, 3 when applications remain (the
backend is unreachable or busy: run it again later), 2 on configuration or login
problems.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from mpp_assist.cli.common import CliError, print_json
from mpp_assist.cli.core_cmds import open_store
from mpp_assist.i18n import translate
from mpp_assist.settings import Settings
from mpp_assist.sync import bundle, credentials, runner
from mpp_assist.sync.client import (
    AuthRequired,
    BackendClient,
    BackendError,
    LoginRefused,
    Misconfigured,
    Unreachable,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help=translate("Cli", "kirim permohonan yang menunggu ke server"))
    p.add_argument("--backend", metavar="URL", help=translate("Cli", "alamat server (bawaan: dari pengaturan)"))
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("login", help=translate("Cli", "masuk ke server; token disimpan di keyring sistem"))
    p.add_argument("--backend", metavar="URL", required=True, help=translate("Cli", "alamat server"))
    p.add_argument("username", metavar="USERNAME")
    p.add_argument(
        "--password-stdin", action="store_true", help=translate("Cli", "baca kata sandi dari masukan standar")
    )
    p.set_defaults(func=cmd_login)

    p = sub.add_parser("logout", help=translate("Cli", "keluar: token dicabut di server dan dihapus di sini"))
    p.set_defaults(func=cmd_logout)

    p = sub.add_parser("export-outbox", help=translate("Cli", "simpan permohonan yang belum terkirim ke bundel"))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("Cli", "baca kata sandi bundel dari masukan standar"),
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import-bundle", help=translate("Cli", "kirim isi bundel ke server"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--backend", metavar="URL", help=translate("Cli", "alamat server (bawaan: dari pengaturan)"))
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("Cli", "baca kata sandi bundel dari masukan standar"),
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "device-key",
        help=translate("Cli", "kunci perangkat ini, untuk admin server (mpp-assist server trust-device)"),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    p.set_defaults(func=cmd_device_key)


def _secret(from_stdin: bool, prompt: str, confirm: bool = False) -> str:
    if from_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
    else:
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass(translate("Cli", "Ulangi: ")) != value:
            raise CliError(translate("Cli", "Kedua isian tidak sama."), 2)
    if not value:
        raise CliError(translate("Cli", "Kata sandi kosong."), 2)
    return value


def _progress(p: runner.SyncProgress) -> None:
    if p.state == "sent" or p.state == "needs_correction":
        label = {
            "sent": translate("Cli", "terkirim"),
            "needs_correction": translate("Cli", "perlu perbaikan"),
        }[p.state]
        print(f"[{p.done}/{p.total}] {p.application_id} {label}", flush=True)
    elif p.state == "retrying":
        print(translate("Cli", "… {message} Mencoba lagi.").format(message=p.message), flush=True)


def cmd_sync(args: argparse.Namespace) -> int:
    settings = Settings()
    with open_store() as store:
        try:
            sync = runner.for_desk(store, settings, backend=args.backend)
        except AuthRequired as exc:
            raise CliError(f"{exc.message} {translate('Cli', 'Masuk dulu: mpp-assist login')}", 2) from None
        except Misconfigured as exc:
            raise CliError(exc.message, 2) from None
        try:
            report = sync.run_once(_progress)
        finally:
            sync.client.close()
    for problem in report.problems:
        print(problem, file=sys.stderr)
    stream = sys.stdout if report.exit_code == 0 else sys.stderr
    if report.outcome not in ("ok", "partial"):
        print(report.message, file=stream)
    print(
        translate("Cli", "{sent} terkirim, {fix} perlu perbaikan, {left} masih menunggu.").format(
            sent=report.sent, fix=report.needs_correction, left=report.remaining
        ),
        file=stream,
    )
    return report.exit_code


def cmd_login(args: argparse.Namespace) -> int:
    password = _secret(args.password_stdin, translate("Cli", "Kata sandi: "))
    settings = Settings()
    with open_store() as store:
        try:
            login = credentials.login_online(store, args.backend, args.username, password)
        except Unreachable as exc:
            login = credentials.login_offline(store, args.backend, args.username, password)
            if login is None:
                raise CliError(
                    translate("Cli", "{error} Masuk tanpa jaringan hanya bisa setelah sekali masuk online.").format(
                        error=exc.message
                    ),
                    2,
                ) from None
        except (LoginRefused, Misconfigured, credentials.KeyringUnavailable) as exc:
            raise CliError(exc.message, 2) from None
    settings.set("backend_url", login.backend)
    settings.set("officer", login.username)
    settings.set("desk", login.desk)
    if login.online:
        print(
            translate("Cli", "Masuk sebagai {user} (loket {desk}). Token disimpan di keyring sistem.").format(
                user=login.username, desk=login.desk
            )
        )
    else:
        print(
            translate("Cli", "Masuk tanpa jaringan sebagai {user}. Kirim data setelah tersambung lagi.").format(
                user=login.username
            )
        )
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    settings = Settings()
    url, officer = settings.get("backend_url"), settings.get("officer")
    if not url or not officer:
        print(translate("Cli", "Belum masuk ke server; tidak ada yang perlu dikeluarkan."))
        return 0
    with open_store() as store:
        try:
            revoked = credentials.sign_out(
                store, url, officer, ca_bundle=settings.get("sync_ca_bundle") or None
            )
        except credentials.KeyringUnavailable as exc:
            raise CliError(exc.message, 2) from None
    if revoked:
        print(
            translate("Cli", "{user} sudah keluar. Token dicabut di server dan dihapus dari perangkat ini.").format(
                user=officer
            )
        )
    else:
        print(
            translate(
                "Cli",
                "{user} sudah keluar di perangkat ini. Server tidak terjangkau: "
                "token di server berlaku sampai habis masanya.",
            ).format(user=officer)
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    passphrase = _secret(args.passphrase_stdin, translate("Cli", "Kata sandi bundel: "), confirm=True)
    if len(passphrase) < 8:
        raise CliError(translate("Cli", "Kata sandi bundel minimal 8 karakter."), 2)
    with open_store() as store:
        try:
            count = bundle.export_outbox(store, Path(args.file), passphrase)
        except (bundle.BundleError, BackendError) as exc:
            raise CliError(exc.message, 2) from None
        except OSError as exc:
            raise CliError(
                translate("Cli", "Bundel tidak bisa ditulis: {error}").format(error=exc.strerror or exc), 2
            ) from None
    print(translate("Cli", "{count} permohonan disimpan ke {file}.").format(count=count, file=args.file))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    passphrase = _secret(args.passphrase_stdin, translate("Cli", "Kata sandi bundel: "))
    settings = Settings()
    url = args.backend or settings.get("backend_url")
    if not url:
        raise CliError(translate("Cli", "Alamat server belum diatur. Pakai --backend URL."), 2)
    token = credentials.saved_token(url, settings.get("officer"))
    if token is None:
        raise CliError(translate("Cli", "Belum masuk ke server. Masuk dulu: mpp-assist login"), 2)
    with open_store() as store:
        try:
            client = BackendClient(url, token, ca_bundle=settings.get("sync_ca_bundle") or None)
            try:
                report = bundle.import_bundle(store, client, Path(args.file), passphrase)
            finally:
                client.close()
        except bundle.BundleError as exc:
            raise CliError(exc.message, 2) from None
        except (AuthRequired, Misconfigured) as exc:
            raise CliError(exc.message, 2) from None
        except BackendError as exc:
            raise CliError(
                translate("Cli", "{error} Jalankan lagi nanti; yang sudah terkirim tidak akan ganda.").format(
                    error=exc.message
                ),
                3,
            ) from None
    print(translate("Cli", "Bundel ditandatangani perangkat {signer}.").format(signer=report.signer))
    print(
        translate("Cli", "{created} permohonan baru, {old} sudah ada di server, {bad} ditolak.").format(
            created=report.created, old=report.already_there, bad=len(report.rejected)
        )
    )
    for client_uuid, reasons in report.rejected:
        for r in reasons:
            print(f"{client_uuid}: {r.get('field', '')} {r.get('message', '')}".rstrip())
    return 3 if report.rejected else 0


def cmd_device_key(args: argparse.Namespace) -> int:
    from mpp_assist import origin

    try:
        key = origin.public_key(bundle.device_key())
    except bundle.BundleError as exc:
        raise CliError(exc.message, 2) from None
    desk = Settings().get("desk") or ""
    if args.json:
        print_json({"public_key": key, "fingerprint": origin.fingerprint(key), "desk": desk})
        return 0
    print(translate("Cli", "Kunci perangkat: {key}").format(key=key))
    print(translate("Cli", "Sidik jari: {fingerprint}").format(fingerprint=origin.fingerprint(key)))
    print(
        translate("Cli", "Di server, admin menjalankan: mpp-assist server trust-device {key} --desk {desk}").format(
            key=key, desk=desk or translate("Cli", "KODE_LOKET")
        )
    )
    return 0
