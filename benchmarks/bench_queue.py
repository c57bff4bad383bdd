#!/usr/bin/env python3
"""The MPP floor under load: desks calling at once on PostgreSQL while tickets are taken, one server kill.

    python benchmarks/bench_queue.py [--desks 20] [--per-minute 200] [--seconds 120]

A throw-away PostgreSQL cluster (the tests' ``PgCluster``) and the reference server as its own
process on 127.0.0.1. A kiosk takes ``per-minute`` tickets a minute for ``seconds``; ``desks``
desks call the next ticket and finish it as fast as tickets come; halfway the server is killed
and started again. Every request that fails is retried under the same UUID (the take's
``client_id``, the call's ``call_id``), as the desk does.

Rows (``run() -> list[dict]`` for ``benchmarks/run.py``):

- call-next p99: the 99th percentile latency of ``POST /queue/call-next`` answers that found a
  ticket, against the p99 of ``GET /queue/state`` (a read with no lock) measured by the same
  desks on the same server just before: goal ≤ 4×.
- tickets called twice, tickets lost: must be 0 (ratio 0 or a failed row).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the tests' PostgreSQL cluster
sys.path.insert(0, str(Path(__file__).resolve().parent))

import requests
from verdicts import print_rows

GOAL_P99 = 4.0


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(q / 100 * len(ordered) + 0.5) - 1))] if ordered else 0.0


def _retry(session: requests.Session, url: str, method: str, body: dict[str, Any] | None, stop: threading.Event,
           latencies: list[float] | None = None) -> Any:
    while not stop.is_set():
        started = time.perf_counter()
        try:
            resp = session.request(method, url, json=body, timeout=15)
        except requests.RequestException:
            time.sleep(0.05)
            continue
        if resp.status_code >= 500:
            time.sleep(0.05)
            continue
        resp.raise_for_status()
        if latencies is not None:
            latencies.append(time.perf_counter() - started)
        return resp.json()
    return None


def measure(desks: int, per_minute: int, seconds: float) -> dict[str, Any]:
    import tempfile

    from backend_support import OFFICERS, PgCluster, ServerProcess, seed_officers, wait_for

    cluster = PgCluster()
    try:
        url = cluster.new_database()
        seed_officers(url)
        server = ServerProcess(url, Path(tempfile.mkdtemp(prefix="bench-queue-"))).start()
        try:
            tokens = [server.token(o[0]) for o in OFFICERS]
            sessions = []
            for n in range(desks):
                s = requests.Session()
                s.headers["Authorization"] = f"Bearer {tokens[n % len(tokens)]}"
                sessions.append(s)
            api = server.url + "/api/v1/queue"
            stop = threading.Event()
            # The floor: unlocked reads by the same desks, same server, same moment.
            floor: list[float] = []

            def reader(s: requests.Session) -> None:
                for _ in range(25):
                    _retry(s, api + "/state", "GET", None, stop, floor)

            threads = [threading.Thread(target=reader, args=(s,)) for s in sessions]
            for t in threads:
                t.start()
            for t in threads:
                t.join()

            total = int(per_minute * seconds / 60)
            taken: list[str] = []
            calls: list[str] = []
            latencies: list[float] = []
            lock = threading.Lock()

            def kiosk() -> None:
                s = requests.Session()
                s.headers["Authorization"] = sessions[0].headers["Authorization"]
                start = time.monotonic()
                for i in range(total):
                    time.sleep(max(0.0, start + i * 60 / per_minute - time.monotonic()))
                    body = {"service_id": "ktp-el", "priority": i % 5 == 0, "client_id": str(uuid.uuid4())}
                    ticket = _retry(s, api + "/tickets", "POST", body, stop)
                    if ticket:
                        with lock:
                            taken.append(ticket["id"])

            def desk(n: int) -> None:
                s = sessions[n]
                while not stop.is_set():
                    body = {"desk": f"LOKET-{n + 1}", "call_id": str(uuid.uuid4())}
                    mine: list[float] = []
                    answer = _retry(s, api + "/call-next", "POST", body, stop, mine)
                    if not answer:
                        return
                    ticket = answer["ticket"]
                    if ticket is None:
                        with lock:
                            if len(taken) >= total and len(calls) >= len(taken):
                                return
                        time.sleep(0.1)
                        continue
                    with lock:
                        calls.append(ticket["id"])
                        latencies.extend(mine)
                    _retry(s, api + f"/tickets/{ticket['id']}/done", "POST", {}, stop)

            workers = [threading.Thread(target=kiosk)] + [threading.Thread(target=desk, args=(n,))
                                                          for n in range(desks)]
            for t in workers:
                t.start()
            wait_for(lambda: len(taken) >= total // 2, timeout=seconds * 2, what="half the tickets")
            server.kill()
            server.start()
            try:
                wait_for(lambda: len(taken) >= total and len(calls) >= total, timeout=seconds * 2 + 60,
                         what="every ticket called")
            finally:
                stop.set()
                for t in workers:
                    t.join(timeout=60)
            return {
                "tickets": total,
                "taken": len(taken),
                "twice": len(calls) - len(set(calls)),
                "lost": len(set(taken) - set(calls)),
                "p99": _p(latencies, 99),
                "p50": statistics.median(latencies) if latencies else 0.0,
                "floor_p99": _p(floor, 99),
            }
        finally:
            server.kill()
    finally:
        cluster.stop()


def run(desks: int = 20, per_minute: int = 200, seconds: float = 120) -> list[dict]:
    m = measure(desks, per_minute, seconds)
    ratio = m["p99"] / m["floor_p99"] if m["floor_p99"] else 0.0
    return [
        {"name": f"call-next p99, {desks} desks, {per_minute}/min, one restart",
         "value": f"{m['p99'] * 1000:.1f} ms (p50 {m['p50'] * 1000:.1f} ms)",
         "floor": f"{m['floor_p99'] * 1000:.1f} ms (GET /state p99)", "ratio": ratio, "goal": GOAL_P99},
        {"name": f"tickets called twice (of {m['tickets']})", "value": str(m["twice"]), "floor": "0",
         "ratio": float(m["twice"]), "goal": 0},
        {"name": f"tickets lost (of {m['tickets']})", "value": str(m["lost"]), "floor": "0",
         "ratio": float(m["lost"]), "goal": 0},
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=20)
    parser.add_argument("--per-minute", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=120)
    args = parser.parse_args()
    rows = run(args.desks, args.per_minute, args.seconds)
    return print_rows(rows)


if __name__ == "__main__":
    sys.exit(main())
