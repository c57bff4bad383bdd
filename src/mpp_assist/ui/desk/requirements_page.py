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


def state_label(state: str, form: str = "") -> str:
    """The words for a mark; ``form``: the SPTJM's form number (F-2.03 …), named as the paper form is."""
    if state == "sptjm" and form:
        return QCoreApplication.translate("Requirement", "Diganti SPTJM {form} (surat pernyataan)").format(form=form)
    return {
        "original_seen": QCoreApplication.translate("Requirement", "Asli sudah dilihat"),
        "copy_received": QCoreApplication.translate("Requirement", "Salinan diterima"),
        "sptjm": QCoreApplication.translate("Requirement", "Diganti SPTJM (surat pernyataan)"),
        "to_bring": QCoreApplication.translate("Requirement", "Belum dibawa (menyusul)"),
    }.get(state, state)


def sptjm_number(service_id: str, requirement_id: str) -> str:
    """The number of the SPTJM form that stands in for this requirement (the one *Formulir kertas* prints)."""
    from mpp_assist.paperforms.catalogue import sptjm_number as number

    return number(service_id, requirement_id) if service_id else ""


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
        *,
        service_id: str = "",
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
            form = sptjm_number(service_id, r.id) if r.sptjm_allowed else ""
            for state in states_for(r):
                text = state_label(state, form)
                rb = QRadioButton(text)
                rb.setAccessibleName(text)
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
