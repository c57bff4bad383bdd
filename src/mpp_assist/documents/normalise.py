"""Text as printed on a KTP-el or KK → the value the forms store (``L``, ``islam``, ISO dates, …).

Every function returns ``(value, similarity)``: value None when the text matches nothing
closely enough (never the nearest guess), similarity in 0–1 for the field's confidence.
"""

from __future__ import annotations

import difflib
import re
from datetime import date

_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "i": "1",
                                   "|": "1", "L": "1", "!": "1", "Z": "2", "z": "2", "S": "5", "s": "5",
                                   "B": "8", "G": "6", "b": "6", "T": "7", "g": "9", "q": "9", "A": "4"})


# "No." / "NO" glued to the digits that follow it: a label, not a 0 (the "o" reads as one).
_NUMBER_LABEL = re.compile(r"^[Nn][Oo]\.?(?=[0-9])")


def key(text: str) -> str:
    """Upper-case letters and digits only, single-spaced: what labels and value sets are compared on."""
    return " ".join(re.sub(r"[^A-Z0-9]+", " ", text.upper()).split())


def digits(text: str) -> str:
    """The digits in ``text``, reading the usual OCR look-alikes (O→0, I→1, S→5, B→8) as digits.

    Only in words that are mostly digits already: "No. 3201…" keeps its "No" out of the number, and so
    does "No.3201…" (the label run into the number when the OCR misses the space).
    """
    out = []
    for word in re.split(r"[\s:;,]+", text):
        word = _NUMBER_LABEL.sub("", word)
        alnum = [ch for ch in word if ch.isalnum()]
        real = sum(ch.isdigit() for ch in alnum)
        if alnum and real * 2 >= len(alnum):
            out.append(re.sub(r"\D", "", word.translate(_DIGIT_LOOKALIKES)))
    return "".join(out)


def closest(text: str, options: dict[str, str], cutoff: float = 0.78) -> tuple[str | None, float]:
    """The value whose printed form is nearest to ``text`` (compared by ``key``), or None."""
    k = key(text)
    if not k:
        return None, 0.0
    best, score = None, 0.0
    for printed, value in options.items():
        r = difflib.SequenceMatcher(None, k, key(printed)).ratio()
        if r > score:
            best, score = value, r
    return (best, score) if score >= cutoff else (None, score)


SEX = {"LAKI-LAKI": "L", "LAKI LAKI": "L", "PEREMPUAN": "P", "LK": "L", "PR": "P"}
RELIGION = {
    "ISLAM": "islam", "KRISTEN": "kristen", "PROTESTAN": "kristen", "KATHOLIK": "katolik", "KATOLIK": "katolik",
    "HINDU": "hindu", "BUDHA": "buddha", "BUDDHA": "buddha", "KHONGHUCU": "khonghucu", "KONGHUCU": "khonghucu",
    "KEPERCAYAAN TERHADAP TUHAN YME": "kepercayaan", "KEPERCAYAAN": "kepercayaan",
}
MARITAL = {
    "BELUM KAWIN": "belum_kawin", "KAWIN": "kawin", "KAWIN TERCATAT": "kawin", "KAWIN BELUM TERCATAT": "kawin",
    "CERAI HIDUP": "cerai_hidup", "CERAI MATI": "cerai_mati", "CERAI HIDUP TERCATAT": "cerai_hidup",
    "CERAI MATI TERCATAT": "cerai_mati",
}
RELATION = {
    "KEPALA KELUARGA": "kepala_keluarga", "SUAMI": "suami", "ISTRI": "istri", "ANAK": "anak",
    "MENANTU": "menantu", "CUCU": "cucu", "ORANG TUA": "orang_tua", "MERTUA": "mertua",
    "FAMILI LAIN": "famili_lain", "PEMBANTU": "lainnya", "LAINNYA": "lainnya",
}
EDUCATION = {
    "TIDAK/BELUM SEKOLAH": "tidak_sekolah", "BELUM TAMAT SD/SEDERAJAT": "tidak_sekolah",
    "TAMAT SD/SEDERAJAT": "sd", "SLTP/SEDERAJAT": "smp", "SLTA/SEDERAJAT": "sma", "DIPLOMA I/II": "diploma",
    "AKADEMI/DIPLOMA III/S. MUDA": "diploma", "DIPLOMA IV/STRATA I": "s1", "STRATA II": "s2", "STRATA III": "s3",
}
NATIONALITY = {"WNI": "WNI", "WNA": "WNA"}
BLOOD = {"A": "A", "B": "B", "AB": "AB", "O": "O", "0": "O"}


def choice(text: str, options: dict[str, str]) -> tuple[str | None, float]:
    return closest(text, options)


def relation(text: str) -> tuple[str | None, float]:
    k = key(text)
    if k in {"ANAK", "ISTRI", "SUAMI", "CUCU"}:  # short words: exact, a fuzzy match would mix them up
        return RELATION[k], 1.0
    return closest(text, RELATION, cutoff=0.8)


def nationality(text: str) -> tuple[str | None, float]:
    k = key(text).replace(" ", "")
    if k in NATIONALITY:
        return k, 1.0
    return (("WNI", 0.6) if k in {"WN1", "WNL", "VVNI"} else (None, 0.0))


def blood(text: str) -> tuple[str | None, float]:
    """``A``, ``B``, ``AB``, ``O`` (a trailing + or - kept), None for "-" (not known)."""
    t = text.strip().upper().replace(" ", "")
    m = re.fullmatch(r"(AB|A|B|O|0)([+-])?", t)
    if not m:
        return None, 0.0
    return BLOOD[m.group(1)] + (m.group(2) or ""), 1.0


_DATE = re.compile(r"(\d{1,2})\D{0,2}(\d{1,2})\D{0,2}(\d{4})")


def iso_date(text: str) -> tuple[str | None, float]:
    """``05-08-1990`` (as printed, day first) → ``1990-08-05``; None unless it is a real date."""
    t = text.translate(_DIGIT_LOOKALIKES)
    m = _DATE.search(t)
    if not m:
        d = digits(text)
        if len(d) != 8:
            return None, 0.0
        parts = (d[:2], d[2:4], d[4:])
    else:
        parts = m.groups()
    try:
        value = date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None, 0.0
    if not 1890 <= value.year <= 2100:
        return None, 0.0
    return value.isoformat(), 1.0


def number(text: str, length: int) -> tuple[str | None, float]:
    """Exactly ``length`` digits (RT, RW, kode pos, NIK), look-alikes read as digits; else None."""
    d = digits(text)
    if len(d) == length:
        plain = re.sub(r"\D", "", text)
        return d, 1.0 if len(plain) == length else 0.85
    return None, 0.0


def place_and_date(text: str) -> tuple[str, str]:
    """``BOGOR, 05-08-1990`` → (``BOGOR``, ``05-08-1990``): the last comma, or where the digits begin."""
    if "," in text:
        place, _sep, when = text.rpartition(",")
        return place.strip(" .,"), when.strip()
    m = re.search(r"\d", text)
    if m:
        return text[: m.start()].strip(" .,"), text[m.start():].strip()
    return text.strip(), ""


def clean_text(text: str) -> str:
    """A printed value as the form keeps it: upper case as printed, single spaces, no stray colon."""
    return " ".join(text.strip().lstrip(":;.").strip().split())


def address(text: str) -> str:
    """An address line, with the space after "NO." and "JL." that OCR tends to drop put back."""
    text = re.sub(r"(?<=[A-Z]{2})(NO\.)\s*(?=\d)", r" \1 ", clean_text(text))  # "MELATINO.12"
    return re.sub(r"\b(NO|JL|KP|GG)\.(?=\w)", r"\1. ", text, flags=re.I)
