"""How a benchmark run alone (``python benchmarks/bench_<name>.py``) prints its rows and exits."""

from __future__ import annotations


def print_rows(rows: list[dict]) -> int:
    """One line per row with its verdict; 1 when any ratio is over its goal (as ``run.py``)."""
    bad = 0
    for r in rows:
        verdict = "ok" if r["ratio"] <= r["goal"] else "OVER"
        bad += verdict == "OVER"
        print(f"{r['name']}: {r['value']} (floor {r['floor']}, {r['ratio']:.2f}× ≤ {r['goal']}×) {verdict}")
    return 1 if bad else 0
