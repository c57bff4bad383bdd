"""Request bodies bounded while they arrive, on every route (``Content-Length`` or chunked).

``Content-Length`` alone is a promise, not a limit: a ``Transfer-Encoding: chunked`` body has
none. So the middleware counts the bytes as the server receives them and answers ``413`` the
moment the route's limit is passed, without reading the rest (the connection is then closed).

JSON and form routes are read here up to their limit and handed on whole, so no route can be
made to buffer more. Attachment pieces stream through, counted, up to the piece limit.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mpp_assist.i18n import language, translate

MAX_PIECE = 8 * 1024 * 1024  # one attachment piece (the desk sends 256 KB)


class BodyTooLarge(Exception):
    pass


def _language(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"accept-language":
            return "en" if value.split(b",")[0].strip().lower().startswith(b"en") else "id"
    return "id"


async def too_large(scope: Scope, send: Send, limit: int) -> None:
    """The published error body for 413; ``Connection: close`` since the rest is never read."""
    with language(_language(scope)):
        message = translate("Server", "Isi permintaan terlalu besar: paling banyak {kb} KB.").format(
            kb=max(1, limit // 1024)
        )
    body = json.dumps({"error": "too_large", "message": message, "errors": []}, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


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
