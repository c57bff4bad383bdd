"""The applicant's word travels with the application to a real server, which keeps it; the status page hides it."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from backend_support import ServerProcess, seeded_server
from mpp_assist.applications import submit
from mpp_assist.attestation import ANSWER_KEY, ApplicantWord, Signature, Thumbprint
from mpp_assist.forms import load_catalogue
from mpp_assist.server.db import open_engine
from mpp_assist.store import Store
from mpp_assist.sync.client import BackendClient
from mpp_assist.sync.runner import SyncRunner

WITNESS = "Bartholomeus Wicaksono"  # distinctive: must never appear on the status page


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with seeded_server(tmp_path_factory.mktemp("word-server")) as server:
        yield server


def server_answers(server: ServerProcess, client_uuid: str) -> dict:
    engine = open_engine(server.db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT answers FROM applications WHERE client_uuid = :u"),
                               {"u": client_uuid}).fetchone()
    finally:
        engine.dispose()
    assert row is not None, "the server holds the application"
    return json.loads(row[0])


@pytest.mark.parametrize("mode", ["signature", "thumbprint"])
def test_word_is_sent_stored_and_never_on_the_status_page(server: ServerProcess, tmp_path: Path, mode: str) -> None:
    definition = load_catalogue().get("ktp-el")
    if mode == "signature":
        sig = Signature.from_strokes(400, 120, [[(10 + i * 3, 60 + 30 * math.sin(i / 5), i * 10, 0.6)
                                                 for i in range(100)]])
        word = ApplicantWord(False, True, "signature", sig)
    else:
        word = ApplicantWord(False, True, "thumbprint", thumbprint=Thumbprint("known", True, True, WITNESS))
    with Store() as store:
        app = submit(store, definition, definition.example_answers(), officer="ana", desk="DESK-A", word=word)
        runner = SyncRunner(store, BackendClient(server.url, server.token(), timeout=(3, 10)), base_delay=0.05)
        assert runner.run_once().sent == 1
        sent = store.get_application(app.id)
    assert sent is not None and sent.official_number

    held = server_answers(server, app.id)[ANSWER_KEY]
    assert held == app.answers[ANSWER_KEY]  # byte for byte what the desk sealed
    assert held["mode"] == mode and held["read_back_confirmed"] is True

    page = requests.get(f"{server.url}/lacak/{app.tracking_code}", timeout=30)
    assert page.status_code == 200 and app.tracking_code in page.text
    for secret in (held.get("signature") or "s1:", WITNESS, "_applicant_word", "dibacakan dan dibenarkan",
                   "cap jempol", "Cap jempol", "tanda tangan pemohon"):
        assert secret[:24] not in page.text
