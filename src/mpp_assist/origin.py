"""The desk an application was made at, signed by the device that made it (carried in bundles).

An application carried on a USB stick is uploaded by whoever imports the bundle, so the server
cannot take its desk from the importing officer. The laptop signs ``(client UUID, desk, request
body)`` with its Ed25519 device key; the server checks the signature against the device keys the
admin trusts for that desk. One definition of the signed bytes, for the desk and the server.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def statement(client_uuid: str, desk: str, body: dict[str, Any]) -> bytes:
    """The bytes a device signs: the body as the server canonicalises it, without the origin itself."""
    plain = {k: v for k, v in body.items() if k != "origin"}
    return canonical({"client_uuid": client_uuid, "desk": desk, "body": plain})


def public_key(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def fingerprint(public: bytes | str) -> str:
    """A short, readable name for a device key (what the admin compares by eye)."""
    raw = base64.b64decode(public) if isinstance(public, str) else public
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def sign(key: Ed25519PrivateKey, client_uuid: str, desk: str, body: dict[str, Any]) -> dict[str, str]:
    signature = key.sign(statement(client_uuid, desk, body))
    return {"desk": desk, "device": public_key(key), "signature": base64.b64encode(signature).decode()}


def valid(device: str, signature: str, client_uuid: str, desk: str, body: dict[str, Any]) -> bool:
    """Whether ``signature`` by ``device`` (base64 raw Ed25519 public key) covers this desk and body."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(device, validate=True))
        key.verify(base64.b64decode(signature, validate=True), statement(client_uuid, desk, body))
    except (InvalidSignature, ValueError):
        return False
    return True


def is_public_key(text: str) -> bool:
    try:
        return len(base64.b64decode(text, validate=True)) == 32
    except ValueError:
        return False
