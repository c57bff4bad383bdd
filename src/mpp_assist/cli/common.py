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
