"""The server's own configuration: each MPP's name, the server's Indonesian time zone, its public address.

One backend may serve several MPPs (``mpp-assist queue desk … --mpp CODE``), so the name an applicant
reads on the status page or the hall display is the name of *their* MPP, never a desk's setting
(``mpp_assist.settings`` belongs to the desk and is never read here). "Today" on the server — the
day a queue number belongs to, the day of a report, how late a survey response may be dated — is
the date in the server's zone (WIB, WITA or WIT), never the host's own zone.

The admin keeps it in a JSON file named by ``MPP_ASSIST_SERVER_CONFIG``::

    {"zone": "WITA", "public_url": "https://lacak.mpp.example.go.id",
     "mpp_names": {"default": "MPP Kota Makassar", "mpp-kota-barat": "MPP Kota Barat"}}

and/or in environment variables, which win over the file: ``MPP_ASSIST_SERVER_ZONE`` (WIB, WITA,
WIT or the IANA name), ``MPP_ASSIST_MPP_NAME`` (the name of the ``default`` MPP) and
``MPP_ASSIST_PUBLIC_URL``. It is read once when the app is made (``create_app``); restart after
changing it. See docs/ADMIN.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from mpp_assist import clock
from mpp_assist.i18n import translate
from mpp_assist.strict_json import NotStrictJSON, loads

ENV_FILE = "MPP_ASSIST_SERVER_CONFIG"
ENV_ZONE = "MPP_ASSIST_SERVER_ZONE"
ENV_NAME = "MPP_ASSIST_MPP_NAME"
ENV_PUBLIC_URL = "MPP_ASSIST_PUBLIC_URL"
ENV_LEGACY_CODES = "MPP_ASSIST_LEGACY_CODES_UNTIL"
# Until then the server also takes a tracking code a desk made before codes came from the client UUID
# (random, already printed on a receipt; a laptop offline for weeks still holds such applications).
# After it only derived codes are taken. The admin may move it ("legacy_codes_until", or "" for never).
LEGACY_CODES_UNTIL = date(2027, 6, 30)
DEFAULT_MPP = "default"  # the MPP of a desk nobody placed on a floor (server.queue uses the same)
MAX_FILE_BYTES = 256 * 1024
MAX_NAME = 120
_BY_ABBREVIATION = {abbr: name for name, abbr in clock.ZONES.items()}


class ServerConfigError(ValueError):
    """The admin's configuration cannot be used; the message says what to change (Indonesian)."""


@dataclass(frozen=True)
class SiteConfig:
    zone: str = field(default_factory=clock.host_default)  # an IANA name from clock.ZONES
    mpp_names: dict[str, str] = field(default_factory=dict)  # MPP code -> the name applicants read
    public_url: str = ""  # where applicants open /lacak (what a desk prints in its QR); "" unknown
    legacy_codes_until: date | None = LEGACY_CODES_UNTIL  # None: derived tracking codes only

    def takes_legacy_codes(self) -> bool:
        """Whether a desk's own (pre-derivation) tracking code is still taken today."""
        return self.legacy_codes_until is not None and self.today() <= self.legacy_codes_until

    def mpp_name(self, mpp: str | None) -> str:
        """The name of MPP ``mpp``; a code nobody named gets the plain "Mal Pelayanan Publik"."""
        return self.mpp_names.get(mpp or DEFAULT_MPP) or translate("Server", "Mal Pelayanan Publik")

    @property
    def abbreviation(self) -> str:
        """WIB, WITA or WIT: what a time the server shows is followed by."""
        return clock.ZONES[self.zone]

    def now(self) -> datetime:
        return datetime.now(clock.zone_info(self.zone))

    def local(self, moment: datetime) -> datetime:
        """``moment`` on the server's clock; a naive one is read as UTC (how the tables keep times)."""
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(clock.zone_info(self.zone))

    def today(self) -> date:
        return self.now().date()

    def day_of(self, moment: datetime | float | str | None) -> date | None:
        """The server's date of a moment: an aware or naive (UTC) datetime, a Unix time or an ISO stamp."""
        if moment is None:
            return None
        if isinstance(moment, int | float):
            moment = datetime.fromtimestamp(moment, UTC)
        elif isinstance(moment, str):
            try:
                moment = datetime.fromisoformat(moment)
            except ValueError:
                return None
        return self.local(moment).date()


def _zone(value: Any, where: str) -> str:
    text = str(value).strip()
    name = _BY_ABBREVIATION.get(text.upper(), text)
    if name not in clock.ZONES:
        raise ServerConfigError(
            translate("Server", "Zona waktu server tidak dikenal di {where}: {value} (pilih WIB, WITA atau WIT)")
            .format(where=where, value=text[:40])
        )
    return name


def _url(value: Any, where: str) -> str:
    text = str(value).strip().rstrip("/")
    if text and not text.startswith(("https://", "http://")):
        raise ServerConfigError(
            translate("Server", "Alamat publik di {where} harus diawali https:// atau http://").format(where=where)
        )
    return text


def _until(value: Any, where: str) -> date | None:
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ServerConfigError(
            translate("Server", "Tanggal di {where} harus YYYY-MM-DD atau kosong: {value}").format(
                where=where, value=text[:40])
        ) from None


def _names(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and 0 < len(v.strip()) <= MAX_NAME for k, v in value.items()
    ):
        raise ServerConfigError(
            translate(
                "Server", "mpp_names di {where} harus berisi kode MPP → nama (teks, paling panjang {max} karakter)"
            ).format(where=where, max=MAX_NAME)
        )
    return {k.strip(): v.strip() for k, v in value.items()}


def _from_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ServerConfigError(
            translate("Server", "Berkas konfigurasi server tidak bisa dibaca: {path} ({error})")
            .format(path=path, error=exc.strerror or exc)
        ) from None
    if len(data) > MAX_FILE_BYTES:
        message = translate("Server", "Berkas konfigurasi server terlalu besar: {path}")
        raise ServerConfigError(message.format(path=path))
    try:
        parsed = loads(data)
    except NotStrictJSON as exc:
        raise ServerConfigError(f"{path}: {exc.message}") from None
    if not isinstance(parsed, dict):
        raise ServerConfigError(translate("Server", "Berkas konfigurasi server harus berisi objek JSON: {path}")
                                .format(path=path))
    unknown = sorted(set(parsed) - {"zone", "mpp_names", "public_url", "legacy_codes_until"})
    if unknown:
        raise ServerConfigError(
            translate("Server", "Kunci tidak dikenal di {path}: {keys}").format(path=path, keys=", ".join(unknown))
        )
    return parsed


def load(environ: dict[str, str] | None = None) -> SiteConfig:
    """The configuration from ``MPP_ASSIST_SERVER_CONFIG``'s file and the environment (which wins)."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    where = env.get(ENV_FILE, "").strip()
    if where:
        raw = _from_file(Path(where))
        if "zone" in raw:
            values["zone"] = _zone(raw["zone"], where)
        if "mpp_names" in raw:
            values["mpp_names"] = _names(raw["mpp_names"], where)
        if "public_url" in raw:
            values["public_url"] = _url(raw["public_url"], where)
        if "legacy_codes_until" in raw:
            values["legacy_codes_until"] = _until(raw["legacy_codes_until"], where)
    if env.get(ENV_ZONE, "").strip():
        values["zone"] = _zone(env[ENV_ZONE], ENV_ZONE)
    if env.get(ENV_NAME, "").strip():
        values["mpp_names"] = {**values.get("mpp_names", {}), **_names({DEFAULT_MPP: env[ENV_NAME]}, ENV_NAME)}
    if env.get(ENV_PUBLIC_URL, "").strip():
        values["public_url"] = _url(env[ENV_PUBLIC_URL], ENV_PUBLIC_URL)
    if ENV_LEGACY_CODES in env:
        values["legacy_codes_until"] = _until(env[ENV_LEGACY_CODES], ENV_LEGACY_CODES)
    return SiteConfig(**values)


_current: SiteConfig | None = None


def install(config: SiteConfig) -> None:
    """Make ``config`` the server's configuration for this process (``create_app`` does)."""
    global _current
    _current = config


def current() -> SiteConfig:
    """The configuration ``create_app`` installed; read from the environment if none was."""
    global _current
    if _current is None:
        _current = load()
    return _current
