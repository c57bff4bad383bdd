"""Receipts: the applicant's proof of application as a PDF, for A4, A5 and 80/58 mm thermal rolls.

Pure Python (reportlab), no Qt: the GUI previews and prints the very bytes this
returns, the CLI writes them to a file, and ``mpp_assist.printing`` sends them
to a CUPS queue or (as ESC/POS) straight to a thermal printer.

    from mpp_assist.receipts import build_receipt, options_from_settings
    pdf: bytes = build_receipt(app, load_catalogue().get(app.service_id),
                               **options_from_settings(Settings()))

``build_receipt(app, definition, *, layout="a4", large_print=False, lang="id",
mpp_name="", desk=None, public_base_url=DEFAULT_PUBLIC_URL, reprint=False,
now=None, calendar=None) -> bytes``

- ``app``: a stored ``mpp_assist.store.Application``; ``definition``: its
  service's ``FormDefinition`` (name, agency, fee, service_days, requirements).
- ``layout``: ``a4``, ``a5``, ``80mm`` or ``58mm`` (rolls as long as the content);
  ``large_print``: nothing below 16 pt; ``lang``: ``id``, ``en`` or ``both``.
- ``desk`` defaults to the application's desk; ``public_base_url`` is where the
  QR points (``<base>/lacak/<tracking code>``); ``reprint`` marks a reprint with
  its time (``now``, default the current time); ``calendar``: a
  ``HolidayCalendar`` (default: bundled years updated from the data home).

The receipt carries the MPP and desk, service and agency, receipt number and
(once synced) the official number, the QR with the tracking address, the
applicant's name and masked NIK (``3201 **** **** 0001``; the full NIK never
appears), date and officer, each requirement's state, the fee in figures and
words, the estimated completion date in working days (weekends, national
holidays and cuti bersama skipped), what to bring at pickup, how to check the
status, and a data-protection notice. Raises ``ValueError`` for an unknown
layout or language.

Reprints (the application list's "Cetak ulang"): ``history.print_count(store, app.id) > 0``
says whether this print is a reprint; pass ``reprint=True`` and, once the PDF is
printed or saved, ``history.record_print(store, app.id, officer, layout=…, reprint=…)``
writes "dicetak ulang oleh … pada …" to the audit trail. ``content.build_content``
gives the same receipt as data for ``printing.thermal`` (ESC/POS); ``report.build_report``
makes the daily desk report.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from mpp_assist.masking import mask_nik  # receipts show it; re-exported for their callers
from mpp_assist.receipts.content import (
    DEFAULT_PUBLIC_URL,
    RECEIPT_LANGS,
    REQUIREMENT_STATES,
    ReceiptContent,
    build_content,
    tracking_url,
)
from mpp_assist.receipts.layouts import LAYOUT_NAMES, Layout
from mpp_assist.receipts.layouts import layout as get_layout
from mpp_assist.receipts.workdays import HolidayCalendar, load_calendar

if TYPE_CHECKING:  # the reference backend uses these modules and must not load the store
    from mpp_assist.store import Application

__all__ = [
    "DEFAULT_PUBLIC_URL",
    "LAYOUT_NAMES",
    "RECEIPT_LANGS",
    "REQUIREMENT_STATES",
    "HolidayCalendar",
    "Layout",
    "ReceiptContent",
    "build_content",
    "build_receipt",
    "load_calendar",
    "mask_nik",
    "options_from_settings",
    "tracking_url",
]


def build_receipt(
    app: Application,
    definition: Any,
    *,
    layout: str = "a4",
    large_print: bool = False,
    lang: str = "id",
    mpp_name: str = "",
    desk: str | None = None,
    public_base_url: str = DEFAULT_PUBLIC_URL,
    reprint: bool = False,
    now: datetime | None = None,
    calendar: HolidayCalendar | None = None,
) -> bytes:
    """The receipt for ``app`` as PDF bytes (see the module docstring)."""
    from mpp_assist.receipts.pdf import render  # reportlab's drawing modules load on first use

    lay = get_layout(layout, large_print)
    content = build_content(
        app, definition, lang=lang, mpp_name=mpp_name, desk=desk, public_base_url=public_base_url,
        reprint=reprint, now=now, calendar=calendar,
    )
    return render(content, lay)


def options_from_settings(settings: Any) -> dict[str, Any]:
    """``build_receipt`` keyword arguments from the desk's settings (layout, language, MPP, QR address)."""
    return {
        "layout": settings.get("receipt_layout"),
        "large_print": settings.get("receipt_large_print"),
        "lang": settings.get("receipt_lang"),
        "mpp_name": settings.get("mpp_name"),
        "desk": settings.get("desk"),
        "public_base_url": settings.get("public_url"),
    }
