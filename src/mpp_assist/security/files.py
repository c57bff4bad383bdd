"""Attachments: safe names, a size limit, and files sealed at rest under the data home.

An attachment's name comes from a scanner, a phone or the backend, so it is
treated as hostile: only its last path component is kept, control characters and
Windows-reserved names are removed, and the bytes are written to a random file
name under ``attachments/<application id>/`` — the original name never becomes a
path. Contents are sealed (AES-GCM) like the database's personal data.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from pathlib import Path

from mpp_assist.atomic import write_atomic
from mpp_assist.i18n import translate
from mpp_assist.paths import data_home
from mpp_assist.security.crypto import DataKeys
from mpp_assist.security.errors import SecurityError

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # a phone photo of a KK is ~3 MB; scans rarely exceed 10
MAX_NAME = 100
_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))
}
_APP_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


class AttachmentTooLarge(SecurityError):
    def __init__(self, name: str, size: int) -> None:
        super().__init__(
            translate("Security", "Lampiran {name} terlalu besar ({size} MB); paling besar {max} MB.").format(
                name=name, size=round(size / 1048576, 1), max=MAX_ATTACHMENT_BYTES // 1048576
            )
        )


def safe_name(name: str) -> str:
    """A display/download name that cannot climb out of a folder or upset Windows."""
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")  # controls, NUL, bidi overrides
    name = re.sub(r'[<>:"|?*]', "_", name).strip().lstrip(".").rstrip(". ")
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    if stem.upper() in _WINDOWS_RESERVED or name.upper() in _WINDOWS_RESERVED:
        name = "_" + name
    if len(name) > MAX_NAME:
        ext = ext[:10]
        name = name[: MAX_NAME - len(ext) - 1] + (dot + ext if dot else "")
    return name or translate("Security", "lampiran")


def check_size(name: str, size: int) -> None:
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLarge(safe_name(name), size)


def attachments_root() -> Path:
    return data_home() / "attachments"


def _folder(app_id: str) -> Path:
    if not _APP_ID.match(app_id):
        raise SecurityError(translate("Security", "Nomor permohonan tidak sah: {id}").format(id=app_id[:80]))
    return attachments_root() / app_id


def contained(path: Path, root: Path | None = None) -> Path:
    """``path`` resolved, if it lies inside ``root`` (default: the attachments folder); else refuse."""
    root = (root or attachments_root()).resolve()
    resolved = path.resolve()
    if resolved != root and root not in resolved.parents:
        raise SecurityError(
            translate("Security", "Lokasi berkas di luar folder lampiran ditolak: {path}").format(path=path)
        )
    return resolved


def save(keys: DataKeys, app_id: str, name: str, data: bytes) -> Path:
    """Seal ``data`` into a new file for ``app_id``; returns its path (the name never becomes a path)."""
    check_size(name, len(data))
    path = _folder(app_id) / f"{uuid.uuid4().hex}.bin"
    # Sealed, but still an applicant's scan: 0600 in 0700 folders.
    return write_atomic(path, keys.seal_bytes(data, f"attachment|{app_id}|{path.name}"), private=True)


def load(keys: DataKeys, app_id: str, path: Path) -> bytes:
    path = contained(path, _folder(app_id))
    if path.stat().st_size > MAX_ATTACHMENT_BYTES + 1024:
        raise AttachmentTooLarge(path.name, path.stat().st_size)
    return keys.open_bytes(path.read_bytes(), f"attachment|{app_id}|{path.name}")
