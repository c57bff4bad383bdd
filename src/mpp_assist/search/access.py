"""Who may find whom: the role rules for search and the queue (``security.officers.ROLES``).

- A supervisor or admin sees the whole desk.
- An officer sees their own applications, and any application on the desk found by
  an exact identifier the citizen brings (NIK/KK, phone, receipt or official number):
  the returning citizen is served by whoever is at the desk. A search by *name* —
  the one that could be used to browse people — shows an officer only their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from mpp_assist.security.session import Session

EXACT_KINDS = ("id", "phone", "number")


@dataclass(frozen=True)
class Scope:
    officer: str | None  # None: the whole desk; else only this officer's applications
    by_identifier_whole_desk: bool = True

    def officer_for(self, query_kind: str) -> str | None:
        """The officer filter for a query of this kind (``search.terms.Query.kind``)."""
        if self.officer is not None and self.by_identifier_whole_desk and query_kind in EXACT_KINDS:
            return None
        return self.officer


def scope_for(session: Session | None) -> Scope:
    """What the signed-in officer may see; with nobody signed in (a key passed in), the whole desk."""
    if session is None or session.at_least("supervisor"):
        return Scope(None)
    return Scope(session.officer)
