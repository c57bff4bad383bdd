"""The GUI entry point and composition root: builds settings, store and windows, and runs Qt.

The only module outside ``ui/`` that imports Qt (through ``ui``).
"""

from __future__ import annotations


def run_gui(lang: str | None = None) -> int:
    from mpp_assist.ui.application import run

    return run(lang=lang)
