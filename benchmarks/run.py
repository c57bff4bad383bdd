#!/usr/bin/env python3
"""Run every benchmark and print one table.

    python benchmarks/run.py            # all of benchmarks/bench_*.py, saved in benchmarks/RESULTS.md
    python benchmarks/run.py startup    # only those whose module name contains "startup" (not saved)

The exit status is 1 when any ratio is over its goal or a benchmark failed. A full run replaces
``RESULTS.md`` with the table, the date and the machine, so the next change can be compared.

A benchmark is a module ``benchmarks/bench_<name>.py`` with ``run() -> list[dict]``;
each row has ``name``, ``value`` (what was measured, as text), ``floor`` (what it was
compared with, measured in the same run), ``ratio`` (value / floor) and ``goal``
(the highest acceptable ratio). Goals are ratios to a floor, never absolute times,
so results mean the same on a fast laptop and a slow CI machine.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover(filters: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    return [p for p in found if not filters or any(f in p.stem for f in filters)]


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    rows: list[dict] = []
    failed = 0
    for path in discover(argv):
        try:
            for row in load(path).run():
                rows.append({"module": path.stem[6:], **row})
        except Exception:
            failed += 1
            rows.append(
                {
                    "module": path.stem[6:],
                    "name": "(failed)",
                    "value": traceback.format_exc(limit=1).strip().splitlines()[-1],
                }
            )
    header = ("benchmark", "measured", "floor", "ratio", "goal", "")
    table = []
    for r in rows:
        ratio, goal = r.get("ratio"), r.get("goal")
        verdict = "" if ratio is None or goal is None else ("ok" if ratio <= goal else "OVER")
        failed += verdict == "OVER"
        table.append(
            (
                f"{r['module']}: {r['name']}",
                str(r.get("value", "")),
                str(r.get("floor", "")),
                "" if ratio is None else f"{ratio:.2f}×",
                "" if goal is None else f"≤ {goal}×",
                verdict,
            )
        )
    widths = [max(len(str(x)) for x in col) for col in zip(header, *table, strict=False)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=False)).rstrip()
             for line in (header, tuple("-" * w for w in widths), *table)]
    print("\n".join(lines))
    if not argv:
        save(lines, failed)
    return 1 if failed else 0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        names = [ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                 if ln.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f} at the end"
    system = f"{platform.system()} {platform.release()}"
    return f"{system}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}{load}"


def save(lines: list[str], failed: int) -> None:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    verdict = "every goal met" if not failed else f"{failed} over goal or failed"
    text = (
        "# Benchmark results\n\n"
        f"Last full run of `python benchmarks/run.py`: {stamp}; {machine()}; {verdict}.\n"
        "Ratios are to a floor measured in the same run (see each bench_*.py).\n\n"
        "```\n" + "\n".join(lines) + "\n```\n"
    )
    (HERE / "RESULTS.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
