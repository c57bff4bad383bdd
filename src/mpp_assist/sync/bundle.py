"""Bundles: unsent applications carried on a USB stick when there is no network at all.

A bundle is a JSON file. Its payload (the applications' request bodies and their
attachments) is encrypted with AES-256-GCM under a key derived (scrypt) from a
passphrase the officer chooses; the header is authenticated as associated data.
The whole file is signed with this device's Ed25519 key (kept in the OS keyring),
so the importing side can tell who made it and that nothing was changed.

Importing uploads each application under its own client UUID, so importing the
same bundle twice (or importing it and later syncing the laptop) creates nothing
twice: the server answers a replay with the number it gave the first time.

Each application also carries its origin (``mpp_assist.origin``): the desk that made it,
signed by this device's key. The server files it under that desk — not the importing
officer's — when the admin trusts the device for that desk (``mpp-assist server
trust-device``), and refuses it otherwise, so the laptop's own later sync finds it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from mpp_assist import origin
from mpp_assist.atomic import write_atomic
from mpp_assist.i18n import translate
from mpp_assist.security import keystore
from mpp_assist.security.errors import KeyringUnavailable
from mpp_assist.store import Store, now_utc
from mpp_assist.sync import outbox
from mpp_assist.sync.client import BackendClient, NotFound, Rejected
from mpp_assist.sync.credentials import SERVICE
from mpp_assist.sync.uploads import SourceChanged, send_pieces

FORMAT = "mpp-assist-bundle/2"  # /2: every application carries its signed origin
OLD_FORMATS = ("mpp-assist-bundle/1",)
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # what we write; a header asking for more is refused unread
SALT_BYTES = 16
# The header carries a check value of the key (not of the passphrase), so a wrong passphrase is told
# apart from a header edited and re-signed by someone else: the key checks out, the decryption does not.
KEY_CHECK = b"mpp-assist-bundle key check"


class BundleError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _key(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(passphrase.encode())


def _key_check(key: bytes) -> str:
    return _b64(hmac.new(key, KEY_CHECK, hashlib.sha256).digest()[:16])


class KdfTooCostly(ValueError):
    """The header asks for more scrypt work than any bundle we write."""


def _kdf_params(kdf: Any) -> dict[str, int]:
    """The scrypt settings a header names, checked before any work: every bundle ever written uses
    ``SCRYPT``, so more is refused (a hostile header asked for minutes and gigabytes before the
    passphrase was even checked: KdfTooCostly) and anything else is an edited header (ValueError)."""
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise ValueError("kdf")
    values = {k: kdf[k] for k in SCRYPT}
    if not all(type(v) is int for v in values.values()):
        raise ValueError("kdf")
    if any(values[k] > SCRYPT[k] for k in SCRYPT):
        raise KdfTooCostly
    if values != SCRYPT:
        raise ValueError("kdf")
    return values



def device_key() -> Ed25519PrivateKey:
    """This device's signing key, created on first use and kept in the OS keyring."""
    try:
        raw = keystore.read_text(SERVICE, "device-signing-key")
        if raw:
            return Ed25519PrivateKey.from_private_bytes(_unb64(raw))
        key = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

        keystore.write_text(
            SERVICE,
            "device-signing-key",
            _b64(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())),
        )
        return key
    except (KeyringUnavailable, ValueError) as exc:
        raise BundleError(
            translate("Sync", "Kunci tanda tangan perangkat tidak bisa dibaca dari keyring: {error}").format(
                error=type(exc.__cause__ or exc).__name__
            )
        ) from None


fingerprint = origin.fingerprint


def export_outbox(store: Store, path: Path, passphrase: str) -> int:
    """Write every unsent application (and attachments) to an encrypted, signed bundle; returns the count."""
    items = []
    signer = device_key()
    for app_id in outbox.iter_unsent(store):
        app = store.get_application(app_id)
        row = outbox.entry(store, app_id)
        if app is None or row is None:
            continue
        attachments = []
        for att in outbox.all_attachments(store, app_id):
            attachments.append(
                {
                    "attachment_id": att.attachment_id,
                    "sha256": att.sha256,
                    "size": att.size,
                    "data": _b64(outbox.read_attachment(store, app_id, att)),
                }
            )
        body = outbox.request_body(app, row)
        items.append(
            {
                "client_uuid": app_id,
                "body": body,
                "origin": origin.sign(signer, app_id, app.desk, body),
                "attachments": attachments,
            }
        )
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(12)
    key = _key(passphrase, salt, SCRYPT)
    header = {
        "format": FORMAT,
        "bundle_id": str(uuid.uuid4()),
        "created_at": now_utc(),
        "count": len(items),
        "kdf": {"name": "scrypt", "salt": _b64(salt), **SCRYPT, "check": _key_check(key)},
        "nonce": _b64(nonce),
        "signer": _b64(signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)),
    }
    plaintext = _canonical({"applications": items})
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, _canonical(header))
    signed = {**header, "ciphertext": _b64(ciphertext)}
    doc = {**signed, "signature": _b64(signer.sign(_canonical(signed)))}
    # Whole or not at all, durably (it may be the only copy on its way to the server), and private.
    write_atomic(path, _canonical(doc), private=True)
    for item in items:
        store.audit(outbox.actor(), "export", item["client_uuid"], f"bundle {header['bundle_id']}")
    return len(items)


@dataclass
class OpenedBundle:
    bundle_id: str
    created_at: str
    signer: str  # fingerprint of the device that signed it
    applications: list[dict[str, Any]]


def open_bundle(path: Path, passphrase: str) -> OpenedBundle:
    """Check the signature, then decrypt; a clear BundleError for anything wrong."""
    bad = translate("Sync", "Berkas {path} bukan bundel MPP Assist yang utuh.").format(path=path)
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError(bad)
        doc = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise BundleError(translate("Sync", "Berkas tidak ditemukan: {path}").format(path=path)) from None
    except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested absurdly deep
        raise BundleError(bad) from None
    if isinstance(doc, dict) and doc.get("format") in OLD_FORMATS:
        raise BundleError(
            translate(
                "Sync",
                "Bundel {path} dibuat MPP Assist versi lama, tanpa tanda loket asal. "
                "Perbarui aplikasi di laptop asalnya lalu ekspor ulang.",
            ).format(path=path)
        )
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BundleError(bad)
    try:
        signature = _unb64(doc.pop("signature"))
        public = _unb64(doc["signer"])
        kdf = doc["kdf"]
        params = _kdf_params(kdf)
        salt, nonce, ciphertext = _unb64(kdf["salt"]), _unb64(doc["nonce"]), _unb64(doc["ciphertext"])
        check = _unb64(kdf["check"]) if "check" in kdf else None  # bundles before the check value have none
        if len(salt) != SALT_BYTES or len(nonce) != 12:
            raise ValueError("kdf")
    except KdfTooCostly:
        raise BundleError(
            translate(
                "Sync",
                "Bundel {path} meminta pengaturan kunci (scrypt) di atas batas MPP Assist, jadi tidak dibuka: "
                "bundel ini tidak dibuat aplikasi ini atau telah diubah.",
            ).format(path=path)
        ) from None
    except (KeyError, ValueError, TypeError, AttributeError):
        raise BundleError(bad) from None
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, _canonical(doc))
    except (InvalidSignature, ValueError):
        raise BundleError(
            translate("Sync", "Tanda tangan bundel {path} tidak sah: isinya telah diubah atau rusak.").format(path=path)
        ) from None
    header = {k: v for k, v in doc.items() if k != "ciphertext"}
    wrong_password = translate("Sync", "Kata sandi bundel salah.")
    altered = translate("Sync", "Bundel {path} telah diubah atau rusak: kata sandinya benar, isinya tidak utuh.")
    key = _key(passphrase, salt, params)
    if check is not None and not hmac.compare_digest(_unb64(_key_check(key)), check):
        raise BundleError(wrong_password)
    try:
        plaintext = AESGCM(key).decrypt(nonce, ciphertext, _canonical(header))
    except (InvalidTag, ValueError):
        raise BundleError(altered.format(path=path) if check is not None else wrong_password) from None
    try:
        apps = json.loads(plaintext)["applications"]
        if not isinstance(apps, list):
            raise ValueError
    except (ValueError, KeyError, TypeError, RecursionError):
        raise BundleError(bad) from None
    return OpenedBundle(str(doc.get("bundle_id")), str(doc.get("created_at")), fingerprint(public), apps)


@dataclass
class ImportReport:
    bundle_id: str
    signer: str
    created: int = 0
    already_there: int = 0
    rejected: list[tuple[str, list[dict[str, str]]]] = field(default_factory=list)
    imported_before: bool = False


def import_bundle(store: Store, client: BackendClient, path: Path, passphrase: str) -> ImportReport:
    """Upload a bundle's applications to the backend; safe to repeat (replays create nothing).

    Network failures propagate (Unreachable, ServerBusy, AuthRequired): run it again later.
    """
    opened = open_bundle(path, passphrase)
    before = store.conn.execute("SELECT 1 FROM imported_bundles WHERE bundle_id = ?", (opened.bundle_id,)).fetchone()
    report = ImportReport(opened.bundle_id, opened.signer, imported_before=before is not None)
    for item in opened.applications:
        try:
            client_uuid = str(uuid.UUID(str(item["client_uuid"])))
            body = item["body"]
            attachments = item.get("attachments") or []
            signed = item["origin"]
            if not isinstance(body, dict) or not isinstance(signed, dict):
                raise TypeError
        except (KeyError, ValueError, TypeError):
            raise BundleError(translate("Sync", "Bundel berisi permohonan yang rusak.")) from None
        try:
            try:
                status, _record = client.put_application(client_uuid, {**body, "origin": signed})
            except Rejected as exc:
                if exc.status == 403:  # the device or its desk is not trusted: the whole bundle is
                    raise BundleError(exc.message) from None
                raise
            for att in attachments:
                data = _unb64(att["data"])
                send_pieces(
                    client,
                    client_uuid,
                    str(att["attachment_id"]),
                    lambda off, n, d=data: d[off : off + n],
                    len(data),
                    str(att["sha256"]),
                    256 * 1024,
                )
        except (Rejected, NotFound) as exc:
            reasons = exc.reasons if isinstance(exc, Rejected) else [{"field": "", "message": exc.message}]
            report.rejected.append((client_uuid, reasons))
            continue
        except (KeyError, ValueError, TypeError, SourceChanged):
            raise BundleError(translate("Sync", "Bundel berisi permohonan yang rusak.")) from None
        if status == 201:
            report.created += 1
        else:
            report.already_there += 1
    with store.transaction() as c:
        c.execute(
            "INSERT INTO imported_bundles (bundle_id, imported_at, count) VALUES (?, ?, ?)"
            " ON CONFLICT(bundle_id) DO UPDATE SET imported_at = excluded.imported_at",
            (opened.bundle_id, now_utc(), len(opened.applications)),
        )
        store._audit(c, outbox.actor(), "import", None, f"bundle {opened.bundle_id}: {report.created} new")
    return report
