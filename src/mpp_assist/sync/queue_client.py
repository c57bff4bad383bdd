"""The desk's side of ``/api/v1/queue``: the same session, TLS and typed errors as ``client``.

Each method returns the server's JSON object; failures are ``client``'s errors (``Unreachable``
when the backend cannot be reached: the desk then runs its local queue, see ``queue.desk``).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from mpp_assist.sync.client import BackendClient

PREFIX = "/queue"


class QueueClient(BackendClient):
    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        resp = self._request("POST", PREFIX + path, json=body)
        self._raise_for(resp)
        return self._json(resp)

    def _get(self, path: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        resp = self._request("GET", PREFIX + path, params=params)
        self._raise_for(resp)
        return self._json(resp)

    def take(self, service_id: str, priority: bool = False, client_id: str | None = None) -> dict[str, Any]:
        """A new ticket; pass the same ``client_id`` when retrying, so a lost answer is not a second ticket."""
        body = {"service_id": service_id, "priority": priority, "client_id": client_id or str(uuid.uuid4())}
        return self._post("/tickets", body)

    def call_next(self, desk: str | None = None, call_id: str | None = None) -> dict[str, Any]:
        """The next ticket; the same ``call_id`` after a lost answer returns the ticket that call took."""
        body = {"call_id": call_id or str(uuid.uuid4())}
        if desk:
            body["desk"] = desk
        return self._post("/call-next", body)

    def recall(self, ticket_id: str) -> dict[str, Any]:
        return self._post(f"/tickets/{ticket_id}/recall", {})

    def skip(self, ticket_id: str) -> dict[str, Any]:
        return self._post(f"/tickets/{ticket_id}/skip", {})

    def transfer(self, ticket_id: str, *, to_desk: str | None = None, to_service: str | None = None) -> dict[str, Any]:
        body = {k: v for k, v in (("to_desk", to_desk), ("to_service", to_service)) if v}
        return self._post(f"/tickets/{ticket_id}/transfer", body)

    def done(self, ticket_id: str, application_uuid: str | None = None, served_at: float | None = None
             ) -> dict[str, Any]:
        """The ticket served; ``served_at``: when its receipt was printed, if that was before now."""
        body: dict[str, Any] = {"application_uuid": application_uuid} if application_uuid else {}
        if served_at is not None:
            body["served_at"] = served_at
        return self._post(f"/tickets/{ticket_id}/done", body)

    def state(self, desk: str | None = None) -> dict[str, Any]:
        """The floor of ``desk``'s MPP (as the backend assigns desks); None: the signed-in officer's."""
        return self._get("/state", {"desk": desk} if desk else None)

    def reconcile(self, tickets: list[dict[str, Any]]) -> dict[str, Any]:
        return self._post("/reconcile", {"tickets": tickets})

    def report(self, start: date, end: date) -> dict[str, Any]:
        return self._get("/report", {"from": start.isoformat(), "to": end.isoformat()})
