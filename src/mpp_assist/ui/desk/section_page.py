"""A page of the form: the requirement checklist, or one section's questions.

GOV.UK's question page: "Kembali" at the top (Escape), the heading, the error
summary when "Lanjut" found problems, the questions, and "Lanjut" (Enter).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.forms import ERROR, Problem
from mpp_assist.forms.model import REGION_LEVELS, Field, Section
from mpp_assist.ui.desk.error_summary import ErrorSummary
from mpp_assist.ui.desk.fields.date_input import DateInput
from mpp_assist.ui.desk.fields.editors import (
    AttachmentEditor,
    BooleanEditor,
    ChoiceEditor,
    LineEditor,
    MultiChoiceEditor,
    TextAreaEditor,
)
from mpp_assist.ui.desk.fields.region_picker import RegionPicker
from mpp_assist.ui.desk.fields.repeat import RepeatEditor
from mpp_assist.ui.desk.fields.row import FieldRow
from mpp_assist.ui.desk.requirements_page import RequirementsChecklist
from mpp_assist.ui.shell.widgets import (
    button,
    follow_focus,
    heading,
    link_button,
    paragraph,
    retire,
    scroll_area,
    tab_sequence,
)

if TYPE_CHECKING:
    from mpp_assist.ui.desk.form_flow import FormFlow

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
        body = QWidget()
        self.body = QVBoxLayout(body)
        # Named after the page; the keyboard goes to its fields, not to the frame around them.
        self.scroll = scroll_area(title, body)
        follow_focus(self.scroll)  # an arrow between radios moves the focus too, not only Tab
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
        self._summary_is_ours = False  # showing this page's own problems (from Lanjut), not others'
        self.body.addWidget(self.summary)
        self.content = QVBoxLayout()
        self.body.addLayout(self.content)
        self.body.addStretch(1)
        # The page's one primary button, always in the same place: a bar under the scrolling body.
        bar = QFrame()
        bar.setObjectName("actionBar")
        actions = QHBoxLayout(bar)
        actions.setContentsMargins(8, 4, 8, 4)
        self.continue_button = button(
            self.tr("Lanjut"), role="primary", description=self.tr("Halaman berikutnya (Enter)")
        )
        self.continue_button.clicked.connect(self.go_on)
        actions.addWidget(self.continue_button)
        actions.addStretch(1)
        outer.addWidget(bar)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.go_on)  # also from a long text box, where Enter is a new line

    def enter(self, focus_path: str | None = None) -> None:
        """Called when the page is shown: focus the first question (or the one asked for)."""
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go down and up the page as it reads, whenever widgets were made.

        Questions come after "Lanjut" in Qt's own order, and a repeat's new items or the error
        summary's links after everything else in the window; the page's layout knows the order.
        """
        focus = QApplication.focusWidget()
        sequence = [
            w for w in [*tab_sequence(self.scroll.widget()), self.continue_button]
            if w.isVisibleTo(self) and w.isEnabled()
        ]
        if focus in sequence:
            reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            index = sequence.index(focus) + (1 if next else -1)
            if 0 <= index < len(sequence):
                sequence[index].setFocus(reason)
                self.scroll.ensureWidgetVisible(sequence[index], 20, 40)
                return True
            # Off either end of the page: on to the toolbars (Qt's chain inside the page is not
            # in reading order, so never follow it from here), or round the page if there are none.
            beyond = self._outside_page(next) or sequence[0 if next else -1]
            beyond.setFocus(reason)
            return True
        return super().focusNextPrevChild(next)

    def _outside_page(self, forward: bool) -> QWidget | None:
        widget: QWidget = self
        for _ in range(5000):
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is self:
                return None
            if (
                not self.isAncestorOf(widget)
                and widget.window() is self.window()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and widget.isEnabled()
            ):
                return widget
        return None

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
            always, flow.state().requirements, self.lang, flow.set_requirement, service_id=d.id
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
                conditional, flow.state().requirements, self.lang, flow.set_requirement, service_id=d.id
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
        self.session = flow.session
        if section.description:
            self.content.addWidget(paragraph(section.description.get(self.lang)))
        self.rows: dict[str, FieldRow] = {}
        self.notes: dict[str, QWidget] = {}
        self.shown: set[str] = set()  # paths whose messages are on screen
        for f in section.fields:
            if f.type == "repeat":
                while self.session.item_count(f.id) < f.min_count:
                    flow.add_item(f.id)
            widget = self._build_field(f)
            self.content.addWidget(widget)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _label(self, f: Field) -> tuple[str, str, str]:
        fixed = f.type in ("note", "repeat") or f.calculate is not None or f.read_only
        optional = "" if f.required or fixed else self.tr("(tidak wajib)")
        return f.label.get(self.lang), f.hint.get(self.lang), optional

    def _build_field(self, f: Field) -> QWidget:
        label, hint, optional = self._label(f)
        if f.type == "note":
            box = QFrame()
            box.setProperty("role", "note")
            v = QVBoxLayout(box)
            v.addWidget(paragraph(label, role="label"))
            if hint:
                v.addWidget(paragraph(hint))
            self.notes[f.id] = box
            return box
        if f.calculate is not None or f.read_only:
            row = FieldRow(f.id, label, hint, None)
            row.value_label = paragraph("", role="value")  # type: ignore[attr-defined]
            row.value_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            row.value_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row.layout().addWidget(row.value_label)
            self.rows[f.id] = row
            return row
        if f.type == "repeat":
            row = self._repeat_row(f, label, hint)
        else:
            row = self._answer_row(f, f.id, label, hint, optional)
        self.rows[f.id] = row
        return row

    def _answer_row(self, f: Field, path: str, label: str, hint: str, optional: str) -> FieldRow:
        row = FieldRow(path, label, hint, self._editor(f, path, label, hint), optional_text=optional)
        row.set_value(self.session.raw(path))
        row.changed.connect(lambda p=path, r=row: self._changed(p, r))
        row.left.connect(lambda p=path: self._left(p))
        return row

    def _repeat_row(self, f: Field, label: str, hint: str) -> FieldRow:
        children = [c for c in f.fields if c.has_value]

        def child_row(child: Field, index: int, group: Field = f) -> FieldRow:
            c_label, c_hint, c_optional = self._label(child)
            path = f"{group.id}[{index}].{child.id}"
            if child.calculate is not None or child.read_only:
                r = FieldRow(path, c_label, c_hint, None)
                r.value_label = paragraph("", role="value")  # type: ignore[attr-defined]
                r.layout().addWidget(r.value_label)
                return r
            r = self._answer_row(child, path, c_label, c_hint, c_optional)
            if r.editor is not None and r.editor.accessibleName():
                # A group of choices is named with its question; in a repeat, with its item as well:
                # "Jenis kelamin" of member 1 and of member 2 are two questions to a screen reader.
                item = self.session.item_label(group.id, index, self.lang)
                r.editor.setAccessibleName(f"{r.editor.accessibleName()}, {item}")
            return r

        kind = f.item_label.get(self.lang).replace("{n}", "").strip() if f.item_label else label
        editor = RepeatEditor(label, kind, lambda i, g=f: self.session.item_label(g.id, i, self.lang),
                              children, child_row)
        row = FieldRow(f.id, label, hint, editor)
        editor.add_requested.connect(lambda g=f: self._add_item(g))
        editor.remove_requested.connect(lambda i, g=f: self._remove_item(g, i))
        self._show_items(f, editor)
        return row

    def _show_items(self, f: Field, editor: RepeatEditor) -> None:
        editor.show_items(self.session.item_count(f.id), can_add=self.session.can_add_item(f.id),
                          can_remove=self.session.can_remove_item(f.id))

    def _add_item(self, f: Field) -> None:
        index = self.flow.add_item(f.id)
        editor = self.rows[f.id].editor
        self._show_items(f, editor)
        self.refresh()
        rows = editor.items[index][1] if index < len(editor.items) else []
        first = next((r for r in rows if r.editor is not None), None)
        if first is not None:
            first.focus_editor()

    def _remove_item(self, f: Field, index: int) -> None:
        self.flow.remove_item(f.id, index)
        editor = self.rows[f.id].editor
        self.shown = {p for p in self.shown if not p.startswith(f"{f.id}[")}
        self._show_items(f, editor)
        self.refresh()
        editor.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choices(self, path: str) -> list[tuple[Any, str]]:
        return [(c.value, c.label.get(self.lang)) for c in self.session.choices(path)]

    def _editor(self, f: Field, path: str, name: str, hint: str) -> Any:
        t = f.type
        if t == "long_text":
            return TextAreaEditor(name, hint)
        if t == "date":
            return DateInput(name)
        if t == "boolean":
            return BooleanEditor(name, hint)
        if t == "select_one":
            return ChoiceEditor(name, hint, self._choices(path))
        if t == "select_many":
            return MultiChoiceEditor(name, hint, self._choices(path))
        if t == "region":
            return RegionPicker(self.flow.ctx.tasks, name, REGION_LEVELS.get(f.level, 4))
        if t == "attachment":
            return AttachmentEditor(name, hint)
        return LineEditor(name, hint, max_length=f.max_length or MAX_LENGTH.get(t))

    # -- behaviour ---------------------------------------------------------------------

    def _changed(self, path: str, row: FieldRow) -> None:
        self.flow.set_answer(path, row.value())
        self.refresh()

    def _left(self, path: str) -> None:
        self.shown.add(path)
        self.refresh()

    def all_rows(self) -> dict[str, FieldRow]:
        out = {}
        for path, row in self.rows.items():
            out[path] = row
            if isinstance(row.editor, RepeatEditor):
                for child in row.editor.rows():
                    out[child.path] = child
        return out

    def refresh(self) -> None:
        """Re-apply what the engine says: relevance, calculated and prefilled values, choices, messages."""
        for fid, box in self.notes.items():
            box.setVisible(self.flow.relevant(fid))
        self._refresh_choices()
        focus = QApplication.focusWidget()
        for path, row in self.all_rows().items():
            row.setVisible(self.flow.relevant(path))
            value_label = getattr(row, "value_label", None)
            if value_label is not None:
                value = self.session.calculated(path)
                text = self.session.display(path, self.lang) if value is not None else "—"
                value_label.setText(text)
                value_label.setAccessibleName(f"{row.label_text}: {text}")
            elif (
                row.editor is not None
                and self.session.prefilled(path)
                and not (focus is not None and row.isAncestorOf(focus))
                and row.value() != (self.session.raw(path) or None)
            ):
                row.set_value(self.session.raw(path))  # filled in for the officer: never ask twice
            if row.editor is not None and value_label is None:
                row.show_prefilled(self._prefilled_text(path))
            if path in self.shown:
                problem = self._problem_for(path)
                row.show_problem(
                    problem.message(self.lang) if problem else None, problem.severity if problem else ERROR
                )
        if self._summary_is_ours and self.summary.isVisibleTo(self):
            # The summary follows the corrections (a fixed answer leaves it; when none is left, it goes).
            # (Not one showing the back office's reasons: those stay until the application is sent again.)
            self.summary.show_problems(self._summary_entries(), focus=False)

    def _prefilled_text(self, path: str) -> str | None:
        """The cue under an answer filled in from the applicant's data or another answer (not a default)."""
        f = self.section_field(path)
        if f is None or not self.session.prefilled(path) or self.session.raw(path) == f.default:
            return None
        if f.profile_key and self.session.profile.get(f.profile_key) == self.session.raw(path):
            if f.profile_key in self.flow.from_document:
                return self.tr("Dari dokumen: dibaca dari KTP-el/KK pemohon. Periksa bersama pemohon; ubah bila salah.")
            return self.tr("Diisi otomatis dari permohonan sebelumnya. Periksa bersama pemohon; ubah bila salah.")
        return self.tr("Diisi otomatis dari jawaban lain. Ubah bila salah.")

    def _refresh_choices(self) -> None:
        # Cascading choices: a choice filter may offer other choices once an earlier answer changes.
        for path, row in list(self.all_rows().items()):
            f = self.section_field(path)
            editor = row.editor
            if f is None or f.choice_filter is None:
                continue
            if not isinstance(editor, ChoiceEditor | MultiChoiceEditor):
                continue
            choices = self._choices(path)
            if choices == editor.choices:
                continue
            layout = row.parentWidget().layout() if row.parentWidget() else None
            if layout is None or path not in self.rows:
                continue
            label, hint, optional = self._label(f)
            new = self._answer_row(f, path, label, hint, optional)
            layout.replaceWidget(row, new)
            new.show()
            retire(row, new)
            self.rows[path] = new

    def section_field(self, path: str) -> Field | None:
        try:
            return self.session.field(path)
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
            for p in self.session.problems(self.section.id)
            if p.field in paths and self.flow.relevant(p.field) and p.code != "unknown_field"
        ]

    def go_on(self) -> None:
        rows = self.all_rows()
        self.shown.update(p for p in rows if self.flow.relevant(p))
        self.refresh()
        entries = self._summary_entries()
        self._summary_is_ours = bool(entries)
        if entries:
            self.summary.show_problems(entries)
            self.scroll.ensureVisible(0, 0)
            return
        self.summary.clear()
        self.flow.go(self.flow.next_after(self.page_id))

    def _summary_entries(self) -> list[tuple[str, Callable[[], None]]]:
        errors = [p for p in self.section_problems() if p.severity == ERROR]
        return [(p.message(self.lang), lambda path=p.field: self.focus_field(path)) for p in errors]

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
            target = row.focus_target()
            # The first question that can be answered: never a disabled control (WCAG 2.4.3).
            if target is not None and target.isEnabled() and self.flow.relevant(path):
                self.scroll_to(row)  # its label with it; then the field itself, should the row be tall
                self.scroll_to(target)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
