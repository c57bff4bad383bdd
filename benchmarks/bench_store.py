#!/usr/bin/env python3
"""The desk database at a real desk's scale (issue 13), each query against a floor in the same run.

    python benchmarks/bench_store.py [--count 100000] [--full]

The desk: ``store_fixture.desk_database(count)`` — ``count`` applications made through the
real store API (cached under ``benchmarks/.cache/``; the first run at 100,000 takes minutes).
The floor: the same query over a plain SQLite table of the same rows, unsealed, with an index
for each lookup (NIK, receipt, name words), built in the same run. Each value is the median
over several different queries, in milliseconds; the ratio is ours over the floor.

Rows: open (``Store()``), search by NIK, by receipt number and by name (``search.people``:
people with their applications, the page decrypted), the paged queue (a page of 50 and the
counts per state, ``store.queue``), the subject export's collection by NIK, a lookup by id
prefix, the audit's print count; memory: peak allocations for a page and a search at
``count`` over the same at 1,000 (flat: goal ≤ 1.5). ``--full`` adds ``list_applications``
(every row decrypted: what the old queue page did) — slow at 100,000.

Absolute goals from the issue (reported in ``value``, not asserted): NIK/receipt < 20 ms,
name < 50 ms with 100,000 applications.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from store_fixture import CACHE, desk_database

COUNT = int(os.environ.get("MPP_BENCH_STORE_COUNT", "100000"))
SAMPLES = 15


def _median_ms(fn: Callable[[Any], object], inputs: list[Any]) -> float:
    times = []
    for x in inputs:
        t = time.perf_counter()
        fn(x)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _plain_database(store_path: Path, key: bytes, n: int) -> Path:
    """The floor's database: the same applications unsealed in one plain table, indexed per lookup."""
    from mpp_assist.search import names
    from mpp_assist.store import Store

    plain = CACHE / f"plain-{store_path.stem}.sqlite3"
    if plain.exists():
        return plain
    tmp = plain.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.executescript(
        "CREATE TABLE app (id TEXT PRIMARY KEY, nik TEXT, name TEXT, receipt TEXT, official TEXT,"
        " service TEXT, status TEXT, created_at TEXT, answers TEXT);"
        "CREATE TABLE token (token TEXT, id TEXT, PRIMARY KEY (token, id)) WITHOUT ROWID;"
        "CREATE TABLE audit (seq INTEGER PRIMARY KEY, application_id TEXT, action TEXT);"
    )
    with Store(store_path, key=key) as store:
        last = ""
        while True:
            rows = store.conn.execute(
                "SELECT * FROM applications WHERE id > ? ORDER BY id LIMIT 2000", (last,)
            ).fetchall()
            if not rows:
                break
            last = rows[-1]["id"]
            for a in store.open_rows(rows):
                name = a.answers.get("nama_lengkap", "")
                conn.execute(
                    "INSERT INTO app VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (a.id, a.answers.get("nik"), name, a.receipt_number, a.official_number, a.service_id,
                     a.status, a.created_at, json.dumps(a.answers)),
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO token VALUES (?, ?)",
                    [(names.phonetic(t), a.id) for t in names.tokens(name)],
                )
        conn.executemany(
            "INSERT INTO audit (application_id, action) VALUES (?, ?)",
            store.conn.execute("SELECT application_id, action FROM audit").fetchall(),
        )
    conn.executescript(
        "CREATE INDEX app_nik ON app(nik); CREATE INDEX app_receipt ON app(receipt);"
        " CREATE INDEX app_created ON app(created_at); CREATE INDEX app_status ON app(status);"
        " CREATE INDEX audit_app ON audit(application_id);"
    )
    conn.commit()
    conn.close()
    tmp.replace(plain)
    return plain


def _samples(store: Any, k: int = SAMPLES) -> list[Any]:
    rows = store.conn.execute("SELECT * FROM applications ORDER BY random() LIMIT ?", (k,)).fetchall()
    return store.open_rows(rows)


def _row(name: str, ours: float, floor: float, goal: float | None, note: str = "") -> dict[str, Any]:
    return {
        "name": name,
        "value": f"{ours:.2f} ms{note}",
        "floor": f"{floor:.3f} ms",
        "ratio": ours / floor if floor > 0 else None,
        "goal": goal,
    }


def _peak(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def run(count: int = COUNT, full: bool = False) -> list[dict[str, Any]]:
    from mpp_assist.search.access import Scope
    from mpp_assist.search.names import phonetic, tokens
    from mpp_assist.search.people import find_people
    from mpp_assist.security import subject
    from mpp_assist.store import Store, queue

    rows: list[dict[str, Any]] = []
    whole = Scope(None)
    with tempfile.TemporaryDirectory(prefix="mpp-bench-store-") as tmp:
        path, key = desk_database(count, Path(tmp) / "desk")
        plain_path = _plain_database(desk_database(count)[0], key, count)
        with Store(path, key=key):  # first open of the copy: the whole-file check (a copy is "not as left")
            pass

        def open_ours(_: object) -> None:
            Store(path, key=key).close()

        def open_plain(_: object) -> None:
            c = sqlite3.connect(plain_path)
            c.execute("SELECT count(*) FROM app WHERE status = 'waiting'").fetchone()
            c.close()

        rows.append(_row("open Store()", _median_ms(open_ours, [0] * 7), _median_ms(open_plain, [0] * 7), 25.0))

        store = Store(path, key=key)
        plain = sqlite3.connect(plain_path)
        plain.row_factory = sqlite3.Row
        sample = _samples(store)
        niks = [a.answers["nik"] for a in sample]
        receipts = [a.receipt_number for a in sample]
        name_queries = [" ".join(a.answers["nama_lengkap"].split()[:2]) for a in sample]

        def plain_by(column: str) -> Callable[[str], object]:
            return lambda v: [dict(r) for r in plain.execute(f"SELECT * FROM app WHERE {column} = ?", (v,))]  # noqa: S608

        def plain_name(q: str) -> object:
            keys = list(dict.fromkeys(phonetic(t) for t in tokens(q)))
            sql = " INTERSECT ".join("SELECT id FROM token WHERE token = ?" for _ in keys)
            found = plain.execute(
                f"SELECT nik, max(created_at) AS last FROM app WHERE id IN ({sql})"  # noqa: S608
                " GROUP BY nik ORDER BY last DESC LIMIT 20", keys,
            ).fetchall()
            return [[dict(r) for r in plain.execute("SELECT * FROM app WHERE nik = ?", (f[0],))] for f in found]

        for label, inputs, floor_fn, goal in (
            ("search by NIK (goal < 20 ms)", niks, plain_by("nik"), 40.0),
            ("search by receipt (goal < 20 ms)", receipts, plain_by("receipt"), 40.0),
            ("search by name (goal < 50 ms)", name_queries, plain_name, 10.0),
        ):
            ours = _median_ms(lambda q: find_people(store, q, whole), inputs)
            rows.append(_row(label, ours, _median_ms(floor_fn, inputs), goal))

        offsets = [0, 50, 1000, count // 2, max(0, count - 50)]
        ours = _median_ms(lambda o: (queue.page(store, offset=o, limit=50), queue.count_by_state(store)), offsets)
        floor = _median_ms(
            lambda o: (
                plain.execute("SELECT * FROM app ORDER BY created_at DESC LIMIT 50 OFFSET ?", (o,)).fetchall(),
                plain.execute("SELECT status, count(*) FROM app GROUP BY status").fetchall(),
            ),
            offsets,
        )
        rows.append(_row("queue page of 50 + counts per state", ours, floor, 10.0))

        rows.append(_row("subject export (collect) by NIK", _median_ms(lambda n: subject.collect(store, n), niks),
                         _median_ms(plain_by("nik"), niks), 60.0))
        prefixes = [a.id[:8] for a in sample]
        rows.append(_row(
            "lookup by id prefix", _median_ms(store.find_application, prefixes),
            _median_ms(lambda p: plain.execute("SELECT * FROM app WHERE id >= ? AND id < ? LIMIT 2",
                                               (p, p + "\uffff")).fetchall(), prefixes), 20.0))
        from mpp_assist.receipts.history import print_count

        ids = [a.id for a in sample]
        rows.append(_row(
            "audit print count", _median_ms(lambda i: print_count(store, i), ids),
            _median_ms(lambda i: plain.execute("SELECT count(*) FROM audit WHERE application_id = ?",
                                               (i,)).fetchone(), ids), 40.0))
        if full:
            t = time.perf_counter()
            n = len(store.list_applications())
            ours_full = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            plain.execute("SELECT * FROM app ORDER BY created_at DESC").fetchall()
            rows.append(_row(f"list_applications (all {n})", ours_full, (time.perf_counter() - t) * 1000, None))

        big = _peak(
            lambda: (queue.page(store, offset=count // 2, limit=50), find_people(store, name_queries[0], whole))
        )
        store.close()
        plain.close()
        small_path, small_key = desk_database(1000, Path(tmp) / "small")
        with Store(small_path, key=small_key) as small:
            q = " ".join(_samples(small, 1)[0].answers["nama_lengkap"].split()[:2])
            little = _peak(lambda: (queue.page(small, offset=500, limit=50), find_people(small, q, whole)))
        rows.append({
            "name": f"memory: page + search at {count} vs 1000",
            "value": f"{big / 1024:.0f} KiB",
            "floor": f"{little / 1024:.0f} KiB",
            "ratio": big / little,
            "goal": 1.5,
        })
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--full", action="store_true")
    args = parser.parse_args()
    failed = 0
    for r in run(args.count, args.full):
        ratio = r.get("ratio")
        verdict = "" if ratio is None or r.get("goal") is None else ("ok" if ratio <= r["goal"] else "OVER")
        failed += verdict == "OVER"
        shown = f"{ratio:.1f}×" if ratio is not None else ""
        print(f"{r['name']:<44} {r['value']:>14} {r['floor']:>12} {shown:>8} ≤ {r.get('goal')}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
