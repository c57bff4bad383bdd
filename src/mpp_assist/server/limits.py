"""Request bodies bounded while they arrive, on every route (``Content-Length`` or chunked).

``Content-Length`` alone is a promise, not a limit: a ``Transfer-Encoding: chunked`` body has
none. So the middleware counts the bytes as the server receives them and answers ``413`` the
moment the route's limit is passed, without reading the rest (the connection is then closed).

JSON and form routes are read here up to their limit and handed on whole, so no route can be
made to buffer more; a JSON body is checked here too, by ``strict_json`` (400 unless it is
strict JSON, for every route at once). Attachment pieces stream through, counted, up to the piece limit.
"""

from __future__ import annotations

from email.message import Message as MimeType

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mpp_assist import strict_json
from mpp_assist.i18n import language, translate
from mpp_assist.server.errors import scope_language, send_error

MAX_PIECE = 8 * 1024 * 1024  # one attachment piece (the desk sends 256 KB)


class BodyTooLarge(Exception):
    pass


async def too_large(scope: Scope, send: Send, limit: int) -> None:
    """The published error body for 413; ``Connection: close`` since the rest is never read."""
    with language(scope_language(scope)):
        message = translate("Server", "Isi permintaan terlalu besar: paling banyak {kb} KB.").format(
            kb=max(1, limit // 1024)
        )
    await send_error(send, 413, {"error": "too_large", "message": message, "errors": []}, close=True)


def is_json(scope: Scope) -> bool:
    """Whether FastAPI would read this body as JSON: no Content-Type at all, or application/json or */*+json."""
    value = next((v for k, v in scope["headers"] if k == b"content-type"), None)
    if value is None:
        return True
    mime = MimeType()
    mime["content-type"] = value.decode("latin-1")
    subtype = mime.get_content_subtype()
    return mime.get_content_maintype() == "application" and (subtype == "json" or subtype.endswith("+json"))


class BodyLimit:
    def __init__(self, app: ASGIApp, max_json_bytes: int, max_piece_bytes: int = MAX_PIECE) -> None:
        self.app, self.max_json, self.max_piece = app, max_json_bytes, max_piece_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        streamed = "/attachments/" in scope["path"] and scope["method"] == "PUT"
        limit = self.max_piece if streamed else self.max_json
        for name, value in scope["headers"]:
            if name == b"content-length" and (not value.isdigit() or int(value) > limit):
                await too_large(scope, send, limit)
                return
        if streamed:
            await self._streamed(scope, receive, send, limit)
        else:
            await self._buffered(scope, receive, send, limit)

    async def _buffered(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        pieces: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            piece = message.get("body", b"")
            size += len(piece)
            if size > limit:
                await too_large(scope, send, limit)
                return
            pieces.append(piece)
            more = message.get("more_body", False)
        if is_json(scope):
            refused = strict_json.check(b"".join(pieces), scope_language(scope))
            if refused is not None:
                await send_error(send, 400, refused)
                return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": b"".join(pieces), "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as the server would

        await self.app(scope, replay, send)

    async def _streamed(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        size, started = 0, False

        async def counted() -> Message:
            nonlocal size
            message = await receive()
            if message["type"] == "http.request":
                size += len(message.get("body", b""))
                if size > limit:
                    raise BodyTooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            if not started:
                await too_large(scope, send, limit)
