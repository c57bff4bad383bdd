#!/usr/bin/env python3
"""Receipt PDF generation per layout, against a bare one-page reportlab document with a QR code.

    python benchmarks/bench_receipts.py     # prints a table; exit 1 if a goal is missed

Rows (``run() -> list[dict]`` for ``benchmarks/run.py``): for each layout (A4, A5,
80 mm, 58 mm, and each in large print), the median time of ``build_receipt`` for a
KTP-el application (content, working-day estimate, layout, embedded font subset,
vector QR) against the floor: a one-page canvas with one line of text and the same
vector QR code, saved to bytes. Goal: at most 2× the floor.

Subject and floor alternate, and count this thread's CPU time (``time.thread_time``),
so other processes on a shared machine do not show up as slowness of ours.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from mpp_assist.forms import load_catalogue
from mpp_assist.receipts import build_receipt
from mpp_assist.store import Application

GOAL = 2.0
ROUNDS = 30
URL = "https://lacak.mpp-assist.example/lacak/ABCD-EFGH-JKMN-PQRS"


def _application() -> Application:
    answers = load_catalogue().get("ktp-el").example_answers()
    answers["jenis_permohonan"] = "hilang"  # two requirements listed
    return Application(
        id="bench", service_id="ktp-el", form_version="1", answers=answers,
        receipt_number="DEMO-01-20260317-0001", tracking_code="ABCD-EFGH-JKMN-PQRS", officer="demo",
        desk="DEMO-01", status="waiting", created_at="2026-03-17T03:15:00+00:00",
        updated_at="2026-03-17T03:15:00+00:00", requirements={"kk": "original_seen"},
    )


def bare_pdf() -> bytes:
    """The floor: the least a PDF receipt with a QR code can be."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 770, "DEMO-01-20260317-0001")
    widget = QrCodeWidget(URL, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    d = Drawing(120, 120, transform=[120 / (x1 - x0), 0, 0, 120 / (y1 - y0), 0, 0])
    d.add(widget)
    renderPDF.draw(d, c, 72, 600)
    c.showPage()
    c.save()
    return buf.getvalue()


def _median_pair(subject: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float]:
    s_times, f_times = [], []
    for _ in range(ROUNDS):
        t = time.thread_time()
        subject()
        s_times.append(time.thread_time() - t)
        t = time.thread_time()
        floor()
        f_times.append(time.thread_time() - t)
    return statistics.median(s_times), statistics.median(f_times)


def run() -> list[dict]:
    app = _application()
    definition = load_catalogue().get("ktp-el")
    bare_pdf(), build_receipt(app, definition)  # warm up: imports, font registration
    rows = []
    for layout in ("a4", "a5", "80mm", "58mm"):
        for large in (False, True):
            subject, floor = _median_pair(
                lambda layout=layout, large=large: build_receipt(
                    app, definition, layout=layout, large_print=large
                ),
                bare_pdf,
            )
            rows.append({
                "name": f"receipt {layout}{' large print' if large else ''}",
                "value": f"{subject * 1000:.1f} ms",
                "floor": f"{floor * 1000:.1f} ms",
                "ratio": subject / floor,
                "goal": GOAL,
            })
    return rows


def main() -> int:
    rows = run()
    header = ("benchmark", "measured", "floor (bare PDF + QR)", "ratio", "goal", "")
    table = [
        (r["name"], r["value"], r["floor"], f"{r['ratio']:.2f}×", f"≤ {r['goal']}×",
         "ok" if r["ratio"] <= r["goal"] else "OVER")
        for r in rows
    ]
    widths = [max(len(x) for x in col) for col in zip(header, *table, strict=True)]
    for line in (header, tuple("-" * w for w in widths), *table):
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
    return 0 if all(r["ratio"] <= r["goal"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
