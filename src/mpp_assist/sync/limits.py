"""The offline-limit banner: too many applications unsent, or unsent for too long.

Thresholds are settings (``offline_limit_days``, ``offline_limit_count``); the
outreach laptop's officer sees the banner and knows to find a connection or to
export a bundle.
"""

from __future__ import annotations

from datetime import datetime

from mpp_assist.i18n import translate
from mpp_assist.settings import Settings
from mpp_assist.store import Store
from mpp_assist.sync import outbox


# The banner is read in the window: it names no command (the admin knows ``export-outbox``).
def offline_banner(store: Store, settings: Settings, now: datetime | None = None) -> str | None:
    """The banner text, or None when within limits. Applications needing correction count as unsent."""
    days_limit = settings.get("offline_limit_days")
    count_limit = settings.get("offline_limit_count")
    states = outbox.counts(store)
    unsent = sum(states.get(s, 0) for s in ("waiting", "sending", "needs_correction"))
    oldest = outbox.oldest_unsent(store)
    days = outbox.age_days(oldest, now) if oldest else 0.0
    if unsent > count_limit:
        return translate(
            "Sync",
            "{count} permohonan belum terkirim (batas {limit}). Cari sambungan internet, atau minta "
            "admin mengirimnya lewat bundel.",
        ).format(count=unsent, limit=count_limit)
    if days > days_limit:
        return translate(
            "Sync",
            "Ada permohonan yang belum terkirim sejak {days} hari (batas {limit}). Cari sambungan internet, "
            "atau minta admin mengirimnya lewat bundel.",
        ).format(days=int(days), limit=days_limit)
    return None
