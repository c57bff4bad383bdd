"""The one error printing raises: ``message`` is for the officer, already in their language."""

from __future__ import annotations


class PrintError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
