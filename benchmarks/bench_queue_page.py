#!/usr/bin/env python3
"""The Permohonan page at a desk's real size: opened, scrolled, searched, with 1,000 and 100,000 applications.

    python benchmarks/bench_queue_page.py [--sizes 1000,100000] [--rounds 5]

The desk database is ``store_fixture.desk_database(n)`` (made through the real store API, cached).
The real window (``app.create_window``, offscreen, 1366×768) opens the *Permohonan* place; what is
timed is what the officer waits for, up to the page painted (``QWidget.grab``):

- open: ``show_place("applications")`` → painted, first visit and second visit;
- scroll: to the last row → painted (the lazy model reads only the rows shown);
- search: a name typed into the search box → the filtered rows painted (the debounce excluded);
- decrypts: how many applications were opened (decrypted) for all of that (must not grow with n).

The floor, measured in the same run, round by round: a bare ``QTableWidget`` holding the 100 rows of
plain text the page shows, built and painted in a window of the same size. Goal: ≤ 5× the floor for
each (the page also counts, filters and audits; the rows themselves are the same), and the decrypt
count flat in n (ratio of the largest size's count to the smallest's ≤ 1.5).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from verdicts import print_rows

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL = 5.0
GOAL_FLAT = 1.5
SIZES = tuple(int(s) for s in os.environ.get("MPP_BENCH_QUEUE_SIZES", "1000,100000").split(","))
ROWS, COLUMNS = 100, 6


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _floor() -> float:
    """A bare table with the rows the page shows, built and painted."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    start = time.perf_counter()
    table = QTableWidget(ROWS, COLUMNS)
    for r in range(ROWS):
        for c in range(COLUMNS):
            table.setItem(r, c, QTableWidgetItem(f"Siti Aminah {r} · 3273 01** **** 0{c}"))
    table.resize(1366, 768)
    table.show()
    table.grab()
    took = time.perf_counter() - start
    table.close()
    table.deleteLater()
    _app().processEvents()
    return took


class Desk:
    """The real window over a copy of the fixture database of ``n`` applications."""

    def __init__(self, n: int, folder: Path) -> None:
        from store_fixture import desk_database

        from mpp_assist.app import build_context, create_window
        from mpp_assist.store import Store

        path, key = desk_database(n, folder / "db")
        self.store = Store(path, key=key)
        self.decrypts = 0
        real_open = self.store.open_row

        def counting(row: Any) -> Any:
            self.decrypts += 1
            return real_open(row)

        self.store.open_row = counting  # type: ignore[method-assign]
        self.ctx = build_context(synchronous_tasks=True, store=self.store)
        # Nobody signed in (the key passed in): the whole desk is in scope, as for a supervisor.
        self.window = create_window(self.ctx, None, consent=False)
        self.window.resize(1366, 768)
        self.window.show()
        _app().processEvents()

    def timed(self, action: Callable[[], None]) -> float:
        start = time.perf_counter()
        action()
        _app().processEvents()
        self.window.grab()
        return time.perf_counter() - start

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        _app().processEvents()
        self.store.close()


def measure(n: int, rounds: int) -> dict[str, Any]:
    _app()
    with tempfile.TemporaryDirectory(prefix="bench-queue-page-") as tmp:
        os.environ["MPP_ASSIST_HOME"] = str(Path(tmp) / "home")
        desk = Desk(n, Path(tmp))
        try:
            w = desk.window
            times: dict[str, list[float]] = {"open": [], "again": [], "scroll": [], "search": []}
            floors: list[float] = []
            for _ in range(rounds):
                floors.append(_floor())
                times["open"].append(desk.timed(lambda: w.show_place("applications")))
                page = w.desk_sync.page
                times["scroll"].append(desk.timed(page.table.scrollToBottom))
                w.show_place("services")
                _app().processEvents()
                times["again"].append(desk.timed(lambda: w.show_place("applications")))

                def search(page: Any = page) -> None:
                    page.search.setText("Muhamad Santoso")
                    page.apply_filters()  # what the debounce timer calls

                times["search"].append(desk.timed(search))
                page.search.clear()
                page.apply_filters()
                w.show_place("services")
                _app().processEvents()
            return {
                "n": n,
                "floor": statistics.median(floors),
                **{k: statistics.median(v) for k, v in times.items()},
                "decrypts": desk.decrypts / rounds,
            }
        finally:
            desk.close()


def run(sizes: tuple[int, ...] = SIZES, rounds: int = 5) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    results = [measure(n, rounds) for n in sizes]
    for m in results:
        for key, what in (("open", "opened"), ("again", "opened again"), ("scroll", "scrolled to the end"),
                          ("search", "name search")):
            rows.append({
                "name": f"Permohonan {what}, {m['n']:,} applications",
                "value": f"{m[key] * 1000:.0f} ms",
                "floor": f"{m['floor'] * 1000:.0f} ms (bare table, {ROWS} rows)",
                "ratio": m[key] / m["floor"] if m["floor"] else 0.0,
                "goal": GOAL,
            })
    if len(results) > 1:
        low, high = results[0], results[-1]
        rows.append({
            "name": f"applications decrypted per visit, {high['n']:,} vs {low['n']:,}",
            "value": f"{high['decrypts']:.0f}",
            "floor": f"{low['decrypts']:.0f}",
            "ratio": high["decrypts"] / low["decrypts"] if low["decrypts"] else 0.0,
            "goal": GOAL_FLAT,
        })
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rows = run(tuple(int(s) for s in args.sizes.split(",")), args.rounds)
    return print_rows(rows)


if __name__ == "__main__":
    sys.exit(main())
