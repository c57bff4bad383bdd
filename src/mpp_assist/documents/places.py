"""Region names as read → Kemendagri codes, through the packaged region data (``forms.regions``).

Each level is matched only among the children of the level above (a kecamatan among the
regency's, a village among the kecamatan's), so an OCR slip in a name still finds the one
real region it can be, and a name that fits nothing closely stays unresolved (None).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from mpp_assist.documents.normalise import key
from mpp_assist.forms import regions

_PROVINCE_SHORT = {"DAERAH KHUSUS IBUKOTA": "DKI", "DAERAH ISTIMEWA": "DI", "DAERAH KHUSUS": "DK"}


def printed_name(region: regions.Region) -> str:
    """The name as Dukcapil prints it on a card: upper case, "DKI JAKARTA", "KOTA JAKARTA SELATAN"."""
    name = region.name.upper()
    if region.level == 1:
        for long, short in _PROVINCE_SHORT.items():
            if name.startswith(long + " "):
                return short + name[len(long):]
    if region.level == 2:
        return name.replace(" ADMINISTRASI ", " ")
    return name


def _similarity(read: str, region: regions.Region) -> float:
    k = key(read)
    best = 0.0
    for form in {key(printed_name(region)), key(region.name)}:
        best = max(best, difflib.SequenceMatcher(None, k, form).ratio())
    return best


@dataclass(frozen=True)
class Place:
    region: regions.Region
    similarity: float


def best_among(read: str | None, candidates: list[regions.Region], hint: str | None = None,
               cutoff: float = 0.8) -> Place | None:
    """The candidate whose name ``read`` is closest to; ``hint`` (a code from the NIK) breaks near-ties."""
    if not read or not key(read) or not candidates:
        return None
    scored = []
    for r in candidates:
        s = _similarity(read, r)
        if hint and (hint == r.code or hint.startswith(r.code + ".")):
            s += 0.05
        scored.append((s, r))
    s, r = max(scored, key=lambda t: t[0])
    return Place(r, min(1.0, s)) if s >= cutoff else None


@dataclass
class Resolved:
    province: Place | None = None
    regency: Place | None = None
    district: Place | None = None
    village: Place | None = None


def resolve(province: str | None, regency: str | None, district: str | None, village: str | None,
            nik_district: str | None = None) -> Resolved:
    """Each level as far down as the names read allow; ``nik_district`` like ``"320101"``."""
    hint = regions.canonical(nik_district) if nik_district else None
    out = Resolved()
    out.province = best_among(province, regions.provinces(), hint)
    regencies = regions.children(out.province.region.code) if out.province else _all_regencies()
    out.regency = best_among(regency, regencies, hint)
    if out.regency is None:
        return out
    out.district = best_among(district, regions.children(out.regency.region.code), hint)
    if out.district is None:
        return out
    out.village = best_among(village, regions.children(out.district.region.code))
    return out


def _all_regencies() -> list[regions.Region]:
    return [r for p in regions.provinces() for r in regions.children(p.code)]
