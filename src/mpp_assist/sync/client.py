"""The one adapter that talks HTTP to a backend (the reference server's protocol, ``/api/v1``).

Every call has a timeout; TLS is always verified (a custom CA bundle may be given,
verification can never be switched off); proxies come from the environment
(``HTTPS_PROXY``/``NO_PROXY``), as ``requests`` reads them. Failures become a few
typed errors the sync runner knows how to handle, each with a plain message.
A real government endpoint can be plugged in later by writing another class with
these methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from requests.auth import AuthBase

from mpp_assist import __version__
from mpp_assist.i18n import current_language, translate

API_PREFIX = "/api/v1"
DEFAULT_TIMEOUT = (5.0, 30.0)  # connect, read (seconds)


class BackendError(Exception):
    """Base: ``message`` is for the officer (current language)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Unreachable(BackendError):
    """No answer: no network, refused, reset, or slower than the timeout. Retry later."""


class ServerBusy(BackendError):
    """The backend answered 5xx/429: try again, not before ``retry_after`` seconds when it said so."""

    def __init__(self, message: str, status: int, retry_after: float | None) -> None:
        super().__init__(message)
        self.status, self.retry_after = status, retry_after


class AuthRequired(BackendError):
    """401: the token is missing, expired or revoked. The officer must log in again."""


class LoginRefused(BackendError):
    """Wrong username/password, or the account is locked for ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Misconfigured(BackendError):
    """The address is wrong, TLS fails, or what answers is not an MPP Assist backend."""


class Rejected(BackendError):
    """4xx about this request (409, 413, 422 …): ``reasons`` are the server's per-field errors."""

    def __init__(self, message: str, status: int, error: str, reasons: list[dict[str, str]]) -> None:
        super().__init__(message)
        self.status, self.error, self.reasons = status, error, reasons


class NotFound(BackendError):
    pass


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: either a number or an HTTP date. None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def normalise_url(url: str) -> str:
    """A backend address in one canonical form (no trailing slash, no ``/api/v1``)."""
    url = url.strip().rstrip("/")
    return url[: -len(API_PREFIX)] if url.endswith(API_PREFIX) else url


class _Bearer(AuthBase):
    def __init__(self, token: str | None) -> None:
        self.token = token

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        if self.token:
            r.headers["Authorization"] = f"Bearer {self.token}"
        return r


@dataclass(frozen=True)
class TokenInfo:
    token: str
    expires_in: int
    username: str
    desk: str
    role: str


def _detail(resp: requests.Response) -> dict[str, Any]:
    """The server's error body: top-level ``error``, ``message``, ``errors`` (the published format)."""
    try:
        body = resp.json()
    except (ValueError, RecursionError):  # not JSON, or nested absurdly deep (a hostile server)
        return {}
    if not isinstance(body, dict):
        return {}
    if isinstance(body.get("error"), str):
        return body
    detail = body.get("detail")  # a backend from before the format was published
    return detail if isinstance(detail, dict) else {}


class BackendClient:
    """A ``requests.Session`` bound to one backend address and (optionally) one token."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        base_url = normalise_url(base_url)
        if not base_url.startswith(("http://", "https://")):
            raise Misconfigured(
                translate("Sync", "Alamat server harus diawali http:// atau https://: {url}").format(
                    url=base_url or "-"
                )
            )
        self.base_url = base_url
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = ca_bundle or True  # never False
        self.session.auth = _Bearer(token)  # explicit auth: ~/.netrc is never consulted
        self.session.headers["User-Agent"] = f"mpp-assist/{__version__}"

    @property
    def token(self) -> str | None:
        return self.session.auth.token  # type: ignore[union-attr]

    @token.setter
    def token(self, value: str | None) -> None:
        self.session.auth = _Bearer(value)

    def close(self) -> None:
        self.session.close()

    # -- transport ---------------------------------------------------------------

    def _request(self, method: str, path: str, **kw: Any) -> requests.Response:
        kw.setdefault("timeout", self.timeout)
        # Per request: otherwise requests lets $REQUESTS_CA_BUNDLE override the configured bundle.
        kw["verify"] = self.session.verify
        headers = kw.pop("headers", {})
        headers.setdefault("Accept-Language", current_language())
        try:
            return self.session.request(method, self.base_url + API_PREFIX + path, headers=headers, **kw)
        except requests.exceptions.SSLError as exc:
            raise Misconfigured(
                translate(
                    "Sync",
                    "Sambungan aman (TLS) ke server gagal: sertifikat tidak dipercaya. Periksa alamat atau "
                    "berkas CA. ({error})",
                ).format(error=type(exc).__name__)
            ) from None
        except (
            requests.exceptions.InvalidURL,
            requests.exceptions.MissingSchema,
            requests.exceptions.InvalidSchema,
        ) as exc:
            raise Misconfigured(
                translate("Sync", "Alamat server tidak benar: {url}").format(url=self.base_url)
            ) from exc
        except requests.exceptions.Timeout:
            raise Unreachable(translate("Sync", "Server tidak menjawab tepat waktu.")) from None
        except requests.exceptions.RequestException:
            # Refused, reset, DNS, proxy, a body cut short: all "try again later".
            raise Unreachable(translate("Sync", "Server tidak bisa dihubungi. Periksa jaringan.")) from None

    def _raise_for(self, resp: requests.Response) -> None:
        if resp.status_code < 400:
            return
        detail = _detail(resp)
        message = str(detail.get("message") or "")
        if resp.status_code == 401:
            raise AuthRequired(translate("Sync", "Sesi habis atau belum masuk. Silakan masuk lagi."))
        if resp.status_code in (429, 500, 502, 503, 504) or resp.status_code >= 500:
            raise ServerBusy(
                translate(
                    "Sync", "Server sedang sibuk atau bermasalah (HTTP {status}). Dicoba lagi nanti."
                ).format(status=resp.status_code),
                resp.status_code,
                retry_after_seconds(resp.headers.get("Retry-After")),
            )
        if resp.status_code == 404 and detail.get("error") != "not_found":
            raise Misconfigured(
                translate("Sync", "Alamat ini bukan server MPP Assist (HTTP 404). Periksa alamat server.")
            )
        if resp.status_code == 404:
            raise NotFound(message or "404")
        reasons = [r for r in detail.get("errors", []) if isinstance(r, dict)]
        raise Rejected(
            message or f"HTTP {resp.status_code}",
            resp.status_code,
            str(detail.get("error", "")),
            reasons or [{"field": "", "code": str(detail.get("error", "")), "message": message}],
        )

    def _json(self, resp: requests.Response) -> dict[str, Any]:
        try:
            body = resp.json()
        except (ValueError, RecursionError):
            raise Misconfigured(
                translate("Sync", "Jawaban server tidak bisa dibaca. Periksa alamat server.")
            ) from None
        if not isinstance(body, dict):
            raise Misconfigured(translate("Sync", "Jawaban server tidak bisa dibaca. Periksa alamat server."))
        return body

    # -- protocol ------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        resp = self._request("GET", "/health")
        self._raise_for(resp)
        return self._json(resp)

    def app_version(self) -> dict[str, Any]:
        """``GET /version``: the desk version the backend's admin announces (see ``mpp_assist.updates``)."""
        resp = self._request("GET", "/version")
        self._raise_for(resp)
        return self._json(resp)

    def logout(self) -> None:
        """Revoke this client's token on the server; a token it no longer knows is signed out already."""
        resp = self._request("POST", "/auth/logout")
        if resp.status_code in (204, 401):
            return
        self._raise_for(resp)

    def login(self, username: str, password: str) -> TokenInfo:
        resp = self._request("POST", "/auth/token", json={"username": username, "password": password})
        if resp.status_code in (401, 429):
            detail = _detail(resp)
            raise LoginRefused(
                str(detail.get("message") or translate("Sync", "Nama pengguna atau kata sandi salah.")),
                retry_after_seconds(resp.headers.get("Retry-After")),
            )
        self._raise_for(resp)
        body = self._json(resp)
        try:
            info = TokenInfo(
                str(body["access_token"]),
                int(body["expires_in"]),
                str(body["username"]),
                str(body["desk"]),
                str(body["role"]),
            )
        except (KeyError, TypeError, ValueError):
            raise Misconfigured(
                translate("Sync", "Jawaban server tidak bisa dibaca. Periksa alamat server.")
            ) from None
        self.token = info.token
        return info

    def put_application(self, client_uuid: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """``(201|200, record)``; raises Rejected for 409/422 with the server's reasons."""
        resp = self._request("PUT", f"/applications/{client_uuid}", json=body)
        self._raise_for(resp)
        return resp.status_code, self._json(resp)

    def put_survey_response(self, client_uuid: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """``PUT /survey/responses/{id}``: ``(201|200, record)``; Rejected for 409/422."""
        resp = self._request("PUT", f"/survey/responses/{client_uuid}", json=body)
        self._raise_for(resp)
        return resp.status_code, self._json(resp)

    def survey_summary(self, start: str, end: str, service_id: str | None = None) -> dict[str, Any]:
        """``GET /survey/summary``: the MPP's IKM across desks for ``start``…``end`` (YYYY-MM-DD)."""
        params = {"from": start, "to": end, **({"service": service_id} if service_id else {})}
        resp = self._request("GET", "/survey/summary", params=params)
        self._raise_for(resp)
        return self._json(resp)

    def attachment_state(self, client_uuid: str, attachment_id: str) -> dict[str, Any] | None:
        resp = self._request("GET", f"/applications/{client_uuid}/attachments/{attachment_id}")
        if resp.status_code == 404:
            return None
        self._raise_for(resp)
        return self._json(resp)

    def put_attachment_piece(
        self, client_uuid: str, attachment_id: str, data: bytes, start: int, total: int, sha256: str
    ) -> tuple[int, dict[str, Any]]:
        """Send bytes ``start…start+len(data)-1`` of a ``total``-byte file; 416 gives the server's offset."""
        headers = {
            "Content-Type": "application/octet-stream",
            "X-Content-SHA256": sha256,
            "Content-Range": f"bytes {start}-{start + len(data) - 1}/{total}",
        }
        resp = self._request(
            "PUT", f"/applications/{client_uuid}/attachments/{attachment_id}", data=data, headers=headers
        )
        if resp.status_code == 416:
            return 416, {"received": int(resp.headers.get("X-Received", "0") or 0)}
        self._raise_for(resp)
        return resp.status_code, self._json(resp)

    def changes(self, since: str) -> dict[str, Any]:
        resp = self._request("GET", "/changes", params={"since": since})
        self._raise_for(resp)
        return self._json(resp)

    def catalogue(self, etag: str | None) -> tuple[str | None, bytes | None]:
        """``(etag, body)``; body is None when unchanged since ``etag`` (304)."""
        resp = self._request("GET", "/catalogue", headers={"If-None-Match": etag} if etag else {})
        if resp.status_code == 304:
            return etag, None
        self._raise_for(resp)
        self._json(resp)  # must be a JSON object
        return resp.headers.get("ETag"), resp.content

    def holidays(self, etag: str | None) -> tuple[str | None, bytes | None]:
        """``GET /holidays``: ``(etag, body)``; body is None when unchanged since ``etag`` (304)."""
        resp = self._request("GET", "/holidays", headers={"If-None-Match": etag} if etag else {})
        if resp.status_code == 304:
            return etag, None
        self._raise_for(resp)
        self._json(resp)  # must be a JSON object
        return resp.headers.get("ETag"), resp.content
