"""The ``mpp-assist`` command: the GUI with no arguments, headless commands otherwise.

Each command group lives in its own module with a ``register(subparsers)``
function; add a module to ``COMMAND_MODULES`` to add commands. Commands raise
``CliError`` for anything the user can fix; it is printed as a plain message
(never a traceback) with its exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from mpp_assist import __version__, i18n
from mpp_assist.cli import argparse_text
from mpp_assist.cli.common import CliError
from mpp_assist.i18n import translate

COMMAND_MODULES = [
    "mpp_assist.cli.core_cmds",
    "mpp_assist.cli.search_cmds",
    "mpp_assist.cli.forms_cmds",
    "mpp_assist.cli.speech_cmds",
    "mpp_assist.cli.security_cmds",
    "mpp_assist.cli.sync_cmds",
    "mpp_assist.cli.server_cmds",
    "mpp_assist.cli.receipt_cmds",
    "mpp_assist.cli.survey_cmds",
    "mpp_assist.cli.queue_cmds",  # after receipt_cmds: adds ``report sla`` beside the daily report
    "mpp_assist.cli.paperform_cmds",
    "mpp_assist.cli.scan_cmds",
    "mpp_assist.cli.kiosk_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    argparse_text.install()  # argparse's own words (usage, errors, --help headings) in our language too
    parser = argparse.ArgumentParser(
        prog="mpp-assist",
        description=translate("Cli", "MPP Assist: membantu petugas mengisi permohonan layanan untuk warga."),
    )
    parser.add_argument("--version", action="version", version=f"mpp-assist {__version__}",
                        help=argparse_text.gettext("show program's version number and exit"))
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=None, help=translate("Cli", "bahasa: id (bawaan) atau en")
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _early_language(argv: list[str]) -> None:
    # Help texts are built before parsing, so honour --lang first.
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in i18n.LANGUAGES:
            i18n.set_language(argv[i + 1])
        elif arg.startswith("--lang=") and arg[7:] in i18n.LANGUAGES:
            i18n.set_language(arg[7:])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _early_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from mpp_assist.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui(lang=args.lang)
    try:
        from mpp_assist import clock, logs
        from mpp_assist.settings import Settings

        if args.command != "server":  # the reference server logs as its own process does
            logs.setup()  # what a command logs goes to the desk's log, redacted
        clock.follow(Settings())  # every command's dates and times in the desk's zone
        return int(args.func(args) or 0)
    except CliError as exc:
        print(exc.message, file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
