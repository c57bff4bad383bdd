"""A real OS keyring for the test run: a private D-Bus session bus with gnome-keyring's Secret Service.

Started once per test run by ``conftest.py`` (so ``pytest`` alone is enough), with its
own keyring folder in a temporary directory: the developer's own keyring is never
touched. Needs the Debian packages ``dbus`` and ``gnome-keyring`` (see ``.ci/run``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

KEYRING_PASSWORD = b"test-keyring"

# The session bus with no service directories: nothing is started on demand. With the
# standard ones, the first Secret Service call can race our daemon and have D-Bus
# start gnome-keyring's own (no password, so "Prompt dismissed"), which took the name
# first: "another secret service is running" (a CI run failed every test so).
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={runtime}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _wait_for_default_collection(deadline: float, daemon: subprocess.Popen, log: str) -> None:
    import secretstorage

    last: Exception | None = None
    while time.monotonic() < deadline and daemon.poll() is None:
        try:
            with secretstorage.dbus_init() as conn:
                if not secretstorage.get_default_collection(conn).is_locked():
                    return
        except Exception as exc:  # not up yet: the daemon is still claiming its bus name
            last = exc
        time.sleep(0.05)
    with open(log, errors="replace") as f:
        said = f.read()[-2000:]
    raise RuntimeError(f"gnome-keyring did not come up (exit {daemon.poll()}): {last}\n{said}")


@contextmanager
def secret_service_session() -> Iterator[None]:
    missing = [exe for exe in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(exe) is None]
    if missing:
        raise RuntimeError(
            f"the tests need a real keyring: install {' '.join(missing)} (apt-get install dbus gnome-keyring)"
        )
    root = tempfile.mkdtemp(prefix="mpp-test-keyring-")
    runtime = os.path.join(root, "run")
    os.mkdir(runtime, 0o700)
    env = dict(os.environ, HOME=root, XDG_DATA_HOME=os.path.join(root, "data"), XDG_RUNTIME_DIR=runtime)
    config = os.path.join(root, "bus.conf")
    with open(config, "w") as f:
        f.write(BUS_CONFIG.format(runtime=runtime))
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True,
    )
    daemon = None
    saved = {k: os.environ.get(k) for k in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not print its address")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        log = os.path.join(root, "gnome-keyring.log")
        with open(log, "wb") as out:
            daemon = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT, env=env,
            )
        assert daemon.stdin is not None
        daemon.stdin.write(KEYRING_PASSWORD)
        daemon.stdin.close()
        # Child processes (CLI tests) inherit these and reach the same keyring.
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
        _wait_for_default_collection(time.monotonic() + 90, daemon, log)  # slow on a busy machine
        yield
    finally:
        for proc in (daemon, bus):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        if bus.stdout is not None:
            bus.stdout.close()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        shutil.rmtree(root, ignore_errors=True)
