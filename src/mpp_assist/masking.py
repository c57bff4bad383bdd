"""The one way personal data is hidden where it is shown but must not be read whole.

A NIK shows its region and serial only (``3201 **** **** 0001``: never the birth date it holds);
a name shows the first and last letter of each word (``S***i R***u``: the length hidden) — on the
public status page and in the desk's list of applications alike; ``scrub`` hides a NIK written
anywhere in a text (with spaces, dots or dashes between its digits).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def mask_nik(nik: str) -> str:
    """``3201234567890001`` → ``3201 **** **** 0001``: region and serial only, never the birth date."""
    digits = "".join(ch for ch in str(nik) if ch.isdigit())
    if len(digits) < 8:
        return "****"
    return f"{digits[:4]} **** **** {digits[-4:]}"


def mask_name(name: str) -> str:
    """``Siti Rahayu`` → ``S***i R***u``: first and last letter of each word, length hidden."""
    words = []
    for word in name.split():
        words.append(word[0] + "*" if len(word) <= 2 else f"{word[0]}***{word[-1]}")
    return " ".join(words) or "—"


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (a full NIK, even written with spaces or dots) masked."""
    for secret in secrets:
        if len(secret) < 8:
            continue
        pattern = r"[\s.\-]?".join(re.escape(ch) for ch in secret)
        text = re.sub(pattern, mask_nik(secret), text)
    return text
