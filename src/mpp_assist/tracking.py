"""Tracking codes: the random code in the receipt's QR that opens the status page.

80 bits from the OS's CSPRNG, written in Crockford's base-32 alphabet (no I, L, O, U:
nothing that looks or sounds like another character), in four groups of four.
Distinct from the official registration number, and unguessable. An application's code is derived
from its client UUID (``code_for``), so the server can check it (see there).
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _written(n: int) -> str:
    chars = "".join(ALPHABET[(n >> (5 * i)) & 31] for i in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def new_code() -> str:
    """A random code (a queue ticket's, a test's); an application's is ``code_for`` its client UUID."""
    return _written(secrets.randbits(80))


def code_for(client_uuid: str) -> str:
    """An application's tracking code: 80 bits of SHA-256 of its client UUID (random, 122 bits).

    The desk prints it before any network, and the server recomputes and checks it, so no desk can
    choose a code (a guessable one, or one it saw on another applicant's receipt: a preimage of 80
    bits), and two applications never share one unless they share a UUID, which the server answers
    per desk (another desk's is 404, as if absent) — a collision tells nobody that a code exists.
    The UUID is therefore as private as the code; the desk never prints it.
    """
    digest = hashlib.sha256(b"mpp-assist tracking code\0" + str(client_uuid).lower().encode()).digest()
    return _written(int.from_bytes(digest[:10], "big"))


def normalise(text: str) -> str | None:
    """A typed code in canonical form (case, spaces and look-alikes forgiven), or None."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(raw) != 16 or any(ch not in ALPHABET for ch in raw):
        return None
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))
