"""A receipt printer the tests can own: a TCP server on 127.0.0.1 that keeps every byte it is sent."""

from __future__ import annotations

import socket
import threading
from pathlib import Path


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


FAKE_LP = '''#!{python}
"""A stand-in for CUPS's lp (the only part faked): keeps its arguments and the file it was given."""
import json, os, shutil, sys
out = os.environ["FAKE_LP_DIR"]
args = sys.argv[1:]
n = len([f for f in os.listdir(out) if f.endswith(".json")])
shutil.copyfile(args[-1], os.path.join(out, f"job{{n}}.pdf"))
with open(os.path.join(out, f"job{{n}}.json"), "w") as f:
    json.dump(args, f)
if "-d" in args and args[args.index("-d") + 1] == "broken":
    print("lp: The printer or class does not exist.", file=sys.stderr)
    sys.exit(1)
print(f"request id is fake-{{n}} (1 file(s))")
'''
FAKE_LPSTAT = '''#!/bin/sh
echo kantor-f4
echo struk-80mm
'''


def fake_cups(folder: Path) -> tuple[Path, Path]:
    """A bin folder with a fake ``lp`` and ``lpstat`` (put it first on PATH and set FAKE_LP_DIR to the
    returned jobs folder): every job's arguments (``jobN.json``) and PDF (``jobN.pdf``) are kept."""
    import sys

    bin_dir, jobs = Path(folder) / "bin", Path(folder) / "jobs"
    bin_dir.mkdir(parents=True, exist_ok=True)
    jobs.mkdir(parents=True, exist_ok=True)
    for name, text in (("lp", FAKE_LP.format(python=sys.executable)), ("lpstat", FAKE_LPSTAT)):
        (bin_dir / name).write_text(text, encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    return bin_dir, jobs


def fake_jobs(jobs: Path) -> list[tuple[list[str], Path]]:
    """The jobs the fake lp was given, in order: (arguments, PDF)."""
    import json

    found = sorted(jobs.glob("job*.json"), key=lambda p: int(p.stem[3:]))
    return [(json.loads(p.read_text(encoding="utf-8")), p.with_suffix(".pdf")) for p in found]
