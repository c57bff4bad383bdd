"""An application's state and times in the officer's words: one wording for every place that shows them.

(The queue's *Permohonan* and *Pemohon* both show an application's state; places do not import each other.)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from mpp_assist import clock


def local_time(iso_utc: str) -> str:
    """A stored time as the desk's clock shows it (its zone setting, named: WIB/WITA/WIT)."""
    try:
        return f"{clock.local(datetime.fromisoformat(iso_utc)):%d-%m-%Y %H:%M} {clock.abbreviation()}"
    except ValueError:
        return iso_utc


def back_office_text(status: str | None) -> str:
    """The back office's status (server ``STATUSES``) in the officer's words."""
    words = {
        "received": QCoreApplication.translate("ApplicationsPage", "Diterima"),
        "verified": QCoreApplication.translate("ApplicationsPage", "Diverifikasi"),
        "in_process": QCoreApplication.translate("ApplicationsPage", "Diproses"),
        "ready_for_pickup": QCoreApplication.translate("ApplicationsPage", "Siap diambil"),
        "completed": QCoreApplication.translate("ApplicationsPage", "Selesai"),
        "rejected": QCoreApplication.translate("ApplicationsPage", "Ditolak"),
    }
    return words.get(status or "", status or "")


def state_text(status: str) -> str:
    """The desk's own state of an application (the outbox) in the officer's words."""
    words = {
        "waiting": QCoreApplication.translate("ApplicationsPage", "Menunggu dikirim"),
        "sending": QCoreApplication.translate("ApplicationsPage", "Sedang dikirim"),
        "sent": QCoreApplication.translate("ApplicationsPage", "Terkirim"),
        "needs_correction": QCoreApplication.translate("ApplicationsPage", "Perlu perbaikan"),
    }
    return words.get(status, status)


def deadline_text(application: Any, catalogue: Any) -> str:
    """The promised time (*jangka waktu*) of an application as the officer reads it, "" when unknown:
    *Batas waktu layanan: 18-03-2026 (terlambat)* — from the service's working days on the holiday
    calendar and the back-office status sync brought back (``queue.sla``)."""
    from mpp_assist.forms import UnknownService
    from mpp_assist.holidays import load_calendar
    from mpp_assist.queue import sla

    try:
        days = catalogue.get(application.service_id).service_days
    except UnknownService:
        return ""
    known = sla.application_deadline(application.created_at, days, application.server_status,
                                     application.updated_at, load_calendar(), clock.today())
    if known is None:
        return ""
    due, state = known
    words = {
        sla.ON_TIME: QCoreApplication.translate("Deadline", "selesai tepat waktu"),
        sla.LATE: QCoreApplication.translate("Deadline", "selesai terlambat"),
        sla.OVERDUE: QCoreApplication.translate("Deadline", "terlambat"),
        sla.DUE_TODAY: QCoreApplication.translate("Deadline", "hari ini"),
        sla.OPEN: QCoreApplication.translate("Deadline", "masih dalam waktu"),
    }
    return QCoreApplication.translate("Deadline", "Batas waktu layanan: {day} ({state})").format(
        day=f"{due:%d-%m-%Y}", state=words.get(state, state))


def history_lines(store: Any, application_id: str) -> list[str]:
    """What happened to an application on this desk, oldest first, from the audit trail (who, when, what;
    never the data itself)."""
    from mpp_assist.security import audit

    names = {
        "create": QCoreApplication.translate("History", "dibuat"),
        "view": QCoreApplication.translate("History", "dibuka"),
        "edit": QCoreApplication.translate("History", "diperbaiki"),
        "print": QCoreApplication.translate("History", "tanda terima dicetak"),
        "reprint": QCoreApplication.translate("History", "tanda terima dicetak ulang"),
        "send": QCoreApplication.translate("History", "dikirim"),
        "export": QCoreApplication.translate("History", "diekspor"),
        "consent": QCoreApplication.translate("History", "persetujuan dicatat"),
    }
    # The consent comes before data entry: first among lines of the same second (the sort keeps this order).
    timed = [(at, f"{local_time(at)} · {officer} · {what}")
             for at, officer, what in consent_lines(store, application_id)]
    for e in audit.entries(store, application_id):
        if e.action in ("view", "consent"):
            continue  # every look would drown what was done; the consent comes from its own record below
        what = names.get(e.action, e.action)
        timed.append((e.at, f"{local_time(e.at)} · {e.officer} · {what}"))
    return [line for _at, line in sorted(timed, key=lambda t: t[0])]


def consent_lines(store: Any, application_id: str) -> list[tuple[str, str, str]]:
    """The application's consent records as (time, officer, words): who consented, how, and whether the
    applicant read for themselves or everything was read to them."""
    from mpp_assist.security import consent
    from mpp_assist.security.errors import SecurityError

    try:
        records = consent.for_application(store, application_id)
    except SecurityError:  # a record that cannot be opened is not a history line
        return []
    out = []
    for c in records:
        what = QCoreApplication.translate("History", "persetujuan dicatat ({giver}, {method}; {reads})").format(
            giver=QCoreApplication.translate("Consent", consent.GIVERS.get(c.given_by, c.given_by)),
            method=QCoreApplication.translate("Consent", consent.METHODS.get(c.method, c.method)),
            reads=QCoreApplication.translate("Consent", consent.READS[c.reads_self]),
        )
        out.append((c.at, c.officer, what))
    return out
