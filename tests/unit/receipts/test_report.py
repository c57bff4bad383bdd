"""The daily desk report: counts per service and per officer for one day, with a chart; no personal data."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pdfplumber

from mpp_assist.receipts.report import build_report, summarise

from .conftest import FULL_NIK, make_app, pdf_text

NAMES = {"ktp-el": "KTP Elektronik", "kartu-keluarga": "Kartu Keluarga", "skck": "SKCK"}


def _apps():
    noon = datetime(2026, 3, 17, 12, 0).astimezone()
    made = [
        ("ktp-el", "sent", "budi"), ("ktp-el", "waiting", "budi"), ("ktp-el", "sending", "ani"),
        ("kartu-keluarga", "sent", "ani"), ("kartu-keluarga", "needs_correction", "ani"),
        ("skck", "waiting", "budi"),
    ]
    apps = [
        make_app(id=f"id-{i}", service_id=s, status=st, officer=o, receipt_number=f"D-{i}",
                 created_at=(noon + timedelta(minutes=i)).isoformat())
        for i, (s, st, o) in enumerate(made)
    ]
    apps.append(make_app(id="other-day", created_at=(noon - timedelta(days=1)).isoformat(), officer="zaki"))
    return apps


def test_summary_counts_one_day() -> None:
    total, services, officers = summarise(_apps(), date(2026, 3, 17), NAMES.get)
    assert (total.total, total.sent, total.waiting, total.correction) == (6, 2, 3, 1)
    assert [(s.name, s.total, s.sent, s.waiting) for s in services] == [
        ("KTP Elektronik", 3, 1, 2), ("Kartu Keluarga", 2, 1, 0), ("SKCK", 1, 0, 1),
    ]
    assert [(o.name, o.total) for o in officers] == [("ani", 3), ("budi", 3)]


def test_report_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(build_report(_apps(), date(2026, 3, 17), service_name=NAMES.get, mpp_name="MPP Bogor",
                                  desk="L-01"))
    text = pdf_text(path)
    flat = "".join(text.split())
    assert "Laporanharianloket" in flat and "MPPBogor" in flat and "Selasa,17Maret2026" in flat
    assert "6permohonan:2terkirim,3menunggu,1perluperbaikan." in flat
    assert "zaki" not in text  # another day's officer
    assert "Siti" not in text and FULL_NIK not in flat
    with pdfplumber.open(path) as doc:
        page = doc.pages[0]
        words = [w["text"] for w in page.extract_words()]
        # The chart: each service labelled beside its bars, and one bar per non-empty series value.
        assert words.count("SKCK") == 2  # chart label + table row
        assert len([r for r in page.rects if r["height"] > 5 and r["width"] > 5]) >= 5


def test_report_in_english_and_empty_day(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(build_report(_apps(), date(2026, 1, 2), service_name=NAMES.get, lang="en"))
    flat = "".join(pdf_text(path).split())
    assert "Dailydeskreport" in flat and "Noapplicationsonthisday." in flat


def test_daily_report_with_the_queue_and_promised_times(tmp_path: Path) -> None:
    from mpp_assist.holidays import load_calendar
    from mpp_assist.queue import sla

    day = date(2026, 3, 17)
    t0 = datetime(2026, 3, 17, 9, 0).astimezone().timestamp()
    period = sla.build_period(
        [(day, sla.TicketTimes("ktp-el", "served", t0, t0 + 720, t0 + 1320)),
         (day, sla.TicketTimes("ktp-el", "no_show", t0, t0 + 60, None))],
        [sla.ApplicationTimes("ktp-el", day, day)], day, day, service_days={"ktp-el": 1},
        calendar=load_calendar(), today=day, service_name=NAMES.get,
    ).as_json()
    out = tmp_path / "harian.pdf"
    out.write_bytes(build_report(_apps(), day, service_name=NAMES.get, mpp_name="MPP Uji", sla=period))
    text = " ".join(pdf_text(out).split())
    assert "Antrean dan janji waktu layanan" in text
    assert "2 karcis: 1 dilayani, 1 tidak hadir" in text and "selesai tepat waktu: 100% (1/1)" in text
    assert "6,5 / 12" in text  # waiting minutes: median 6.5, p90 12
    assert "10 / 10" in text  # service minutes
    plain = tmp_path / "biasa.pdf"
    plain.write_bytes(build_report(_apps(), day, service_name=NAMES.get))
    assert "Antrean" not in pdf_text(plain)
