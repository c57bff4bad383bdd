"""Helpers shared by the CLI command modules."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from mpp_assist.i18n import translate


class CliError(Exception):
    """A problem the user can fix: printed as ``message``, exit with ``status``."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def read_json_file(path: str) -> Any:
    """Parse a JSON file (``-`` for standard input) or raise CliError saying what is wrong."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(translate("Cli", "Berkas tidak ditemukan: {path}").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(
            translate("Cli", "Berkas tidak bisa dibaca: {path} ({error})").format(path=path, error=exc)
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            translate("Cli", "Berkas {path} bukan JSON yang benar: baris {line}, kolom {col}: {msg}").format(
                path=path, line=exc.lineno, col=exc.colno, msg=exc.msg
            )
        ) from None


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
