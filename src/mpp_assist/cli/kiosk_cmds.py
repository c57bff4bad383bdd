"""``mpp-assist kiosk``: the ticket window (anjungan antrean) at the hall's entrance;
``mpp-assist layar``: the hall display on a TV (the number called, said aloud with the chime)."""

from __future__ import annotations

import argparse
from typing import Any

from mpp_assist.i18n import translate


def register(sub: Any) -> None:
    p = sub.add_parser(
        "kiosk",
        help=translate("Cli", "jendela ambil nomor antrean (layar sentuh di pintu masuk), layar penuh"),
    )
    p.set_defaults(func=_kiosk)
    p = sub.add_parser(
        "layar",
        help=translate("Cli", "layar aula untuk TV: nomor yang dipanggil, dibacakan dengan bunyi bel, layar penuh"),
    )
    p.add_argument("--screen", type=int, default=None, metavar="N",
                   help=translate("Cli", "layar ke-N (0 yang pertama; bawaan: layar utama)"))
    p.set_defaults(func=_hall)


def _kiosk(args: argparse.Namespace) -> int:
    from mpp_assist.app import run_kiosk  # Qt only when the kiosk is wanted

    return run_kiosk(lang=args.lang)


def _hall(args: argparse.Namespace) -> int:
    from mpp_assist.ui.antrian.hall_window import run_hall  # Qt only when the hall display is wanted

    return run_hall(screen=args.screen, lang=args.lang)
