"""The one error the documents package raises: a sentence the officer can act on."""

from __future__ import annotations


class DocumentError(Exception):
    """The picture cannot be read as a KTP-el or KK; ``message`` says why (already translated)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code  # stable: "too_large", "not_image", "corrupt", "too_small", "not_document", "no_engine"
