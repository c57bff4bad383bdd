"""Authenticated encryption of what the app stores: AES-256-GCM under per-purpose subkeys.

Every sealed value is bound to where it belongs (``context``, e.g. the table,
column and row id) as associated data, so a ciphertext copied to another row or
column fails to open instead of silently showing someone else's data.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX = "enc1:"           # sealed text columns
FILE_MAGIC = b"MPPENC1\n"  # sealed files (attachments)
KEY_BYTES = 32
NONCE_BYTES = 12


class DecryptError(Exception):
    """A sealed value does not open with this key (wrong key, or changed on disk)."""


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _subkey(data_key: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"mpp-assist " + purpose).derive(
        data_key
    )


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


class DataKeys:
    """The subkeys derived from one database's data key."""

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != KEY_BYTES:
            raise ValueError("data key must be 32 bytes")
        self._fields = AESGCM(_subkey(data_key, b"fields v1"))
        self._files = AESGCM(_subkey(data_key, b"files v1"))
        self.audit_mac_key = _subkey(data_key, b"audit chain v1")
        self.index_key = _subkey(data_key, b"blind index v1")  # store.blind_index: HMACs of search terms

    def seal(self, text: str, context: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._fields.encrypt(nonce, text.encode("utf-8"), context.encode("utf-8"))
        return PREFIX + base64.urlsafe_b64encode(nonce + ct).decode("ascii")

    def open(self, sealed: str, context: str) -> str:
        if not is_sealed(sealed):
            raise DecryptError("value is not sealed")
        try:
            raw = base64.urlsafe_b64decode(sealed[len(PREFIX):].encode("ascii"))
            plain = self._fields.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], context.encode("utf-8"))
            return plain.decode("utf-8")
        except (InvalidTag, ValueError, UnicodeError) as exc:
            raise DecryptError(f"sealed value for {context} does not open") from exc

    def seal_bytes(self, data: bytes, context: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return FILE_MAGIC + nonce + self._files.encrypt(nonce, data, context.encode("utf-8"))

    def open_bytes(self, blob: bytes, context: str) -> bytes:
        if not blob.startswith(FILE_MAGIC):
            raise DecryptError("not a sealed file")
        raw = blob[len(FILE_MAGIC):]
        try:
            return self._files.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], context.encode("utf-8"))
        except (InvalidTag, ValueError) as exc:
            raise DecryptError(f"sealed file for {context} does not open") from exc
