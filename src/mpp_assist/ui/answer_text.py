"""How an answer reads on screen (check answers, calculated values): dates in words, labels for codes.

Formatting only; reading and checking answers is the forms engine's job.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from mpp_assist.forms import regions
from mpp_assist.forms.dates import format_date
from mpp_assist.forms.model import Field
from mpp_assist.forms.validators import format_npwp, format_phone


def display(f: Field, value: Any, lang: str) -> str:
    """``value`` (canonical, as the engine gives it) as the officer and applicant read it."""
    if value is None or value == "" or value == []:
        return ""
    t = f.type
    if t == "date" or isinstance(value, date):
        try:
            d = value if isinstance(value, date) else date.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return format_date(d, lang)
    if t == "boolean":
        if value:
            return QCoreApplication.translate("Answer", "Ya")
        return QCoreApplication.translate("Answer", "Tidak")
    if t == "select_one":
        c = f.choice(str(value))
        return c.label.get(lang) if c else str(value)
    if t == "select_many" and isinstance(value, list):
        return ", ".join((c.label.get(lang) if (c := f.choice(str(v))) else str(v)) for v in value)
    if t == "region":
        return regions.path(str(value)) or str(value)
    if t == "phone":
        return format_phone(str(value))
    if t == "npwp":
        return format_npwp(str(value))
    if t == "decimal" and isinstance(value, int | float):
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".") if lang == "id" else text
    if t == "integer" and isinstance(value, int):
        return f"{value:,}".replace(",", ".") if lang == "id" and abs(value) >= 10000 else str(value)
    if t == "attachment":
        name = value.get("name") if isinstance(value, dict) else value
        return Path(str(name)).name
    if t == "repeat" and isinstance(value, list):
        lines = []
        for i, item in enumerate(value, 1):
            title = (
                f.item_label.get(lang).replace("{n}", str(i)) if f.item_label else f"{f.label.get(lang)} {i}"
            )
            parts = [
                f"{c.label.get(lang)}: {display(c, item.get(c.id), lang)}"
                for c in f.fields
                if c.has_value and item.get(c.id) not in (None, "", [])
            ]
            lines.append(f"{title} — " + "; ".join(parts))
        return "\n".join(lines)
    return str(value)
