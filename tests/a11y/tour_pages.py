"""The desk's pages toured inside a real app process while a screen reader's view is read over AT-SPI.

Not collected by the normal run (the name does not start with ``test_``): ``test_screen_reader.py``
starts Xvfb, a private D-Bus and the AT-SPI registry, then runs this file with pytest in a process of
its own (the xcb platform, Qt's accessibility bridge on). For each page the outside walker
(``atspi_walk.py``, Debian's python3 with pyatspi) is asked what it finds; the answers are written
as JSON lines to ``$MPP_A11Y_RESULTS`` for the outer test to judge.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from gui.inclusion.test_accessibility import SERVICE_IDS, visit_pages
from mpp_assist.app import build_context, create_window
from mpp_assist.ui.desk.error_summary import ErrorSummary
from mpp_assist.ui.desk.section_page import SectionPage

WALKER = Path(__file__).with_name("atspi_walk.py")
SCREEN = (1366, 768)
# Which (scale, theme, language) each service is toured in: every service in the standard look, and
# the sizes, themes and English on services that between them have every kind of field.
LOOKS = [(100, "standard", "id", sid) for sid in SERVICE_IDS] + [
    (200, "standard", "id", "ktp-el"),
    (250, "contrast-dark-on-light", "id", "kartu-keluarga"),
    (200, "contrast-light-on-dark", "en", "akta-kelahiran"),
]


class Walker:
    """The outside walker, asked one page at a time while this process keeps answering D-Bus."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", str(WALKER), str(os.getpid())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=False,
        )
        self.buffer = b""

    def ask(self, command: dict[str, Any], timeout: float = 120.0) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write((json.dumps(command) + "\n").encode())
        self.proc.stdin.flush()
        fd = self.proc.stdout.fileno()
        # Run the event loop while the walker works: its questions arrive over D-Bus and are
        # answered on this thread. The loop wakes when the walker writes, or at the timeout.
        loop = QEventLoop()
        notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
        ended = False

        def readable() -> None:
            nonlocal ended
            chunk = os.read(fd, 65536)
            ended = not chunk
            self.buffer += chunk
            if ended or b"\n" in self.buffer:
                loop.quit()

        notifier.activated.connect(readable)
        QTimer.singleShot(int(timeout * 1000), loop.quit)
        if b"\n" not in self.buffer:
            loop.exec()
        notifier.setEnabled(False)
        notifier.deleteLater()
        if ended:
            raise RuntimeError("the AT-SPI walker ended")
        if b"\n" not in self.buffer:
            raise TimeoutError(f"no answer from the AT-SPI walker about {command.get('page')}")
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def walker() -> Iterator[Walker]:
    w = Walker()
    yield w
    w.close()


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def record(answer: dict[str, Any]) -> None:
    with Path(os.environ["MPP_A11Y_RESULTS"]).open("a", encoding="utf-8") as out:
        out.write(json.dumps(answer, ensure_ascii=False) + "\n")


def open_window(qtbot: Any, scale: int, theme: str, lang: str) -> tuple[Any, Any]:
    ctx = build_context(synchronous_tasks=True)
    ctx.settings.set("theme", theme)
    ctx.settings.set("font_scale", scale)
    window = create_window(ctx, lang, consent=False)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return ctx, window


def receipt_words(window: Any) -> list[str]:
    """Words printed on the receipt and shown nowhere else on its page: the tracking code under the QR."""
    preview = window.receipt.preview
    assert preview.pages, "the receipt preview shows no page: the test is not testing"
    return [window.receipt.application.tracking_code]


@pytest.mark.parametrize(("scale", "theme", "lang", "service_id"), LOOKS)
def test_tour(qtbot: Any, walker: Walker, scale: int, theme: str, lang: str, service_id: str) -> None:
    ctx, window = open_window(qtbot, scale, theme, lang)
    try:
        for page_id, _page in visit_pages(window, service_id):
            settle()
            command: dict[str, Any] = {"page": page_id, "screen": list(SCREEN)}
            if page_id == "receipt":  # the receipt is shown as a picture: its words must be readable
                command["document_text"] = receipt_words(window)
            answer = walker.ask(command)
            record(dict(answer, service=service_id, scale=scale, theme=theme, lang=lang))
    finally:
        window.close()
        ctx.store.close()


@pytest.mark.parametrize(("scale", "theme", "lang"), [(100, "standard", "id"), (200, "contrast-light-on-dark", "en")])
def test_places(qtbot: Any, walker: Walker, scale: int, theme: str, lang: str) -> None:
    """Every place of the rail with a page of its own (Permohonan, Pemohon, Antrian, Laporan…)."""
    ctx, window = open_window(qtbot, scale, theme, lang)
    seen = []
    try:
        for place in window.places:
            if place.factory is None and place.id not in window.place_pages:
                continue  # a place that only acts (opens a dialog, or is the service list toured above)
            window.show_place(place.id)
            settle()
            assert window.stack.currentWidget() is window.place_pages[place.id]
            answer = walker.ask({"page": f"place:{place.id}", "screen": list(SCREEN)})
            record(dict(answer, service="places", scale=scale, theme=theme, lang=lang))
            seen.append(place.id)
    finally:
        window.close()
        ctx.store.close()
    assert {"applications", "people", "antrian", "reports"} <= set(seen), seen


@pytest.mark.parametrize("service_id", ["ktp-el", "kartu-keluarga"])
def test_errors(qtbot: Any, walker: Walker, service_id: str) -> None:
    """Lanjut on an empty first section: each message must reach its field and an alert."""
    ctx, window = open_window(qtbot, 100, "standard", "id")
    try:
        window.start_service(service_id)
        flow = window.flow
        flow.go(f"section:{flow.sections()[0].id}")
        settle()
        assert isinstance(flow.page, SectionPage)
        flow.page.go_on()
        settle()
        summaries = [s for s in flow.page.findChildren(ErrorSummary) if s.isVisible()]
        messages = [link.text() for s in summaries for link in s.links]
        assert messages, "an empty first section gave no errors: the test is not testing"
        answer = walker.ask({"page": "errors", "screen": list(SCREEN), "errors": messages})
        record(dict(answer, service=service_id, scale=100, theme="standard", lang="id"))
    finally:
        window.close()
        ctx.store.close()


def test_settings_and_applicant_display(qtbot: Any, walker: Walker) -> None:
    """The windows beside the form, as a screen reader meets them: the settings (opened with the focus
    on its first option, not on a scroll area) and the display facing the applicant."""
    from mpp_assist.ui.inclusion.applicant_display import ApplicantDisplay

    ctx, window = open_window(qtbot, 100, "standard", "id")
    try:
        dialog = window.settings_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        settle()
        answer = walker.ask({"page": "settings", "screen": list(SCREEN), "expect_heading": False})
        record(dict(answer, service="-", scale=100, theme="standard", lang="id"))
        dialog.reject()
        display = ApplicantDisplay()
        qtbot.addWidget(display)
        display.resize(800, 600)
        display.show()
        qtbot.waitExposed(display)
        settle()
        answer = walker.ask({"page": "applicant display", "screen": list(SCREEN), "expect_heading": False})
        record(dict(answer, service="-", scale=100, theme="standard", lang="id"))
        display.close()
    finally:
        window.close()
        ctx.store.close()
