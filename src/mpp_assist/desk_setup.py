"""First run of a desk: is this machine set up yet, and the admin's preset file.

A desk is *set up* once its machine settings file exists (the first-run wizard, or
``mpp-assist login``, writes it). Until then the GUI shows the first-run wizard.

An admin can prepare desks with a preset file, ``mpp-assist.preset.json``, put next
to the installer or the ``mpp-assist`` executable (or in the data home)::

    {
      "wizard": "prefill",            // "prefill": wizard opens with these answers filled in
                                      // "skip": no wizard; the desk starts ready with them
      "settings": {"backend_url": "https://…", "mpp_name": "MPP Kota …", "desk": "LOKET-01", …}
    }

Every key under ``settings`` must be an option of ``mpp_assist.settings.OPTIONS``
with a value of its type; anything else is refused with a message naming the key,
and a bad preset never half-applies. Secrets (passwords, tokens) have no place in it.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mpp_assist.i18n import translate
from mpp_assist.paths import data_home
from mpp_assist.settings import OPTIONS, Settings, _write_atomically

PRESET_NAME = "mpp-assist.preset.json"
PRESET_ENV = "MPP_ASSIST_PRESET"  # an explicit preset path (tests, scripted roll-outs)
WIZARD_MODES = ("prefill", "skip")
MAX_PRESET_BYTES = 64 * 1024
# Officer/desk identity comes from signing in, not from a file that every desk shares.
NOT_PRESETTABLE = frozenset({"officer"})


class PresetError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Preset:
    path: Path
    wizard: str = "prefill"
    settings: dict[str, Any] = field(default_factory=dict)


def machine_settings_file(settings_folder: Path | None = None) -> Path:
    return (settings_folder or data_home() / "settings") / "machine.json"


def is_set_up(settings_folder: Path | None = None) -> bool:
    """True once this data home has machine settings (the wizard ran, or the desk was configured)."""
    return machine_settings_file(settings_folder).exists()


def preset_candidates() -> list[Path]:
    """Where a preset is looked for, first match wins."""
    found: list[Path] = []
    explicit = os.environ.get(PRESET_ENV)
    if explicit:
        found.append(Path(explicit))
    if getattr(sys, "frozen", False):  # the bundled app: next to the executable
        found.append(Path(sys.executable).resolve().parent / PRESET_NAME)
    found.append(Path(sys.argv[0]).resolve().parent / PRESET_NAME if sys.argv and sys.argv[0] else Path())
    found.append(data_home() / PRESET_NAME)
    return [p for p in found if str(p) not in ("", ".")]


def find_preset() -> Path | None:
    for path in preset_candidates():
        if path.is_file():
            return path
    return None


def load_preset(path: Path) -> Preset:
    """Read and check a preset; PresetError names the file and what is wrong."""

    def bad(problem: str) -> PresetError:
        return PresetError(
            translate("DeskSetup", "Berkas prasetel {path} tidak dipakai: {problem}").format(
                path=path, problem=problem
            )
        )

    try:
        if path.stat().st_size > MAX_PRESET_BYTES:
            raise bad(translate("DeskSetup", "berkas terlalu besar (paling besar 64 KB)."))
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise bad(exc.strerror or str(exc)) from None
    except ValueError as exc:
        raise bad(translate("DeskSetup", "bukan JSON yang sah ({error}).").format(error=exc)) from None
    if not isinstance(raw, dict):
        raise bad(translate("DeskSetup", "isinya harus objek JSON {…}."))
    unknown = sorted(k for k in raw if k not in {"wizard", "settings"} and not k.startswith("_"))
    if unknown:
        raise bad(translate("DeskSetup", "kunci tidak dikenal: {keys}.").format(keys=", ".join(unknown)))
    wizard = raw.get("wizard", "prefill")
    if wizard not in WIZARD_MODES:
        raise bad(translate("DeskSetup", "\"wizard\" harus \"prefill\" atau \"skip\"."))
    values = raw.get("settings", {})
    if not isinstance(values, dict):
        raise bad(translate("DeskSetup", "\"settings\" harus objek JSON {…}."))
    checked: dict[str, Any] = {}
    for name, value in values.items():
        option = OPTIONS.get(name)
        if option is None or name in NOT_PRESETTABLE:
            raise bad(translate("DeskSetup", "pengaturan \"{name}\" tidak dikenal.").format(name=name))
        try:
            checked[name] = option.check(value)
        except ValueError:
            message = translate("DeskSetup", "nilai \"{name}\" tidak sah: {value!r}.")
            raise bad(message.format(name=name, value=value)) from None
    return Preset(path, wizard, checked)


def apply_settings(settings: Settings, values: dict[str, Any]) -> None:
    """Write checked values; machine options first so officer options land in the right officer's file."""
    ordered = sorted(values.items(), key=lambda kv: OPTIONS[kv[0]].scope != "machine")
    for name, value in ordered:
        settings.set(name, value)


def mark_set_up(settings: Settings) -> None:
    """Make sure the machine settings file exists even when every answer was a default."""
    path = machine_settings_file(settings.folder)
    if not path.exists():
        # No file means no machine option was ever set, so an empty object says the same.
        _write_atomically(path, "{}")
