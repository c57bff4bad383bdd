"""Test-only launcher: the reference backend behind a fault-injecting ASGI middleware.

Lives under tests/ and is never installed: production has no way to switch faults on.
The tests POST rules to ``/_test/faults``; each rule matches requests by method and
path pattern and acts on the Nth matching request(s):

* ``status``        answer ``status`` (with ``Retry-After``) without touching the app
* ``respond``       answer ``status`` (200) with the rule's JSON ``body`` instead of the app
* ``after_status``  let the app do its work (commit), then answer ``status`` instead
* ``after_slow``    let the app do its work, then hold the answer ``delay`` seconds
* ``after_exit``    let the app do its work, then die (``os._exit``) before answering
* ``exit``          die before the app sees the request

    python tests/fault_server.py --port P --db URL [--token-ttl S] [--max-attachment N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import threading
from typing import Any

import uvicorn

from mpp_assist.server.app import ServerConfig, create_app
from mpp_assist.server.auth import AuthConfig


class FaultMiddleware:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.rules: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    async def _json(self, send: Any, status: int, body: Any, headers: list[tuple[bytes, bytes]] = ()) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), *headers],
            }
        )
        await send({"type": "http.response.body", "body": json.dumps(body).encode()})

    def _match(self, method: str, path: str) -> dict[str, Any] | None:
        # Every rule counts every request it matches; the first one due acts.
        chosen = None
        with self.lock:
            for rule in self.rules:
                if rule.get("method", method) == method and re.fullmatch(rule["path"], path):
                    rule["seen"] = rule.get("seen", 0) + 1
                    if chosen is None and rule["seen"] in rule["on"]:
                        rule["fired"] = rule.get("fired", 0) + 1
                        chosen = rule
        return chosen

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        method, path = scope["method"], scope["path"]
        if path == "/_test/faults":
            if method == "POST":
                body = b""
                while True:
                    msg = await receive()
                    body += msg.get("body", b"")
                    if not msg.get("more_body"):
                        break
                with self.lock:
                    self.rules = json.loads(body)
            with self.lock:
                return await self._json(send, 200, self.rules)
        rule = self._match(method, path)
        if rule is None:
            return await self.app(scope, receive, send)
        action = rule["action"]
        retry = [(b"retry-after", str(rule["retry_after"]).encode())] if "retry_after" in rule else []
        if action == "status":
            return await self._json(send, rule["status"], {"detail": "injected"}, retry)
        if action == "respond":  # a backend that answers with something else (hostile, broken)
            return await self._json(send, rule.get("status", 200), rule["body"])
        if action == "exit":
            os._exit(1)

        async def wrapped_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                if action == "after_exit":
                    os._exit(1)
                if action == "after_slow":
                    await asyncio.sleep(rule["delay"])
                if action == "after_status":
                    message = {
                        "type": "http.response.start",
                        "status": rule["status"],
                        "headers": [(b"content-type", b"application/json"), *retry],
                    }
            elif message["type"] == "http.response.body" and action == "after_status":
                message = {"type": "http.response.body", "body": b'{"detail": "injected"}'}
            await send(message)

        await self.app(scope, receive, wrapped_send)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--token-ttl", type=int, default=3600)
    p.add_argument("--max-attachment", type=int, default=20 * 1024 * 1024)
    args = p.parse_args()
    app = create_app(
        ServerConfig(
            db_url=args.db,
            auth=AuthConfig(token_ttl=args.token_ttl),
            max_attachment_bytes=args.max_attachment,
        )
    )
    uvicorn.run(FaultMiddleware(app), host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
