"""What of an application's answers the blind index holds, and what a typed query looks for.

Pure functions over answers (field id → value, repeat groups as lists of objects).
A *term* is a short text such as ``id:3273015708900001`` or ``sound:siti``; the
store keeps only a keyed HMAC of each (``store.blind_index``), never the term.

- ``id:`` every 16-digit number anywhere in the answers (NIK or KK: the applicant,
  a parent, a family member), as ``security.subject`` has always matched a NIK;
- ``phone:`` phone answers (fields named ``telepon…``/``phone…``/``hp…``), as 08…;
- ``name:`` and ``sound:`` each word of a name answer (fields named ``nama…`` or
  ``pemilik…``) in canonical spelling and its phonetic key (``search.names``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from mpp_assist.search import names

NIK_KEYS = ("nik", "nik_pemohon", "nik_pelapor", "nik_kepala")  # whose application it is, in this order
NAME_KEYS = ("nama_lengkap", "nama", "nama_pemohon", "nama_pelapor", "nama_kepala")
VILLAGE_KEYS = ("desa", "desa_asal", "kelurahan")
_SEPARATORS = re.compile(r"[\s.\-/]")


def digits(text: str) -> str:
    return _SEPARATORS.sub("", text)


def id_number(value: object) -> str | None:
    """A NIK or KK number (16 digits, spaces/dots/dashes allowed), else None."""
    if not isinstance(value, str):
        return None
    d = digits(value)
    return d if len(d) == 16 and d.isdigit() else None


def phone_number(value: object) -> str | None:
    """An Indonesian phone number as 08…, else None (+62 / 62 become 0)."""
    if not isinstance(value, str):
        return None
    d = re.sub(r"[\s.\-()]", "", value)
    if d.startswith("+"):
        d = d[1:]
    if not d.isdigit():
        return None
    if d.startswith("62"):
        d = "0" + d[2:]
    return d if d.startswith("0") and 8 <= len(d) <= 14 else None


def _is_phone_key(key: str) -> bool:
    return key.startswith(("telepon", "phone", "hp", "no_hp", "nomor_hp", "whatsapp"))


def _is_name_key(key: str) -> bool:
    return key.startswith(("nama", "pemilik"))


def _walk(value: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, str(k))
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, key)
    else:
        yield key, value


def name_terms(name: str) -> set[str]:
    out: set[str] = set()
    for token in names.tokens(name):
        out.add(f"name:{token}")
        out.add(f"sound:{names.phonetic(token)}")
    return out


def terms(answers: dict[str, Any]) -> set[str]:
    """Every term the blind index keeps for these answers."""
    out: set[str] = set()
    for key, value in _walk(answers):
        if (nik := id_number(value)) is not None:
            out.add(f"id:{nik}")
        elif _is_phone_key(key) and (phone := phone_number(value)) is not None:
            out.add(f"phone:{phone}")
        elif _is_name_key(key) and isinstance(value, str):
            out |= name_terms(value)
    return out


def _first(answers: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if answers.get(key) not in (None, ""):
            return answers[key]
    return None


def applicant_nik(answers: dict[str, Any]) -> str | None:
    return id_number(_first(answers, NIK_KEYS))


def applicant_name(answers: dict[str, Any]) -> str:
    value = _first(answers, NAME_KEYS)
    return value if isinstance(value, str) else ""


def applicant_village(answers: dict[str, Any]) -> str | None:
    value = _first(answers, VILLAGE_KEYS)
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Query:
    """What a typed search means: ``kind`` is id, phone, number (receipt/official/application id) or name."""

    kind: str
    text: str  # the normalised query (digits, the number upper-cased, or the name)
    terms: tuple[str, ...]  # blind-index terms that must all match (for id, phone and name)


def parse_query(text: str) -> Query | None:
    """Classify what the officer typed; None when there is nothing to search for."""
    text = text.strip()
    if not text:
        return None
    if (nik := id_number(text)) is not None:
        return Query("id", nik, (f"id:{nik}",))
    if (phone := phone_number(text)) is not None:
        return Query("phone", phone, (f"phone:{phone}",))
    if any(ch.isdigit() for ch in text):  # a receipt number (D1-20261203-0001), official number or id prefix
        return Query("number", re.sub(r"\s+", "", text), ())
    words = names.tokens(text)
    if not words:
        return None
    return Query("name", " ".join(words), tuple(dict.fromkeys(f"sound:{names.phonetic(w)}" for w in words)))
