"""``GET /api/v1/version``: which desk app version the backend's admin wants desks to run.

Desks ask this now and then and show a quiet banner when a newer version exists; they
never update themselves. The admin announces a release with two environment variables
of the server process (see docs/ADMIN.md):

* ``MPP_ASSIST_DESK_LATEST`` — the newest desk version (default: this server's own version,
  since desk app and reference backend are released together);
* ``MPP_ASSIST_DESK_DOWNLOAD_URL`` — where the IT person gets the installer (optional).

It also says where applicants open the status page (``public_url``, from the server's own
configuration, ``server.config``; "" when the admin has not set it), so a desk's first-run
wizard prints live QR codes without anyone typing the address.

No token needed: it tells nothing about applicants or officers.
"""

from __future__ import annotations

import os
import re

from fastapi import APIRouter
from pydantic import BaseModel, Field

from mpp_assist import __version__
from mpp_assist.server import config as site_config

router = APIRouter(prefix="/api/v1")
_VERSION = re.compile(r"\d{1,6}(\.\d{1,6}){0,3}([.+-][0-9A-Za-z.]{1,30})?")


class VersionOut(BaseModel):
    server: str
    desk_latest: str
    download_url: str
    public_url: str = Field("", description="where applicants open /lacak/<code> (the receipt's QR); '' not set")


@router.get("/version", response_model=VersionOut, tags=["health"])
def version() -> VersionOut:
    latest = os.environ.get("MPP_ASSIST_DESK_LATEST", "").strip()
    url = os.environ.get("MPP_ASSIST_DESK_DOWNLOAD_URL", "").strip()
    return VersionOut(
        server=__version__,
        desk_latest=latest if _VERSION.fullmatch(latest) else __version__,
        download_url=url if url.startswith("https://") or url.startswith("http://") else "",
        public_url=site_config.current().public_url,
    )
