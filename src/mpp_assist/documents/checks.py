"""What was read, checked as a typed answer would be, and against itself.

The NIK and No. KK go through the forms' own validators; the NIK must agree with the birth
date and sex read beside it; the region names are resolved to a Kemendagri village code, and
the NIK's district and the KK's postcode are compared with it. A failed check never changes a
value: it lowers the field's confidence and says why, so the confirmation page asks first.
"""

from __future__ import annotations

from mpp_assist.documents import places
from mpp_assist.documents.model import FieldReading
from mpp_assist.forms import regions
from mpp_assist.forms.validators import check_kk, check_nik, nik_info
from mpp_assist.i18n import translate


def nik(f: FieldReading, birth: FieldReading | None, sex: FieldReading | None) -> None:
    if f.value is None:
        return
    check = check_nik(f.value)
    if not check.ok:
        f.doubt(translate("Documents", "NIK yang terbaca tidak sah; periksa keenam belas angkanya."), 0.2)
        return
    info = nik_info(f.value)
    if info is None:
        return
    if birth is not None and birth.value is not None:
        if birth.value not in {d.isoformat() for d in info.birth_dates}:
            msg = translate("Documents", "Tanggal lahir tidak cocok dengan NIK.")
            f.doubt(msg, 0.5)
            birth.doubt(msg, 0.5)
    if sex is not None and sex.value is not None and sex.value != info.sex:
        msg = translate("Documents", "Jenis kelamin tidak cocok dengan NIK.")
        f.doubt(msg, 0.5)
        sex.doubt(msg, 0.5)


def kk_number(f: FieldReading) -> None:
    if f.value is not None and not check_kk(f.value).ok:
        f.doubt(translate("Documents", "Nomor KK yang terbaca tidak sah; periksa keenam belas angkanya."), 0.2)


def region(fields: dict[str, FieldReading], nik_value: str | None) -> None:
    """Names read → canonical names and the village code (``desa``); NIK district compared."""
    district_hint = nik_value[:6] if nik_value else None
    found = places.resolve(
        fields["provinsi"].value, fields["kabupaten_kota"].value, fields["kecamatan"].value,
        fields["kel_desa"].value, district_hint,
    )
    for name, place in (("provinsi", found.province), ("kabupaten_kota", found.regency),
                        ("kecamatan", found.district), ("kel_desa", found.village)):
        f = fields[name]
        if place is None:
            if f.value is not None:
                f.doubt(translate("Documents", "Nama wilayah ini tidak ditemukan di data wilayah Kemendagri."), 0.5)
            continue
        f.value = place.region.name
        f.confidence = min(f.confidence, place.similarity) if place.similarity < 1 else f.confidence
    desa = fields["desa"]
    if found.village is not None:
        desa.value = found.village.region.code
        desa.confidence = min(fields["kel_desa"].confidence, fields["kecamatan"].confidence)
        desa.box = fields["kel_desa"].box
        if "kode_pos" in fields and fields["kode_pos"].value:
            expected = regions.postcode(desa.value)
            if expected and expected != fields["kode_pos"].value:
                fields["kode_pos"].doubt(translate("Documents", "Kode pos tidak cocok dengan desa/kelurahan."), 0.6)
    if district_hint and found.district is not None and "nik" in fields:
        if found.district.region.code.replace(".", "") != district_hint:
            # allowed (people move), but worth a look
            fields["nik"].doubt(translate("Documents", "Kode wilayah NIK berbeda dengan kecamatan yang terbaca."), 0.8)
