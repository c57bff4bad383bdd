"""What every page may use, handed down from the composition root (``mpp_assist.app``).

No page reaches for a global: it gets this object and takes what it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from mpp_assist import i18n
from mpp_assist.forms import dates
from mpp_assist.settings import Settings
from mpp_assist.store import Store
from mpp_assist.ui.shell.taskman import TaskManager


@dataclass
class AppContext:
    settings: Settings
    store: Store
    catalogue: Any  # mpp_assist.forms catalogue: .services(), .get(id)
    tasks: TaskManager
    # The receipt PDF bytes for a stored application (wired to mpp_assist.receipts by app.py), with
    # ``reprint=`` and this receipt's own ``large_print=`` / ``lang=`` over the desk's settings.
    receipt_pdf: Callable[..., bytes] | None = None
    # The engine's clock (forms.dates.today), so a value the window computes (a child's age in days)
    # is the one the engine and the server compute, whatever the desk's own clock says.
    today: Callable[[], date] = dates.today

    @property
    def officer(self) -> str:
        """Who is at the desk now, for the audit trail: the signed-in officer (else the desk's setting)."""
        from mpp_assist.security import session as security_session

        current = security_session.current()
        return current.officer if current is not None else str(self.settings.get("officer"))

    @property
    def lang(self) -> str:
        """The language on screen now (the setting, or ``--lang`` for this run)."""
        return i18n.current_language()
