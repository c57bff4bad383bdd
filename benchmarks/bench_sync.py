#!/usr/bin/env python3
"""Sync throughput and memory, each against a floor measured in the same run.

    python benchmarks/bench_sync.py [--count 5000]   # prints a table; exit 1 if a goal is missed

Rows (``run() -> list[dict]`` for ``benchmarks/run.py``):

- throughput: ``SyncRunner.run_once`` sending ``count`` queued applications to a local
  reference server (its own process, fresh SQLite database), against a bare ``requests``
  loop PUTting the same bodies to another fresh server started the same way. The ratio
  is our seconds per application over the bare loop's; goal ≤ 1.25, i.e. at least 0.8 of
  the bare loop's applications per second, with every durable state change the outbox
  makes (``sending`` before, ``sent`` after) included.
- memory: peak Python allocations (tracemalloc) while syncing a queue five times larger,
  over the peak for the smaller queue. Goal ≤ 1.5: the outbox is read a page at a time,
  so memory must stay flat as the queue grows.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import requests


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Server:
    def __init__(self, folder: Path) -> None:
        from mpp_assist.server import admin
        from mpp_assist.server.db import open_engine, session_factory

        self.db = f"sqlite:///{folder / 'server.sqlite3'}"
        engine = open_engine(self.db)
        with session_factory(engine)() as session:
            admin.add_officer(session, "bench", "BENCH", "officer", "bench-password")
        engine.dispose()
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mpp_assist", "server", "--port", str(self.port), "--db", self.db],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/api/v1/health", timeout=1).ok:
                    break
            except requests.RequestException:
                time.sleep(0.05)
        self.token = requests.post(
            self.url + "/api/v1/auth/token",
            json={"username": "bench", "password": "bench-password"},
            timeout=10,
        ).json()["access_token"]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def _queue(store: Any, count: int) -> None:
    from mpp_assist.applications import submit
    from mpp_assist.forms import load_catalogue

    definition = load_catalogue().get("ktp-el")
    answers = definition.example_answers()
    store.conn.execute("PRAGMA synchronous=OFF")  # setup only; the sync itself runs with FULL
    for _ in range(count):
        submit(store, definition, dict(answers), officer="bench", desk="BENCH")
    store.conn.execute("PRAGMA synchronous=FULL")


def _store(folder: Path) -> Any:
    from mpp_assist.store import Store

    return Store(folder / "desk.sqlite3", key=os.urandom(32))


def _ours(folder: Path, count: int, *, trace: bool = False) -> tuple[float, int]:
    """Seconds for one sync pass of ``count`` applications, and peak traced bytes."""
    from mpp_assist.sync.client import BackendClient
    from mpp_assist.sync.runner import SyncRunner

    folder.mkdir()
    server = _Server(folder)
    store = _store(folder)
    try:
        _queue(store, count)
        runner = SyncRunner(store, BackendClient(server.url, server.token))
        if trace:
            tracemalloc.start()
        t = time.perf_counter()
        report = runner.run_once()
        elapsed = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1] if trace else 0
        if trace:
            tracemalloc.stop()
        if report.sent != count:
            raise RuntimeError(f"sent {report.sent} of {count}: {report.message}")
        return elapsed, peak
    finally:
        store.close()
        server.stop()


def _floor(folder: Path, count: int) -> float:
    """Seconds for a bare requests loop PUTting the same bodies (no outbox, no store)."""
    from mpp_assist.sync import outbox

    folder.mkdir()
    server = _Server(folder)
    store = _store(folder)
    try:
        _queue(store, count)
        bodies = []
        for app_id in outbox.iter_waiting(store):
            bodies.append(
                (app_id, outbox.request_body(store.get_application(app_id), outbox.entry(store, app_id)))
            )
        session = requests.Session()
        headers = {"Authorization": f"Bearer {server.token}"}
        t = time.perf_counter()
        for app_id, body in bodies:
            resp = session.put(
                f"{server.url}/api/v1/applications/{app_id}", json=body, headers=headers, timeout=30
            )
            resp.raise_for_status()
            resp.json()
        return time.perf_counter() - t
    finally:
        store.close()
        server.stop()


def run(count: int = 5000) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="mpp-bench-sync-") as tmp:
        root = Path(tmp)
        os.environ["MPP_ASSIST_HOME"] = str(root / "home")
        floor = _floor(root / f"floor-{uuid.uuid4().hex[:6]}", count)
        ours, _ = _ours(root / f"ours-{uuid.uuid4().hex[:6]}", count)
        small = max(200, count // 5)
        _t, peak_small = _ours(root / "mem-small", small, trace=True)
        _t, peak_large = _ours(root / "mem-large", small * 5, trace=True)
    return [
        {
            "name": f"sync {count} applications",
            "value": f"{count / ours:.0f} apps/s",
            "floor": f"{count / floor:.0f} apps/s (bare requests)",
            "ratio": ours / floor,
            "goal": 1.25,
        },
        {
            "name": f"peak memory, queue {small * 5} vs {small}",
            "value": f"{peak_large / 1e6:.1f} MB",
            "floor": f"{peak_small / 1e6:.1f} MB",
            "ratio": peak_large / peak_small,
            "goal": 1.5,
        },
    ]


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--count", type=int, default=5000)
    rows = run(p.parse_args().count)
    bad = 0
    for r in rows:
        ok = r["ratio"] <= r["goal"]
        bad += not ok
        print(
            f"{r['name']:<40} {r['value']:<14} floor {r['floor']:<32} {r['ratio']:.2f}× "
            f"(goal ≤ {r['goal']}×) {'ok' if ok else 'OVER'}"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
