"""What a start pays for at import: libraries needed only later are imported when first used."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True,
    )
    return set(out.stdout.split())


def test_the_forms_engine_imports_without_jsonschema_or_phonenumbers() -> None:
    loaded = _modules_after("import mpp_assist.forms, mpp_assist.forms.validators, mpp_assist.forms.loader")
    assert "mpp_assist.forms.loader" in loaded  # the check is looking at the right process
    assert "jsonschema" not in loaded
    assert "phonenumbers" not in loaded


def test_phone_numbers_are_still_checked_once_used() -> None:
    from mpp_assist.forms.validators import check_phone

    assert check_phone("0812-3456-7890").value == "+6281234567890"


def test_sync_credentials_do_not_hash_at_import() -> None:
    # argon2's 64 MiB hash at import cost every desk start and CLI command most of a second.
    code = (
        "import argon2\ncalls = []\norig = argon2.PasswordHasher.hash\n"
        "argon2.PasswordHasher.hash = lambda self, *a, **k: calls.append(1) or orig(self, *a, **k)\n"
        "import mpp_assist.sync.credentials\nprint('HASHES', len(calls))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HASHES 0" in out


def test_the_window_draws_its_icons_without_qtawesome_or_qtpy(tmp_path) -> None:
    # Importing QtAwesome (and QtPy under it) cost about a second of every start for sixty glyphs.
    code = (
        "import os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "from mpp_assist.ui.shell.icons import icon\n"
        "from mpp_assist.ui.survey.survey_page import _face\n"
        "assert not icon('mdi6.cog-outline').isNull() and not _face(4, '#000000').isNull()\n"
        "image = icon('mdi6.cog-outline').pixmap(32, 32).toImage()\n"
        "assert any(image.pixelColor(x, y).alpha() > 128 for x in range(32) for y in range(32))\n"
        "assert icon('mdi6.no-such-icon').isNull()"
    )
    loaded = _modules_after(code)
    assert "mpp_assist.ui.shell.icons" in loaded
    assert not {"qtawesome", "qtpy"} & loaded
