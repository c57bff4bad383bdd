"""The wheel carries everything the app reads at run time, not only the Python code.

Built for real (no build isolation: the test environment's setuptools), unpacked,
and run from the unpacked tree so nothing can come from the source checkout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(out.glob("mpp_assist-*.whl"))
    target = out / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(target)
    return target


def test_wheel_has_resources_forms_and_no_caches(unpacked_wheel: Path) -> None:
    res = unpacked_wheel / "mpp_assist" / "resources"
    for needed in ["fonts/DejaVuSans.ttf", "data/regions.sqlite", "translations/core_en.ts"]:
        assert (res / needed).is_file(), needed
    assert list((unpacked_wheel / "mpp_assist" / "forms" / "services").glob("ktp-el*.json"))
    assert not list(unpacked_wheel.rglob("__pycache__"))


def test_installed_layout_runs_the_cli(unpacked_wheel: Path, data_home: Path, tmp_path: Path) -> None:
    prelude = (
        f"import sys; sys.path.insert(0, {str(unpacked_wheel)!r}); import mpp_assist.paths as p; "
        f"assert p.resources_dir().is_relative_to({str(unpacked_wheel)!r}), p.resources_dir(); "
        "from mpp_assist.cli import main; sys.exit(main(sys.argv[1:]))"
    )

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", prelude, *args], capture_output=True, text=True, check=False)

    example = cli("form", "ktp-el", "--example")
    assert example.returncode == 0, example.stderr
    answers = tmp_path / "a.json"
    answers.write_text(example.stdout)
    applied = cli("apply", "ktp-el", "--answers", str(answers), "--json")
    assert applied.returncode == 0, applied.stderr
    app = json.loads(applied.stdout)
    pdf = tmp_path / "r.pdf"
    receipt = cli("--lang", "en", "receipt", app["id"], "-o", str(pdf))
    assert receipt.returncode == 0, receipt.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert app["receipt_number"] in text
