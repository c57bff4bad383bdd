"""Every user-facing string in the code has an English translation, and the .ts files are current."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402


def _sources(folder: Path) -> dict[str, set[tuple[str, str]]]:
    return {
        ts.name: {(ctx, msg.findtext("source")) for _t, ctx, msg in translations.messages(ts)}
        for ts in folder.glob("*_en.ts")
    }


def test_ts_files_match_the_code(tmp_path: Path) -> None:
    translations.update(tmp_path)
    fresh, committed = _sources(tmp_path), _sources(translations.OUT)
    assert fresh == committed, "run: python scripts/translations.py update (then translate what is new)"


def test_every_string_has_english() -> None:
    assert translations.unfinished() == []


def test_core_reads_english_from_the_ts_files() -> None:
    from mpp_assist.i18n import translate

    assert translate("Status", "terkirim", lang="en") == "sent"
    assert translate("Status", "terkirim", lang="id") == "terkirim"


@pytest.mark.parametrize("lang,expected", [("id", "Layanan tidak dikenal"), ("en", "Unknown service")])
def test_cli_speaks_the_chosen_language(lang: str, expected: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mpp_assist", "--lang", lang, "form", "no-such-service", "--json"],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 1
    assert expected in proc.stderr and "Traceback" not in proc.stderr
