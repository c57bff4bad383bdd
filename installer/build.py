#!/usr/bin/env python3
"""Build the self-contained MPP Assist folder for this operating system.

    python3 installer/build.py              # dist/mpp-assist/ (skipped when already up to date)
    python3 installer/build.py --force      # rebuild even if nothing changed
    python3 installer/build.py --package    # then the installer: a .deb on Linux, setup .exe on Windows

Run it with the project's environment (``python3 dev.py run`` creates ``.venv``); it
re-runs itself with ``.venv``'s Python when started from another one. Steps:

1. stage ``resources/`` and compile every translation ``.ts`` into the ``.qm`` Qt loads;
2. run PyInstaller on ``installer/mpp-assist.spec`` (incremental: its work folder is kept);
3. put the example preset file and the licences next to the executable;
4. print the bundle's size (goal: at most 520 MB unpacked, 310 of them the document reader's OCR).

A fingerprint of everything that goes into the bundle (sources, resources, spec,
installed packages) is kept in the bundle; when it has not changed the build is skipped,
so tests and CI can call this as often as they like.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "installer"
STAGE = BUILD / "stage" / "resources"
DIST = ROOT / "dist"
BUNDLE_NAME = "mpp-assist"
FINGERPRINT = "BUILD-FINGERPRINT"
SIZE_BUDGET_MB = 520  # as tests/installer checks
WINDOWS = sys.platform == "win32"
VENV_PY = ROOT / ".venv" / ("Scripts/python.exe" if WINDOWS else "bin/python")


def _tool(name: str) -> str:
    """A console script from this Python's environment (pyside6-lrelease, pyinstaller)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install the dev extra (pip install -e '.[dev]')")
    return found


def _inputs() -> list[Path]:
    installer = ROOT / "installer"
    files = [ROOT / "pyproject.toml", *sorted(installer.glob("*.py")), installer / "mpp-assist.spec"]
    for folder, patterns in ((ROOT / "src" / "mpp_assist", ("*.py", "*.json")), (ROOT / "resources", ("*",))):
        for pattern in patterns:
            files += sorted(
                p for p in folder.rglob(pattern)
                if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".qm", ".pyc"}
            )
    return files


def fingerprint() -> str:
    """Hash of every input: our files' contents and the installed distributions' names and versions."""
    h = hashlib.sha256()
    for path in _inputs():
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    from importlib.metadata import distributions

    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in distributions()):
        h.update(dist.encode())
    h.update(sys.version.encode())
    return h.hexdigest()


def stage_resources() -> Path:
    """A copy of resources/ with every .ts compiled to .qm (newer than its .ts, so Qt loads it)."""
    if STAGE.exists():
        shutil.rmtree(STAGE)
    shutil.copytree(
        ROOT / "resources", STAGE, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    )
    lrelease = _tool("pyside6-lrelease")
    for ts in sorted((STAGE / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        st = ts.stat()
        os.utime(qm, (st.st_atime, st.st_mtime + 1))
    return STAGE


def run_pyinstaller(dist: Path) -> Path:
    env = dict(os.environ, MPP_ASSIST_STAGE=str(STAGE))
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--workpath", str(BUILD / "work"), "--distpath", str(dist),
        str(ROOT / "installer" / "mpp-assist.spec"),
    ]
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    return dist / BUNDLE_NAME


def finish(bundle: Path) -> None:
    """Files an admin needs next to the executable."""
    example = "mpp-assist.preset.example.json"
    shutil.copy2(ROOT / "installer" / example, bundle / example)
    for lic in (ROOT / "resources").rglob("LICENSE*"):
        shutil.copy2(lic, bundle / lic.name)
    internal = bundle / "_internal" / "mpp_assist" / "resources" / "translations"
    # Copying may not keep times in order: a .qm must never look older than its .ts.
    for qm in internal.glob("*.qm"):
        ts = qm.with_suffix(".ts")
        if ts.exists():
            os.utime(qm, (ts.stat().st_atime, ts.stat().st_mtime + 1))


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def executable(bundle: Path) -> Path:
    return bundle / ("mpp-assist.exe" if WINDOWS else "mpp-assist")


def build(dist: Path = DIST, force: bool = False) -> Path:
    bundle = dist / BUNDLE_NAME
    digest = fingerprint()
    stamp = bundle / FINGERPRINT
    if not force and executable(bundle).exists() and stamp.exists() and stamp.read_text().strip() == digest:
        print(f"{bundle} is up to date ({size_mb(bundle):.0f} MB)")
        return bundle
    stamp.unlink(missing_ok=True)  # a failed build must not look up to date
    stage_resources()
    bundle = run_pyinstaller(dist)
    finish(bundle)
    stamp.write_text(digest + "\n")
    size = size_mb(bundle)
    print(f"Built {bundle} ({size:.0f} MB unpacked; budget {SIZE_BUDGET_MB} MB)")
    if size > SIZE_BUDGET_MB:
        print(f"warning: the bundle is over its {SIZE_BUDGET_MB} MB budget", file=sys.stderr)
    return bundle


def package(bundle: Path, dist: Path) -> Path:
    if WINDOWS:
        from PIL import Image  # Pillow comes with the app's dependencies

        BUILD.mkdir(parents=True, exist_ok=True)
        Image.open(ROOT / "resources" / "icons" / "mpp-assist-256.png").save(
            BUILD / "mpp-assist.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
        )
        iscc = shutil.which("ISCC") or shutil.which("iscc")
        if iscc is None:
            sys.exit("Inno Setup's ISCC.exe not found: install Inno Setup 6 and add it to PATH")
        from mpp_assist import __version__

        subprocess.run(
            [iscc, f"/DAppVersion={__version__}", f"/DBundleDir={bundle}", f"/O{dist}",
             str(ROOT / "installer" / "windows" / "mpp-assist.iss")],
            check=True,
        )
        return dist / f"mpp-assist-setup-{__version__}.exe"
    sys.path.insert(0, str(ROOT / "installer" / "linux"))
    from make_deb import make_deb

    return make_deb(bundle, dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    parser.add_argument("--package", action="store_true", help="also build the installer for this OS")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: dist/)")
    args = parser.parse_args(argv)
    if VENV_PY.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
        return subprocess.call([str(VENV_PY), __file__, *(argv if argv is not None else sys.argv[1:])])
    bundle = build(args.dist.resolve(), force=args.force)
    if args.package:
        print(f"Installer: {package(bundle, args.dist.resolve())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
