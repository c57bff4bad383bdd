"""The bundled desk app, not the source tree: build it with PyInstaller, then use it as an admin would.

``installer/build.py`` builds ``dist/mpp-assist`` once and skips the build while nothing
that goes into it has changed, so the whole run pays for one build. Every command here
runs the bundle's own executable with a temporary data home and the test run's keyring.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mpp_assist import __version__

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installer" / "build.py"
# 508 MB on Linux now: the desk ~200 MB, and reading KTP-el and KK (mpp_assist.documents) ~310 MB — OpenCV
# 172 (its wheel's own codec and BLAS libraries), numpy 42, ONNX Runtime 35, the RapidOCR models 31.
SIZE_BUDGET_MB = 520

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

if not sys.platform.startswith("linux"):  # the CI bundle is the Linux one
    pytest.skip("bundle smoke tests run on Linux", allow_module_level=True)


@pytest.fixture(scope="session")
def bundle() -> Iterator[Path]:
    done = subprocess.run(
        [sys.executable, str(BUILD)], cwd=ROOT, capture_output=True, text=True, timeout=1700, check=False
    )
    assert done.returncode == 0, f"build failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
    folder = ROOT / "dist" / "mpp-assist"
    assert (folder / "mpp-assist").is_file()
    yield folder


def run(
    bundle: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    # Run from an empty folder, so nothing can come from the source checkout by accident.
    cwd = Path(os.environ["MPP_ASSIST_HOME"])
    full_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    full_env.update(env or {})
    return subprocess.run(
        [str(bundle / "mpp-assist"), *args], cwd=cwd, env=full_env, capture_output=True, text=True,
        timeout=timeout, check=False,
    )


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def test_bundle_is_self_contained_and_within_budget(bundle: Path) -> None:
    assert size_mb(bundle) <= SIZE_BUDGET_MB
    internal = bundle / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unwanted in (
        "QtWebEngineCore", "libQt6WebEngineCore.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6",
        "libQt6Multimedia.so.6", "libQt63DCore.so.6", "fastapi", "sqlalchemy", "uvicorn", "pytest",
    ):
        assert unwanted not in names, f"{unwanted} should not be bundled"
    res = internal / "mpp_assist" / "resources"
    for needed in (
        "fonts/DejaVuSans.ttf", "data/regions.sqlite", "icons/mpp-assist.svg", "translations/ui_en.ts",
    ):
        assert (res / needed).is_file(), needed
    assert (internal / "mpp_assist" / "forms" / "services" / "ktp-el.json").is_file()
    # Every translation compiled, and never older than its source (else Qt would not load it).
    for ts in (res / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime, qm.name
    assert (bundle / "mpp-assist.preset.example.json").is_file()


def test_version(bundle: Path) -> None:
    done = run(bundle, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"mpp-assist {__version__}"


def test_form_apply_receipt_with_the_bundled_executable(bundle: Path, tmp_path: Path) -> None:
    example = run(bundle, "form", "ktp-el", "--example")
    assert example.returncode == 0, example.stderr
    answers = json.loads(example.stdout)
    assert answers["nama_lengkap"]
    path = tmp_path / "answers.json"
    path.write_text(example.stdout, encoding="utf-8")

    applied = run(bundle, "apply", "ktp-el", "--answers", str(path), "--json")
    assert applied.returncode == 0, applied.stderr
    result = json.loads(applied.stdout)
    assert result["id"] and result["receipt_number"]

    pdf = tmp_path / "tanda-terima.pdf"
    receipt = run(bundle, "receipt", result["id"], "-o", str(pdf))
    assert receipt.returncode == 0, receipt.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert result["receipt_number"] in flat
    assert "KTP" in flat
    assert answers["nama_lengkap"].upper() in flat.upper()
    assert answers["nik"] not in flat.replace(" ", "")  # the full NIK never appears

    # A malformed NIK: exit 2, the NIK named, in English with --lang en, nothing stored.
    bad = dict(answers, nik="12345")
    path.write_text(json.dumps(bad), encoding="utf-8")
    refused = run(bundle, "--lang", "en", "apply", "ktp-el", "--answers", str(path))
    assert refused.returncode == 2
    assert "NIK" in refused.stderr + refused.stdout
    listed = run(bundle, "list", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1


def test_scan_reads_a_ktp_with_the_bundled_ocr(bundle: Path, tmp_path: Path) -> None:
    """numpy, OpenCV, ONNX Runtime and RapidOCR with its models are inside: ``scan`` works offline."""
    import random

    from PIL import Image

    from documents import synth  # tests/ is on sys.path

    card = synth.make_ktp(random.Random(31))
    photo = tmp_path / "ktp.jpg"
    photo.write_bytes(synth.to_bytes(synth.render_ktp(card), "JPEG"))
    assert (bundle / "_internal" / "rapidocr" / "models" / "PP-OCRv6_rec_small.onnx").is_file()
    # No network: a proxy that answers nothing, so a download attempt would fail the read.
    offline = {"no_proxy": "", "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
    done = run(bundle, "scan", str(photo), "--json", env=offline)
    assert done.returncode == 0, done.stderr[-3000:]
    read = json.loads(done.stdout)
    assert read["kind"] == "ktp" and read["fields"]["nik"]["value"] == card.person.nik
    assert {k: f["value"] for k, f in read["fields"].items()} == card.truth()
    not_a_card = tmp_path / "kosong.png"
    not_a_card.write_bytes(synth.to_bytes(Image.new("RGB", (800, 500), "white")))
    refused = run(bundle, "scan", str(not_a_card))
    assert refused.returncode != 0 and "tidak terbaca" in refused.stderr + refused.stdout


def test_gui_starts_offscreen_and_quits_cleanly(bundle: Path) -> None:
    done = run(bundle, env={"QT_QPA_PLATFORM": "offscreen", "MPP_ASSIST_EXIT_AFTER_PAINT": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    assert re.search(r"^painted \d+\.\d+ \d+$", done.stdout, re.M), done.stdout
    problems = [line for line in done.stderr.splitlines()
                if re.search(r"Traceback|Could not|cannot|not found|Error", line)]
    assert not problems, "\n".join(problems)


def test_gui_in_english_loads_compiled_translations(bundle: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "MPP_ASSIST_EXIT_AFTER_PAINT": "1"}
    done = run(bundle, "--lang", "en", env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "painted" in done.stdout


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not installed")
def test_deb_package_holds_the_bundle_and_a_menu_entry(bundle: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "installer" / "linux"))
    from make_deb import make_deb

    deb = make_deb(bundle, tmp_path)
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    assert "./opt/mpp-assist/mpp-assist" in listing
    assert "./usr/share/applications/mpp-assist.desktop" in listing
    assert "./usr/share/icons/hicolor/scalable/apps/mpp-assist.svg" in listing
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version"], capture_output=True,
                          text=True, check=True).stdout
    assert "mpp-assist" in info and __version__ in info
