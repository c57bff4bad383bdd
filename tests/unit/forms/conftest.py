"""Helpers for the forms tests: a minimal valid definition to break in specific ways."""

from __future__ import annotations

import copy
from typing import Any

import pytest


def minimal() -> dict[str, Any]:
    return {
        "id": "contoh",
        "version": "1.0",
        "name": {"id": "Contoh", "en": "Example"},
        "agency": "Dinas Contoh",
        "fee": 0,
        "service_days": 1,
        "requirements": [{"id": "ktp", "name": "KTP-el"}],
        "sections": [
            {
                "id": "data",
                "title": "Data",
                "fields": [
                    {"id": "nama", "type": "name", "label": "Nama", "required": True},
                    {"id": "tanggal_lahir", "type": "date", "label": "Tanggal lahir", "past": True},
                    {"id": "umur", "type": "integer", "label": "Umur", "calculate": "age(tanggal_lahir)"},
                ],
            }
        ],
    }


@pytest.fixture
def definition_data() -> dict[str, Any]:
    return copy.deepcopy(minimal())
