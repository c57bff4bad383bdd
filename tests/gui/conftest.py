"""The desk window on a temporary data home, with tasks run synchronously (no sleeps, no flakes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from mpp_assist.app import build_context, create_window
from mpp_assist.ui.shell import translations
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.main_window import MainWindow

from .sync_desk import backend, fast_sync  # noqa: F401 - fixtures: a real server, quick health checks


@pytest.fixture
def open_desk(qtbot: Any) -> Iterator[Callable[..., tuple[AppContext, MainWindow]]]:
    """Open the app as ``mpp-assist`` does (``lang`` like ``--lang``); call again to "reopen" it."""
    opened: list[tuple[AppContext, MainWindow]] = []

    def open_(lang: str | None = None, consent: bool = False, settings: dict[str, Any] | None = None,
              size: tuple[int, int] = (1000, 760)) -> tuple[AppContext, MainWindow]:
        # Form-page tests start data entry directly; test_protection.py goes through the consent page.
        # ``settings``: chosen before the window is built (as an officer's saved theme and text size).
        ctx = build_context(synchronous_tasks=True)
        for name, value in (settings or {}).items():
            ctx.settings.set(name, value)
        window = create_window(ctx, lang, consent=consent)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # as the officer's click would; keys go to the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        opened.append((ctx, window))
        return ctx, window

    yield open_
    for ctx, window in opened:
        window.close()
        ctx.store.close()
    translations.install("id")


@pytest.fixture
def desk(open_desk: Callable[..., tuple[AppContext, MainWindow]]) -> tuple[AppContext, MainWindow]:
    return open_desk()
