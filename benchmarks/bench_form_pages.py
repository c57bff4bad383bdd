#!/usr/bin/env python3
"""Form pages in the real window: opened and painted, as the officer waits for them.

    python benchmarks/bench_form_pages.py [--rounds 5]

The real window (``app.create_window``, offscreen, 1366×768, the desk's own style sheet) holds a
kartu-keluarga application with a family of eight, as a real KK change names; what is timed is
``FormFlow.go`` to each of its pages → painted (``QWidget.grab``), the largest being *anggota*
(eight members of ten questions). The KTP-el's pages are timed the same way.

The floor, measured in the same run, page by page: a bare page holding as many rows of plain
``QLabel`` + ``QLineEdit`` as the page has questions, in a scroll area of the same window, built
and painted. Goal: ≤ 5× the floor (a question also has its hint, its choices as radio buttons or
a list, its accessible names and its check; the rows themselves are the same).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from verdicts import print_rows

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL = 5.0
MEMBERS = 8


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _floor(window: Any, rows: int) -> float:
    """A bare page with ``rows`` label + line-edit pairs, in the window's place for pages."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

    start = time.perf_counter()
    page = QScrollArea()
    body = QWidget()
    layout = QVBoxLayout(body)
    for i in range(rows):
        layout.addWidget(QLabel(f"Pertanyaan {i}"))
        layout.addWidget(QLineEdit())
    page.setWidget(body)
    page.setWidgetResizable(True)
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    _app().processEvents()
    window.grab()
    took = time.perf_counter() - start
    window.stack.removeWidget(page)
    page.deleteLater()
    _app().processEvents()
    return took


def _fill(flow: Any, answers: dict[str, Any], members: int) -> None:
    for field_id, value in answers.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for i in range(members):
                index = flow.add_item(field_id)
                for child, child_value in value[i % len(value)].items():
                    flow.set_answer(f"{field_id}[{index}].{child}", child_value)
        else:
            flow.set_answer(field_id, value)


def measure(service_id: str, rounds: int) -> list[dict[str, Any]]:
    from mpp_assist.app import build_context, create_window
    from mpp_assist.ui.desk.fields.row import FieldRow

    _app()
    with tempfile.TemporaryDirectory(prefix="bench-form-pages-") as tmp:
        os.environ["MPP_ASSIST_HOME"] = str(Path(tmp) / "home")
        ctx = build_context(synchronous_tasks=True)
        window = create_window(ctx, None, consent=False)
        window.resize(1366, 768)
        window.show()
        _app().processEvents()
        try:
            window.start_service(service_id)
            flow = window.flow
            _fill(flow, flow.definition.example_answers(), MEMBERS)
            pages = [f"section:{s.id}" for s in flow.sections()]
            times: dict[str, list[float]] = {p: [] for p in pages}
            floors: dict[str, list[float]] = {p: [] for p in pages}
            questions: dict[str, int] = {}
            for _ in range(rounds):
                for page in pages:
                    start = time.perf_counter()
                    flow.go(page)
                    _app().processEvents()
                    window.grab()
                    times[page].append(time.perf_counter() - start)
                    questions[page] = len(flow.page.findChildren(FieldRow))
                    floors[page].append(_floor(window, questions[page]))
            return [
                {"page": p, "questions": questions[p], "value": statistics.median(times[p]),
                 "floor": statistics.median(floors[p])}
                for p in pages
            ]
        finally:
            window.close()
            window.deleteLater()
            _app().processEvents()
            ctx.store.close()


def run(rounds: int = 5) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for service_id in ("kartu-keluarga", "ktp-el"):
        for m in measure(service_id, rounds):
            rows.append({
                "name": f"{service_id} {m['page'][8:]} opened and painted ({m['questions']} questions)",
                "value": f"{m['value'] * 1000:.0f} ms",
                "floor": f"{m['floor'] * 1000:.0f} ms (bare page, {m['questions']} rows)",
                "ratio": m["value"] / m["floor"] if m["floor"] else 0.0,
                "goal": GOAL,
            })
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    return print_rows(run(args.rounds))


if __name__ == "__main__":
    sys.exit(main())
