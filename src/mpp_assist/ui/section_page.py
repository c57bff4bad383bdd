"""A page of the form: the requirement checklist, or one section's questions.

GOV.UK's question page: "Kembali" at the top (Escape), the heading, the error
summary when "Lanjut" found problems, the questions, and "Lanjut" (Enter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from mpp_assist.forms import ERROR, Problem
from mpp_assist.forms.model import Field, Section
from mpp_assist.ui.answer_text import display
from mpp_assist.ui.error_summary import ErrorSummary
from mpp_assist.ui.fields.date_input import DateInput
from mpp_assist.ui.fields.editors import (
    AttachmentEditor,
    BooleanEditor,
    ChoiceEditor,
    LineEditor,
    MultiChoiceEditor,
    TextAreaEditor,
)
from mpp_assist.ui.fields.region_picker import RegionPicker
from mpp_assist.ui.fields.repeat import RepeatEditor
from mpp_assist.ui.fields.row import FieldRow
from mpp_assist.ui.requirements_page import RequirementsChecklist
from mpp_assist.ui.widgets import button, heading, link_button, paragraph

if TYPE_CHECKING:
    from mpp_assist.ui.form_flow import FormFlow

# Longest sensible input per type (the engine checks the rest).
MAX_LENGTH = {"nik": 24, "kk": 24, "npwp": 24, "phone": 24, "postcode": 8, "nib": 20, "email": 254}


class FormPage(QWidget):
    """What every page of the flow shares: back link, heading, error summary, scrolling body, Lanjut."""

    page_id = ""

    def __init__(self, flow: FormFlow, title: str, caption: str = "") -> None:
        super().__init__()
        self.flow = flow
        self.lang = flow.ctx.lang
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll)

        top = QHBoxLayout()
        self.back_button = link_button(self.tr("Kembali"), description=self.tr("Halaman sebelumnya (Escape)"))
        self.back_button.clicked.connect(self.go_back)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.body.addLayout(top)
        if caption:
            self.caption = paragraph(caption, role="caption")
            self.body.addWidget(self.caption)
        self.heading = heading(title)
        self.body.addWidget(self.heading)
        self.summary = ErrorSummary()
        self.body.addWidget(self.summary)
        self.content = QVBoxLayout()
        self.body.addLayout(self.content)
        self.body.addSpacing(12)
        actions = QHBoxLayout()
        self.continue_button = button(
            self.tr("Lanjut"), role="primary", description=self.tr("Halaman berikutnya (Enter)")
        )
        self.continue_button.clicked.connect(self.go_on)
        actions.addWidget(self.continue_button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.body.addStretch(1)

    def enter(self, focus_path: str | None = None) -> None:
        """Called when the page is shown: focus the first question (or the one asked for)."""
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_on(self) -> None:
        raise NotImplementedError

    def go_back(self) -> None:
        self.flow.back_from(self.page_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys the focused control did not use arrive here: Enter continues, Escape goes back.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        ):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus is not self.continue_button:
                focus.click()  # "Ubah", "Tambah", a link in the error summary …
            else:
                self.go_on()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.go_back()
            event.accept()
            return
        super().keyPressEvent(event)

    def scroll_to(self, widget: QWidget) -> None:
        self.scroll.ensureWidgetVisible(widget, 20, 40)


class RequirementsPage(FormPage):
    page_id = "requirements"

    def __init__(self, flow: FormFlow) -> None:
        d = flow.definition
        super().__init__(flow, self.tr("Dokumen persyaratan"), d.name.get(flow.ctx.lang))
        self.content.addWidget(
            paragraph(self.tr("Tandai setiap dokumen yang dibawa pemohon. Boleh dilewati dan diisi nanti."))
        )
        always = [r for r in d.requirements if r.relevant is None]
        conditional = [r for r in d.requirements if r.relevant is not None]
        self.checklist = RequirementsChecklist(
            always, flow.state().requirements, self.lang, flow.set_requirement
        )
        self.content.addWidget(self.checklist)
        self.conditional = None
        if conditional:
            self.content.addWidget(heading(self.tr("Hanya untuk sebagian permohonan"), level=2))
            self.content.addWidget(
                paragraph(
                    self.tr(
                        "Diperlukan tergantung jawaban di formulir."
                        " Halaman periksa jawaban menunjukkan mana yang berlaku."
                    ),
                    role="hint",
                )
            )
            self.conditional = RequirementsChecklist(
                conditional, flow.state().requirements, self.lang, flow.set_requirement
            )
            self.content.addWidget(self.conditional)

    def enter(self, focus_path: str | None = None) -> None:
        target = self.checklist.focusProxy() or (self.conditional.focusProxy() if self.conditional else None)
        (target or self.continue_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def go_on(self) -> None:
        self.flow.go(self.flow.next_after(self.page_id))


class SectionPage(FormPage):
    def __init__(self, flow: FormFlow, section: Section) -> None:
        self.section = section
        self.page_id = f"section:{section.id}"
        sections = flow.sections()
        number = next((i for i, s in enumerate(sections, 1) if s.id == section.id), 1)
        caption = self.tr("{service} — bagian {n} dari {total}").format(
            service=flow.definition.name.get(flow.ctx.lang), n=number, total=len(sections)
        )
        super().__init__(flow, section.title.get(flow.ctx.lang), caption)
        if section.description:
            self.content.addWidget(paragraph(section.description.get(self.lang)))
        self.rows: dict[str, FieldRow] = {}
        self.notes: dict[str, QWidget] = {}
        self.shown: set[str] = set()  # paths whose messages are on screen
        self._prefill()
        for f in section.fields:
            self._add_field(f)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _prefill(self) -> None:
        # Don't ask twice: copy an answer given earlier into an empty field that asks the same.
        for f in self.section.fields:
            if f.prefill_field and f.id not in self.flow.answers and f.prefill_field in self.flow.answers:
                self.flow.set_answer(f.id, self.flow.answers[f.prefill_field])

    def _label(self, f: Field) -> tuple[str, str, str]:
        optional = (
            "" if f.required or f.type in ("note", "repeat") or f.calculate else self.tr("(tidak wajib)")
        )
        return f.label.get(self.lang), f.hint.get(self.lang), optional

    def _add_field(self, f: Field) -> None:
        label, hint, optional = self._label(f)
        if f.type == "note":
            box = QFrame()
            box.setProperty("role", "note")
            v = QVBoxLayout(box)
            v.addWidget(paragraph(label, role="label"))
            if hint:
                v.addWidget(paragraph(hint))
            self.notes[f.id] = box
            self.content.addWidget(box)
            return
        if f.calculate is not None or f.read_only:
            row = FieldRow(f.id, label, hint, None)
            row.value_label = paragraph("", role="value")  # type: ignore[attr-defined]
            row.value_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            row.value_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row.layout().addWidget(row.value_label)
            self.rows[f.id] = row
            self.content.addWidget(row)
            return
        row = self._make_row(f, f.id, label, hint, optional)
        row.set_value(self.flow.answers.get(f.id))
        row.changed.connect(lambda fid=f.id, r=row: self._changed(fid, r))
        self.rows[f.id] = row
        self.content.addWidget(row)

    def _make_row(self, f: Field, path: str, label: str, hint: str, optional: str) -> FieldRow:
        row = FieldRow(path, label, hint, self._editor(f, label, hint), optional_text=optional)
        row.left.connect(lambda p=path: self._left(p))
        return row

    def _editor(self, f: Field, name: str, hint: str) -> Any:
        t = f.type
        tasks = self.flow.ctx.tasks
        if t == "long_text":
            return TextAreaEditor(name, hint)
        if t == "date":
            return DateInput(name)
        if t == "boolean":
            return BooleanEditor(name, hint)
        if t == "select_one":
            return ChoiceEditor(name, hint, [(c.value, c.label.get(self.lang)) for c in f.choices])
        if t == "select_many":
            return MultiChoiceEditor(name, hint, [(c.value, c.label.get(self.lang)) for c in f.choices])
        if t == "region":
            return RegionPicker(tasks, name)
        if t == "attachment":
            return AttachmentEditor(name, hint)
        if t == "repeat":

            def title(n: int, f: Field = f) -> str:
                text = f.item_label.get(self.lang) if f.item_label else f"{name} {{n}}"
                return text.replace("{n}", str(n))

            def child_row(child: Field, index: int, group: Field = f) -> FieldRow:
                c_label, c_hint, c_optional = self._label(child)
                r = self._make_row(child, f"{group.id}[{index}].{child.id}", c_label, c_hint, c_optional)
                return r

            return RepeatEditor(
                name,
                title,
                [c for c in f.fields if c.has_value and c.calculate is None],
                child_row,
                min_count=f.min_count,
                max_count=f.max_count,
            )
        return LineEditor(name, hint, max_length=f.max_length or MAX_LENGTH.get(t))

    # -- behaviour ---------------------------------------------------------------------

    def _changed(self, field_id: str, row: FieldRow) -> None:
        self.flow.set_answer(field_id, row.value())
        self.refresh()

    def _left(self, path: str) -> None:
        self.shown.add(path)
        self.refresh()

    def all_rows(self) -> dict[str, FieldRow]:
        out = dict(self.rows)
        for row in self.rows.values():
            if isinstance(row.editor, RepeatEditor):
                for child in row.editor.rows():
                    out[child.path] = child
        return out

    def refresh(self) -> None:
        """Re-apply what the engine says: relevance, calculated values, messages already on screen."""
        ev = self.flow.evaluation
        for fid, box in self.notes.items():
            box.setVisible(self.flow.relevant(fid))
        for path, row in self.all_rows().items():
            row.setVisible(self.flow.relevant(path))
            value_label = getattr(row, "value_label", None)
            if value_label is not None:
                f = self.section_field(path)
                value = ev.calculated.get(path, self.flow.answers.get(path))
                text = display(f, value, self.lang) if f is not None else ""
                value_label.setText(text or "—")
                value_label.setAccessibleName(f"{row.label_text}: {text}" if text else row.label_text)
            if path in self.shown:
                problem = self._problem_for(path)
                row.show_problem(
                    problem.message(self.lang) if problem else None, problem.severity if problem else ERROR
                )

    def section_field(self, path: str) -> Field | None:
        try:
            return self.flow.definition.field(path)
        except KeyError:
            return None

    def _problem_for(self, path: str) -> Problem | None:
        mine = [p for p in self.flow.evaluation.problems if p.field == path and p.code != "unknown_field"]
        errors = [p for p in mine if p.severity == ERROR]
        return (errors or mine or [None])[0]

    def section_problems(self) -> list[Problem]:
        paths = set(self.all_rows())
        return [
            p
            for p in self.flow.evaluation.problems
            if p.field in paths and self.flow.relevant(p.field) and p.code != "unknown_field"
        ]

    def go_on(self) -> None:
        rows = self.all_rows()
        self.shown.update(p for p in rows if self.flow.relevant(p))
        self.refresh()
        errors = [p for p in self.section_problems() if p.severity == ERROR]
        if errors:
            entries = []
            for p in errors:
                entries.append((p.message(self.lang), lambda path=p.field: self.focus_field(path)))
            self.summary.show_problems(entries)
            self.scroll.ensureVisible(0, 0)
            return
        self.summary.clear()
        self.flow.go(self.flow.next_after(self.page_id))

    def focus_field(self, path: str) -> None:
        row = self.all_rows().get(path)
        if row is None:
            return
        self.scroll_to(row)
        row.focus_editor()

    def enter(self, focus_path: str | None = None) -> None:
        rows = self.all_rows()
        if focus_path and focus_path in rows:
            self.focus_field(focus_path)
            return
        for path, row in rows.items():
            if row.editor is not None and self.flow.relevant(path):
                row.focus_editor()
                return
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
