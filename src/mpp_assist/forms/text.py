"""Localised text in form definitions: ``{"id": "…", "en": "…"}`` or a plain Indonesian string."""

from __future__ import annotations

from typing import Any

from mpp_assist.i18n import DEFAULT_LANGUAGE, current_language


class Text:
    """A string in several languages; ``get()`` picks the current one, falling back to Indonesian."""

    __slots__ = ("values",)

    def __init__(self, values: dict[str, str] | str | None = None) -> None:
        if values is None:
            values = {}
        elif isinstance(values, str):
            values = {DEFAULT_LANGUAGE: values}
        self.values: dict[str, str] = dict(values)

    @classmethod
    def of(cls, value: Any) -> Text:
        return value if isinstance(value, Text) else cls(value)

    def get(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        return (
            self.values.get(lang) or self.values.get(DEFAULT_LANGUAGE) or next(iter(self.values.values()), "")
        )

    def __bool__(self) -> bool:
        return any(self.values.values())

    def __add__(self, other: Text) -> Text:
        """Join two texts with a period per language (label + hint for a spoken prompt)."""
        langs = set(self.values) | set(other.values)
        out = {}
        for lang in langs:
            a, b = self.get(lang).rstrip(), other.get(lang).strip()
            out[lang] = (
                f"{a}. {b}" if a and b and not a.endswith((".", "?", "!", ":")) else f"{a} {b}".strip()
            )
        return Text(out)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and self.values == other.values

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.values.items())))

    def __repr__(self) -> str:
        return f"Text({self.values!r})"

    def __str__(self) -> str:
        return self.get()
