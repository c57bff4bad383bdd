"""Every setting declared once: name, type, default, scope and description.

Values are checked against their declared type when set and when read back
from disk (a hand-edited file never crashes the app: a bad value falls back to
the default). ``scope="officer"`` options are remembered per officer (font
scale, theme, voice…); ``scope="machine"`` ones are for the whole desk
(backend address, MPP and desk name, printer). Listeners are told of every
change, which is how the UI's theme manager re-applies fonts and colours live.

Secrets (tokens, keys, passwords) never go here: they live in the OS keyring.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mpp_assist import clock
from mpp_assist.atomic import write_atomic
from mpp_assist.paths import data_home


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    scope: str  # "machine" | "officer"
    description: str
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None

    def check(self, value: Any) -> Any:
        """``value`` converted to this option's type, or ValueError naming what is wrong."""
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValueError(f"{self.name}: expected {self.type.__name__}, got {value!r}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.name}: {value!r} is not one of {self.choices}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name}: {value!r} is below {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name}: {value!r} is above {self.maximum}")
        return value


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in [
        Option("language", str, "id", "officer", "Interface language", choices=("id", "en")),
        Option("font_scale", int, 100, "officer", "Text size in percent", minimum=100, maximum=250),
        Option(
            "theme", str, "system", "officer",
            "Colour theme (system: standard, or high contrast when the operating system asks for it)",
            choices=("system", "standard", "contrast-dark-on-light", "contrast-light-on-dark"),
        ),
        Option("speech_rate", int, 150, "officer", "Speaking speed (words per minute)", minimum=80, maximum=300),
        Option("speech_voice", str, "", "officer", "Voice id (empty: the best Indonesian voice)"),
        Option("applicant_display", bool, False, "officer", "Show the display facing the applicant"),
        Option("call_chime", bool, True, "machine",
               "Play the two-tone chime before a queue call is said (at the desk and on the hall display)"),
        Option(
            "applicant_display_mode", str, "auto", "officer",
            "Where the applicant display goes (auto: the second screen when there is one, else docked"
            " beside the form; full_screen: the whole screen turned to the applicant, Escape returns)",
            choices=("auto", "second_screen", "docked", "full_screen"),
        ),
        Option("mpp_name", str, "MPP Demo", "machine", "Name of this Mal Pelayanan Publik"),
        Option("desk", str, "DEMO-01", "machine", "Desk (loket) code printed on receipts"),
        Option("officer", str, "demo", "machine", "Officer signed in at this desk"),
        Option(
            # Receipts, reports and receipt numbers use the desk's zone, not the host clock's (often UTC).
            "desk_zone", str, clock.host_default(), "machine",
            "Desk's time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)",
            choices=tuple(clock.ZONES),
        ),
        Option("backend_url", str, "", "machine", "Sync backend address (empty: offline only)"),
        Option("sync_ca_bundle", str, "", "machine", "CA bundle file trusted for the backend (empty: system CAs)"),
        Option("sync_timeout_seconds", int, 30, "machine", "Seconds to wait for the backend to answer",
               minimum=2, maximum=300),
        Option("offline_limit_days", int, 3, "machine", "Warn when an application is unsent this many days",
               minimum=1, maximum=60),
        Option("offline_limit_count", int, 50, "machine", "Warn when this many applications are unsent",
               minimum=1, maximum=10000),
        Option(
            "receipt_layout", str, "a4", "machine", "Receipt paper", choices=("a4", "a5", "80mm", "58mm")
        ),
        Option("receipt_lang", str, "id", "machine", "Receipt language", choices=("id", "en", "both")),
        Option("receipt_large_print", bool, False, "machine", "Print receipts in large print (body ≥ 16 pt)"),
        Option(
            "public_url", str, "https://lacak.mpp-assist.example", "machine",
            "Public address applicants open to check status; the receipt's QR is <public_url>/lacak/<code>",
        ),
        Option("receipt_printer", str, "", "machine", "System (CUPS) printer for receipts (empty: the default)"),
        Option(
            "escpos_connection", str, "none", "machine", "Direct ESC/POS thermal printer",
            choices=("none", "network", "usb"),
        ),
        Option("escpos_host", str, "", "machine", "ESC/POS network printer host name or IP address"),
        Option("escpos_port", int, 9100, "machine", "ESC/POS network printer TCP port", minimum=1, maximum=65535),
        Option("escpos_usb", str, "", "machine", "ESC/POS USB printer as vendor:product in hex (e.g. 0416:5011)"),
        Option("auto_lock_minutes", int, 5, "machine", "Lock after this many idle minutes", minimum=1, maximum=120),
        Option(
            "retention_days", int, 30, "machine",
            "Days a confirmed application stays on this computer before the daily purge",
            minimum=1, maximum=365,
        ),
    ]
}


def _write_atomically(path: Path, data: str) -> None:
    """A settings file whole or not at all (``atomic.write_atomic``), its folder made if missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data.encode("utf-8"))


class Settings:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_home() / "settings"
        self._listeners: list[Callable[[str, Any], None]] = []
        self._machine = self._load(self.folder / "machine.json")
        self._officer = self._load(self._officer_file())

    def _officer_file(self) -> Path:
        name = "".join(ch for ch in self._machine.get("officer", OPTIONS["officer"].default) if ch.isalnum())
        return self.folder / "officers" / f"{name or 'default'}.json"

    @staticmethod
    def _load(path: Path) -> dict[str, Any]:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        good = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            opt = OPTIONS.get(key)
            if opt is None:
                continue
            try:
                good[key] = opt.check(value)
            except ValueError:
                continue  # a bad hand edit falls back to the default
        return good

    def get(self, name: str) -> Any:
        opt = OPTIONS[name]
        values = self._machine if opt.scope == "machine" else self._officer
        return values.get(name, opt.default)

    def set(self, name: str, value: Any) -> None:
        opt = OPTIONS[name]
        value = opt.check(value)
        if self.get(name) == value:
            return
        if opt.scope == "machine":
            self._machine[name] = value
            _write_atomically(self.folder / "machine.json", json.dumps(self._machine, indent=2))
            if name == "officer":
                self._officer = self._load(self._officer_file())
        else:
            self._officer[name] = value
            _write_atomically(self._officer_file(), json.dumps(self._officer, indent=2))
        for listener in list(self._listeners):
            listener(name, value)

    def subscribe(self, listener: Callable[[str, Any], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str, Any], None]) -> None:
        self._listeners.remove(listener)
