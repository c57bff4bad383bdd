"""A receipt printer the tests can own: a TCP server on 127.0.0.1 that keeps every byte it is sent."""

from __future__ import annotations

import socket
import threading


class CapturingPrinter:
    """Accepts one connection (as an ESC/POS network printer does) and keeps everything sent before it closes."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.data = b""
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            while chunk := conn.recv(65536):
                self.data += chunk
        self.done.set()

    def close(self) -> None:
        self.sock.close()
