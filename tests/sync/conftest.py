"""Fixtures for the sync tests: a real server process, a local store with queued applications."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from backend_support import fault_backend  # noqa: F401 - fixture
from mpp_assist.applications import submit
from mpp_assist.forms import load_catalogue
from mpp_assist.store import Application, Store


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


@pytest.fixture
def example() -> dict[str, Any]:
    return load_catalogue().get("ktp-el").example_answers()


@pytest.fixture
def queue(store: Store, example: dict[str, Any]) -> Callable[..., list[Application]]:
    """Queue ``n`` valid applications (as the desk would, through ``applications.submit``)."""
    definition = load_catalogue().get("ktp-el")

    def make(n: int, desk: str = "DESK-A") -> list[Application]:
        return [submit(store, definition, dict(example), officer="ana", desk=desk) for _ in range(n)]

    return make
