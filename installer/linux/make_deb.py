"""A ``.deb`` from the built bundle: ``/opt/mpp-assist``, a menu entry, the icon, ``mpp-assist`` on PATH.

    python3 installer/build.py --package        # builds the bundle, then this

Uses only ``dpkg-deb`` (Debian/Ubuntu). Applicant data is never in the package: it lives in
each user's data folder (``~/.local/share/mpp-assist``), so removing or upgrading the
package keeps it; ``docs/ADMIN.md`` says how to remove it on purpose.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

CONTROL = """Package: mpp-assist
Version: {version}
Section: misc
Priority: optional
Architecture: {arch}
Maintainer: MPP Assist <admin@mpp-assist.invalid>
Depends: libc6, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libegl1, libdbus-1-3, libxcb-cursor0
Recommends: espeak-ng, cups-client, gnome-keyring
Installed-Size: {size_kib}
Description: Assisted-service desk app for Mal Pelayanan Publik
 Officers fill in government applications (KTP-el, KK, akta kelahiran, SKCK,
 paspor, BPJS, NIB) on behalf of citizens, print receipts with a tracking QR
 code, and sync to the MPP backend when a network is available.
"""


def _arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "amd64"


def make_deb(bundle: Path, out_dir: Path) -> Path:
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from mpp_assist import __version__

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mpp-deb-") as tmp:
        root = Path(tmp) / "pkg"
        shutil.copytree(bundle, root / "opt" / "mpp-assist", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        os.symlink("/opt/mpp-assist/mpp-assist", root / "usr" / "bin" / "mpp-assist")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copy2(HERE / "mpp-assist.desktop", apps / "mpp-assist.desktop")
        icons = root / "usr" / "share" / "icons" / "hicolor"
        (icons / "scalable" / "apps").mkdir(parents=True)
        svg = ROOT / "resources" / "icons" / "mpp-assist.svg"
        shutil.copy2(svg, icons / "scalable" / "apps" / "mpp-assist.svg")
        for px in (48, 128, 256):
            folder = icons / f"{px}x{px}" / "apps"
            folder.mkdir(parents=True)
            shutil.copy2(ROOT / "resources" / "icons" / f"mpp-assist-{px}.png", folder / "mpp-assist.png")
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(
            CONTROL.format(version=__version__, arch=_arch(), size_kib=size // 1024 + 1), encoding="utf-8"
        )
        deb = out_dir / f"mpp-assist_{__version__}_{_arch()}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(root), str(deb)],
                       check=True, capture_output=True)
    return deb
