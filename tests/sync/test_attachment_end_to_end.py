"""A scan chosen at the desk reaches a real server once, byte for byte, and the server holds it to its record."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import text

from backend_support import ServerProcess
from mpp_assist.applications import submit
from mpp_assist.forms import load_catalogue
from mpp_assist.server.db import open_engine
from mpp_assist.store import Store
from mpp_assist.sync import outbox
from mpp_assist.sync.client import BackendClient
from mpp_assist.sync.runner import SyncRunner


def photo(size: int) -> bytes:
    """A PNG header and IHDR, then ``size`` bytes of noise in an IDAT chunk (a phone photo stand-in)."""
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    noise = os.urandom(size)
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
        + struct.pack(">I", len(noise)) + b"IDAT" + noise + struct.pack(">I", zlib.crc32(b"IDAT" + noise))
    )


def server_attachments(server: ServerProcess) -> list[tuple[str, str, int, bool, bytes]]:
    engine = open_engine(server.db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT client_uuid, attachment_id, size, complete FROM attachments")
            ).fetchall()
            out = []
            for client_uuid, attachment_id, size, complete in rows:
                pieces = conn.execute(
                    text(
                        "SELECT data FROM attachment_chunks WHERE client_uuid = :u AND attachment_id = :a"
                        " ORDER BY offset"
                    ),
                    {"u": client_uuid, "a": attachment_id},
                ).fetchall()
                out.append((client_uuid, attachment_id, size, bool(complete), b"".join(p[0] for p in pieces)))
            return out
    finally:
        engine.dispose()


def test_a_scan_from_submit_reaches_the_server_once(
    fault_backend: ServerProcess, store: Store, example: dict[str, Any], tmp_path: Path
) -> None:
    scan = photo(600_000)  # more than one upload piece
    (tmp_path / "kk.png").write_bytes(scan)
    app = submit(
        store,
        load_catalogue().get("ktp-el"),
        {**example, "jenis_permohonan": "rusak", "pindaian_kk": "kk.png"},
        officer="ana",
        desk="DESK-A",
        attachments_from=tmp_path,
    )
    token = fault_backend.token()
    runner = SyncRunner(store, BackendClient(fault_backend.url, token, timeout=(3, 10)), base_delay=0.05)
    assert runner.run_once().sent == 1
    assert runner.run_once().sent == 0  # a second pass sends nothing again

    [(client_uuid, attachment_id, size, complete, data)] = server_attachments(fault_backend)
    assert (client_uuid, attachment_id, size, complete) == (app.id, "pindaian_kk", len(scan), True)
    assert hashlib.sha256(data).hexdigest() == hashlib.sha256(scan).hexdigest()
    assert len(fault_backend.rows()) == 1
    engine = open_engine(fault_backend.db_url)
    try:
        with engine.connect() as conn:
            [(answers,)] = conn.execute(text("SELECT answers FROM applications")).fetchall()
    finally:
        engine.dispose()
    assert json.loads(answers)["pindaian_kk"] == app.answers["pindaian_kk"]  # the record, not a path
    assert outbox.pending_attachments(store, app.id) == []

    # Other bytes under the same id are refused: the answers name exactly this scan.
    other = photo(1000)
    resp = requests.put(
        f"{fault_backend.url}/api/v1/applications/{app.id}/attachments/pindaian_kk",
        data=other,
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/octet-stream",
            "X-Content-SHA256": hashlib.sha256(other).hexdigest(),
            "Content-Range": f"bytes 0-{len(other) - 1}/{len(other)}",
        },
        timeout=10,
    )
    assert (resp.status_code, resp.json()["error"]) == (409, "attachment_mismatch"), resp.text
    [(_, _, _, _, kept)] = server_attachments(fault_backend)
    assert kept == data


def test_the_server_refuses_a_host_path_as_an_attachment_answer(
    fault_backend: ServerProcess, store: Store, example: dict[str, Any]
) -> None:
    [app] = [submit(store, load_catalogue().get("ktp-el"), dict(example), officer="ana", desk="DESK-A")]
    body = outbox.request_body(app, outbox.entry(store, app.id))
    body["answers"] = {**body["answers"], "jenis_permohonan": "rusak", "pindaian_kk": "C:\\Users\\ana\\kk.png"}
    resp = requests.put(
        f"{fault_backend.url}/api/v1/applications/{app.id}",  # its own UUID: the tracking code is its own
        json=body,
        headers={"Authorization": f"Bearer {fault_backend.token()}", "Accept-Language": "en"},
        timeout=10,
    )
    assert resp.status_code == 422, resp.text
    assert "pindaian_kk" in resp.text and "cannot be read" in resp.text
