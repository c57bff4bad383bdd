"""First start killed half-way: the next start creates the officer registry at once, not after a wait.

The bootstrap lock was a file made with O_EXCL and removed when done: a process killed while
creating the first admin left it behind, and every start for the next two minutes waited 30 s
and then failed. It is now the OS's own lock on the file, let go when the process dies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from mpp_assist import process_lock
from mpp_assist.security import officers

STUCK = """
import pathlib, sys, time
from mpp_assist.security import officers

def stuck(*args, **kwargs):
    print("inside", flush=True)
    time.sleep(600)

officers.Registry.add = stuck
officers.bootstrap(pathlib.Path(sys.argv[1]))
"""


def test_a_start_killed_while_creating_the_first_admin_leaves_nothing_to_wait_for(data_home: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", STUCK, str(data_home)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "inside"
        lock = officers.registry_file(data_home).parent / "bootstrap.lock"
        with process_lock.held(lock) as mine:
            assert not mine  # a live process holds it: a second start would wait for its registry
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    with process_lock.held(lock) as mine:
        assert mine  # let go with the process
    registry, key = officers.bootstrap(data_home)
    assert officers.Registry.load(data_home) is not None and len(key) == 32
    assert officers.DEMO_OFFICER in registry.officers
