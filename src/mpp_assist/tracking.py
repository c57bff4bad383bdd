"""Tracking codes: the random code in the receipt's QR that opens the status page.

80 bits from the OS's CSPRNG, written in Crockford's base-32 alphabet (no I, L, O, U:
nothing that looks or sounds like another character), in four groups of four.
Distinct from the official registration number, and unguessable.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    n = secrets.randbits(80)
    chars = "".join(ALPHABET[(n >> (5 * i)) & 31] for i in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def normalise(text: str) -> str | None:
    """A typed code in canonical form (case, spaces and look-alikes forgiven), or None."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(raw) != 16 or any(ch not in ALPHABET for ch in raw):
        return None
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))
