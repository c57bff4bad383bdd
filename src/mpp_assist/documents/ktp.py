"""The KTP-el's layout: PROVINSI and KABUPATEN/KOTA on top, the NIK line, then "label : value" rows.

The photo, the place and date of issue and the signature sit in the right third of the card;
text there is not part of any row.
"""

from __future__ import annotations

import re

from mpp_assist.documents import fill
from mpp_assist.documents import normalise as norm
from mpp_assist.documents.layout import Labelled, Row, label_score, mean_confidence, rows, split_label, union
from mpp_assist.documents.model import KTP_FIELDS, FieldReading, empty_fields
from mpp_assist.documents.ocr import TextLine

LABELS = {
    "nik": "NIK",
    "nama": "Nama",
    "ttl": "Tempat/Tgl Lahir",
    "jk": "Jenis Kelamin",
    "alamat": "Alamat",
    "rtrw": "RT/RW",
    "keldesa": "Kel/Desa",
    "kecamatan": "Kecamatan",
    "agama": "Agama",
    "status": "Status Perkawinan",
    "pekerjaan": "Pekerjaan",
    "kwn": "Kewarganegaraan",
    "berlaku": "Berlaku Hingga",
}
PHOTO_COLUMN = 0.70  # of the card's width: the photo, issue place and date, signature
_GOL = re.compile(r"G[o0]l\.?\s*D[a4]r[a4][hn]\s*[:;]?", re.I)


def looks_like(lines: list[TextLine]) -> float:
    """0–1: how much this text reads like a KTP-el (labels found)."""
    found = set()
    for row in rows(lines):
        hit = split_label(row, LABELS)
        if hit:
            found.add(hit.label)
        if "PROVINSI" in norm.key(row.text):
            found.add("provinsi")
    return len(found) / (len(LABELS) + 1)


def parse(lines: list[TextLine], width: int) -> dict[str, FieldReading]:
    fields = empty_fields(KTP_FIELDS)
    body = [t for t in lines if t.box[0] < PHOTO_COLUMN * width]
    all_rows = rows(body)
    hits: dict[str, Labelled] = {}
    alamat_more: list[Row] = []
    nik_top = None
    for row in all_rows:
        hit = split_label(row, LABELS)
        if hit and hit.label not in hits:
            hits[hit.label] = hit
            if hit.label == "nik":
                nik_top = row.top
        elif hit is None and "alamat" in hits and "rtrw" not in hits and "keldesa" not in hits:
            alamat_more.append(row)  # a long address wraps onto a second line
    _header(rows(lines), nik_top, fields)
    if "nik" in hits:
        fill.parsed(fields["nik"], hits["nik"], norm.number(hits["nik"].value, 16))
    if "nama" in hits:
        fill.labelled(fields["nama_lengkap"], hits["nama"])
    if "ttl" in hits:
        place, when = norm.place_and_date(hits["ttl"].value)
        fill.parsed(fields["tempat_lahir"], hits["ttl"], (norm.clean_text(place) or None, 1.0))
        fill.parsed(fields["tanggal_lahir"], hits["ttl"], norm.iso_date(when))
    if "jk" in hits:
        _sex_and_blood(hits["jk"], fields)
    if "alamat" in hits:
        hit = hits["alamat"]
        more = [r for r in alamat_more if r.top > hit.row.top]
        if more:
            hit = Labelled(hit.label, " ".join([hit.value, *(r.text for r in more)]),
                           hit.lines + [t for r in more for t in r.lines], hit.row)
        fill.labelled(fields["alamat"], hit, norm.address)
    if "rtrw" in hits:
        rt, rw = fill.rt_rw(hits["rtrw"].value)
        fill.parsed(fields["rt"], hits["rtrw"], rt)
        fill.parsed(fields["rw"], hits["rtrw"], rw)
    if "keldesa" in hits:
        fill.labelled(fields["kel_desa"], hits["keldesa"])
    if "kecamatan" in hits:
        fill.labelled(fields["kecamatan"], hits["kecamatan"])
    for label, name, options in (("agama", "agama", norm.RELIGION), ("status", "status_perkawinan", norm.MARITAL)):
        if label in hits:
            fill.parsed(fields[name], hits[label], norm.choice(hits[label].value, options))
    if "pekerjaan" in hits:
        fill.labelled(fields["pekerjaan"], hits["pekerjaan"])
    if "kwn" in hits:
        fill.parsed(fields["kewarganegaraan"], hits["kwn"], norm.nationality(hits["kwn"].value))
    return fields


def _header(all_rows: list[Row], nik_top: int | None, fields: dict[str, FieldReading]) -> None:
    top = [r for r in all_rows if nik_top is None or r.bottom <= nik_top + 2][:4]
    for i, row in enumerate(top):
        k = norm.key(row.text)
        if k.startswith("PROVINSI") or label_score(row.text, "PROVINSI") >= 0.8:
            text = re.sub(r"^\S+\s*", "", row.text.strip())
            fill.text(fields["provinsi"], text, row.lines)
            if i + 1 < len(top):
                nxt = top[i + 1]
                fill.text(fields["kabupaten_kota"], nxt.text, nxt.lines)
            return


def _sex_and_blood(hit: Labelled, fields: dict[str, FieldReading]) -> None:
    m = _GOL.search(hit.value)
    sex_text, blood_text = (hit.value[: m.start()], hit.value[m.end():]) if m else (hit.value, None)
    sex_lines = [t for t in hit.lines if not _GOL.search(t.text)] or hit.lines
    f = fields["jenis_kelamin"]
    f.raw = sex_text.strip()
    f.box = union(sex_lines)
    value, sim = norm.choice(sex_text, norm.SEX)
    f.value, f.confidence = value, (mean_confidence(sex_lines) * sim if value else 0.0)
    if blood_text is not None:
        g = fields["golongan_darah"]
        gol_lines = [t for t in hit.lines if _GOL.search(t.text)] or hit.lines[-1:]
        g.raw = blood_text.strip()
        g.box = union(gol_lines)
        value, sim = norm.blood(blood_text)
        g.value, g.confidence = value, (mean_confidence(gol_lines) * sim if value else 0.0)
