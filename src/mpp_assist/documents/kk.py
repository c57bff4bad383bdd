"""The Kartu Keluarga's layout: title and No. KK, a two-column header block, then two member tables.

Table one (names, NIK, sex, birth, religion, education, work) and table two (marital status,
relationship, nationality, parents) list the same people in the same numbered order; rows are
matched across them by their "No" and, failing that, by position.
"""

from __future__ import annotations

import difflib

from mpp_assist.documents import fill
from mpp_assist.documents import normalise as norm
from mpp_assist.documents.layout import Labelled, Row, rows, split_label
from mpp_assist.documents.model import KK_FIELDS, MEMBER_FIELDS, FieldReading, empty_fields
from mpp_assist.documents.ocr import TextLine

HEADER_LABELS = {
    "nama_kepala": "Nama Kepala Keluarga",
    "alamat": "Alamat",
    "rtrw": "RT/RW",
    "kel_desa": "Desa/Kelurahan",
    "kecamatan": "Kecamatan",
    "kabupaten_kota": "Kabupaten/Kota",
    "kode_pos": "Kode Pos",
    "provinsi": "Provinsi",
}
TABLE_ONE = {
    "no": "No", "nama_lengkap": "Nama Lengkap", "nik": "NIK", "jenis_kelamin": "Jenis Kelamin",
    "tempat_lahir": "Tempat Lahir", "tanggal_lahir": "Tanggal Lahir", "agama": "Agama",
    "pendidikan": "Pendidikan", "pekerjaan": "Jenis Pekerjaan", "golongan_darah": "Golongan Darah",
}
TABLE_TWO = {
    "no": "No", "status_perkawinan": "Status Perkawinan", "tanggal_perkawinan": "Tanggal Perkawinan",
    "hubungan": "Status Hubungan Dalam Keluarga", "kewarganegaraan": "Kewarganegaraan",
    "paspor": "No. Paspor", "kitap": "No. KITAP", "nama_ayah": "Nama Ayah", "nama_ibu": "Nama Ibu",
}
MAX_MEMBERS = 10


def looks_like(lines: list[TextLine]) -> float:
    text = norm.key(" ".join(t.text for t in lines))
    marks = ("KARTU KELUARGA", "KEPALA KELUARGA", "NAMA LENGKAP", "HUBUNGAN", "NAMA AYAH", "PENDIDIKAN")
    return sum(m in text for m in marks) / len(marks)


def _column_of(text: str, labels: dict[str, str]) -> tuple[str | None, float]:
    k = norm.key(text)
    best, score = None, 0.0
    for name, printed in labels.items():
        p = norm.key(printed)
        s = difflib.SequenceMatcher(None, k, p).ratio()
        if s > score:
            best, score = name, s
    return (best, score) if score >= 0.72 else (None, score)


def _header_row(all_rows: list[Row], labels: dict[str, str], start: int) -> tuple[int, dict[str, float]] | None:
    """The first row at or after ``start`` naming at least four of the table's columns: its index and centres."""
    for i in range(start, len(all_rows)):
        columns: dict[str, float] = {}
        for line in all_rows[i].lines:
            name, _s = _column_of(line.text, labels)
            if name and name not in columns:
                columns[name] = line.cx
        if len(columns) >= 4:
            return i, columns
    return None


def _table(all_rows: list[Row], header: int, columns: dict[str, float], end: int) -> list[dict[str, list[TextLine]]]:
    centres = sorted(columns.items(), key=lambda kv: kv[1])
    out = []
    for row in all_rows[header + 1 : end]:
        cells: dict[str, list[TextLine]] = {}
        for line in row.lines:
            name = min(centres, key=lambda kv: abs(kv[1] - line.cx))[0]
            cells.setdefault(name, []).append(line)
        if len(cells) >= 3:
            out.append(cells)
        if len(out) >= MAX_MEMBERS:
            break
    return out


def _cell(f: FieldReading, lines: list[TextLine] | None, parsed: tuple[object, float] | None = None) -> None:
    if not lines:
        return
    text = " ".join(t.text for t in lines)
    hit = Labelled("", text, lines, Row(lines))
    if parsed is None:
        fill.labelled(f, hit)
    else:
        fill.parsed(f, hit, parsed)


def _number(cells: dict[str, list[TextLine]]) -> int | None:
    d = norm.digits(" ".join(t.text for t in cells.get("no", [])))
    return int(d) if d and len(d) <= 2 else None


def parse(lines: list[TextLine], width: int) -> tuple[dict[str, FieldReading], list[dict[str, FieldReading]]]:
    fields = empty_fields(KK_FIELDS)
    all_rows = rows(lines)
    one = _header_row(all_rows, TABLE_ONE, 0)
    two = _header_row(all_rows, TABLE_TWO, one[0] + 1 if one else 0)
    head_end = one[0] if one else (two[0] if two else len(all_rows))
    _header(all_rows[:head_end], width, fields)
    first = _table(all_rows, one[0], one[1], two[0] if two else len(all_rows)) if one else []
    second = _table(all_rows, two[0], two[1], len(all_rows)) if two else []
    by_no = {n: r for r in second if (n := _number(r)) is not None}
    members = []
    for i, a in enumerate(first):
        n = _number(a)
        b = by_no.get(n) if n is not None and n in by_no else (second[i] if i < len(second) else {})
        m = empty_fields(MEMBER_FIELDS)
        _cell(m["nik"], a.get("nik"), norm.number(_text(a, "nik"), 16))
        _cell(m["nama_lengkap"], a.get("nama_lengkap"))
        _cell(m["jenis_kelamin"], a.get("jenis_kelamin"), norm.choice(_text(a, "jenis_kelamin"), norm.SEX))
        _cell(m["tempat_lahir"], a.get("tempat_lahir"))
        _cell(m["tanggal_lahir"], a.get("tanggal_lahir"), norm.iso_date(_text(a, "tanggal_lahir")))
        _cell(m["agama"], a.get("agama"), norm.choice(_text(a, "agama"), norm.RELIGION))
        _cell(m["pendidikan"], a.get("pendidikan"), norm.closest(_text(a, "pendidikan"), norm.EDUCATION, 0.7))
        _cell(m["pekerjaan"], a.get("pekerjaan"))
        _cell(m["status_perkawinan"], b.get("status_perkawinan"),
              norm.choice(_text(b, "status_perkawinan"), norm.MARITAL))
        _cell(m["hubungan"], b.get("hubungan"), norm.relation(_text(b, "hubungan")))
        _cell(m["kewarganegaraan"], b.get("kewarganegaraan"), norm.nationality(_text(b, "kewarganegaraan")))
        _cell(m["nama_ayah"], b.get("nama_ayah"))
        _cell(m["nama_ibu"], b.get("nama_ibu"))
        members.append(m)
    return fields, members


def _text(cells: dict[str, list[TextLine]], name: str) -> str:
    return " ".join(t.text for t in cells.get(name, []))


def _header(head: list[Row], width: int, fields: dict[str, FieldReading]) -> None:
    for row in head:
        k = norm.key(row.text)
        if "NO" in k.split()[:2] or k.startswith("NO"):
            d = norm.digits(row.text)
            if len(d) == 16 and fields["no_kk"].value is None:
                fill.text(fields["no_kk"], d, row.lines)
                continue
        if "KARTU KELUARGA" in k:
            d = norm.digits(row.text)
            if len(d) == 16:
                fill.text(fields["no_kk"], d, row.lines)
            continue
        halves = ([t for t in row.lines if t.box[0] < 0.5 * width], [t for t in row.lines if t.box[0] >= 0.5 * width])
        for half in halves:
            if not half:
                continue
            hit = split_label(Row(half), HEADER_LABELS)
            if hit is None:
                continue
            if hit.label == "rtrw":
                rt, rw = fill.rt_rw(hit.value)
                fill.parsed(fields["rt"], hit, rt)
                fill.parsed(fields["rw"], hit, rw)
            elif hit.label == "kode_pos":
                fill.parsed(fields["kode_pos"], hit, norm.number(hit.value, 5))
            elif fields[hit.label].value is None:
                fill.labelled(fields[hit.label], hit, norm.address if hit.label == "alamat" else norm.clean_text)
