"""The published error format, one for every error the server sends (``ErrorBody`` in ``docs/openapi.json``).

``{"error": code, "message": text in the request's language, "errors": [{"field", "code", "message"}]}``
at the top level — for the protocol's own errors (``api.fail``), for FastAPI's request validation
(never echoing the input back), for unknown routes and methods, and for an unexpected exception,
which becomes a 500 in the same format and is logged without its message (exception messages can
quote a request body; a request body can hold personal data).
"""

from __future__ import annotations

import json
import logging
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mpp_assist.i18n import language, translate

log = logging.getLogger("mpp_assist.server")
GENERIC = {404: "unknown_route", 405: "method_not_allowed", 400: "bad_request"}


def body(error: str, message: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"error": error, "message": message, "errors": errors or []}


def _lang(request: Request) -> str:
    first = request.headers.get("accept-language", "").split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "id"


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail
    if isinstance(detail, dict) and {"error", "message"} <= detail.keys():
        content = body(str(detail["error"]), str(detail["message"]), list(detail.get("errors") or []))
    else:  # Starlette's own (unknown route, wrong method, unparsable body)
        with language(_lang(request)):
            message = {
                404: translate("Server", "Alamat ini tidak ada di server."),
                405: translate("Server", "Metode ini tidak dipakai di alamat ini."),
            }.get(exc.status_code, translate("Server", "Permintaan tidak bisa dibaca."))
        content = body(GENERIC.get(exc.status_code, f"http_{exc.status_code}"), message)
    return JSONResponse(content, status_code=exc.status_code, headers=getattr(exc, "headers", None))


def _field(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    with language(_lang(request)):
        errors = [
            {
                "field": _field(e.get("loc", ())),
                "code": str(e.get("type", "invalid")),
                # pydantic's message, never its "input": that is the body, maybe personal data
                "message": str(e.get("msg", "")),
            }
            for e in exc.errors()
        ]
        message = translate("Server", "Permintaan tidak sesuai protokol ({count} masalah).").format(count=len(errors))
    return JSONResponse(body("invalid_request", message, errors), status_code=422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


class NoServerErrorLeaks:
    """Outermost: an exception nobody handled is a 500 in the published format, logged by where it
    happened (file, line, type) but not by its message."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            where = "".join(traceback.format_tb(exc.__traceback__))
            log.error("%s on %s %s\n%s", type(exc).__name__, scope["method"], scope["path"], where)
            if started:
                return
            with language("id"):
                message = translate("Server", "Terjadi kesalahan di server. Coba lagi nanti.")
            data = json.dumps(body("server_error", message), ensure_ascii=False).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())],
                }
            )
            await send({"type": "http.response.body", "body": data})


def published_openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document with its own 422 body replaced by ours (what the server really sends)."""
    from fastapi.openapi.utils import get_openapi

    doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    text = json.dumps(doc).replace('"#/components/schemas/HTTPValidationError"', '"#/components/schemas/ErrorBody"')
    doc = json.loads(text)
    schemas = doc.get("components", {}).get("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    return doc
