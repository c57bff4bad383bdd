#!/usr/bin/env python3
"""Write ``requirements.lock``: every library the app, the server and the tests use, pinned with hashes.

    python scripts/lock.py           # after changing dependencies in pyproject.toml

``dev.py`` (and so ``.ci/run`` and the installer, which builds from ``.venv``) installs from the lock
with ``pip --require-hashes``: the same versions everywhere, and no file that differs from the one
locked. The lock is universal (Windows, macOS and Linux, Python 3.11+), made by uv from the
dependencies and extras in pyproject.toml.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    uv = Path(sys.executable).parent / ("uv.exe" if sys.platform == "win32" else "uv")
    command = [str(uv) if uv.exists() else "uv", "pip", "compile", "pyproject.toml", "--extra", "dev",
               "--extra", "server", "--universal", "--python-version", "3.11", "--generate-hashes",
               "--no-header", "--quiet", "-o", "requirements.lock"]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
