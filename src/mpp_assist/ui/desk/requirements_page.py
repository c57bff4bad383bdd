"""The requirement checklist: for each document, what the applicant brought.

Stored with the application (``requirements``: requirement id → state). Optional:
"Lanjut" works with documents left unmarked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWidget

from mpp_assist.forms.model import Requirement
from mpp_assist.ui.shell.widgets import paragraph

# The same states the receipt prints (mpp_assist.receipts.REQUIREMENT_STATES).
STATES = ("original_seen", "copy_received", "sptjm", "to_bring")


def state_label(state: str) -> str:
    return {
        "original_seen": QCoreApplication.translate("Requirement", "Asli sudah dilihat"),
        "copy_received": QCoreApplication.translate("Requirement", "Salinan diterima"),
        "sptjm": QCoreApplication.translate("Requirement", "Diganti SPTJM (surat pernyataan)"),
        "to_bring": QCoreApplication.translate("Requirement", "Belum dibawa (menyusul)"),
    }.get(state, state)


def states_for(r: Requirement) -> list[str]:
    states = []
    if r.original_shown:
        states.append("original_seen")
    if r.copy_kept:
        states.append("copy_received")
    if not states:
        states.append("original_seen")
    if r.sptjm_allowed:
        states.append("sptjm")
    states.append("to_bring")
    return states


class RequirementsChecklist(QWidget):
    def __init__(
        self,
        requirements: list[Requirement],
        marks: dict[str, str],
        lang: str,
        on_change: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, str], QRadioButton] = {}
        for r in requirements:
            name = r.name.get(lang)
            box = QGroupBox(name)
            box.setAccessibleName(name)
            v = QVBoxLayout(box)
            hint = r.hint.get(lang)
            if hint:
                v.addWidget(paragraph(hint, role="hint"))
            group = QButtonGroup(box)
            for state in states_for(r):
                rb = QRadioButton(state_label(state))
                rb.setAccessibleName(state_label(state))
                rb.setAccessibleDescription(name)
                rb.setChecked(marks.get(r.id) == state)
                group.addButton(rb)
                v.addWidget(rb)
                self.buttons[(r.id, state)] = rb
                rb.toggled.connect(lambda on, rid=r.id, s=state: on and on_change(rid, s))
            self.groups[r.id] = group
            layout.addWidget(box)
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            self.setFocusProxy(first)
