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
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".mpp-assist-installed"


LOCK = ROOT / "requirements.lock"


def _inputs_digest() -> str:
    """What the environment is made from: the project's metadata and the locked versions."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    if LOCK.exists():
        digest.update(LOCK.read_bytes())
    return digest.hexdigest()


def _need_install() -> bool:
    return not STAMP.exists() or STAMP.read_text().strip() != _inputs_digest()


def ensure_env() -> bool:
    """Create or refresh ``.venv``; True when it was (re)installed just now."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older python3
        sys.exit("MPP Assist needs Python 3.11 or newer.")
    if not PY.exists():
        print("Membuat lingkungan Python di .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    fresh = False
    if _need_install():
        print("Memasang MPP Assist dan pustakanya …", flush=True)
        pip = [PY, "-m", "pip", "install", "-q"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        if LOCK.exists():
            # Every library at the version and with the hashes the lock file names (scripts/lock.py
            # makes it); then the project itself, with nothing more resolved.
            subprocess.run([*pip, "--require-hashes", "-r", LOCK], check=True)
            subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", f"{ROOT}[dev,server]"], check=True)
        else:
            subprocess.run([*pip, "-e", f"{ROOT}[dev,server]"], check=True)
        STAMP.write_text(_inputs_digest())
        fresh = True
    build_translations()
    return fresh


def build_translations() -> None:
    """Compile every .ts under resources/translations into the .qm Qt loads."""
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", ts, "-qm", qm], check=True)


# Shared libraries Qt loads on Linux, and the Debian/Ubuntu package of each.
QT_LIBRARIES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3", "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-image.so.0": "libxcb-image0",
}


def missing_qt_libraries() -> list[str]:
    """Libraries the Qt widgets and the X11 plugin need that this machine lacks (Linux only)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    probe = subprocess.run(
        [PY, "-c", "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)"],
        capture_output=True, text=True,
    )
    if probe.returncode != 0:
        return []
    qt = Path(probe.stdout.strip()) / "Qt"
    targets = [*qt.glob("lib/libQt6Widgets.so*"), *qt.glob("plugins/platforms/libqxcb.so")]
    missing: set[str] = set()
    for target in targets[:3]:
        out = subprocess.run(["ldd", str(target)], capture_output=True, text=True).stdout
        missing |= set(re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE))
    return sorted(missing)


def library_problem() -> str | None:
    """The system libraries Qt needs that are missing, said plainly (None: nothing missing)."""
    libs = missing_qt_libraries()
    if not libs:
        return None
    packages = sorted({QT_LIBRARIES.get(lib, lib) for lib in libs})
    return (
        "Qt membutuhkan pustaka sistem yang belum terpasang / Qt needs system libraries that are missing: "
        + ", ".join(libs)
        + "\nDebian/Ubuntu: sudo apt-get install " + " ".join(packages)
        + "\n(bash .ci/run as root installs everything the full test suite uses.)"
    )


def display_problem(cmd: str) -> str | None:
    """``run`` on Linux with no display to open the window on (None: there is one, or it is not needed)."""
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    )
    if cmd == "run" and headless:
        return (
            "Tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong): jalankan dari desktop, atau pakai Xvfb.\n"
            "No display (DISPLAY/WAYLAND_DISPLAY unset): run it from a desktop session, or under Xvfb "
            "(xvfb-run python3 dev.py run)."
        )
    return None


def check_system(cmd: str) -> str | None:
    """What this machine lacks for ``cmd``, said plainly (None: nothing)."""
    return library_problem() or display_problem(cmd)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    fresh = ensure_env()
    cmd, rest = argv[0], argv[1:]
    # The library probe (ldd, about 0.4 s) runs when the machine is new to us, or after a failure;
    # not before every start of a machine that works.
    problem = check_system(cmd) if fresh else display_problem(cmd)
    if problem and cmd == "run":
        print(problem, file=sys.stderr)
        return 2
    if problem:  # the tests that need Qt would fail one by one; say why once, first
        print(problem, file=sys.stderr)
    if cmd == "run":
        # The demo desk opens straight on its defaults; set MPP_ASSIST_PRESET= (empty) to see the
        # first-run wizard instead (installer/demo.preset.json, docs/ADMIN.md).
        env = dict(os.environ)
        env.setdefault("MPP_ASSIST_PRESET", str(ROOT / "installer" / "demo.preset.json"))
        status = subprocess.call([PY, "-m", "mpp_assist", *rest], env=env)
    else:
        status = subprocess.call([PY, "-m", "pytest", *rest], cwd=ROOT)
    if status != 0 and not fresh and cmd == "run":
        later = library_problem()  # a library removed since the install
        if later:
            print(later, file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
