#!/usr/bin/env python3
"""Reading KTP-el cards and Kartu Keluarga pages: accuracy by degradation, time, keystrokes saved.

    python benchmarks/bench_documents.py            # small set: 8 KTP and 3 KK per level
    python benchmarks/bench_documents.py 40 10      # KTP and KK per level

The documents are generated (tests/documents/synth.py) from seeds 10000 and up, which the tests
never use. Levels: ``scan`` (flat, slightly soft, JPEG) and ``photo`` (on a desk, in perspective,
turned, blurred, unevenly lit, sometimes upside down, JPEG 60–85).

Rows (``run() -> list[dict]`` for ``benchmarks/run.py``):
- per level, NIK exact-match accuracy and the worst field's, each against the issue's bar; the
  ratio is the error rate over the error rate allowed (goal ≤ 1);
- the median time to read one document against the floor measured in the same run: the OCR
  engine alone (at the size the reader finds that kind's text at) on the same, already flat, clean
  document (goal ≤ 1.6×: finding, flattening,
  parsing and checking may add at most 60 %); the absolute median is shown beside the 2 s goal;
- keystrokes per KK family: typed by hand vs. confirmed after reading (accept all, retype misses).
"""

from __future__ import annotations

import io
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import numpy as np  # noqa: E402

from documents import synth  # noqa: E402
from mpp_assist.documents import KK_FIELDS, KTP_FIELDS, MEMBER_FIELDS, DocumentError, ocr, read_bytes  # noqa: E402

SEED = 10_000
BARS = {  # (level, kind): (NIK, every field)
    ("scan", "ktp"): (0.95, 0.90),
    ("photo", "ktp"): (0.90, 0.85),
    ("scan", "kk"): (0.90, 0.85),
    ("photo", "kk"): (0.80, None),
}
TIME_GOAL = 1.6


def _jpeg(img) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92)
    return buf.getvalue()


def _documents(kind: str, level: str, count: int) -> list[tuple[dict, bytes, object]]:
    out = []
    for i in range(count):
        rng = random.Random(SEED + (0 if kind == "ktp" else 5000) + (0 if level == "scan" else 2500) + i)
        doc = synth.make_ktp(rng) if kind == "ktp" else synth.make_kk(rng)
        img = synth.render_ktp(doc) if kind == "ktp" else synth.render_kk(doc)
        out.append((doc.truth(), _jpeg(synth.degrade(img, level, rng)), img))
    return out


def _read(data: bytes) -> tuple[dict, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        values = read_bytes(data).values()
    except DocumentError:
        values = {"fields": {}, "members": []}
    return values, time.perf_counter() - wall, time.process_time() - cpu


def _keystrokes(truth: dict, got: dict) -> tuple[int, int]:
    """(typed, confirmed): every character plus a Tab per field, vs. one "accept all" plus retyped misses."""
    pairs = [(v, got["fields"].get(k)) for k, v in truth["fields"].items() if k != "desa"]
    for i, member in enumerate(truth["members"]):
        read = got["members"][i] if i < len(got["members"]) else {}
        pairs += [(v, read.get(k)) for k, v in member.items()]
    typed = sum(len(str(v)) + 1 for v, _g in pairs if v is not None)
    confirmed = 1 + sum(len(str(v)) + 1 for v, g in pairs if v is not None and g != v)
    return typed, confirmed


def _accuracy_rows(kind: str, level: str, docs: list, keys: list) -> list[dict]:
    names = KTP_FIELDS if kind == "ktp" else MEMBER_FIELDS
    hits: dict[str, list[bool]] = {n: [] for n in names}
    header_hits: dict[str, list[bool]] = {n: [] for n in KK_FIELDS}
    for truth, got in docs:
        if kind == "ktp":
            for n in names:
                hits[n].append(got["fields"].get(n) == truth[n])
        else:
            for n in KK_FIELDS:
                header_hits[n].append(got["fields"].get(n) == truth["fields"][n])
            for i, member in enumerate(truth["members"]):
                read = got["members"][i] if i < len(got["members"]) else {}
                for n in names:
                    hits[n].append(read.get(n) == member[n])
    acc = {n: sum(v) / len(v) for n, v in hits.items() if v}
    nik_bar, field_bar = BARS[(level, kind)]
    label = "KTP" if kind == "ktp" else "KK members'"
    rows = [_bar_row(f"{label} NIK, {level} ({len(docs)} docs)", acc["nik"], nik_bar)]
    worst = min(acc, key=lambda n: acc[n])
    if field_bar is not None:
        rows.append(_bar_row(f"{label} worst field ({worst}), {level}", acc[worst], field_bar))
    else:
        rows.append({"name": f"{label} worst field ({worst}), {level}", "value": f"{acc[worst]:.0%}"})
    rows.append({"name": f"{label} every field, {level}",
                 "value": " ".join(f"{n}={a:.0%}" for n, a in acc.items())})
    if kind == "kk":
        head = {n: sum(v) / len(v) for n, v in header_hits.items() if v}
        rows.append({"name": f"KK header fields, {level}", "value": " ".join(f"{n}={a:.0%}" for n, a in head.items())})
        typed = statistics.mean(k[0] for k in keys)
        confirmed = statistics.mean(k[1] for k in keys)
        rows.append({"name": f"keystrokes per KK family, {level}",
                     "value": f"typed {typed:.0f}, confirmed {confirmed:.0f}, saved {typed - confirmed:.0f}"})
    return rows


def _bar_row(name: str, accuracy: float, bar: float) -> dict:
    return {"name": name, "value": f"{accuracy:.1%}", "floor": f"bar {bar:.0%}",
            "ratio": (1 - accuracy) / (1 - bar), "goal": 1.0}


def _flat(img) -> np.ndarray:
    return np.asarray(img.convert("RGB").resize((1600, round(1600 * img.height / img.width))))


def run(ktp_count: int = 8, kk_count: int = 3) -> list[dict]:
    ocr.warm_up()
    rows: list[dict] = []
    timing: list[dict] = []
    for kind, count in (("ktp", ktp_count), ("kk", kk_count)):
        walls: list[float] = []
        cpus: list[float] = []
        floors: list[float] = []
        for level in ("scan", "photo"):
            results, keys = [], []
            for truth, data, clean in _documents(kind, level, count):
                got, wall, cpu = _read(data)
                walls.append(wall)
                cpus.append(cpu)
                results.append((truth, got))
                if kind == "kk":
                    keys.append(_keystrokes(truth, got))
                if level == "scan":  # the floor: the engine alone on the same document, flat and clean
                    t = time.perf_counter()
                    ocr.recognise(_flat(clean), ocr.CARD_DETECT_SIDE if kind == "ktp" else ocr.DETECT_SIDE)
                    floors.append(time.perf_counter() - t)
            rows += _accuracy_rows(kind, level, results, keys)
        median, floor = statistics.median(walls), statistics.median(floors)
        label = "KTP-el" if kind == "ktp" else "KK"
        timing.append({"name": f"median time per {label} (wall)", "value": f"{median:.2f} s",
                       "floor": f"{floor:.2f} s", "ratio": median / floor, "goal": TIME_GOAL})
        timing.append({"name": f"median time per {label}, absolute (issue goal < 2 s on 2 cores)",
                       "value": f"{median:.2f} s wall, {statistics.median(cpus):.2f} s CPU"})
    return rows + timing


if __name__ == "__main__":
    counts = [int(a) for a in sys.argv[1:3]]
    table = run(*counts)
    for r in table:
        ratio = f"  {r['ratio']:.2f}× (≤ {r['goal']}×)" if "ratio" in r else ""
        print(f"{r['name']}: {r['value']}  {r.get('floor', '')}{ratio}")
    sys.exit(1 if any(r.get("ratio", 0) > r.get("goal", 1e9) for r in table) else 0)
