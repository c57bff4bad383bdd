"""Catalogue and application commands: services, form, apply (list and find: ``cli.search_cmds``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mpp_assist.applications import InvalidAnswers, duplicate_warning, submit
from mpp_assist.attestation import split
from mpp_assist.cli.common import CliError, print_json, read_json_file
from mpp_assist.forms import ERROR, UnknownService, load_catalogue, validate
from mpp_assist.i18n import current_language, translate
from mpp_assist.security import session as security_session
from mpp_assist.security.errors import SecurityError
from mpp_assist.settings import Settings
from mpp_assist.store import Store, StoreError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("services", help=translate("Cli", "daftar layanan yang tersedia"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    p.set_defaults(func=cmd_services)

    p = sub.add_parser("form", help=translate("Cli", "definisi formulir sebuah layanan"))
    p.add_argument("service_id", metavar="SERVICE_ID")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help=translate("Cli", "definisi formulir sebagai JSON"))
    g.add_argument("--example", action="store_true", help=translate("Cli", "contoh berkas jawaban yang lengkap"))
    p.set_defaults(func=cmd_form)

    p = sub.add_parser("apply", help=translate("Cli", "periksa dan simpan permohonan dari berkas jawaban"))
    p.add_argument("service_id", metavar="SERVICE_ID")
    p.add_argument("--answers", required=True, metavar="FILE.json", help=translate("Cli", "berkas jawaban JSON"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    p.add_argument("--again", action="store_true",
                   help=translate("Cli", "simpan juga bila NIK ini masih punya permohonan layanan ini"))
    p.set_defaults(func=cmd_apply)

    # "list" (with its filters and search) and "find" are in cli.search_cmds.


def _definition(service_id: str):
    try:
        return load_catalogue().get(service_id)
    except UnknownService:
        raise CliError(
            translate("Cli", "Layanan tidak dikenal: {id}. Lihat daftar dengan: mpp-assist services").format(
                id=service_id
            )
        ) from None


def open_store() -> Store:
    try:
        return Store()
    except StoreError as exc:
        raise CliError(translate("Cli", "Basis data tidak bisa dibuka: {error}").format(error=exc)) from None


def cmd_services(args: argparse.Namespace) -> int:
    services = load_catalogue().services()
    if args.json:
        print_json(
            [
                {"id": d.id, "name": {"id": d.name.get("id"), "en": d.name.get("en")},
                 "agency": {"id": d.agency.get("id"), "en": d.agency.get("en")}, "version": d.version}
                for d in services
            ]
        )
        return 0
    lang = current_language()
    width = max(len(d.id) for d in services)
    for d in services:
        print(f"{d.id:<{width}}  {d.name.get(lang)} — {d.agency.get(lang)}")
    return 0


def cmd_form(args: argparse.Namespace) -> int:
    definition = _definition(args.service_id)
    if args.example:
        print_json(definition.example_answers())
    else:
        print_json(definition.to_json())
    return 0


def unknown_answer_keys(definition: Any, answers: dict[str, Any]) -> list[str]:
    """Keys of an answers file the form has no field for, inside repeat items too (``anak[1].umr``)."""
    from mpp_assist.attestation import ANSWER_KEY

    known = {f.id: f for f in definition.fields()}
    unknown = [k for k in answers if k not in known and k != ANSWER_KEY]
    for key, value in answers.items():
        group = known.get(key)
        if group is not None and group.type == "repeat" and isinstance(value, list):
            children = {f.id for f in group.fields}
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    unknown += [f"{key}[{i}].{k}" for k in item if k not in children]
    return unknown


def cmd_apply(args: argparse.Namespace) -> int:
    definition = _definition(args.service_id)
    answers = read_json_file(args.answers)
    if not isinstance(answers, dict):
        raise CliError(
            translate("Cli", "Berkas jawaban harus berisi objek JSON (nomor isian → jawaban), bukan {kind}.").format(
                kind=type(answers).__name__
            )
        )
    unknown = unknown_answer_keys(definition, answers)
    if unknown:  # kept out of the application: say so, a typo would otherwise lose an answer silently
        print(
            translate("Cli", "Peringatan: isian ini tidak ada di formulir {service} dan tidak disimpan: {keys}").format(
                service=definition.id, keys=", ".join(unknown)
            ),
            file=sys.stderr,
        )
    settings = Settings()
    with open_store() as store:
        officer = security_session.officer_or(settings.get("officer"))  # who signed in, not just the setting
        # As the window asks *lanjutkan?*: a second open application for this NIK and service is not made
        # unless asked for. So a command run again (killed after its commit, before it said so) stores
        # nothing twice; it names the one already stored. What is wrong in the file is said first.
        warning = None if args.again else duplicate_warning(store, definition, answers, desk=settings.get("desk"))
        if warning is not None and not any(p.severity == ERROR for p in validate(definition, split(answers)[0])):
            raise CliError(
                translate(
                    "Cli",
                    "Sudah ada permohonan {service} yang belum selesai untuk NIK ini (tanda terima {receipt}), jadi"
                    " tidak disimpan lagi. Bila memang permohonan baru, ulangi dengan --again.",
                ).format(service=warning.service_name, receipt=warning.existing[0].receipt_number),
                3,
            )
        try:
            app = submit(
                store,
                definition,
                answers,
                officer=officer,
                desk=settings.get("desk"),
                attachments_from=Path(args.answers).resolve().parent,  # scans named beside the answers
            )
        except InvalidAnswers as exc:
            for problem in exc.problems:
                print(f"{problem.field}: {problem.message()}")
            return 2
        except (StoreError, SecurityError) as exc:  # e.g. a scan could not be written under the data home
            raise CliError(str(exc)) from None
    if args.json:
        print_json({"id": app.id, "receipt_number": app.receipt_number, "status": app.status,
                    "tracking_code": app.tracking_code, "service_id": app.service_id})
    else:
        print(translate("Cli", "Permohonan tersimpan dan menunggu dikirim."))
        print(translate("Cli", "Nomor permohonan: {id}").format(id=app.id))
        print(translate("Cli", "Nomor tanda terima: {number}").format(number=app.receipt_number))
    return 0


def status_label(status: str) -> str:
    # Literal calls so the translation tools see each label.
    return {
        "waiting": translate("Status", "menunggu dikirim"),
        "sending": translate("Status", "sedang dikirim"),
        "sent": translate("Status", "terkirim"),
        "needs_correction": translate("Status", "perlu perbaikan"),
    }.get(status, status)
