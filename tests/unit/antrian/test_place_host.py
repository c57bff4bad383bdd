"""The Antrian place reaches the window only through the typed ``PlaceHost``, never by looking attributes up."""

from __future__ import annotations

import re
from pathlib import Path

import mpp_assist.ui.antrian as antrian

LOOKED_UP = re.compile(r"getattr\((?:self\.)?host\b|hasattr\((?:self\.)?host\b")


def test_the_place_uses_the_typed_host() -> None:
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sorted(Path(antrian.__file__).parent.glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LOOKED_UP.search(line)
    ]
    assert not found, "\n".join(found)
