"""Reading checked against itself and the region data; the layout parsed from text lines (no OCR)."""

from __future__ import annotations

import random

from documents import synth
from mpp_assist.documents import checks, ktp, places
from mpp_assist.documents.model import KTP_FIELDS, FieldReading
from mpp_assist.documents.ocr import TextLine
from mpp_assist.forms import regions


def _fields(**values: object) -> dict[str, FieldReading]:
    out = {n: FieldReading() for n in KTP_FIELDS}
    for k, v in values.items():
        out[k] = FieldReading(value=v, confidence=0.99)
    return out


def test_a_nik_that_agrees_with_birth_date_and_sex_keeps_its_confidence() -> None:
    f = _fields(nik="3201014508900003", tanggal_lahir="1990-08-05", jenis_kelamin="P")
    checks.nik(f["nik"], f["tanggal_lahir"], f["jenis_kelamin"])
    assert f["nik"].problems == [] and f["nik"].confidence == 0.99


def test_a_nik_that_disagrees_marks_both_fields_and_changes_neither() -> None:
    f = _fields(nik="3201014508900003", tanggal_lahir="1990-08-06", jenis_kelamin="L")
    checks.nik(f["nik"], f["tanggal_lahir"], f["jenis_kelamin"])
    assert f["nik"].value == "3201014508900003" and f["tanggal_lahir"].value == "1990-08-06"
    assert f["tanggal_lahir"].problems and f["jenis_kelamin"].problems
    assert f["nik"].confidence <= 0.5 and f["jenis_kelamin"].confidence <= 0.5


def test_an_impossible_nik_is_kept_as_read_but_doubted() -> None:
    f = _fields(nik="3201019913900003")  # day 99
    checks.nik(f["nik"], None, None)
    assert f["nik"].value == "3201019913900003" and f["nik"].confidence <= 0.2 and f["nik"].problems


def test_a_bad_kk_number_is_doubted() -> None:
    f = FieldReading(value="3201010000000000", confidence=0.9)
    checks.kk_number(f)
    assert f.confidence <= 0.2


def test_region_names_resolve_to_the_village_code_despite_ocr_slips() -> None:
    place = synth.random_place(random.Random(7))
    f = _fields(
        provinsi=synth.printed_province(place.province), kabupaten_kota=synth.printed_regency(place.regency),
        kecamatan=place.district.upper(), kel_desa=place.village.upper()[:-1] + "1" if len(place.village) > 6
        else place.village.upper(),
    )
    nik = place.village_code.rsplit(".", 1)[0].replace(".", "") + "0101900001"
    f["nik"] = FieldReading(value=nik, confidence=0.99)
    checks.region(f, nik)
    assert f["desa"].value == place.village_code
    assert f["kel_desa"].value == place.village and f["kabupaten_kota"].value == place.regency
    assert f["nik"].problems == []


def test_dki_names_as_printed_on_the_card_resolve() -> None:
    found = places.resolve("DKI JAKARTA", "KOTA JAKARTA SELATAN", None, None)
    assert found.province.region.code == "31" and found.regency.region.code == "31.74"


def test_a_name_that_fits_no_region_stays_unresolved() -> None:
    f = _fields(provinsi="JAWA BARAT", kabupaten_kota="KABUPATEN ENTAHLAH", kecamatan="X", kel_desa="Y")
    checks.region(f, None)
    assert f["desa"].value is None and f["kabupaten_kota"].problems


def test_a_nik_from_another_district_is_flagged_not_changed() -> None:
    village = regions.children(regions.children(regions.children("32")[0].code)[0].code)[0]
    district = regions.get(village.parent)
    regency = regions.get(district.parent)
    f = _fields(provinsi="JAWA BARAT", kabupaten_kota=regency.name.upper(), kecamatan=district.name.upper(),
                kel_desa=village.name.upper(), nik="3578014508900003")
    checks.region(f, "3578014508900003")
    assert f["desa"].value == village.code and f["nik"].problems


def _line(text: str, x: int, y: int, w: int = 200) -> TextLine:
    return TextLine(text, (x, y, x + w, y + 24), 0.98)


def test_the_ktp_layout_from_text_lines() -> None:
    lines = [
        _line("PROVINSI JAWA BARAT", 300, 20, 400), _line("KABUPATEN BOGOR", 340, 60, 300),
        _line("NIK", 30, 118, 60), _line(": 3201014508900003", 210, 118, 330),
        _line("Nama", 30, 170, 80), _line(": SITI NURHALIZA", 250, 170),
        _line("Tempat/Tgl Lahir", 30, 206), _line(": BOGOR, 05-08-1990", 250, 206),
        _line("Jenis Kelamin", 30, 242), _line(": PEREMPUAN", 250, 242), _line("Gol. Darah : O", 470, 242, 150),
        _line("Alamat", 30, 278), _line(": JL. MAWAR NO.12", 250, 278),
        _line("RT/RW", 60, 314), _line(": 001/002", 250, 314),
        _line("Kel/Desa", 60, 350), _line(": PAKANSARI", 250, 350),
        _line("Kecamatan", 60, 386), _line(": CIBINONG", 250, 386),
        _line("Agama", 30, 422), _line(": ISLAM", 250, 422), _line("BOGOR", 790, 422, 80),
        _line("Status Perkawinan", 30, 458), _line(": KAWIN", 250, 458), _line("12-05-2017", 780, 452, 100),
        _line("Pekerjaan", 30, 494), _line(": KARYAWAN SWASTA", 250, 494),
        _line("Kewarganegaraan", 30, 530), _line(": WNI", 250, 530),
        _line("Berlaku Hingga", 30, 566), _line(": SEUMUR HIDUP", 250, 566),
    ]
    fields = ktp.parse(lines, 1000)
    values = {k: v.value for k, v in fields.items()}
    assert values == {
        "nik": "3201014508900003", "nama_lengkap": "SITI NURHALIZA", "tempat_lahir": "BOGOR",
        "tanggal_lahir": "1990-08-05", "jenis_kelamin": "P", "golongan_darah": "O", "alamat": "JL. MAWAR NO. 12",
        "rt": "001", "rw": "002", "kel_desa": "PAKANSARI", "kecamatan": "CIBINONG",
        "kabupaten_kota": "KABUPATEN BOGOR", "provinsi": "JAWA BARAT", "desa": None, "agama": "islam",
        "status_perkawinan": "kawin", "pekerjaan": "KARYAWAN SWASTA", "kewarganegaraan": "WNI",
    }
    assert fields["nama_lengkap"].box == (250, 170, 450, 194)  # where it was read, for the crop


def test_a_field_not_printed_is_null_not_guessed() -> None:
    lines = [_line("NIK", 30, 118, 60), _line(": 3201014508900003", 210, 118, 330),
             _line("Nama", 30, 170, 80), _line(": SITI", 250, 170)]
    fields = ktp.parse(lines, 1000)
    assert fields["nama_lengkap"].value == "SITI"
    assert all(fields[k].value is None and fields[k].confidence == 0 for k in ("agama", "alamat", "tanggal_lahir"))
