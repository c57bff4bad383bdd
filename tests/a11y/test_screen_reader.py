"""WCAG 2.2 as a screen reader meets the desk: every page walked over AT-SPI from outside the app.

The check that counts (issue: accessibility as a real screen reader meets it): Xvfb at 1366×768, a
private D-Bus session with the AT-SPI bus and registry, the app with Qt's accessibility bridge on
(``tour_pages.py`` in its own process), and Debian's pyatspi walking what Orca would walk
(``atspi_walk.py``). A page fails on a focusable control with no name, a radio without the question
it answers, a field without its label relation, focus off-screen or on a disabled control, a window
larger than the screen, no heading, or headings without their levels (the page's title level 1, its
sections 2, no level skipped).

``known_problems.txt`` lists, one a line, the problems still open (each is work left on that issue);
the test fails on any problem not in it, and on any line in it that no longer happens (so the list
only shrinks). ``MPP_A11Y_UPDATE_KNOWN=1`` rewrites the list from what the walk found: for review in
the diff, never to hide a new problem.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KNOWN = HERE / "known_problems.txt"

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (.ci/run installs it)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed (.ci/run installs it)"
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed (.ci/run installs it)"
    return None


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A 1366×768 X display, a private session bus and the AT-SPI bus on it."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("atspi")
    procs: list[subprocess.Popen[bytes]] = []
    display = f":{90 + os.getpid() % 500}"
    procs.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    procs.append(bus)
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    procs.append(subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    a11y = ""
    deadline = time.monotonic() + 30
    while not a11y and time.monotonic() < deadline:
        got = subprocess.run(
            ["dbus-send", "--session", "--print-reply=literal", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"], env=env, capture_output=True, text=True)
        a11y = got.stdout.strip() if got.returncode == 0 else ""
        if not a11y:
            time.sleep(0.2)  # the launcher is starting its bus; nothing to wait on but the answer
    if not a11y:
        pytest.fail("the AT-SPI bus did not start")
    env["AT_SPI_BUS_ADDRESS"] = a11y
    env["TMP_A11Y"] = str(tmp)
    yield env
    for p in reversed(procs):
        p.terminate()
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()


def known_problems() -> set[str]:
    if not KNOWN.exists():
        return set()
    lines = (ln.strip() for ln in KNOWN.read_text(encoding="utf-8").splitlines())
    return {ln for ln in lines if ln and not ln.startswith("#")}


def key_of(answer: dict, problem: str) -> str:
    # Where on the screen (" at x,y w×h") is detail for the reader of a failure, not identity: a pixel
    # of layout must not turn a known problem into a "new" one.
    problem = re.sub(r" at -?\d+,-?\d+ \d+×\d+", "", problem)
    return f"{answer['service']} {answer['scale']}% {answer['theme']} {answer['lang']} {answer['page']}: {problem}"


@pytest.mark.timeout(3000)
def test_every_page_as_a_screen_reader_meets_it(desktop: dict[str, str], tmp_path: Path) -> None:
    results = tmp_path / "atspi.jsonl"
    env = dict(desktop, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               MPP_A11Y_RESULTS=str(results))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", str(HERE / "tour_pages.py"), "-q", "-x", "-p", "no:cacheprovider",
         "--rootdir", str(ROOT), "-o", "addopts=",
         # AT-SPI asks every application for a bus address Qt does not serve: a protocol quirk, not ours.
         "-o", "qt_log_ignore=GetApplicationBusAddress|propagateSizeHints"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800,
    )
    assert run.returncode == 0, f"the tour failed:\n{run.stdout[-4000:]}\n{run.stderr[-2000:]}"
    answers = [json.loads(ln) for ln in results.read_text(encoding="utf-8").splitlines()]
    assert len(answers) > 40, "the tour saw almost no pages: it is not looking"
    assert sum(a["nodes"] for a in answers) > 2000, "the walker saw almost nothing of the app"
    levels = {level for a in answers for level, _name in a.get("headings", [])}
    assert {1, 2} <= levels, f"the walker met no page titles and sections as headings: {levels}"
    found = {key_of(a, p) for a in answers for p in a["problems"]}
    if os.environ.get("MPP_A11Y_UPDATE_KNOWN") == "1":
        header = "# Problems a screen reader still meets on the desk (tests/a11y); each is open work. Only shrink it.\n"
        KNOWN.write_text(header + "".join(f"{p}\n" for p in sorted(found)), encoding="utf-8")
    known = known_problems()
    new = sorted(found - known)
    gone = sorted(known - found)
    assert not new, f"{len(new)} problems a screen reader meets (not in known_problems.txt):\n" + "\n".join(new)
    assert not gone, "fixed — remove from known_problems.txt:\n" + "\n".join(gone)
