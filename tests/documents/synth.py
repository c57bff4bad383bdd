"""Synthetic KTP-el cards and Kartu Keluarga pages, and the ways a photo degrades them.

Every person is made up: names from common Indonesian given names, a real village (code, name,
kecamatan, regency, province from ``resources/data/regions.sqlite``), and a NIK that encodes
what a real one does (district code, birth date with +40 for women, a serial). No real
person's document is used or committed. Output is deterministic for a seed.

    card = make_ktp(random.Random(1)); image = render_ktp(card)      # PIL image, 1000×630
    family = make_kk(random.Random(2)); page = render_kk(family)     # PIL image, landscape page
    photo = degrade(image, "photo", random.Random(3))                # or "scan"
"""

from __future__ import annotations

import math
import random
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from io import BytesIO
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
REGIONS = ROOT / "resources" / "data" / "regions.sqlite"

MALE = ["BUDI", "AGUS", "ANDI", "RUDI", "EKO", "DEDI", "HENDRA", "SURYA", "JOKO", "BAMBANG", "RIZKY", "FAJAR",
        "ARIF", "DIMAS", "YOGA", "IMAM", "HADI", "WAHYU", "ADITYA", "TAUFIK", "IRFAN", "BAYU", "GILANG", "RAHMAT"]
FEMALE = ["SITI", "DEWI", "SRI", "RINA", "NUR", "AYU", "FITRI", "INDAH", "PUTRI", "LESTARI", "WULAN", "RATNA",
          "YULIA", "DIAN", "MAYA", "ANISA", "NOVI", "RIZKA", "NINGSIH", "SARI", "MEGA", "TUTI", "ENDANG", "LINA"]
FAMILY = ["SANTOSO", "WIJAYA", "SAPUTRA", "HIDAYAT", "KURNIAWAN", "SETIAWAN", "PRATAMA", "NUGROHO", "SUSANTO",
          "HARAHAP", "SIREGAR", "NASUTION", "RAHAYU", "LESTARI", "PURNAMA", "WIBOWO", "HASIBUAN", "SIMANJUNTAK",
          "MAULANA", "RAMADHAN", "FIRMANSYAH", "KUSUMA", "PANGESTU", "SUHENDRA"]
STREETS = ["MAWAR", "MELATI", "MERDEKA", "SUDIRMAN", "DIPONEGORO", "KENANGA", "CEMPAKA", "ANGGREK", "MANGGA",
           "RAYA BOGOR", "PAHLAWAN", "GATOT SUBROTO", "AHMAD YANI", "KARTINI", "FLAMBOYAN", "DAHLIA"]
JOBS = ["KARYAWAN SWASTA", "WIRASWASTA", "PELAJAR/MAHASISWA", "MENGURUS RUMAH TANGGA", "PETANI/PEKEBUN",
        "PEGAWAI NEGERI SIPIL", "BURUH HARIAN LEPAS", "GURU", "PEDAGANG", "BELUM/TIDAK BEKERJA", "NELAYAN/PERIKANAN"]
RELIGIONS = {"ISLAM": "islam", "KRISTEN": "kristen", "KATHOLIK": "katolik", "HINDU": "hindu", "BUDHA": "buddha",
             "KHONGHUCU": "khonghucu"}
MARITAL = {"BELUM KAWIN": "belum_kawin", "KAWIN": "kawin", "CERAI HIDUP": "cerai_hidup", "CERAI MATI": "cerai_mati"}
EDUCATION = {"TIDAK/BELUM SEKOLAH": "tidak_sekolah", "TAMAT SD/SEDERAJAT": "sd", "SLTP/SEDERAJAT": "smp",
             "SLTA/SEDERAJAT": "sma", "DIPLOMA I/II": "diploma", "AKADEMI/DIPLOMA III/S. MUDA": "diploma",
             "DIPLOMA IV/STRATA I": "s1", "STRATA II": "s2"}
BLOOD = ["A", "B", "AB", "O", "-"]

FONT_DIRS = [ROOT / "resources" / "fonts", Path("/usr/share/fonts/truetype/liberation"),
             Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/opentype/urw-base35")]
FONT_FAMILIES = [  # (regular, bold) file names; those not on the machine are skipped
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("NimbusSans-Regular.otf", "NimbusSans-Bold.otf"),
    ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
]


def _find(name: str) -> Path | None:
    return next((d / name for d in FONT_DIRS if (d / name).is_file()), None)


@cache
def font_families() -> list[tuple[Path, Path]]:
    found = [(r, b) for reg, bold in FONT_FAMILIES if (r := _find(reg)) and (b := _find(bold))]
    assert found, "no font found (DejaVu ships in resources/fonts)"
    return found


@cache
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


# --- people ---------------------------------------------------------------------------------------


@dataclass
class Place:
    village_code: str
    village: str
    district: str
    regency: str
    province: str
    postcode: str | None


@cache
def _villages() -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(f"file:{REGIONS}?mode=ro&immutable=1", uri=True) as db:
        return db.execute("SELECT code, name, postcode FROM region WHERE level = 4 ORDER BY code").fetchall()


@cache
def _names() -> dict[str, str]:
    with sqlite3.connect(f"file:{REGIONS}?mode=ro&immutable=1", uri=True) as db:
        return dict(db.execute("SELECT code, name FROM region WHERE level < 4").fetchall())


def random_place(rng: random.Random) -> Place:
    names = _names()
    while True:
        code, name, postcode = rng.choice(_villages())
        d, r, p = code.rsplit(".", 1)[0], code.rsplit(".", 2)[0], code[:2]
        if d in names and r in names and p in names and len(name) <= 24:
            return Place(code, name, names[d], names[r], names[p], postcode)


def printed_province(name: str) -> str:
    up = name.upper()
    for long, short in (("DAERAH KHUSUS IBUKOTA", "DKI"), ("DAERAH ISTIMEWA", "DI"), ("DAERAH KHUSUS", "DK")):
        if up.startswith(long + " "):
            return short + up[len(long):]
    return up


def printed_regency(name: str) -> str:
    return name.upper().replace(" ADMINISTRASI ", " ")


def birth_place(rng: random.Random) -> str:
    name = rng.choice([n for c, n in _names().items() if c.count(".") == 1])
    for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name.upper()


@dataclass
class Person:
    nik: str
    name: str
    sex: str  # L / P
    birth_place: str
    birth_date: date
    religion: str  # printed
    marital: str  # printed
    job: str
    blood: str
    education: str = "SLTA/SEDERAJAT"
    relation: str = "KEPALA KELUARGA"
    father: str = ""
    mother: str = ""


def make_nik(district: str, birth: date, sex: str, rng: random.Random) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    return f"{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 999):04d}"


def _name(rng: random.Random, sex: str, family: str | None = None) -> str:
    first = rng.choice(MALE if sex == "L" else FEMALE)
    parts = [first]
    if rng.random() < 0.4:
        parts.append(rng.choice(MALE if sex == "L" else FEMALE))
    parts.append(family or rng.choice(FAMILY))
    return " ".join(dict.fromkeys(parts))


def make_person(rng: random.Random, place: Place, *, sex: str | None = None, born: date | None = None,
                family: str | None = None) -> Person:
    sex = sex or rng.choice("LP")
    born = born or date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 55))
    district = place.village_code.rsplit(".", 1)[0].replace(".", "")
    return Person(
        nik=make_nik(district, born, sex, rng), name=_name(rng, sex, family), sex=sex,
        birth_place=birth_place(rng) if rng.random() < 0.5 else printed_regency(place.regency).split(" ", 1)[-1],
        birth_date=born, religion=rng.choice(list(RELIGIONS)), marital=rng.choice(list(MARITAL)),
        job=rng.choice(JOBS), blood=rng.choice(BLOOD), education=rng.choice(list(EDUCATION)),
    )


def address(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return f"JL. {rng.choice(STREETS)} NO. {rng.randint(1, 120)}"
    if kind < 0.75:
        return f"KP. {rng.choice(STREETS)}"
    return f"PERUM {rng.choice(STREETS)} BLOK {rng.choice('ABCDE')}{rng.randint(1, 20)}"


@dataclass
class Ktp:
    person: Person
    place: Place
    address: str
    rt: str
    rw: str
    issued: date
    font: tuple[Path, Path] = field(default=None)  # type: ignore[assignment]

    def truth(self) -> dict[str, object]:
        p = self.person
        return {
            "nik": p.nik, "nama_lengkap": p.name, "tempat_lahir": p.birth_place,
            "tanggal_lahir": p.birth_date.isoformat(), "jenis_kelamin": p.sex,
            "golongan_darah": None if p.blood == "-" else p.blood, "alamat": self.address, "rt": self.rt,
            "rw": self.rw, "kel_desa": self.place.village, "kecamatan": self.place.district,
            "kabupaten_kota": self.place.regency, "provinsi": self.place.province, "desa": self.place.village_code,
            "agama": RELIGIONS[p.religion], "status_perkawinan": MARITAL[p.marital], "pekerjaan": p.job,
            "kewarganegaraan": "WNI",
        }


def make_ktp(rng: random.Random) -> Ktp:
    place = random_place(rng)
    born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 55))
    person = make_person(rng, place, born=born)
    return Ktp(person, place, address(rng), f"{rng.randint(1, 20):03d}", f"{rng.randint(1, 15):03d}",
               date(2012, 1, 1) + timedelta(days=rng.randint(0, 4000)), rng.choice(font_families()))


@dataclass
class Family:
    no_kk: str
    place: Place
    address: str
    rt: str
    rw: str
    members: list[Person]
    issued: date
    font: tuple[Path, Path] = field(default=None)  # type: ignore[assignment]

    def truth(self) -> dict[str, object]:
        head = self.members[0]
        fields = {
            "no_kk": self.no_kk, "nama_kepala": head.name, "alamat": self.address, "rt": self.rt, "rw": self.rw,
            "kel_desa": self.place.village, "kecamatan": self.place.district, "kabupaten_kota": self.place.regency,
            "provinsi": self.place.province, "kode_pos": self.place.postcode, "desa": self.place.village_code,
        }
        relations = {"KEPALA KELUARGA": "kepala_keluarga", "ISTRI": "istri", "SUAMI": "suami", "ANAK": "anak",
                     "ORANG TUA": "orang_tua", "CUCU": "cucu", "FAMILI LAIN": "famili_lain"}
        members = [
            {
                "nik": p.nik, "nama_lengkap": p.name, "jenis_kelamin": p.sex, "tempat_lahir": p.birth_place,
                "tanggal_lahir": p.birth_date.isoformat(), "agama": RELIGIONS[p.religion],
                "pendidikan": EDUCATION[p.education], "pekerjaan": p.job, "status_perkawinan": MARITAL[p.marital],
                "hubungan": relations[p.relation], "kewarganegaraan": "WNI", "nama_ayah": p.father,
                "nama_ibu": p.mother,
            }
            for p in self.members
        ]
        return {"fields": fields, "members": members}


def make_kk(rng: random.Random, size: int | None = None) -> Family:
    place = random_place(rng)
    family = rng.choice(FAMILY)
    head_born = date(1955, 1, 1) + timedelta(days=rng.randint(0, 365 * 35))
    head = make_person(rng, place, sex="L", born=head_born, family=family)
    head.marital, head.relation = "KAWIN", "KEPALA KELUARGA"
    head.father, head.mother = _name(rng, "L", family), _name(rng, "P")
    wife = make_person(rng, place, sex="P", born=head_born + timedelta(days=rng.randint(-1500, 1500)))
    wife.marital, wife.relation, wife.religion = "KAWIN", "ISTRI", head.religion
    wife.father, wife.mother = _name(rng, "L"), _name(rng, "P")
    members = [head, wife]
    for _ in range((size or rng.randint(3, 7)) - 2):
        child_born = max(head_born, wife.birth_date) + timedelta(days=rng.randint(365 * 19, 365 * 40))
        child_born = min(child_born, date(2024, 12, 31))
        child = make_person(rng, place, born=child_born, family=family)
        child.relation, child.religion, child.marital = "ANAK", head.religion, "BELUM KAWIN"
        child.job = "PELAJAR/MAHASISWA" if child_born.year > 2002 else rng.choice(JOBS)
        child.education = "TIDAK/BELUM SEKOLAH" if child_born.year > 2017 else rng.choice(list(EDUCATION))
        child.father, child.mother = head.name, wife.name
        members.append(child)
    issued = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000))
    district = place.village_code.rsplit(".", 1)[0].replace(".", "")
    no_kk = f"{district}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{rng.randint(1, 9999):04d}"
    return Family(no_kk, place, address(rng), f"{rng.randint(1, 20):03d}", f"{rng.randint(1, 15):03d}",
                  members, issued, rng.choice(font_families()))


# --- rendering ------------------------------------------------------------------------------------


def _guilloche(img: Image.Image, rng: random.Random, colour: tuple[int, int, int]) -> None:
    """The faint wavy security pattern behind the text."""
    d = ImageDraw.Draw(img)
    w, h = img.size
    for k in range(14):
        phase, amp, y0 = rng.random() * 6.28, 8 + rng.random() * 18, k * h / 14
        pts = [(x, y0 + amp * math.sin(x / 37 + phase)) for x in range(0, w, 6)]
        d.line(pts, fill=colour, width=1)


def render_ktp(card: Ktp) -> Image.Image:
    w, h = 1000, 630
    rng = random.Random(card.person.nik)
    img = Image.new("RGB", (w, h), (rng.randint(196, 214), rng.randint(222, 236), rng.randint(240, 252)))
    _guilloche(img, rng, (175, 205, 232))
    d = ImageDraw.Draw(img)
    regular, bold = card.font
    f_head, f_nik, f_label = _font(bold, 30), _font(bold, 34), _font(regular, 23)
    p = card.person
    prov = "PROVINSI " + printed_province(card.place.province)
    reg = printed_regency(card.place.regency)
    for y, text in ((22, prov), (60, reg)):
        tw = d.textlength(text, font=f_head)
        d.text(((w * 0.86 - tw) / 2 + 20, y), text, font=f_head, fill=(20, 20, 20))
    d.text((36, 118), "NIK", font=f_nik, fill=(15, 15, 15))
    d.text((210, 118), ":", font=f_nik, fill=(15, 15, 15))
    d.text((232, 118), p.nik, font=f_nik, fill=(15, 15, 15))
    sex = "LAKI-LAKI" if p.sex == "L" else "PEREMPUAN"
    rows = [
        ("Nama", p.name), ("Tempat/Tgl Lahir", f"{p.birth_place}, {p.birth_date:%d-%m-%Y}"),
        ("Jenis Kelamin", sex), ("Alamat", card.address), ("    RT/RW", f"{card.rt}/{card.rw}"),
        ("    Kel/Desa", card.place.village.upper()), ("    Kecamatan", card.place.district.upper()),
        ("Agama", p.religion), ("Status Perkawinan", p.marital), ("Pekerjaan", p.job),
        ("Kewarganegaraan", "WNI"), ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    y = 172
    for label, value in rows:
        d.text((60 if label.startswith(" ") else 36, y), label.strip(), font=f_label, fill=(25, 25, 25))
        d.text((250, y), ":", font=f_label, fill=(25, 25, 25))
        d.text((268, y), value, font=f_label, fill=(25, 25, 25))
        if label == "Jenis Kelamin":
            d.text((470, y), "Gol. Darah", font=f_label, fill=(25, 25, 25))
            d.text((590, y), ":", font=f_label, fill=(25, 25, 25))
            d.text((606, y), p.blood, font=f_label, fill=(25, 25, 25))
        y += 36
    # photo, issue place/date and signature in the right column
    px0, py0 = 735, 130
    d.rectangle((px0, py0, px0 + 215, py0 + 270), fill=(rng.randint(150, 220), 40, 40))
    d.ellipse((px0 + 62, py0 + 40, px0 + 152, py0 + 140), fill=(120, 90, 70))
    d.pieslice((px0 + 25, py0 + 150, px0 + 190, py0 + 330), 180, 360, fill=(40, 40, 60))
    f_small = _font(regular, 19)
    city = reg.split(" ", 1)[-1]
    for yy, text in ((py0 + 290, city), (py0 + 316, f"{card.issued:%d-%m-%Y}")):
        tw = d.textlength(text, font=f_small)
        d.text((px0 + 107 - tw / 2, yy), text, font=f_small, fill=(25, 25, 25))
    sig = [(px0 + 40 + i * 9, py0 + 380 + 12 * math.sin(i * 1.3 + rng.random())) for i in range(16)]
    d.line(sig, fill=(30, 30, 90), width=2)
    return img


KK_COLUMNS_ONE = [("No", 40), ("Nama Lengkap", 250), ("NIK", 220), ("Jenis Kelamin", 130), ("Tempat Lahir", 160),
                  ("Tanggal Lahir", 130), ("Agama", 110), ("Pendidikan", 250), ("Jenis Pekerjaan", 240),
                  ("Golongan Darah", 114)]
KK_COLUMNS_TWO = [("No", 40), ("Status Perkawinan", 180), ("Tanggal Perkawinan", 160),
                  ("Status Hubungan Dalam Keluarga", 250), ("Kewarganegaraan", 150), ("No. Paspor", 110),
                  ("No. KITAP", 110), ("Nama Ayah", 242), ("Nama Ibu", 242)]


def _table(d: ImageDraw.ImageDraw, x: int, y: int, columns: list[tuple[str, int]], rows: list[list[str]],
           f_head: ImageFont.FreeTypeFont, f_cell: ImageFont.FreeTypeFont, row_h: int = 34) -> int:
    head_h = 40
    total = sum(wid for _n, wid in columns)
    d.rectangle((x, y, x + total, y + head_h), fill=(225, 225, 225))
    cx = x
    for name, wid in columns:
        font = f_head
        size = font.size
        while d.textlength(name, font=font) > wid - 8 and size > 9:
            size -= 1
            font = _font(Path(f_head.path), size)
        tw = d.textlength(name, font=font)
        d.text((cx + (wid - tw) / 2, y + 11), name, font=font, fill=(10, 10, 10))
        cx += wid
    yy = y + head_h
    for cells in rows:
        cx = x
        for (_name, wid), text in zip(columns, cells, strict=True):
            font = f_cell
            size = font.size
            while d.textlength(text, font=font) > wid - 8 and size > 9:
                size -= 1
                font = _font(Path(f_cell.path), size)
            tw = d.textlength(text, font=font)
            d.text((cx + (wid - tw) / 2, yy + 8), text, font=font, fill=(10, 10, 10))
            cx += wid
        yy += row_h
    bottom = yy
    d.rectangle((x, y, x + total, bottom), outline=(60, 60, 60), width=2)
    d.line((x, y + head_h, x + total, y + head_h), fill=(60, 60, 60), width=1)
    cx = x
    for _name, wid in columns[:-1]:
        cx += wid
        d.line((cx, y, cx, bottom), fill=(90, 90, 90), width=1)
    for i in range(1, len(rows)):
        d.line((x, y + head_h + i * row_h, x + total, y + head_h + i * row_h), fill=(170, 170, 170), width=1)
    return bottom


def render_kk(fam: Family) -> Image.Image:
    w, h = 1754, 1240  # A4 landscape at 150 dpi
    rng = random.Random(fam.no_kk)
    img = Image.new("RGB", (w, h), (rng.randint(244, 252), rng.randint(244, 252), rng.randint(236, 248)))
    d = ImageDraw.Draw(img)
    regular, bold = fam.font
    f_title, f_no, f_lab, f_head, f_cell = (_font(bold, 40), _font(bold, 26), _font(regular, 21), _font(bold, 16),
                                            _font(regular, 18))
    title = "KARTU KELUARGA"
    d.text(((w - d.textlength(title, font=f_title)) / 2, 40), title, font=f_title, fill=(10, 10, 10))
    no = f"No. {fam.no_kk}"
    d.text(((w - d.textlength(no, font=f_no)) / 2, 96), no, font=f_no, fill=(10, 10, 10))
    head = fam.members[0]
    left = [("Nama Kepala Keluarga", head.name), ("Alamat", fam.address), ("RT/RW", f"{fam.rt}/{fam.rw}"),
            ("Desa/Kelurahan", fam.place.village.upper())]
    right = [("Kecamatan", fam.place.district.upper()), ("Kabupaten/Kota", printed_regency(fam.place.regency)),
             ("Kode Pos", fam.place.postcode or "-"), ("Provinsi", printed_province(fam.place.province))]
    for i, ((la, va), (lb, vb)) in enumerate(zip(left, right, strict=True)):
        y = 160 + i * 36
        d.text((50, y), la, font=f_lab, fill=(10, 10, 10))
        d.text((300, y), ":", font=f_lab, fill=(10, 10, 10))
        d.text((318, y), va, font=f_lab, fill=(10, 10, 10))
        d.text((1000, y), lb, font=f_lab, fill=(10, 10, 10))
        d.text((1190, y), ":", font=f_lab, fill=(10, 10, 10))
        d.text((1208, y), vb, font=f_lab, fill=(10, 10, 10))
    one = [[str(i + 1), p.name, p.nik, "LAKI-LAKI" if p.sex == "L" else "PEREMPUAN", p.birth_place,
            f"{p.birth_date:%d-%m-%Y}", p.religion, p.education, p.job, p.blood] for i, p in enumerate(fam.members)]
    two = [[str(i + 1), p.marital, "-", p.relation, "WNI", "-", "-", p.father, p.mother]
           for i, p in enumerate(fam.members)]
    bottom = _table(d, 30, 330, KK_COLUMNS_ONE, one, f_head, f_cell)
    bottom = _table(d, 30, bottom + 40, KK_COLUMNS_TWO, two, f_head, f_cell)
    f_foot = _font(regular, 18)
    d.text((1300, min(h - 90, bottom + 40)), f"Dikeluarkan Tanggal : {fam.issued:%d-%m-%Y}", font=f_foot,
           fill=(10, 10, 10))
    return img


# --- degradation ----------------------------------------------------------------------------------


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _background(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A desk: a dark-ish, grainy surface with a wood-like stripe."""
    w, h = size
    base = np.array([rng.randint(40, 110), rng.randint(30, 90), rng.randint(20, 80)], dtype=np.float32)
    yy = np.arange(h, dtype=np.float32)[:, None]
    stripes = 12 * np.sin(yy / rng.uniform(9, 25) + np.arange(w)[None, :] / 400)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 6, (h, w))
    arr = base[None, None, :] + (stripes + noise)[:, :, None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def degrade(img: Image.Image, level: str, rng: random.Random) -> Image.Image:
    """``scan``: flat, slightly soft, JPEG. ``photo``: on a desk, in perspective, turned, blurred, unevenly lit."""
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    if level == "clean":
        return img
    if level == "scan":
        margin = rng.randint(0, 8)
        out = Image.new("RGB", (img.width + 2 * margin, img.height + 2 * margin), (250, 250, 250))
        out.paste(img, (margin, margin))
        out = out.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=(250, 250, 250))
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.6)))
        return _jpeg(out, rng.randint(80, 95))
    if level != "photo":
        raise ValueError(level)
    w, h = img.size
    canvas_w, canvas_h = int(w * 1.35), int(h * 1.45)
    bg = _background((canvas_w, canvas_h), rng)
    # random corners: the card in perspective, a little turned
    cx, cy = canvas_w / 2, canvas_h / 2
    angle = math.radians(rng.uniform(-10, 10))
    jitter = 0.06
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x = sx * w / 2 * (1 + rng.uniform(-jitter, jitter))
        y = sy * h / 2 * (1 + rng.uniform(-jitter, jitter))
        corners.append((cx + x * math.cos(angle) - y * math.sin(angle), cy + x * math.sin(angle) + y * math.cos(angle)))
    import cv2

    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(src, np.array(corners, dtype=np.float32))
    card = cv2.warpPerspective(np.asarray(img), matrix, (canvas_w, canvas_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (canvas_w, canvas_h))
    arr = np.where(mask[:, :, None] > 127, card, np.asarray(bg)).astype(np.float32)
    # uneven light: a soft gradient from one side, and a little sensor noise
    gx = np.linspace(rng.uniform(0.65, 0.95), rng.uniform(0.95, 1.1), canvas_w, dtype=np.float32)
    gy = np.linspace(rng.uniform(0.8, 1.0), rng.uniform(0.9, 1.1), canvas_h, dtype=np.float32)
    light = gy[:, None] * gx[None, :] if rng.random() < 0.5 else gy[::-1, None] * gx[None, ::-1]
    arr = arr * light[:, :, None] + nrng.normal(0, 3, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.1)))
    if rng.random() < 0.15:
        out = out.rotate(180)
    return _jpeg(out, rng.randint(60, 85))


def to_bytes(img: Image.Image, fmt: str = "PNG") -> bytes:
    buf = BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()
