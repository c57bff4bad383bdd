"""Helpers shared by the CLI command modules."""

from __future__ import annotations

import json
from typing import Any

from mpp_assist import bounded, strict_json
from mpp_assist.i18n import translate


class CliError(Exception):
    """A problem the user can fix: printed as ``message``, exit with ``status``."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


MAX_JSON_FILE = 16 * 1024 * 1024  # an answers file is a few KB, a service definition well under 1 MB


def read_json_file(path: str) -> Any:
    """Parse a JSON file (``-`` for standard input) or raise CliError saying what is wrong.

    Read bounded (a FIFO, /dev/zero or a huge file is refused, never waited on or read whole) and
    decoded strictly (``strict_json``: NaN, 5,000 digits or 100,000-deep nesting are named, never a
    traceback)."""
    try:
        data = bounded.read_stdin(MAX_JSON_FILE) if path == "-" else bounded.read_bytes(path, MAX_JSON_FILE)
    except FileNotFoundError:
        raise CliError(translate("Cli", "Berkas tidak ditemukan: {path}").format(path=path)) from None
    except bounded.TooLarge:
        raise CliError(
            translate("Cli", "Berkas {path} terlalu besar: paling banyak {mb} MB.").format(
                path=path, mb=MAX_JSON_FILE // 2**20
            )
        ) from None
    except bounded.NotARegularFile:
        raise CliError(
            translate("Cli", "{path} bukan berkas biasa (folder, perangkat atau pipa). Pilih berkas JSON.").format(
                path=path
            )
        ) from None
    except OSError as exc:
        raise CliError(
            translate("Cli", "Berkas tidak bisa dibaca: {path} ({error})").format(path=path, error=exc)
        ) from None
    try:
        return strict_json.loads(data)
    except strict_json.NotStrictJSON as exc:
        raise CliError(
            translate("Cli", "Berkas {path} bukan JSON yang benar: {problem}").format(path=path, problem=exc.message)
        ) from None


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def find_stored(store: Any, key: str) -> Any:
    """The application an officer named (id, its first characters, receipt or official number), or a
    CliError that says why not: nothing matches, or the key is short or fits several (listed)."""
    app = store.find_application(key)
    if app is not None:
        return app
    count, shown = store.candidates(key)
    if count == 1 and len(key.strip()) >= 6:  # the start of a receipt number, say
        found = store.get_application(shown[0][0])
        if found is not None:
            return found
    if count == 0:
        message = translate("Cli", "Permohonan tidak ditemukan: {id}. Lihat daftarnya: mpp-assist list")
        raise CliError(message.format(id=key))
    lines = [f"  {app_id}  {receipt}" for app_id, receipt in shown]
    if count > len(shown):
        lines.append("  " + translate("Cli", "… dan {n} lainnya").format(n=count - len(shown)))
    if count == 1:  # one match, but too few characters to be sure next time
        head = translate("Cli", "{id} terlalu pendek (1 permohonan cocok): ketik paling sedikit 6 karakter.")
    else:
        head = translate("Cli", "{id} cocok dengan {n} permohonan: ketik lebih banyak karakter.")
    raise CliError("\n".join([head.format(id=key, n=count), *lines]))
