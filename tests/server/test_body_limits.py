"""Request bodies are bounded while they stream, on every route, chunked ones included.

A real server process; a raw socket sends a large ``Transfer-Encoding: chunked`` body to the
public routes first. The server answers 413 without reading the rest, and its memory stays
where it was (RSS read from /proc, with a loose bound).
"""

from __future__ import annotations

import json
import select
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from backend_support import ServerProcess, seeded_server

SENT_AT_MOST = 96 * 1024 * 1024  # far beyond the 2 MB limit
PIECE = 64 * 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with seeded_server(tmp_path_factory.mktemp("limits")) as server:
        yield server


def rss_kib(server: ServerProcess) -> int:
    assert server.proc is not None
    status = Path(f"/proc/{server.proc.pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))


def read_response(sock: socket.socket) -> tuple[int, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        more = sock.recv(65536)
        if not more:
            break
        data += more
    head, _, rest = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(
        (int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")),
        None,
    )
    while length is not None and len(rest) < length:
        more = sock.recv(65536)
        if not more:
            break
        rest += more
    return status, rest


def chunked_flood(
    server: ServerProcess, method: str, path: str, content_type: str, token: str | None = None
) -> tuple[int, bytes, int]:
    """Send chunks until the server answers; returns (status, body, bytes sent)."""
    headers = [
        f"{method} {path} HTTP/1.1",
        f"Host: 127.0.0.1:{server.port}",
        f"Content-Type: {content_type}",
        "Transfer-Encoding: chunked",
    ]
    if token:
        headers.append(f"Authorization: Bearer {token}")
    piece = b"a" * PIECE
    chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    sent = 0
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(("\r\n".join(headers) + "\r\n\r\n").encode())
        try:
            while sent < SENT_AT_MOST:
                if select.select([sock], [], [], 0)[0]:
                    break
                sock.sendall(chunk)
                sent += len(piece)
            else:
                sock.sendall(b"0\r\n\r\n")
        except OSError:  # the server closed its side after answering
            pass
        status, body = read_response(sock)
    return status, body, sent


PUBLIC = [
    ("POST", "/api/v1/auth/token", "application/json"),
    ("POST", "/lacak", "application/x-www-form-urlencoded"),
]


@pytest.mark.parametrize(("method", "path", "content_type"), PUBLIC)
def test_a_chunked_flood_on_a_public_route_is_413_and_memory_stays_bounded(
    server: ServerProcess, method: str, path: str, content_type: str
) -> None:
    before = rss_kib(server)
    for _ in range(3):
        status, body, sent = chunked_flood(server, method, path, content_type)
        assert status == 413, (status, body[:200])
        assert sent < SENT_AT_MOST, "the server read the whole body before answering"
    grew_mib = (rss_kib(server) - before) / 1024
    assert grew_mib < 48, f"server memory grew by {grew_mib:.0f} MiB"
    error = json.loads(body)
    assert error["error"] == "too_large" and error["message"]


def test_a_chunked_flood_on_an_authenticated_json_route_is_413(server: ServerProcess) -> None:
    token = server.token("ana")
    path = "/api/v1/applications/6f1d7a52-6f7d-4a53-9f59-1a9b7f3d2c11"
    status, _body, sent = chunked_flood(server, "PUT", path, "application/json", token)
    assert status == 413 and sent < SENT_AT_MOST


def test_a_chunked_attachment_piece_over_the_piece_limit_is_413(server: ServerProcess) -> None:
    token = server.token("ana")
    path = "/api/v1/applications/6f1d7a52-6f7d-4a53-9f59-1a9b7f3d2c12/attachments/scan-1"
    headers = f"X-Content-SHA256: {'0' * 64}"
    status, _body, sent = chunked_flood(server, "PUT", path, "application/octet-stream\r\n" + headers, token)
    assert status == 413 and sent < SENT_AT_MOST
