"""The desk's own time zone (setting ``desk_zone``): receipts, reports and receipt numbers follow it,
not the host clock's zone (a desk PC is often kept in UTC; the tests run in UTC too)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfoNotFoundError

import pytest
from pypdf import PdfReader

from mpp_assist import clock
from mpp_assist.receipts import build_receipt
from mpp_assist.receipts.content import build_content
from mpp_assist.receipts.report import build_report, summarise
from mpp_assist.settings import OPTIONS, Settings
from mpp_assist.store import Store

from .conftest import Definition, make_app


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _frozen(monkeypatch: pytest.MonkeyPatch, utc: datetime) -> None:
    """The desk's clock reads ``utc`` as now (in whatever zone it asks for)."""

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
            return utc.astimezone(tz) if tz else utc.astimezone().replace(tzinfo=None)

    monkeypatch.setattr(clock, "datetime", Frozen)


def _desk(zone: str) -> Settings:
    settings = Settings()
    settings.set("desk_zone", zone)
    clock.follow(settings)
    return settings


def test_a_receipt_at_2330_utc_on_a_wita_desk_has_the_next_day_and_says_wita() -> None:
    _desk("Asia/Makassar")
    app = make_app(created_at="2026-03-17T23:30:00+00:00")
    content = build_content(app, Definition(), lang="id")
    registered = dict((r.label, r.value) for r in content.applicant)["Tanggal daftar"]
    assert registered == "Rabu, 18 Maret 2026, 07.30 WITA"
    # Working days are counted from the desk's date too (18 March, then Nyepi and Idul Fitri's days off).
    text = _text(build_receipt(app, Definition(), lang="id"))
    assert "07.30 WITA" in text and "UTC" not in text


def test_a_reprint_names_the_desks_zone() -> None:
    _desk("Asia/Jayapura")
    now = datetime(2026, 3, 17, 16, 0, tzinfo=UTC)  # 01.00 WIT on the 18th
    content = build_content(make_app(), Definition(), lang="en", reprint=True, now=now)
    assert content.reprint is not None and "18 March 2026, 01:00 WIT" in content.reprint


def test_the_days_report_rolls_over_at_the_desks_midnight(monkeypatch: pytest.MonkeyPatch) -> None:
    _desk("Asia/Jakarta")
    _frozen(monkeypatch, datetime(2026, 3, 17, 17, 30, tzinfo=UTC))  # 00.30 WIB on the 18th; UTC still the 17th
    assert clock.today() == date(2026, 3, 18)
    late = make_app(id="late", created_at="2026-03-17T16:50:00+00:00")  # 23.50 WIB on the 17th
    early = make_app(id="early", created_at="2026-03-17T17:10:00+00:00")  # 00.10 WIB on the 18th
    total, _services, _officers = summarise([late, early], clock.today(), str)
    assert total.total == 1
    assert summarise([late, early], date(2026, 3, 17), str)[0].total == 1
    text = _text(build_report([late, early], clock.today(), service_name=str, lang="id"))
    assert "18 Maret 2026 00.30 WIB" in text


def test_the_receipt_number_carries_the_desks_date(monkeypatch: pytest.MonkeyPatch) -> None:
    _desk("Asia/Makassar")
    _frozen(monkeypatch, datetime(2026, 3, 17, 23, 30, tzinfo=UTC))
    with Store() as store:
        app = store.create_application(service_id="ktp-el", form_version="1", answers={"nama": "Siti"},
                                       officer="demo", desk="D1")
    assert app.receipt_number == "D1-20260318-0001"


def test_the_zone_is_a_machine_setting_of_indonesias_three() -> None:
    option = OPTIONS["desk_zone"]
    assert option.scope == "machine"
    assert option.choices == ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")
    assert option.default in option.choices
    with pytest.raises(ValueError):
        Settings().set("desk_zone", "UTC")
    with pytest.raises(ValueError):
        clock.use_zone("Europe/Amsterdam")


def test_a_changed_setting_applies_at_once() -> None:
    settings = _desk("Asia/Jakarta")
    assert clock.abbreviation() == "WIB"
    settings.set("desk_zone", "Asia/Jayapura")
    assert clock.abbreviation() == "WIT"
    assert clock.local(datetime(2026, 1, 1, 15, 0)).date() == date(2026, 1, 2)  # naive = UTC, as stored


def test_without_a_zone_database_the_fixed_offset_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> tzinfo:
        raise ZoneInfoNotFoundError(name)

    monkeypatch.setattr(clock, "ZoneInfo", missing)  # Windows without the tzdata package
    assert clock.zone_info("Asia/Makassar") == timezone(timedelta(hours=8), "WITA")
