"""Real backends for the sync and server tests: server processes, PostgreSQL, a flaky TCP link.

Nothing here mocks HTTP: the reference server runs as its own process on 127.0.0.1
(the production ``mpp-assist server`` command, or ``fault_server.py`` when a test
needs injected faults), and the client talks to it through real sockets.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

HERE = Path(__file__).resolve().parent
FAULT_SERVER = HERE / "fault_server.py"

OFFICERS = [  # username, desk, role, password
    ("ana", "DESK-A", "officer", "sandi-ana-123"),
    ("budi", "DESK-B", "officer", "sandi-budi-123"),
    ("sri", "PUSAT", "supervisor", "sandi-sri-123"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition: Any, timeout: float = 30.0, what: str = "condition") -> Any:
    """Poll ``condition()`` until it returns something truthy (no fixed sleeps in tests)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def seed_officers(db_url: str) -> None:
    from mpp_assist.server import admin
    from mpp_assist.server.db import open_engine, session_factory

    engine = open_engine(db_url)
    with session_factory(engine)() as session:
        for username, desk, role, password in OFFICERS:
            admin.add_officer(session, username, desk, role, password)
    engine.dispose()


@contextmanager
def seeded_server(folder: Path) -> Iterator[ServerProcess]:
    """A real server on a new SQLite database in ``folder`` with the seeded officers, killed after."""
    db_url = f"sqlite:///{folder / 'server.sqlite3'}"
    seed_officers(db_url)
    proc = ServerProcess(db_url, folder).start()
    try:
        yield proc
    finally:
        proc.kill()


class ServerProcess:
    """One backend process on 127.0.0.1; ``kill()`` and ``start()`` again on the same port and database."""

    def __init__(
        self,
        db_url: str,
        log_dir: Path,
        *,
        faults: bool = False,
        token_ttl: int = 3600,
        max_attachment: int | None = None,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.db_url, self.log_dir, self.faults = db_url, log_dir, faults
        self.extra_args = extra_args  # more ``mpp-assist server`` options (e.g. --forms DIR)
        self.token_ttl, self.max_attachment = token_ttl, max_attachment
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def command(self) -> list[str]:
        if self.faults:
            cmd = [
                sys.executable,
                str(FAULT_SERVER),
                "--port",
                str(self.port),
                "--db",
                self.db_url,
                "--token-ttl",
                str(self.token_ttl),
            ]
            if self.max_attachment:
                cmd += ["--max-attachment", str(self.max_attachment)]
            return cmd
        return [
            sys.executable,
            "-m",
            "mpp_assist",
            "server",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--db",
            self.db_url,
            "--token-ttl",
            str(self.token_ttl),
            *self.extra_args,
        ]

    def healthy(self) -> bool:
        try:
            return requests.get(self.url + "/api/v1/health", timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def start(self) -> ServerProcess:
        log = (self.log_dir / "server.log").open("ab")
        self.proc = subprocess.Popen(self.command(), stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        log.close()
        # A cold start imports FastAPI, SQLAlchemy and the forms engine: seconds when idle, more than
        # 30 s on two busy cores (seen). Waiting longer costs nothing when it is up sooner.
        wait_for(
            lambda: self.healthy() or (self.proc is not None and self.proc.poll() is not None),
            timeout=120.0,
            what="server start",
        )
        if self.proc.poll() is not None:
            raise AssertionError((self.log_dir / "server.log").read_text(errors="replace")[-3000:])
        return self

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
        if self.proc:
            self.proc.wait(timeout=30)

    def wait_exit(self) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout=30)

    def set_faults(self, rules: list[dict[str, Any]]) -> None:
        assert self.faults
        requests.post(self.url + "/_test/faults", json=rules, timeout=5).raise_for_status()

    def fault_state(self) -> list[dict[str, Any]]:
        return requests.get(self.url + "/_test/faults", timeout=5).json()

    def token(self, username: str = "ana") -> str:
        password = {o[0]: o[3] for o in OFFICERS}[username]
        resp = requests.post(
            self.url + "/api/v1/auth/token", json={"username": username, "password": password}, timeout=10
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def rows(self) -> list[Any]:
        """What the server holds, read straight from its database."""
        from mpp_assist.server import admin
        from mpp_assist.server.db import open_engine, session_factory

        engine = open_engine(self.db_url)
        try:
            with session_factory(engine)() as session:
                return admin.list_applications(session)
        finally:
            engine.dispose()

    def execute(self, sql: str) -> None:
        from sqlalchemy import text

        from mpp_assist.server.db import open_engine

        engine = open_engine(self.db_url)
        try:
            with engine.begin() as conn:
                conn.execute(text(sql))
        finally:
            engine.dispose()


# -- PostgreSQL: our own throw-away cluster --------------------------------------------


def _pg_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


class PgCluster:
    def __init__(self) -> None:
        initdb, self.pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if not initdb or not self.pg_ctl:
            pytest.fail("PostgreSQL is not installed: apt-get install postgresql (see .ci/run)")
        self.root = Path(tempfile.mkdtemp(prefix="mpp-test-pg-"))
        os.chmod(self.root, 0o755)  # noqa: S103 - the postgres user must reach its data folder
        self.data, self.sock = self.root / "data", self.root / "sock"
        self.sock.mkdir()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root: use its own system user
            self.as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres")
            shutil.chown(self.sock, "postgres")
        subprocess.run(
            [
                *self.as_user,
                initdb,
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
        )
        self.port = free_port()
        subprocess.run(
            [
                *self.as_user,
                self.pg_ctl,
                "-D",
                str(self.data),
                "-l",
                str(self.root / "log"),
                "-w",
                "-o",
                f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c fsync=off",
                "start",
            ],
            check=True,
            capture_output=True,
        )

    def new_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        subprocess.run(
            [*self.as_user, self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(self.root, ignore_errors=True)


# -- a link that drops -------------------------------------------------------------------


class FlakyProxy:
    """A TCP proxy in front of the server that can reset connections.

    ``cut_every``: after this many bytes sent towards the server (counted over all
    connections), the connection carrying them is reset. ``reset_next``: that many
    coming connections are reset as soon as they send anything.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.cut_every = 0
        self.reset_next = 0
        self.cuts = 0
        self._budget = 0
        self._lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def set_cut_every(self, n: int) -> None:
        with self._lock:
            self.cut_every, self._budget = n, n

    @staticmethod
    def _reset(*socks: socket.socket) -> None:
        for s in socks:
            try:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                s.close()
            except OSError:
                pass

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                self._reset(client)
                continue
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, towards_server: bool) -> None:
        first = True
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data:
                try:
                    dst.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            cut = False
            if towards_server:
                with self._lock:
                    if first and self.reset_next > 0:
                        self.reset_next -= 1
                        self.cuts += 1
                        data, cut = b"", True
                    elif self.cut_every:
                        if len(data) >= self._budget:
                            data, cut = data[: self._budget], True
                            self._budget = self.cut_every
                            self.cuts += 1
                        else:
                            self._budget -= len(data)
                first = False
            try:
                if data:
                    dst.sendall(data)
            except OSError:
                cut = True
            if cut:
                self._reset(src, dst)
                return

    def close(self) -> None:
        self._closed = True
        self.listener.close()


@pytest.fixture
def fault_backend(tmp_path: Path) -> Iterator[ServerProcess]:
    """The reference server (SQLite) behind the test-only fault middleware, with three officers."""
    db_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    seed_officers(db_url)
    server = ServerProcess(db_url, tmp_path, faults=True).start()
    yield server
    server.kill()
