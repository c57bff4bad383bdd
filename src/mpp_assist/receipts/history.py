"""Receipt prints in the audit trail: the first print, and every reprint ("dicetak ulang oleh … pada …")."""

from __future__ import annotations

from datetime import datetime

from mpp_assist import clock
from mpp_assist.security import audit as audit_chain
from mpp_assist.store import Store

PRINTED = "receipt_printed"
REPRINTED = "receipt_reprinted"


def print_count(store: Store, app_id: str) -> int:
    """How many times this application's receipt has been printed or saved before."""
    return sum(1 for e in audit_chain.entries(store, app_id) if e.action in (PRINTED, REPRINTED))


def record_print(store: Store, app_id: str, officer: str, *, layout: str, reprint: bool,
                 when: datetime | None = None) -> None:
    """Append the print to the audit trail (durable before the caller reports success)."""
    moment = clock.local(when) if when else clock.now()  # the desk's zone, named: WIB/WITA/WIT
    zone = clock.abbreviation()
    if reprint:
        detail = f"dicetak ulang oleh {officer} pada {moment:%Y-%m-%d %H.%M} {zone} ({layout})"
    else:
        detail = f"dicetak oleh {officer} pada {moment:%Y-%m-%d %H.%M} {zone} ({layout})"
    store.audit(officer, REPRINTED if reprint else PRINTED, app_id, detail)
