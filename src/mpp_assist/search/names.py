"""Indonesian personal names made comparable: one spelling per name, and a looser phonetic key.

Pure functions, no I/O. ``tokens("H. Moehammad Djoko Soesilo, S.Pd.")`` gives
``["muhamad", "joko", "susilo"]``: case, spacing, punctuation and titles go, the
many spellings of Muhammad become one, the pre-1972 spellings (dj, tj, oe, ch, sj, nj)
become today's, and doubled letters (Sitti, Muhammad) become single. ``phonetic``
then folds what officers and citizens spell either way (kh/h, f/v/ph, z/s, y/i, e/i, o/u,
a final h), so a search by the key forgives what the canonical token does not.
"""

from __future__ import annotations

import re
import unicodedata

# Titles and honorifics, written without dots (they are stripped first): before or after a name.
TITLES = frozenset(
    "h hj haji hajah dr drs dra ir prof kh tb raden rd ny nn tn sdr sdri bpk ibu bu pak"
    " spd mpd spdi spdsd msi ssi sh mh se mm mt st sked skom skm skep sag sh ssos sip sp"
    " amd amdkeb amdkep ners apt mkes mkom mag mpdi phd dipl lc bsc msc".split()
)
# Every way Muhammad is written or shortened on Indonesian documents, after the old-spelling rules.
MUHAMMAD = frozenset("m md mhd moh mohd muh muhd mukhamad muhamad mohamad mokhamad mukhammad muchamad".split())
_MUHAMMAD_RE = re.compile(r"^m[ou]k?h?am+[ae]d$")
OLD_SPELLINGS = (("dj", "j"), ("tj", "c"), ("oe", "u"), ("ch", "kh"), ("sj", "sy"), ("nj", "ny"))
PHONETIC = (("kh", "h"), ("ph", "f"), ("v", "f"), ("q", "k"), ("x", "ks"), ("dz", "z"), ("z", "s"),
            ("sy", "s"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("y", "i"), ("e", "i"), ("o", "u"))
_DOUBLED = re.compile(r"(.)\1+")


def _fold(text: str) -> str:
    """Lower case, accents off (é → e), anything not a letter becomes a space."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace(".", " ").replace("'", "").replace("`", "")
    return re.sub(r"[^a-z]+", " ", text)


def canonical(token: str) -> str:
    """One word in today's spelling, doubled letters single; Muhammad in all its forms is ``muhamad``."""
    for old, new in OLD_SPELLINGS:
        token = token.replace(old, new)
    token = _DOUBLED.sub(r"\1", token)
    if token in MUHAMMAD or _MUHAMMAD_RE.match(token):
        return "muhamad"
    return token


def tokens(name: str) -> list[str]:
    """The name's words, comparable: titles dropped (everything after a comma is titles)."""
    head = name.split(",", 1)[0]
    words = [w for w in _fold(head).split() if w]
    # Titles are dropped only when something else remains ("Ir" may be someone's whole name).
    kept = [w for w in words if w not in TITLES] or words
    return [canonical(w) for w in kept]


def phonetic(token: str) -> str:
    """A looser key for one canonical token: letters spelt either way fold together."""
    key = token
    for a, b in PHONETIC:
        key = key.replace(a, b)
    key = re.sub(r"(?<=[^aiu])h(?=[^aiu]|$)", "", key)  # h after a consonant or at the end: Rahmat/Ramat, Fatimah
    key = re.sub(r"(?<=[aiu])h$", "", key)
    return _DOUBLED.sub(r"\1", key) or token


def keys(name: str) -> list[str]:
    """The phonetic keys of a name's tokens, in order."""
    return [phonetic(t) for t in tokens(name)]
