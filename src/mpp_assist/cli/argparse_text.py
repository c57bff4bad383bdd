"""argparse's own words (``usage:``, ``options``, its error messages) in the CLI's language.

argparse looks its texts up through the module globals ``_`` and ``ngettext`` (gettext) each time
it writes one, so ``install()`` points them at our translations: Indonesian by default, English
with ``--lang en`` (the English is argparse's own, filled in as the translation). A text argparse
adds in a later Python and we have not met yet stays as argparse writes it.
"""

from __future__ import annotations

import argparse

from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Argparse"
TEXTS: dict[str, str] = {  # argparse's message id -> our Indonesian source text
    "usage: ": QT_TRANSLATE_NOOP("Argparse", "penggunaan: "),
    "positional arguments": QT_TRANSLATE_NOOP("Argparse", "argumen posisi"),
    "options": QT_TRANSLATE_NOOP("Argparse", "pilihan"),
    "optional arguments": QT_TRANSLATE_NOOP("Argparse", "pilihan"),
    "show this help message and exit": QT_TRANSLATE_NOOP("Argparse", "tampilkan bantuan ini lalu keluar"),
    "%(prog)s: error: %(message)s\n": QT_TRANSLATE_NOOP("Argparse", "%(prog)s: kesalahan: %(message)s\n"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP("Argparse", "argumen berikut wajib diisi: %s"),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("Argparse", "argumen tidak dikenal: %s"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP("Argparse", "argumen %(argument_name)s: %(message)s"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "Argparse", "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP("Argparse", "nilai %(type)s tidak sah: %(value)r"),
    "expected one argument": QT_TRANSLATE_NOOP("Argparse", "perlu satu nilai"),
    "expected at most one argument": QT_TRANSLATE_NOOP("Argparse", "paling banyak satu nilai"),
    "expected at least one argument": QT_TRANSLATE_NOOP("Argparse", "perlu paling sedikit satu nilai"),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "Argparse", "pilihan tidak jelas: %(option)s bisa berarti %(matches)s"
    ),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("Argparse", "tidak boleh bersama argumen %s"),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("Argparse", "nilai %r diabaikan"),
    "one of the arguments %s is required": QT_TRANSLATE_NOOP("Argparse", "salah satu argumen %s wajib diisi"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": QT_TRANSLATE_NOOP(
        "Argparse", "perintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": QT_TRANSLATE_NOOP(
        "Argparse", "tidak bisa membuka '%(filename)s': %(error)s"
    ),
    "show program's version number and exit": QT_TRANSLATE_NOOP("Argparse", "tampilkan nomor versi lalu keluar"),
}
PLURALS: dict[str, str] = {  # argparse's singular id -> one text for every count (Indonesian has no plural)
    "expected %s argument": QT_TRANSLATE_NOOP("Argparse", "perlu %s nilai"),
}


def gettext(message: str) -> str:
    source = TEXTS.get(message)
    return translate(CTX, source) if source is not None else message


def ngettext(singular: str, plural: str, n: int) -> str:
    source = PLURALS.get(singular)
    if source is None:
        return singular if n == 1 else plural
    text = translate(CTX, source)
    # English needs the plural argparse wrote, which the one translation cannot hold
    return plural if text == singular and n != 1 else text


def install() -> None:
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
