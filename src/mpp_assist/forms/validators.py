"""Indonesian identity numbers and contact details, checked in pure Python.

Each ``check_*`` takes raw text as typed and returns a ``Check``: the canonical
value to store (or ``None`` when unreadable) and the findings, each a
``(severity, code, params)`` triple that ``Problem`` turns into a sentence.
Nothing here raises on bad input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mpp_assist.forms.dates import age_on
from mpp_assist.forms.dates import today as today_in_indonesia
from mpp_assist.forms.problems import ERROR, WARNING

Finding = tuple[str, str, dict[str, Any]]

MAX_AGE = 110


@dataclass
class Check:
    value: Any
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(sev == ERROR for sev, _c, _p in self.findings)


def _err(code: str, /, **params: Any) -> Finding:
    return (ERROR, code, params)


def _warn(code: str, /, **params: Any) -> Finding:
    return (WARNING, code, params)


_SEPARATORS = re.compile(r"[\s.\-/]+")


def _digits_only(raw: Any) -> str | None:
    """Digits with the usual separators (spaces, dots, dashes, slashes) removed; None if other characters."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str):
        return None
    text = _SEPARATORS.sub("", raw.strip())
    return text if text == "" or (text.isascii() and text.isdigit()) else None


def _digit_count(raw: Any) -> int:
    return sum(ch.isdigit() for ch in str(raw))


def _district_codes() -> Collection[str]:
    from mpp_assist.forms import regions

    return regions.all_district_codes_ever()


# --- NIK -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NikInfo:
    """What a NIK says about its holder."""

    district: str  # 6 digits, e.g. "327301"
    sex: str  # "L" (laki-laki) or "P" (perempuan)
    birth_dates: tuple[date, ...]  # every date that fits (two when the century is ambiguous)
    serial: str


def _birth_dates(dd: int, mm: int, yy: int, today: date) -> tuple[date, ...] | str:
    """Dates the six NIK digits can mean for someone 0–110 years old today, or a problem code."""
    exists: list[date] = []
    for century in (2000, 1900, 1800):
        try:
            exists.append(date(century + yy, mm, dd))
        except ValueError:
            continue
    if not exists:
        return "date"
    fits = tuple(d for d in exists if d <= today and age_on(d, today) <= MAX_AGE)
    return fits or "age"


def decode_nik(digits: str, today: date | None = None) -> NikInfo | str:
    """Decode 16 digits, or return the failing part: 'date', 'age' or 'serial'."""
    today = today or today_in_indonesia()
    dd, mm, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = "P" if dd > 40 else "L"
    if dd > 40:
        dd -= 40
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return "date"
    dates = _birth_dates(dd, mm, yy, today)
    if isinstance(dates, str):
        return dates
    if digits[12:] == "0000":
        return "serial"
    return NikInfo(district=digits[:6], sex=sex, birth_dates=dates, serial=digits[12:])


def check_nik(
    raw: Any, *, today: date | None = None, district_codes: Collection[str] | None = None, prefix: str = "nik"
) -> Check:
    """16 digits; district code known (warning if not); DDMMYY birth date (women +40); serial not 0000."""
    digits = _digits_only(raw)
    if digits is None:
        return Check(None, [_err(f"{prefix}_digits")])
    if len(digits) != 16:
        return Check(None, [_err(f"{prefix}_length", count=len(digits))])
    info = decode_nik(digits, today)
    if isinstance(info, str):
        return Check(None, [_err(f"{prefix}_{info}")])
    findings: list[Finding] = []
    codes = _district_codes() if district_codes is None else district_codes
    if digits[:6] not in codes:
        findings.append(_warn(f"{prefix}_region_unknown", code=digits[:6]))
    return Check(digits, findings)


def nik_info(raw: Any, today: date | None = None) -> NikInfo | None:
    digits = _digits_only(raw)
    if digits is None or len(digits) != 16:
        return None
    info = decode_nik(digits, today)
    return info if isinstance(info, NikInfo) else None


def format_nik(digits: str) -> str:
    """Shown as printed on the KTP: 16 digits without separators."""
    return digits


# --- Nomor KK ----------------------------------------------------------------------------------------


def check_kk(raw: Any, *, district_codes: Collection[str] | None = None, today: date | None = None) -> Check:
    """16 digits; district code known (warning if not); digits 7–12 a real date (DDMMYY, issue date)."""
    digits = _digits_only(raw)
    if digits is None:
        return Check(None, [_err("kk_digits")])
    if len(digits) != 16:
        return Check(None, [_err("kk_length", count=len(digits))])
    dd, mm, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    today = today or today_in_indonesia()
    if isinstance(_birth_dates(dd, mm, yy, today), str) or not 1 <= mm <= 12:
        return Check(None, [_err("kk_date")])
    if digits[12:] == "0000":
        return Check(None, [_err("kk_serial")])
    codes = _district_codes() if district_codes is None else district_codes
    findings = [] if digits[:6] in codes else [_warn("kk_region_unknown", code=digits[:6])]
    return Check(digits, findings)


# --- NPWP --------------------------------------------------------------------------------------------


def npwp_check_digit(first8: str) -> int:
    """The 9th digit of a 15-digit NPWP: Luhn over the 8-digit taxpayer number."""
    total = 0
    for i, ch in enumerate(reversed(first8)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def check_npwp(
    raw: Any, *, today: date | None = None, district_codes: Collection[str] | None = None
) -> Check:
    """15 digits with check digit, 16 digits (0 + the old 15), or a NIK (residents since 2024).

    Stored as digits; ``format_npwp`` shows it as printed on the card.
    """
    digits = _digits_only(raw)
    if digits is None:
        return Check(None, [_err("npwp_digits")])
    if len(digits) == 15:
        if npwp_check_digit(digits[:8]) != int(digits[8]):
            return Check(None, [_err("npwp_checksum")])
        return Check(digits)
    if len(digits) == 16 and digits[0] == "0":
        if npwp_check_digit(digits[1:9]) != int(digits[9]):
            return Check(None, [_err("npwp_checksum")])
        return Check(digits)
    if len(digits) == 16:
        nik = check_nik(digits, today=today, district_codes=district_codes)
        if not nik.ok:
            return Check(None, [_err("npwp_nik")])
        return nik
    return Check(None, [_err("npwp_length", count=len(digits))])


def format_npwp(digits: str) -> str:
    """01.234.567.8-901.000 for 15 digits; 16-digit forms are printed without separators."""
    if len(digits) == 15:
        d = digits
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    return digits


# --- Phone, email, postcode, NIB ---------------------------------------------------------------------


def check_phone(raw: Any) -> Check:
    """An Indonesian mobile or landline number; stored E.164 (+6281234567890)."""
    if not isinstance(raw, str | int) or isinstance(raw, bool):
        return Check(None, [_err("phone_invalid")])
    text = str(raw).strip()
    if not text or len(text) > 40:
        return Check(None, [_err("phone_invalid")])
    import phonenumbers  # on first use: it costs a third of a second at every start otherwise

    try:
        number = phonenumbers.parse(text, "ID")
    except phonenumbers.NumberParseException:
        return Check(None, [_err("phone_invalid")])
    if number.country_code != 62 or not phonenumbers.is_valid_number(number):
        return Check(None, [_err("phone_invalid")])
    return Check(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def format_phone(e164: str) -> str:
    """National format as people write it: 0812-3456-7890, (021) 5551234."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "ID")
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


def check_email(raw: Any) -> Check:
    """A real address shape: local@domain.tld; stored with the domain in lower case."""
    if not isinstance(raw, str):
        return Check(None, [_err("email_invalid")])
    text = raw.strip()
    if len(text) > 254 or not _EMAIL.match(text):
        return Check(None, [_err("email_invalid")])
    local, _, domain = text.rpartition("@")
    return Check(f"{local}@{domain.lower()}")


def check_postcode(raw: Any, *, expected: str | None = None) -> Check:
    """5 digits, first not 0; a warning when it differs from the chosen village's postcode."""
    digits = _digits_only(raw)
    if digits is None or len(digits) != 5 or digits[0] == "0":
        return Check(None, [_err("postcode_invalid")])
    if expected and digits != expected:
        return Check(digits, [_warn("postcode_mismatch", expected=expected)])
    return Check(digits)


def check_nib(raw: Any) -> Check:
    """Nomor Induk Berusaha from OSS: 13 digits."""
    digits = _digits_only(raw)
    if digits is None or len(digits) != 13:
        return Check(None, [_err("nib_invalid", count=_digit_count(raw) if raw is not None else 0)])
    return Check(digits)


# --- Names -------------------------------------------------------------------------------------------

_NAME_PUNCT = set(" .,'’‘`-()/")


def check_name(raw: Any) -> Check:
    """Any real name passes: one word, apostrophes, dots, commas, titles (Dr. H. Ir. S.Kom.).

    Digits or unusual symbols give only a warning: the officer can see the card, we cannot.
    Stored with spaces collapsed, as typed otherwise (never re-cased).
    """
    if not isinstance(raw, str):
        return Check(None, [_err("wrong_type")])
    text = " ".join(raw.split())
    odd = any(not (unicodedata.category(ch)[0] in "LM" or ch in _NAME_PUNCT) for ch in text)
    return Check(text, [_warn("name_characters")] if odd else [])


# --- Hidden characters (every text-like field) ----------------------------------------------------

# Invisible on screen, harmful elsewhere: control characters (NUL, BEL, ESC of ANSI sequences …),
# format characters (bidi overrides and isolates, zero-width, BOM, soft controls), line/paragraph
# separators and lone surrogates. A long text may keep its line breaks and tabs.
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}
_MULTILINE_OK = frozenset("\n\r\t")


def hidden_characters(text: str, *, multiline: bool = False) -> str:
    """The hidden or control characters in ``text`` (empty when there are none)."""
    return "".join(
        ch
        for ch in text
        if unicodedata.category(ch) in _HIDDEN_CATEGORIES and not (multiline and ch in _MULTILINE_OK)
    )


def without_hidden(text: str, *, multiline: bool = False) -> str:
    """``text`` with those characters removed: for showing data stored before they were refused."""
    bad = hidden_characters(text, multiline=multiline)
    return "".join(ch for ch in text if ch not in bad) if bad else text


# Registry used by the form engine: field type -> checker taking raw text.
CHECKERS: dict[str, Callable[..., Check]] = {
    "nik": check_nik,
    "kk": check_kk,
    "npwp": check_npwp,
    "phone": check_phone,
    "email": check_email,
    "postcode": check_postcode,
    "nib": check_nib,
}
