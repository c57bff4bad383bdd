#!/usr/bin/env python3
"""Set up and run MPP Assist from a source checkout with nothing but Python 3.11+.

    python3 dev.py run      # create/refresh .venv, then open the app
    python3 dev.py test     # create/refresh .venv, then run the whole test suite

Both commands create the virtual environment in ``.venv`` on first use and
reinstall only when ``pyproject.toml`` changes. Extra arguments are passed on
(``python3 dev.py test -k nik``, ``python3 dev.py run --lang en``).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".mpp-assist-installed"


def _need_install() -> bool:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return not STAMP.exists() or STAMP.read_text().strip() != digest


def ensure_env() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older python3
        sys.exit("MPP Assist needs Python 3.11 or newer.")
    if not PY.exists():
        print("Membuat lingkungan Python di .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    if _need_install():
        print("Memasang MPP Assist dan pustakanya …", flush=True)
        subprocess.run([PY, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        subprocess.run([PY, "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev,server]"], check=True)
        STAMP.write_text(hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest())
    build_translations()


def build_translations() -> None:
    """Compile every .ts under resources/translations into the .qm Qt loads."""
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", ts, "-qm", qm], check=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    ensure_env()
    cmd, rest = argv[0], argv[1:]
    if cmd == "run":
        # The demo desk opens straight on its defaults; set MPP_ASSIST_PRESET= (empty) to see the
        # first-run wizard instead (installer/demo.preset.json, docs/ADMIN.md).
        env = dict(os.environ)
        env.setdefault("MPP_ASSIST_PRESET", str(ROOT / "installer" / "demo.preset.json"))
        return subprocess.call([PY, "-m", "mpp_assist", *rest], env=env)
    return subprocess.call([PY, "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
