"""Where MPP Assist reads its resources and writes its data.

Every file the app writes lives under one data home: ``$MPP_ASSIST_HOME`` when
set, else the platform's per-user data folder. Nothing is written next to the code.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "mpp-assist"
HOME_ENV = "MPP_ASSIST_HOME"
PRIVATE_FOLDER = 0o700


def data_home() -> Path:
    """The one folder every file the app writes lives under (created on demand)."""
    override = os.environ.get(HOME_ENV)
    # absolute at once: a relative MPP_ASSIST_HOME means the folder it names where the app started,
    # and every path derived from it (the database, scans) must stay the same folder afterwards
    home = Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    home = home.absolute()
    if not home.is_dir():
        home.parent.mkdir(parents=True, exist_ok=True)
        home.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        if os.name == "posix":  # personal data lives here: no other user of the machine may list it
            os.chmod(home, PRIVATE_FOLDER)  # mkdir's mode is reduced by the umask; this is not
    return home


@cache
def resources_dir() -> Path:
    """The installed ``mpp_assist.resources`` package (repo's ``resources/`` in a checkout)."""
    try:
        import mpp_assist.resources as res
    except ImportError:
        # Editable install: setuptools' editable finder maps only src/, so use the checkout.
        return Path(__file__).resolve().parents[2] / "resources"
    return Path(next(iter(res.__path__)))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
