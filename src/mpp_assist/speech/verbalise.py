"""Indonesian words for numbers, money, dates and digit strings, so speech sounds the Indonesian way.

espeak-ng's Indonesian voice reads "1.250.000" inconsistently (the dot is the Indonesian thousands
separator but also a full stop) and reads a 16-digit NIK as one enormous number. We therefore turn
numbers into words ourselves before synthesis:

- ``number_words(1_250_000)`` → "satu juta dua ratus lima puluh ribu"
- ``rupiah_words(50_000)`` → "lima puluh ribu rupiah"
- ``date_words(date(2026, 8, 17))`` → "tujuh belas Agustus dua ribu dua puluh enam"
- ``digits_grouped("3201234567890001")`` → "tiga dua nol satu, dua tiga empat lima, …"
- ``speakable(text)`` applies the above to free text (labels, receipts, answers).
"""

from __future__ import annotations

import re
from datetime import date

_ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")

# (power of ten, word); "se-" prefix forms only exist for ribu (seribu), not for juta and above.
_SCALES = (
    (10**18, "kuintiliun"),
    (10**15, "kuadriliun"),
    (10**12, "triliun"),
    (10**9, "miliar"),
    (10**6, "juta"),
    (10**3, "ribu"),
)

MAX_NUMBER = 10**21 - 1  # up to "sembilan ratus … kuintiliun …"

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def _below_thousand(n: int) -> list[str]:
    """Words for 1..999 (empty list for 0)."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_ONES[hundreds], "ratus"]
    if rest == 0:
        return words
    if rest < 10:
        words.append(_ONES[rest])
    elif rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif rest < 20:
        words += [_ONES[rest - 10], "belas"]
    else:
        tens, ones = divmod(rest, 10)
        words += [_ONES[tens], "puluh"]
        if ones:
            words.append(_ONES[ones])
    return words


def number_words(n: int) -> str:
    """``n`` in Indonesian words: 1250000 → "satu juta dua ratus lima puluh ribu"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"number_words expects an int, got {type(n).__name__}")
    if abs(n) > MAX_NUMBER:
        raise ValueError(f"{n} is too large to read aloud (limit {MAX_NUMBER})")
    if n == 0:
        return "nol"
    if n < 0:
        return "minus " + number_words(-n)
    words: list[str] = []
    rest = n
    for value, name in _SCALES:
        count, rest = divmod(rest, value)
        if count == 0:
            continue
        if count == 1 and value == 1000:
            words.append("seribu")
        else:
            words += [*_below_thousand(count), name]
    words += _below_thousand(rest)
    return " ".join(words)


def rupiah_words(n: int) -> str:
    """An amount in rupiah: 1250000 → "satu juta dua ratus lima puluh ribu rupiah"."""
    return f"{number_words(n)} rupiah"


def date_words(d: date) -> str:
    """A date the way it is said: 2026-08-17 → "tujuh belas Agustus dua ribu dua puluh enam"."""
    return f"{number_words(d.day)} {MONTHS[d.month - 1]} {number_words(d.year)}"


def digits_grouped(s: str, group: int = 4) -> str:
    """Each digit as a word, in groups separated by commas (a pause in speech).

    For NIK, KK and phone numbers, which people read digit by digit, not as one number.
    A leading "+" is read "plus"; spaces, dashes and dots are ignored.
    """
    if group < 1:
        raise ValueError("group must be at least 1")
    s = s.strip()
    plus = s.startswith("+")
    digits = [ch for ch in s if ch.isdigit()]
    parts = [
        " ".join(_ONES[int(ch)] for ch in digits[i : i + group]) for i in range(0, len(digits), group)
    ]
    text = ", ".join(parts)
    return f"plus {text}" if plus and text else text


# --- free text -------------------------------------------------------------------------------------

_MONEY = re.compile(r"\bRp\.?\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}|-))?", re.IGNORECASE)
_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PHONE = re.compile(r"(?<![\w+])(\+62 ?|0)(\d[\d -]{7,16}\d)\b")
_LONG_DIGITS = re.compile(r"\b\d{8,}\b")
# A NIK or KK number as receipts and the applicant display write it: four groups of four digits,
# spaced (or with no-break spaces). Read digit by digit before the phone rule sees "0157 0890 0001".
_GROUPED_ID = re.compile(r"(?<![\d.,])\d{4}(?:[ \u00a0]\d{4}){3}(?![\d.,])")
# One number, read whole: an optional minus (not a hyphen: "RT-05", "1-3"), "." thousands, "," decimals.
# (Separate passes read the thousands before the decimals: "1.250,75" lost its "koma", "-0,2" its minus.)
_NUMBER = re.compile(r"(?:(?<![\w-])(-))?\b(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\b")


# Abbreviations an Indonesian voice would spell letter by letter ("de el el"): read as the words.
_ABBREVIATIONS = {"dll": "dan lain-lain", "dsb": "dan sebagainya", "dst": "dan seterusnya"}
_ABBREVIATION = re.compile(r"\b(dll|dsb|dst)\.(\s+(?=(?-i:[A-Z])))?", re.IGNORECASE)


def _date_or_none(year: int, month: int, day: int) -> str | None:
    try:
        return date_words(date(year, month, day))
    except ValueError:
        return None


def speakable(text: str) -> str:
    """``text`` with its numbers turned into Indonesian words, ready for an Indonesian voice.

    Order matters: money and dates first, then identifiers read digit by digit (phone numbers,
    NIK/KK and any run of 8+ digits), then ordinary numbers (with "." thousands and "," decimals).
    """

    def money(m: re.Match[str]) -> str:
        amount = int(m.group(1).replace(".", ""))
        if amount > MAX_NUMBER:
            return m.group(0)
        sen = m.group(2) if m.group(2) and m.group(2).isdigit() else "00"  # ",-" is "no sen"
        return rupiah_words(amount) + (f" {number_words(int(sen))} sen" if int(sen) else "")

    def dmy(m: re.Match[str]) -> str:
        return _date_or_none(int(m.group(3)), int(m.group(2)), int(m.group(1))) or m.group(0)

    def iso(m: re.Match[str]) -> str:
        return _date_or_none(int(m.group(1)), int(m.group(2)), int(m.group(3))) or m.group(0)

    def number(m: re.Match[str]) -> str:
        minus, whole, fraction = m.group(1), m.group(2), m.group(3)
        value = int(whole.replace(".", ""))
        if value > MAX_NUMBER or (fraction and len(whole) >= 8):
            return m.group(0) if fraction else (minus or "") + digits_grouped(whole)
        words = number_words(value)
        if fraction:
            words += " koma " + " ".join(_ONES[int(ch)] for ch in fraction)
        return ("minus " + words) if minus else words

    def phone(m: re.Match[str]) -> str:
        if m.group(1).startswith("+62"):  # the country code is its own group: "plus enam dua, …"
            return "plus enam dua, " + digits_grouped(m.group(2))
        return digits_grouped(m.group(0))

    def abbreviation(m: re.Match[str]) -> str:
        # Its full stop may also end a sentence (a capital follows): keep that one for the pause.
        return _ABBREVIATIONS[m.group(1).lower()] + (". " if m.group(2) else "")

    text = _ABBREVIATION.sub(abbreviation, text)
    text = _MONEY.sub(money, text)
    text = _ISO_DATE.sub(iso, text)
    text = _DATE.sub(dmy, text)
    text = _GROUPED_ID.sub(lambda m: digits_grouped(m.group(0)), text)
    text = _PHONE.sub(phone, text)
    text = _LONG_DIGITS.sub(lambda m: digits_grouped(m.group(0)), text)
    return _NUMBER.sub(number, text)
