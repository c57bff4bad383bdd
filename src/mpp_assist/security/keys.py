"""Wrapping the data key with a key derived from an officer's password or PIN (argon2id).

Argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane): memory-hard,
so guessing PINs on GPUs is slow, while unlocking costs a desk laptop a few tens of
milliseconds and little memory at start-up. It is the second layer: the wrapped key
sits in the OS keyring, itself locked by the operating-system login. The parameters
are stored with each wrapped key, so they can be raised later without breaking old accounts.
"""

from __future__ import annotations

import base64
import os
from typing import Any

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KDF_PARAMS = {"m": 19456, "t": 2, "p": 1}
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def derive(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"), salt, time_cost=params["t"], memory_cost=params["m"],
        parallelism=params["p"], hash_len=32, type=Type.ID,
    )


def wrap(data_key: bytes, secret: str, aad: str) -> dict[str, Any]:
    """The data key encrypted under ``secret``; ``aad`` binds it to its officer, role and data home."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(12)
    kek = derive(secret, salt, KDF_PARAMS)
    ct = AESGCM(kek).encrypt(nonce, data_key, aad.encode("utf-8"))
    return {"v": 1, "kdf": "argon2id", **KDF_PARAMS, "salt": _b64(salt), "nonce": _b64(nonce), "ct": _b64(ct)}


def unwrap(record: dict[str, Any], secret: str, aad: str) -> bytes | None:
    """The data key, or None when ``secret`` (or the record's binding) is wrong."""
    try:
        params = {k: int(record[k]) for k in ("m", "t", "p")}
        salt, nonce, ct = (base64.b64decode(record[k]) for k in ("salt", "nonce", "ct"))
    except (KeyError, TypeError, ValueError, OverflowError):  # OverflowError: int(inf), from 1e999 in JSON
        return None
    if (
        record.get("kdf") != "argon2id"
        or not 1 <= params["p"] <= 16
        or not 8 * params["p"] <= params["m"] <= 1024 * 1024
        or not 1 <= params["t"] <= 16
        or len(salt) < 8
        or len(nonce) != 12
    ):
        return None  # a hostile record must not make us allocate gigabytes, nor crash
    try:
        return AESGCM(derive(secret, salt, params)).decrypt(nonce, ct, aad.encode("utf-8"))
    except (InvalidTag, ValueError, HashingError):
        return None
