"""An application's state and times in the officer's words: one wording for every place that shows them.

(The queue's *Permohonan* and *Pemohon* both show an application's state; places do not import each other.)
"""

from __future__ import annotations

from datetime import datetime

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
