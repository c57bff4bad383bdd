"""Is there a newer desk app? Asked of the backend (``GET /api/v1/version``), never installed by itself.

The GUI runs :func:`check_for_update` on its background runner a little after start-up
and shows a quiet banner when it returns an :class:`Update`; the officer is never
interrupted. Any failure (offline, old backend without the endpoint, odd answer)
means "nothing to say": an update check must never bother anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mpp_assist import __version__
from mpp_assist.i18n import translate

_PART = re.compile(r"(\d+)")


@dataclass(frozen=True)
class Update:
    current: str
    latest: str
    download_url: str

    def message(self) -> str:
        text = translate(
            "Updates", "Versi baru MPP Assist tersedia: {latest} (terpasang {current}). Beri tahu admin."
        ).format(latest=self.latest, current=self.current)
        if self.download_url:
            text += " " + translate("Updates", "Unduh: {url}").format(url=self.download_url)
        return text


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10.2"`` → ``(1, 10, 2)``; a pre-release suffix counts as older than the release."""
    core, _, suffix = version.strip().partition("-")
    numbers = tuple(int(p) for p in _PART.findall(core.split("+")[0])[:4])
    numbers += (0,) * (4 - len(numbers))
    return (*numbers, 0 if suffix else 1)


def is_newer(latest: str, current: str = __version__) -> bool:
    return bool(_PART.search(latest)) and version_key(latest) > version_key(current)


def check_for_update(
    backend_url: str, *, ca_bundle: str | None = None, timeout: float = 10, current: str = __version__
) -> Update | None:
    """The newer version the backend announces, or None (none, offline, or no backend set)."""
    if not backend_url.strip():
        return None
    from mpp_assist.sync.client import BackendClient, BackendError

    try:
        client = BackendClient(backend_url, ca_bundle=ca_bundle or None, timeout=(timeout, timeout))
    except BackendError:
        return None
    try:
        info = client.app_version()
    except BackendError:
        return None
    finally:
        client.close()
    latest = str(info.get("desk_latest", ""))[:40]
    url = str(info.get("download_url", ""))[:300]
    if not url.startswith(("https://", "http://")):
        url = ""
    return Update(current, latest, url) if is_newer(latest, current) else None
