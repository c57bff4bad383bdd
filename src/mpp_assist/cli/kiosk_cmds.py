"""``mpp-assist kiosk``: the ticket window (anjungan antrean) at the hall's entrance."""

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


def _kiosk(args: argparse.Namespace) -> int:
    from mpp_assist.app import run_kiosk  # Qt only when the kiosk is wanted

    return run_kiosk(lang=args.lang)
