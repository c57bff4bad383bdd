"""``mpp-assist queue …`` and ``mpp-assist report sla`` as an officer runs them: real processes, a real server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from backend_support import ServerProcess, seeded_server
from mpp_assist import clock


def run(*args: str, home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPP_ASSIST_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "mpp_assist", *args], capture_output=True, text=True, env=env,
                          input=stdin, timeout=120, check=False)


def ok(done: subprocess.CompletedProcess[str], status: int = 0) -> subprocess.CompletedProcess[str]:
    assert done.returncode == status, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return done


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with seeded_server(tmp_path_factory.mktemp("queue-cli")) as server:
        yield server


@pytest.fixture
def desk(backend: ServerProcess, data_home: Path) -> Path:
    """A desk set up for the backend, its officer signed in (token in the OS keyring)."""
    (data_home / "settings").mkdir(exist_ok=True)
    (data_home / "settings" / "machine.json").write_text(json.dumps({
        "backend_url": backend.url, "desk": "DESK-A", "officer": "ana", "mpp_name": "MPP Kota Sukamaju",
        "public_url": backend.url, "receipt_layout": "80mm",
    }), encoding="utf-8")
    ok(run("login", "--backend", backend.url, "ana", "--password-stdin", stdin="sandi-ana-123\n", home=data_home))
    return data_home


def as_json(done: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(done.stdout)


def test_take_call_and_state(desk: Path, tmp_path: Path) -> None:
    regular = as_json(ok(run("queue", "take", "paspor", "--json", home=desk)))
    priority = as_json(ok(run("queue", "take", "paspor", "--priority", "--json", home=desk)))
    assert regular["source"] == "server" and priority["priority"] is True
    plain = ok(run("queue", "take", "paspor", "-o", str(tmp_path / "karcis.pdf"), home=desk)).stdout
    assert "orang di depan" in plain
    text = PdfReader(tmp_path / "karcis.pdf").pages[0].extract_text()
    assert plain.split()[1] in text  # "Nomor D003 untuk …": the number printed on the ticket
    called = as_json(ok(run("queue", "next", "--json", home=desk)))["ticket"]
    assert called["id"] == priority["id"] and called["spoken"].endswith("silakan ke loket A")
    human = ok(run("queue", "next", "--desk", "LOKET-2", home=desk)).stdout
    assert f"Dipanggil: {regular['number']} ke loket LOKET-2" in human and "silakan ke loket dua" in human
    state = as_json(ok(run("queue", "state", "--json", home=desk)))
    assert state["calls"][0]["number"] == regular["number"] and state["waiting"] >= 1
    assert "Menunggu:" in ok(run("queue", "state", home=desk)).stdout
    unknown = ok(run("queue", "take", "tidak-ada", home=desk), 2)
    assert "Layanan tidak dikenal: tidak-ada" in unknown.stderr
    while as_json(ok(run("queue", "next", "--json", home=desk)))["ticket"] is not None:
        pass


def test_offline_desk_runs_its_own_queue_then_hands_it_over(backend: ServerProcess, desk: Path) -> None:
    backend.kill()
    try:
        down = ok(run("queue", "take", "skck", "--json", home=desk), 3)
        local = as_json(down)
        assert local["source"] == "local" and local["number"].startswith("DESK-A-")
        assert "tidak bisa dihubungi" in down.stderr and "DESK-A-" in down.stderr
        second = as_json(ok(run("queue", "take", "skck", "--json", home=desk), 3))
        called = as_json(ok(run("queue", "next", "--json", home=desk), 3))["ticket"]
        assert called["id"] == local["id"] and called["source"] == "local"
        assert "desk A" in called["spoken"]
        assert as_json(ok(run("queue", "state", "--json", home=desk), 3))["tickets"] == [second["number"]]
    finally:
        backend.start()
    # Back online: the next call hands the waiting local ticket to the floor, then calls from it.
    answer = as_json(ok(run("queue", "next", "--json", home=desk)))["ticket"]
    assert answer["source"] == "server" and answer["number"] == second["number"]
    state = as_json(ok(run("queue", "state", "--json", home=desk)))
    assert state["source"] == "server" and state["calls"][0]["number"] == second["number"]


def test_report_sla_from_the_backend_and_from_the_database(backend: ServerProcess, desk: Path,
                                                          tmp_path: Path) -> None:
    today = clock.today().isoformat()  # the desk's day (WIB here), not the host's
    report = as_json(ok(run("report", "sla", "--from", today, "--to", today, "--json", home=desk)))
    paspor = next(x for x in report["services"] if x["service_id"] == "paspor")
    assert paspor["tickets"] >= 3 and paspor["wait_median"] is not None and paspor["name"]
    direct = as_json(ok(run("report", "sla", "--from", today, "--to", today, "--json", "--db", backend.db_url,
                            home=desk)))
    assert direct["total"]["tickets"] == report["total"]["tickets"]
    table = ok(run("report", "sla", "--from", today, "--to", today, home=desk)).stdout
    assert "tunggu med/p90" in table and "Jumlah" in table
    pdf = tmp_path / "sla.pdf"
    ok(run("report", "sla", "--from", today, "--to", today, "-o", str(pdf), home=desk))
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Laporan waktu layanan" in text and "MPP Kota Sukamaju" in text and "Waktu tunggu (menit)" in text
    bad = ok(run("report", "sla", "--from", today, "--to", "2000-01-01", home=desk), 2)
    assert "--to tidak boleh sebelum --from" in bad.stderr
    missing = ok(run("report", "sla", "--to", today, home=desk), 2)
    assert "--from" in missing.stderr
    daily = run("report", "--date", today, home=desk)  # the daily report still wants its file
    assert daily.returncode == 2 and "-o/--output" in daily.stderr


def test_the_server_admin_places_desks_and_sets_rules(backend: ServerProcess, data_home: Path, tmp_path: Path) -> None:
    placed = ok(run("queue", "desk", "PASPOR-9", "--db", backend.db_url, "--services", "paspor", home=data_home))
    assert "PASPOR-9" in placed.stdout and "paspor" in placed.stdout
    wrong = ok(run("queue", "desk", "X", "--db", backend.db_url, "--services", "tidak-ada", home=data_home), 2)
    assert "tidak-ada" in wrong.stderr
    (tmp_path / "rules.json").write_text(json.dumps({"priority_run": 2, "skip_return_minutes": 5}), encoding="utf-8")
    rules = as_json(ok(run("queue", "rules", str(tmp_path / "rules.json"), "--db", backend.db_url, home=data_home)))
    assert (rules["priority_run"], rules["skip_return_minutes"], rules["returns_allowed"]) == (2, 5, 1)
    (tmp_path / "bad.json").write_text(json.dumps({"priority_run": "dua"}), encoding="utf-8")
    bad = ok(run("queue", "rules", str(tmp_path / "bad.json"), "--db", backend.db_url, home=data_home), 2)
    assert "priority_run" in bad.stderr
    ok(run("queue", "rules", str(tmp_path / "default.json"), "--db", backend.db_url, home=data_home), 1)
    (tmp_path / "default.json").write_text("{}", encoding="utf-8")
    ok(run("queue", "rules", str(tmp_path / "default.json"), "--db", backend.db_url, home=data_home))
