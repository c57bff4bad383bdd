"""One applicant's application, page by page: checklist → sections → check answers → submit.

``FormFlow`` holds the answers in a ``forms.FormSession`` and asks it
what is relevant, calculated and wrong after every change; pages only render
that. Every change is saved to the draft before anything else happens, so the
app can be killed at any moment and resume where the officer was.

The draft's ``position`` is a small JSON object owned by this module: the page
(``requirements``, ``section:<id>`` or ``check``) and the requirement marks.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mpp_assist.applications import DuplicateWarning, InvalidAnswers, duplicate_warning, submit
from mpp_assist.attestation import ApplicantWord, WordError
from mpp_assist.forms import Evaluation, FormDefinition, FormSession, Problem
from mpp_assist.forms.engine import is_empty
from mpp_assist.forms.model import Section
from mpp_assist.security.errors import SecurityError
from mpp_assist.store import Application, Draft, StoreError
from mpp_assist.ui.desk.step_indicator import Step, StepIndicator
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.widgets import retire

REQUIREMENTS = "requirements"
CHECK = "check"


@dataclass
class FlowState:
    definition: FormDefinition
    draft_id: str
    page: str
    answers: dict[str, Any] = field(default_factory=dict)
    requirements: dict[str, str] = field(default_factory=dict)
    # Correcting a stored application (ui/desk/correction.py): its id and the server's reasons.
    correcting: str | None = None
    reasons: list[dict[str, str]] = field(default_factory=list)
    # Whether the applicant reads for themselves (asked on the consent page); when not, check
    # answers must be read back to them and the officer confirms it before submitting.
    reads_self: bool = True

    @classmethod
    def new(cls, definition: FormDefinition) -> FlowState:
        first = REQUIREMENTS if definition.requirements else f"section:{definition.sections[0].id}"
        return cls(definition, str(uuid.uuid4()), first)

    @classmethod
    def from_draft(cls, definition: FormDefinition, draft: Draft) -> FlowState:
        state = cls.new(definition)
        state.draft_id = draft.id
        state.answers = dict(draft.answers) if isinstance(draft.answers, dict) else {}
        try:
            position = json.loads(draft.position) if draft.position else {}
        except ValueError:
            position = {}
        if isinstance(position, dict):
            page = position.get("page")
            if isinstance(page, str) and _page_exists(definition, page):
                state.page = page
            marks = position.get("requirements")
            if isinstance(marks, dict):
                state.requirements = {str(k): str(v) for k, v in marks.items()}
            state.reads_self = position.get("reads_self") is not False  # a draft from before: reads
        return state

    def position(self) -> str:
        where: dict[str, Any] = {"page": self.page, "requirements": self.requirements}
        if not self.reads_self:  # a resumed draft still needs the read-back
            where["reads_self"] = False
        return json.dumps(where, sort_keys=True)


def _page_exists(definition: FormDefinition, page: str) -> bool:
    if page in (REQUIREMENTS, CHECK):
        return page != REQUIREMENTS or bool(definition.requirements)
    return page.startswith("section:") and any(s.id == page[8:] for s in definition.sections)


class FormFlow(QWidget):
    submitted = Signal(object)  # Application
    cancelled = Signal()
    page_changed = Signal(str)
    show_existing = Signal(str)  # a receipt number: the officer wants to see that open application

    def __init__(
        self,
        ctx: AppContext,
        state: FlowState,
        parent: QWidget | None = None,
        *,
        profile: dict[str, Any] | None = None,
        from_document: set[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The profile keys read from the applicant's KTP-el/KK (their answers are marked "Dari dokumen").
        self.from_document: set[str] = set(from_document or ())
        self.state_ = state
        self.definition = state.definition
        self.setObjectName("formFlow")
        # ``profile``: what earlier applications of this applicant told us (nik, nama_lengkap…): never ask twice.
        self.session = FormSession(self.definition, state.answers, profile=profile, today=ctx.today())
        self.return_to_check = False
        # A correction's approving supervisor (ui/desk/correction.py sets this); None: no approval given.
        self.approve_correction: Callable[[], str | None] = lambda: None
        # Read aloud for the applicant (the window's speech; silent where there is none), and whether
        # the applicant reads for themselves (the consent page asked; else check answers must be read
        # back to them).
        self.speak: Callable[[str], None] = lambda _text: None
        self.reads_self = state.reads_self
        self.page: QWidget | None = None
        self._focus_path: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._layout = layout
        # Outside the page's scroll: always in view, whatever the page's length.
        self.steps = StepIndicator()
        layout.addWidget(self.steps)
        self.go(state.page)

    # -- state ---------------------------------------------------------------------

    def state(self) -> FlowState:
        return self.state_

    @property
    def answers(self) -> dict[str, Any]:
        """Everything typed so far (what the draft holds)."""
        return self.session.answers()

    @property
    def evaluation(self) -> Evaluation:
        return self.session.evaluation()

    def has_answers(self) -> bool:
        """The officer gave something: what was filled in for them (profile, defaults) alone is no draft."""
        return any(
            not is_empty(v) and not self.session.prefilled(k) for k, v in self.answers.items()
        ) or bool(self.state_.requirements)

    def save_draft(self) -> None:
        """Write the answers and position to the draft (durable when this returns)."""
        self.state_.answers = self.answers
        if not self.has_answers() or self.state_.correcting:
            return  # a correction's answers are the stored application's: a draft would start a new one
        try:
            self.ctx.store.save_draft(
                draft_id=self.state_.draft_id, service_id=self.definition.id, answers=self.state_.answers,
                position=self.state_.position(), officer=self.ctx.settings.get("officer"),
            )
        except (sqlite3.Error, StoreError) as exc:
            self._report_save_failure(exc)

    def _report_save_failure(self, exc: Exception) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Jawaban belum tersimpan ke disk: {error}. Jangan tutup aplikasi.").format(error=exc)
            )

    def set_answer(self, path: str, value: Any) -> None:
        """The officer changed the answer at ``path`` ("nik", "saksi[1].nama"): keep it, save the draft."""
        self.session.set(path, None if is_empty(value) else value)
        self.save_draft()

    def add_item(self, group_id: str) -> int:
        index = self.session.add_item(group_id)
        self.save_draft()
        return index

    def remove_item(self, group_id: str, index: int) -> None:
        self.session.remove_item(group_id, index)
        self.save_draft()

    def set_requirement(self, requirement_id: str, state: str) -> None:
        self.state_.requirements[requirement_id] = state
        self.save_draft()

    # -- what the engine says --------------------------------------------------------

    def relevant(self, path: str) -> bool:
        return self.session.is_relevant(path)

    def sections(self) -> list[Section]:
        """Sections relevant to the answers so far, in order."""
        return self.session.relevant_sections()

    def problems(self, paths: set[str] | None = None, severity: str | None = None) -> list[Problem]:
        out = []
        for p in self.evaluation.problems:
            if severity and p.severity != severity:
                continue
            if p.code == "unknown_field":
                continue
            if paths is None or _top(p.field) in paths:
                out.append(p)
        return out

    # -- navigation ------------------------------------------------------------------

    def go(self, page: str, focus_path: str | None = None) -> None:
        from mpp_assist.ui.desk.check_answers import CheckAnswersPage
        from mpp_assist.ui.desk.section_page import RequirementsPage, SectionPage

        if page.startswith("section:") and not any(s.id == page[8:] for s in self.sections()):
            page = CHECK
        self.state_.page = page
        self.save_draft()
        old = self.page
        if page == REQUIREMENTS:
            self.page = RequirementsPage(self)
        elif page == CHECK:
            self.return_to_check = False
            self.page = CheckAnswersPage(self)
        else:
            self.page = SectionPage(self, self.definition.section(page[8:]))
        if old is not None:
            self._layout.removeWidget(old)
            retire(old, self)
        self._layout.addWidget(self.page, 1)
        self.page.show()
        self._update_steps(page)
        if self.state_.reasons:
            from mpp_assist.ui.desk.correction import show_reasons

            show_reasons(self, self.page)
        self._focus_path = focus_path
        if self.isVisible():
            self._enter_page(focus_path)
        self.page_changed.emit(page)

    def _update_steps(self, page: str) -> None:
        lang = self.ctx.lang
        steps = [Step(REQUIREMENTS, self.tr("Dokumen"))] if self.definition.requirements else []
        steps += [Step(f"section:{s.id}", s.title.get(lang)) for s in self.sections()]
        steps.append(Step(CHECK, self.tr("Periksa")))
        self.steps.set_steps(steps, page)
        known = self.session.profile_updates()
        self.steps.set_applicant(
            str(known.get("nama_lengkap") or ""), str(known.get("nik") or ""), self.definition.name.get(lang)
        )

    def enter(self) -> None:
        """The flow has just been put on screen: focus where its page wants."""
        if self.page is not None:
            self._enter_page(self._focus_path)

    def _enter_page(self, focus_path: str | None) -> None:
        self.page.enter(focus_path)
        summary = getattr(self.page, "summary", None)
        if focus_path is None and summary is not None and summary.isVisible():
            summary.setFocus()  # the server's reasons, read first (GOV.UK's error summary)

    def next_after(self, page: str) -> str:
        if self.return_to_check:
            return CHECK
        sections = self.sections()
        if page == REQUIREMENTS:
            return f"section:{sections[0].id}" if sections else CHECK
        ids = [s.id for s in sections]
        current = page[8:]
        if current in ids and ids.index(current) + 1 < len(ids):
            return f"section:{ids[ids.index(current) + 1]}"
        return CHECK

    def back_from(self, page: str) -> None:
        sections = self.sections()
        ids = [s.id for s in sections]
        if page == CHECK:
            self.go(
                f"section:{ids[-1]}" if ids else (REQUIREMENTS if self.definition.requirements else CHECK)
            )
            return
        if self.return_to_check:
            self.go(CHECK)
            return
        if page == REQUIREMENTS:
            self.leave()
            return
        current = page[8:]
        index = ids.index(current) if current in ids else 0
        if index > 0:
            self.go(f"section:{ids[index - 1]}")
        elif self.definition.requirements:
            self.go(REQUIREMENTS)
        else:
            self.leave()

    def change(self, field_path: str) -> None:
        """ "Ubah" on check answers: go to the field, then back to check answers."""
        if field_path == REQUIREMENTS:
            self.return_to_check = True
            self.go(REQUIREMENTS)
            return
        section = self.definition.section_of(field_path)
        self.go(f"section:{section.id}", focus_path=field_path)
        self.return_to_check = True

    def leave(self) -> None:
        """Back to the service list; the draft stays and is offered there."""
        self.save_draft()
        self.cancelled.emit()

    # -- submit ------------------------------------------------------------------------

    def duplicate(self) -> DuplicateWarning | None:
        """Before submit: an open application of this NIK for this service on this desk (the officer decides).

        None for a correction (it is the open application) and when the check cannot be made: a warning
        must never stop an application from being stored.
        """
        if self.state_.correcting:
            return None
        try:
            return duplicate_warning(self.ctx.store, self.definition, self.answers, desk=self.ctx.settings.get("desk"))
        except (sqlite3.Error, StoreError):
            return None

    def submit(self, word: ApplicantWord | None = None) -> list[Problem] | str | None:
        """Store the application; on success emit ``submitted``. Returns problems or a message if not."""
        settings = self.ctx.settings
        # Only the documents this application needs (a mark left from another answer is dropped).
        requirements = {
            r.id: self.state_.requirements[r.id]
            for r in self.session.requirements()
            if r.id in self.state_.requirements
        }
        try:
            if self.state_.correcting:
                from mpp_assist.applications import correct

                approved_by = self.approve_correction()
                application: Application = correct(
                    self.ctx.store, self.definition, self.state_.correcting, self.answers, today=self.ctx.today(),
                    approved_by=approved_by,
                )
                self.submitted.emit(application)
                return None
            application = submit(
                self.ctx.store,
                self.definition,
                self.answers,
                officer=settings.get("officer"),
                desk=settings.get("desk"),
                requirements=requirements,
                draft_id=self.state_.draft_id,
                today=self.ctx.today(),
                word=word,
            )
        except WordError as exc:
            return exc.message
        except InvalidAnswers as exc:
            return exc.problems
        except SecurityError as exc:  # a correction without a supervisor's approval: nothing changed
            return exc.message
        except (sqlite3.Error, StoreError) as exc:
            return self.tr("Permohonan belum tersimpan: {error}. Jawaban masih ada; coba kirim lagi.").format(
                error=exc
            )
        self.submitted.emit(application)
        return None


def _top(path: str) -> str:
    return path.split("[", 1)[0].split(".", 1)[0]


__all__ = ["CHECK", "REQUIREMENTS", "FlowState", "FormFlow"]
