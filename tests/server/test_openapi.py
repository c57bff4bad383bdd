"""The committed OpenAPI document is current, the server serves it, and fuzzing it finds no 5xx."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import requests

from backend_support import ServerProcess
from mpp_assist.server.app import openapi_document

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "openapi.json"


def test_committed_openapi_is_current() -> None:
    fresh = json.loads(json.dumps(openapi_document()))
    assert json.loads(COMMITTED.read_text(encoding="utf-8")) == fresh, (
        "regenerate: mpp-assist server openapi > docs/openapi.json"
    )


def test_server_serves_its_openapi(server: ServerProcess) -> None:
    served = requests.get(server.url + "/openapi.json", timeout=10).json()
    assert served == json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert "/api/v1/applications/{client_uuid}" in served["paths"]


@pytest.mark.slow
def test_fuzzing_the_api_finds_no_server_error(server: ServerProcess, tmp_path: Path) -> None:
    exe = shutil.which("schemathesis", path=str(Path(__import__("sys").executable).parent))
    assert exe, "schemathesis is in the dev extra"
    proc = subprocess.run(
        [
            exe,
            "run",
            server.url + "/openapi.json",
            "--checks",
            "not_a_server_error,response_schema_conformance",
            "--max-examples",
            "25",
            "--seed",
            "4",
            "--workers",
            "1",
            "--generation-database",
            "none",
            "--phases",
            "examples,coverage,fuzzing",
            "--header",
            f"Authorization: Bearer {server.token('sri')}",
            "--request-timeout",
            "20",
            "--no-color",
            "--report-dir",
            str(tmp_path / "report"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
        cwd=tmp_path,  # schemathesis keeps a crash cache in its working folder: not in the checkout
    )
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
