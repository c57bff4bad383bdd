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

from mpp_assist.i18n import QT_TRANSLATE_NOOP, language, translate

log = logging.getLogger("mpp_assist.server")
GENERIC = {404: "unknown_route", 405: "method_not_allowed", 400: "bad_request"}


def body(error: str, message: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"error": error, "message": message, "errors": errors or []}


def language_of(accept_language: str | bytes | None) -> str:
    """The one reading of ``Accept-Language`` (English when asked first; otherwise Indonesian)."""
    text = accept_language.decode("latin-1") if isinstance(accept_language, bytes) else accept_language or ""
    return "en" if text.split(",")[0].strip().lower().startswith("en") else "id"


def scope_language(scope: Scope) -> str:
    """``language_of`` for middleware, which has the raw ASGI headers and no ``Request``."""
    return language_of(next((v for k, v in scope.get("headers", ()) if k == b"accept-language"), None))


async def send_error(send: Send, status: int, content: dict[str, Any], close: bool = False) -> None:
    """A whole error answer in the published format, from middleware (below FastAPI's handlers)."""
    data = json.dumps(content, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    if close:  # the rest of the body is never read: the connection cannot be reused
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


def _lang(request: Request) -> str:
    return language_of(request.headers.get("accept-language"))


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


# pydantic's error types in the request's language (its own messages are English only);
# {ge}, {max_length} … come from the error's ctx. A type not here keeps pydantic's message.
PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP("Server", "wajib ada"),
    "extra_forbidden": QT_TRANSLATE_NOOP("Server", "tidak dikenal dalam protokol"),
    "string_type": QT_TRANSLATE_NOOP("Server", "harus berupa teks"),
    "string_too_short": QT_TRANSLATE_NOOP("Server", "terlalu pendek (paling sedikit {min_length} karakter)"),
    "string_too_long": QT_TRANSLATE_NOOP("Server", "terlalu panjang (paling banyak {max_length} karakter)"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("Server", "bentuknya tidak sesuai protokol"),
    "int_type": QT_TRANSLATE_NOOP("Server", "harus bilangan bulat"),
    "int_parsing": QT_TRANSLATE_NOOP("Server", "harus bilangan bulat"),
    "int_from_float": QT_TRANSLATE_NOOP("Server", "harus bilangan bulat"),
    "float_type": QT_TRANSLATE_NOOP("Server", "harus angka"),
    "float_parsing": QT_TRANSLATE_NOOP("Server", "harus angka"),
    "bool_type": QT_TRANSLATE_NOOP("Server", "harus true atau false"),
    "bool_parsing": QT_TRANSLATE_NOOP("Server", "harus true atau false"),
    "dict_type": QT_TRANSLATE_NOOP("Server", "harus berupa objek JSON"),
    "model_attributes_type": QT_TRANSLATE_NOOP("Server", "harus berupa objek JSON"),
    "list_type": QT_TRANSLATE_NOOP("Server", "harus berupa daftar"),
    "greater_than_equal": QT_TRANSLATE_NOOP("Server", "paling kecil {ge}"),
    "greater_than": QT_TRANSLATE_NOOP("Server", "harus lebih dari {gt}"),
    "less_than_equal": QT_TRANSLATE_NOOP("Server", "paling besar {le}"),
    "less_than": QT_TRANSLATE_NOOP("Server", "harus kurang dari {lt}"),
    "uuid_parsing": QT_TRANSLATE_NOOP("Server", "bukan UUID yang sah"),
    "uuid_type": QT_TRANSLATE_NOOP("Server", "bukan UUID yang sah"),
    "literal_error": QT_TRANSLATE_NOOP("Server", "bukan salah satu nilai yang dikenal"),
    "enum": QT_TRANSLATE_NOOP("Server", "bukan salah satu nilai yang dikenal"),
    "nul_character": QT_TRANSLATE_NOOP("Server", "berisi karakter NUL"),
}


def _problem(error: dict[str, Any]) -> dict[str, str]:
    field, code = _field(error.get("loc", ())), str(error.get("type", "invalid"))
    if code in PROBLEMS:
        what = translate("Server", PROBLEMS[code]).format_map(_Ctx(error.get("ctx") or {}))
    else:
        what = str(error.get("msg", ""))
    # never pydantic's "input": that is the body, maybe personal data
    return {"field": field, "code": code, "message": f"{field}: {what}"}


class _Ctx(dict):
    def __missing__(self, key: str) -> str:  # a ctx without the bound: keep the placeholder readable
        return "?"


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    with language(_lang(request)):
        errors = [_problem(e) for e in exc.errors()]
        first = errors[0]["message"] if errors else ""
        if len(errors) == 1:
            message = translate("Server", "Permintaan tidak sesuai protokol: {first}").format(first=first)
        else:
            message = translate("Server", "Permintaan tidak sesuai protokol ({count} masalah): {first}").format(
                count=len(errors), first=first
            )
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
            await send_error(send, 500, body("server_error", message))


def published_openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document with its own 422 body replaced by ours (what the server really sends)."""
    from fastapi.openapi.utils import get_openapi

    doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    text = json.dumps(doc).replace('"#/components/schemas/HTTPValidationError"', '"#/components/schemas/ErrorBody"')
    doc = json.loads(text)
    schemas = doc.get("components", {}).get("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    # every JSON body passes strict_json first: its 400 is published, so schemathesis checks it too
    refused = {
        "description": "The body is not strict JSON (not UTF-8, NaN/Infinity, a number beyond 64 bits, "
        "a duplicate key, nesting deeper than 64): error `invalid_json`, each problem named by its field",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
    }
    for operations in doc.get("paths", {}).values():
        for operation in operations.values():
            if "application/json" in operation.get("requestBody", {}).get("content", {}):
                operation.setdefault("responses", {}).setdefault("400", refused)
    return doc
