"""The bundled app (``installer/build.py``) next to the source install: size and start-up time.

Builds the bundle if it is missing or out of date (a no-op otherwise). Start-up is
spawn to first painted main window (``MPP_ASSIST_EXIT_AFTER_PAINT``), offscreen, fresh
processes alternating bundle and source so drift hits both alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "mpp-assist"
ROUNDS = 5
SIZE_BUDGET_MB = 520  # as installer/build.py and tests/installer: ~310 MB of it the KTP-el/KK reader's OCR
# What the desk app needs at run time from the source install (the wheel's dependencies).
RUNTIME_DISTS = (
    "PySide6-Essentials", "shiboken6", "platformdirs", "jsonschema", "jsonschema-specifications",
    "referencing", "rpds-py", "attrs", "phonenumbers", "reportlab", "pillow", "pypdfium2", "pyttsx3",
    "requests", "urllib3",
    "idna", "certifi", "charset-normalizer", "keyring", "cryptography", "cffi", "argon2-cffi",
    "argon2-cffi-bindings",
    # reading KTP-el and KK (mpp_assist.documents)
    "numpy", "opencv-python-headless", "onnxruntime", "rapidocr", "shapely", "pyclipper", "omegaconf",
    "PyYAML", "colorlog", "tqdm", "six",
)


def _dist_mb(name: str) -> float:
    try:
        dist = distribution(name)
    except Exception:
        return 0.0
    total = 0
    for f in dist.files or []:
        path = Path(str(dist.locate_file(f)))
        if path.is_file():
            total += path.stat().st_size
    return total / 1e6


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _measure(cmd: list[str], home: str) -> float:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", MPP_ASSIST_HOME=home, MPP_ASSIST_EXIT_AFTER_PAINT="1"
    )
    start = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False, cwd=home)
    for line in proc.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no paint reported (exit {proc.returncode}): {proc.stderr[-2000:]}")


def run() -> list[dict]:
    # The bundle carries no file-based keyring: give both runs the same real Secret Service.
    sys.path.insert(0, str(ROOT / "tests"))
    from secret_service import secret_service_session

    with secret_service_session():
        return _run()


def _run() -> list[dict]:
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], check=True, capture_output=True)
    bundle_mb = _folder_mb(BUNDLE)
    source_mb = sum(_dist_mb(n) for n in RUNTIME_DISTS)
    source_mb += _folder_mb(ROOT / "src" / "mpp_assist") + _folder_mb(ROOT / "resources")
    frozen = [str(BUNDLE / "mpp-assist")]
    source = [sys.executable, "-m", "mpp_assist"]
    bundle_t, source_t = [], []
    with tempfile.TemporaryDirectory(prefix="mpp-bench-bundle-") as home:
        _measure(frozen, home)  # first start creates the data home; not timed
        _measure(source, home)
        for _ in range(ROUNDS):
            source_t.append(_measure(source, home))
            bundle_t.append(_measure(frozen, home))
    t_bundle, t_source = statistics.median(bundle_t), statistics.median(source_t)
    return [
        {
            "name": "bundle size (unpacked)",
            "value": f"{bundle_mb:.0f} MB",
            "floor": f"{SIZE_BUDGET_MB} MB budget (source install's runtime packages: {source_mb:.0f} MB)",
            "ratio": bundle_mb / SIZE_BUDGET_MB,
            "goal": 1.0,
        },
        {
            "name": "bundled start-up to first paint",
            "value": f"{t_bundle * 1000:.0f} ms",
            "floor": f"{t_source * 1000:.0f} ms (source install)",
            "ratio": t_bundle / t_source,
            "goal": 1.2,
        },
    ]
