"""The local reference server the README's "run" command uses as its default backend.

``ensure_running(home)`` starts ``mpp-assist server`` as a separate process on
127.0.0.1 (SQLite database under ``home/server/``, demo officer seeded) unless one
started earlier for this data home still answers, and returns its address. The
server outlives the window on purpose (the outbox can keep syncing next time);
``stop(home)`` ends it.

    url = local_backend.ensure_running(paths.data_home())
    local_backend.sign_in_demo(store, url)      # token for the demo officer in the keyring
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from mpp_assist.i18n import translate
from mpp_assist.server.demo import DEMO_DESK, DEMO_PASSWORD, DEMO_USERNAME
from mpp_assist.store import Store
from mpp_assist.sync import credentials
from mpp_assist.sync.client import Misconfigured

STATE_FILE = "local-server.json"


def _folder(home: Path) -> Path:
    folder = Path(home) / "server"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _healthy(url: str) -> bool:
    try:
        # Loopback only, plain HTTP by design: this server never leaves 127.0.0.1.
        resp = requests.get(url + "/api/v1/health", timeout=(1, 2))
        return resp.status_code == 200 and resp.json().get("status") == "ok"
    except (requests.RequestException, ValueError):
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def running_url(home: Path) -> str | None:
    """The address of this data home's local server if it answers, else None."""
    try:
        state = json.loads((_folder(home) / STATE_FILE).read_text(encoding="utf-8"))
        url = f"http://127.0.0.1:{int(state['port'])}"
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return url if _healthy(url) else None


def ensure_running(home: Path, *, timeout: float = 30.0) -> str:
    """Start the local server for ``home`` if needed; its base URL (``http://127.0.0.1:PORT``)."""
    url = running_url(home)
    if url:
        return url
    folder = _folder(home)
    port = _free_port()
    db = folder / "server.sqlite3"
    log = (folder / "server.log").open("ab")
    env = dict(os.environ, MPP_ASSIST_HOME=str(home))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mpp_assist",
            "server",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--db",
            f"sqlite:///{db}",
            "--demo",
        ],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=log,
        env=env,
        start_new_session=True,
    )
    log.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        if _healthy(url):
            (folder / STATE_FILE).write_text(json.dumps({"port": port, "pid": proc.pid}), encoding="utf-8")
            return url
        time.sleep(0.1)
    if proc.poll() is None:
        proc.kill()
    raise Misconfigured(
        translate("Sync", "Server lokal tidak bisa dijalankan. Lihat {log}").format(log=folder / "server.log")
    )


def stop(home: Path) -> None:
    """End the local server started for ``home`` (if it is still ours and running)."""
    path = _folder(home) / STATE_FILE
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        pid = int(state["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists() and b"mpp_assist" not in cmdline.read_bytes():
        path.unlink(missing_ok=True)  # that pid is someone else's now
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    path.unlink(missing_ok=True)


def sign_in_demo(store: Store, url: str) -> credentials.Login:
    """Log the demo officer in to the local server (token into the keyring)."""
    return credentials.login_online(store, url, DEMO_USERNAME, DEMO_PASSWORD)


DEMO = {"username": DEMO_USERNAME, "desk": DEMO_DESK}


def wanted(backend_url: str) -> bool:
    """True when the desk has no backend of its own: none set, or a local one from an earlier run."""
    return not backend_url or backend_url.startswith("http://127.0.0.1:")


def start_for_demo(home: Path) -> str | None:
    """For a desk still on the demo officer: start the local server and sign the demo officer in.

    Returns the address to store as ``backend_url`` (the caller does, on its own thread), or
    None when this desk has real accounts (it then uses the backend its administrator set).
    Blocking: run it on the background task runner.
    """
    from mpp_assist.security import session

    if not session.demo_mode(home):
        return None
    url = ensure_running(home)
    with Store() as store:
        sign_in_demo(store, url)
    return url
