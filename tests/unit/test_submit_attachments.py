"""Attachments at submit: a scan named by path is sealed under the data home, queued, and stored as a record."""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mpp_assist.applications import InvalidAnswers, submit
from mpp_assist.forms import load_catalogue, load_definition, validate
from mpp_assist.forms.attachments import is_record
from mpp_assist.i18n import language
from mpp_assist.security import files
from mpp_assist.store import Store
from mpp_assist.sync import outbox

MARKER = b"PENANDA-RAHASIA-KK-3171"


def tiny_png(marker: bytes = MARKER) -> bytes:
    """A real 1x1 PNG carrying ``marker`` in a tEXt chunk."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"tEXt", b"Comment\x00" + marker)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


def ktp_answers(scan: Any) -> dict[str, Any]:
    answers = load_catalogue().get("ktp-el").example_answers()
    return {**answers, "jenis_permohonan": "rusak", "pindaian_kk": scan}


def sealed_files(home: Path) -> list[Path]:
    root = home / "attachments"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_scan_is_sealed_queued_and_stored_as_its_record(store: Store, data_home: Path, tmp_path: Path) -> None:
    png = tiny_png()
    source = tmp_path / "KK Budi.png"
    source.write_bytes(png)
    definition = load_catalogue().get("ktp-el")

    app = submit(store, definition, ktp_answers(str(source)), officer="ana", desk="DESK-A")

    record = app.answers["pindaian_kk"]
    assert record == {
        "id": "pindaian_kk",
        "name": "KK Budi.png",
        "sha256": hashlib.sha256(png).hexdigest(),
        "size": len(png),
    }
    assert str(tmp_path) not in json.dumps(app.answers)  # no host path stored or sent
    [pending] = outbox.pending_attachments(store, app.id)
    assert (pending.attachment_id, pending.sha256, pending.size) == ("pindaian_kk", record["sha256"], len(png))
    [sealed] = sealed_files(data_home)
    assert sealed == pending.path and sealed.parent == data_home / "attachments" / app.id
    assert MARKER not in sealed.read_bytes() and png not in sealed.read_bytes()
    assert outbox.read_attachment(store, app.id, pending) == png
    assert validate(definition, app.answers) == []  # the record is a valid answer (what the server checks)
    assert outbox.request_body(app, outbox.entry(store, app.id))["answers"]["pindaian_kk"] == record


def test_scans_inside_repeat_items_are_handled_too(store: Store, data_home: Path, tmp_path: Path) -> None:
    spec = {
        "id": "contoh", "version": "1.0", "name": {"id": "Contoh", "en": "Example"}, "agency": "Dinas",
        "fee": 0, "service_days": 1, "requirements": [{"id": "ktp", "name": "KTP-el"}],
        "sections": [{"id": "data", "title": "Data", "fields": [
            {"id": "saksi", "type": "repeat", "label": "Saksi", "min_count": 1, "fields": [
                {"id": "nama", "type": "name", "label": "Nama", "required": True},
                {"id": "ktp", "type": "attachment", "label": "KTP saksi", "accept": ["image", "pdf"]},
            ]},
        ]}],
    }
    path = tmp_path / "contoh.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    definition = load_definition(path)
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4\n% saksi satu\n%%EOF\n")
    (tmp_path / "b.png").write_bytes(tiny_png(b"saksi dua"))
    answers = {"saksi": [{"nama": "Ani", "ktp": "a.pdf"}, {"nama": "Budi", "ktp": "b.png"}]}

    app = submit(store, definition, answers, officer="ana", desk="DESK-A", attachments_from=tmp_path)

    ids = [item["ktp"]["id"] for item in app.answers["saksi"]]
    assert ids == ["saksi.0.ktp", "saksi.1.ktp"]
    assert [a.attachment_id for a in outbox.pending_attachments(store, app.id)] == ids
    assert all(is_record(item["ktp"]) for item in app.answers["saksi"])


def test_too_large_or_wrong_kind_is_a_problem_naming_the_field_and_nothing_is_stored(
    store: Store, data_home: Path, tmp_path: Path
) -> None:
    definition = load_catalogue().get("ktp-el")
    big = tmp_path / "besar.png"
    big.write_bytes(tiny_png() + b"\x00" * files.MAX_ATTACHMENT_BYTES)
    text = tmp_path / "bukan-gambar.png"  # the name says PNG; the bytes say otherwise
    text.write_bytes(b"catatan biasa, bukan pindaian")

    with pytest.raises(InvalidAnswers) as too_large:
        submit(store, definition, ktp_answers(str(big)), officer="ana", desk="DESK-A")
    [problem] = too_large.value.problems
    assert (problem.field, problem.code) == ("pindaian_kk", "attachment_too_large")
    assert "foto kk (pindaian)" in problem.message().lower() and "10 MB" in problem.message()

    with pytest.raises(InvalidAnswers) as wrong:
        submit(store, definition, ktp_answers(str(text)), officer="ana", desk="DESK-A")
    [problem] = wrong.value.problems
    assert (problem.field, problem.code) == ("pindaian_kk", "attachment_wrong_kind")
    assert "gambar" in problem.message()
    with language("en"):
        assert "must be an image (JPG or PNG)" in problem.message("en") and "family card" in problem.message("en")

    with pytest.raises(InvalidAnswers) as missing:
        submit(store, definition, ktp_answers(str(tmp_path / "tidak-ada.png")), officer="ana", desk="DESK-A")
    assert [p.code for p in missing.value.problems] == ["attachment_invalid"]

    assert store.list_applications() == []
    assert sealed_files(data_home) == []
    assert store.conn.execute("SELECT count(*) FROM outbox_attachments").fetchone()[0] == 0


def test_a_failed_store_removes_the_files_it_sealed(
    store: Store, data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "kk.png"
    source.write_bytes(tiny_png())

    def broken(**_kwargs: Any) -> Any:  # the database refuses the write (disk full, locked)
        raise OSError("disk penuh")

    monkeypatch.setattr(store, "create_application", broken)
    with pytest.raises(OSError):
        submit(store, load_catalogue().get("ktp-el"), ktp_answers(str(source)), officer="ana", desk="DESK-A")
    assert sealed_files(data_home) == []
    assert not any((data_home / "attachments").iterdir())


def test_an_attachment_reads_as_its_file_name_before_and_after_submit() -> None:
    from mpp_assist.forms.display import display_value

    f = load_catalogue().get("ktp-el").field("pindaian_kk")
    assert display_value(f, "C:\\Users\\ana\\Pindaian\\kk budi.png") == "kk budi.png"
    assert display_value(f, "/home/ana/kk.png") == "kk.png"
    record = {"id": "pindaian_kk", "name": "kk.png", "sha256": "0" * 64, "size": 3}
    assert display_value(f, record) == "kk.png"
    definition = load_catalogue().get("ktp-el")
    assert validate(definition, ktp_answers(record)) == []
    not_a_record = ktp_answers({**record, "size": "3"})
    assert [(p.field, p.code) for p in validate(definition, not_a_record)] == [("pindaian_kk", "attachment_invalid")]
