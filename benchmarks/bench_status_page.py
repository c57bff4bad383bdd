#!/usr/bin/env python3
"""Status page response times, each against a floor measured in the same run.

    python benchmarks/bench_status_page.py [--apps 2000] [--rounds 300]

A reference server (its own process, SQLite) holds ``apps`` applications with their
status histories. Requests go round-robin over one keep-alive connection, each from
its own ``X-Forwarded-For`` address so the rate limit never answers instead. Rows
(``run() -> list[dict]`` for ``benchmarks/run.py``), medians of ``rounds`` requests:

- unknown vs malformed code: the slower of the two over the faster. Both must look
  alike to someone timing them (same database lookups, same page); goal ≤ 1.2.
- unknown code vs framework 404: our not-found page over the server's bare 404 for a
  path no route has; goal ≤ 3, so a lookup costs no more than a small constant.
- found page vs unknown code: rendering a real case (history, calendar, catalogue) over
  the not-found page; goal ≤ 2.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import requests


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _seed(db_url: str, count: int) -> list[str]:
    from mpp_assist.forms import load_catalogue
    from mpp_assist.server.db import Application, Change, now_iso, open_engine, session_factory
    from mpp_assist.tracking import new_code

    answers = json.dumps(load_catalogue().get("ktp-el").example_answers())
    engine = open_engine(db_url)
    codes = []
    with session_factory(engine)() as session:
        for i in range(count):
            code, client = new_code(), str(uuid.uuid4())
            now = now_iso()
            session.add(Application(
                client_uuid=client, official_number=f"MPP-2026-{i:07d}", version=1, service_id="ktp-el",
                form_version="1", answers=answers, tracking_code=code, receipt_number=f"R-{i}", desk="BENCH",
                officer="bench", status="in_process", reason=None, client_created_at=now, submitted_at=now,
                updated_at=now))
            for status in ("received", "verified", "in_process"):
                session.add(Change(client_uuid=client, desk="BENCH", official_number=f"MPP-2026-{i:07d}",
                                   version=1, status=status, reason=None, at=now))
            codes.append(code)
        session.commit()
    engine.dispose()
    return codes


def measure(apps: int = 2000, rounds: int = 300) -> dict[str, float]:
    from mpp_assist.tracking import new_code

    with tempfile.TemporaryDirectory(prefix="mpp-bench-status-") as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'server.sqlite3'}"
        codes = _seed(db_url, apps)
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "mpp_assist", "server", "--port", str(port), "--db", db_url],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if requests.get(url + "/api/v1/health", timeout=1).ok:
                        break
                except requests.RequestException:
                    time.sleep(0.05)
            http = requests.Session()
            kinds = {
                "found": lambda i: f"/lacak/{codes[i % len(codes)]}",
                "unknown": lambda i: f"/lacak/{new_code()}",
                "malformed": lambda i: f"/lacak/{'X' * (5 + i % 11)}",
                "framework": lambda i: f"/tidak-ada/{i}",
            }
            times: dict[str, list[float]] = {k: [] for k in kinds}
            for i in range(rounds + 20):
                for kind, path in kinds.items():
                    address = f"10.{(i >> 8) & 255}.{i & 255}.{list(kinds).index(kind) + 1}"
                    start = time.perf_counter()
                    resp = http.get(url + path(i), headers={"X-Forwarded-For": address}, timeout=30)
                    took = time.perf_counter() - start
                    assert resp.status_code in (200, 404), resp.status_code
                    if i >= 20:  # warm-up rounds are not counted
                        times[kind].append(took)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return {k: statistics.median(v) for k, v in times.items()}


def run(apps: int = 2000, rounds: int = 300) -> list[dict]:
    m = measure(apps, rounds)
    ms = {k: f"{v * 1000:.2f} ms" for k, v in m.items()}
    slow, fast = max(m["unknown"], m["malformed"]), min(m["unknown"], m["malformed"])
    return [
        {"name": "status page: unknown vs malformed code", "value": f"{ms['unknown']} / {ms['malformed']}",
         "floor": "the other", "ratio": slow / fast, "goal": 1.2},
        {"name": "status page: unknown code", "value": ms["unknown"],
         "floor": f"framework 404 {ms['framework']}", "ratio": m["unknown"] / m["framework"], "goal": 3.0},
        {"name": "status page: found", "value": ms["found"], "floor": f"unknown code {ms['unknown']}",
         "ratio": m["found"] / m["unknown"], "goal": 2.0},
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    over = 0
    for row in run(args.apps, args.rounds):
        verdict = "ok" if row["ratio"] <= row["goal"] else "OVER"
        over += verdict == "OVER"
        print(f"{row['name']:<42} {row['value']:<22} {row['floor']:<30} "
              f"{row['ratio']:>5.2f} ≤ {row['goal']}  {verdict}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
