"""Answers as people read them: "17 Agustus 1990", "0812-3456-7890", "Desa Cibadak, Kec. …"."""

from __future__ import annotations

from datetime import date
from typing import Any

from mpp_assist.forms import regions
from mpp_assist.forms.dates import format_date
from mpp_assist.forms.model import Field
from mpp_assist.forms.validators import format_npwp, format_phone
from mpp_assist.i18n import QT_TRANSLATE_NOOP, current_language, translate

_YES = QT_TRANSLATE_NOOP("Display", "Ya")
_NO = QT_TRANSLATE_NOOP("Display", "Tidak")


def format_number(n: float | int, lang: str | None = None) -> str:
    """1.500.000 and 2,5 in Indonesian; 1,500,000 and 2.5 in English."""
    lang = lang or current_language()
    text = f"{n:,.0f}" if float(n).is_integer() else f"{n:,.2f}".rstrip("0").rstrip(".")
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def display_value(f: Field, value: Any, lang: str | None = None) -> str:
    """A canonical value as shown on the check-answers page and receipts ("" when empty)."""
    if value is None or value == "" or value == []:
        return ""
    t = f.type
    kind = f.calculate.type if f.calculate is not None else None
    if t == "date" or kind == "date" or isinstance(value, date):
        try:
            d = value if isinstance(value, date) else date.fromisoformat(value)
        except (TypeError, ValueError):
            return str(value)
        return format_date(d, lang)
    if t == "boolean" or isinstance(value, bool):
        return translate("Display", _YES, lang) if value else translate("Display", _NO, lang)
    if t == "select_one":
        c = f.choice(value)
        return c.label.get(lang) if c else str(value)
    if t == "select_many" and isinstance(value, list):
        return ", ".join(c.label.get(lang) for c in f.choices if c.value in value)
    if t == "phone":
        return format_phone(str(value))
    if t == "npwp":
        return format_npwp(str(value))
    if t == "region":
        return regions.path(str(value)) or str(value)
    if t in ("integer", "decimal") and isinstance(value, int | float):
        return format_number(value, lang)
    if t == "attachment" and isinstance(value, dict):
        return str(value.get("name", ""))
    if t == "attachment":  # a path typed or chosen at the desk: its file name is what the officer knows
        return str(value).replace("\\", "/").rsplit("/", 1)[-1]
    return str(value)
