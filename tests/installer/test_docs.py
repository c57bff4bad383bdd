"""The guides point at things that exist, and the preset examples they show are accepted by the app."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mpp_assist import desk_setup

ROOT = Path(__file__).resolve().parents[2]
GUIDES = [ROOT / "docs" / "PANDUAN-PETUGAS.md", ROOT / "docs" / "ADMIN.md", ROOT / "installer" / "README.md"]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_link_and_picture_exists(guide: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    assert targets, "a guide without links or pictures?"
    missing = [t for t in targets if not t.startswith("http") and not (guide.parent / t).exists()]
    assert not missing, f"{guide.name} links to missing files: {missing}"


def test_officer_guide_shows_the_first_run_and_the_desk() -> None:
    text = (ROOT / "docs" / "PANDUAN-PETUGAS.md").read_text(encoding="utf-8")
    for shot in ("panduan-01-server", "panduan-04-pencetak", "panduan-05-suara", "07-tanda-terima"):
        assert f"screenshots/{shot}.png" in text
    for state in ("menunggu dikirim", "sedang dikirim", "terkirim", "perlu perbaikan"):
        assert f"**{state}**" in text  # every sync state is explained


def test_shipped_preset_example_is_accepted(tmp_path: Path) -> None:
    preset = desk_setup.load_preset(ROOT / "installer" / "mpp-assist.preset.example.json")
    assert preset.wizard == "prefill" and preset.settings["receipt_layout"] == "80mm"
    demo = desk_setup.load_preset(ROOT / "installer" / "demo.preset.json")
    assert demo.wizard == "skip" and demo.settings == {}


def test_preset_in_the_admin_guide_is_accepted(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "ADMIN.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```json\n(.*?)```", text, re.S) if '"wizard"' in b)
    path = tmp_path / desk_setup.PRESET_NAME
    path.write_text(block, encoding="utf-8")
    preset = desk_setup.load_preset(path)
    assert preset.settings == json.loads(block)["settings"]
