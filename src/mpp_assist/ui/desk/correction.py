"""Correcting an application the server refused ("Perbaiki" on the applications page).

The stored answers open in the normal form flow, with the server's reasons in the
error summary at the top of the first page and beside each field they name. Check
answers then stores the corrected version with ``applications.correct`` (checked as
at submit, new scans sealed, queued again in one transaction) instead of a new
application; the sync worker sends it, as a correction when the server already
holds an earlier version. An officer-role session's correction needs a supervisor's
approval at Check answers (``ui/protection/approval.py``); a supervisor or admin approves their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from mpp_assist.forms import ERROR, UnknownService
from mpp_assist.store import Application
from mpp_assist.sync import outbox
from mpp_assist.ui.desk.form_flow import FlowState, FormFlow
from mpp_assist.ui.protection.approval import ask_approval

if TYPE_CHECKING:
    from mpp_assist.ui.shell.main_window import MainWindow


def correction_state(definition: Any, app: Application, reasons: list[dict[str, str]]) -> FlowState:
    """The flow over ``app``'s stored answers, starting at the first section."""
    state = FlowState.new(definition)
    state.page = f"section:{definition.sections[0].id}"
    state.answers = dict(app.answers)
    state.requirements = dict(app.requirements)
    state.correcting = app.id
    state.reasons = [r for r in reasons if isinstance(r, dict)]
    return state


def reason_text(reason: dict[str, str]) -> str:
    return str(reason.get("message") or reason.get("code") or "") or QCoreApplication.translate(
        "Correction", "Server menolak permohonan ini tanpa alasan."
    )


def show_reasons(flow: FormFlow, page: Any) -> None:
    """The server's reasons on ``page``: beside the fields it shows, and (first page only) at the top."""
    from mpp_assist.ui.desk.section_page import SectionPage

    reasons = flow.state_.reasons
    rows = page.all_rows() if isinstance(page, SectionPage) else {}
    for r in reasons:
        row = rows.get(str(r.get("field") or ""))
        if row is not None:
            row.show_problem(reason_text(r), ERROR)
    if getattr(flow, "_reasons_shown", False):
        return
    flow._reasons_shown = True  # type: ignore[attr-defined]
    entries: list[tuple[str, Callable[[], None]]] = []
    for r in reasons:
        path = str(r.get("field") or "")
        entries.append((reason_text(r), lambda path=path: _go_to(flow, page, path)))
    page.summary.show_problems(entries)


def _go_to(flow: FormFlow, page: Any, path: str) -> None:
    """A summary link: the field it names (on this page or its own section's), else the first question."""
    if flow.page is page and hasattr(page, "all_rows") and path in page.all_rows():
        page.focus_field(path)
        return
    try:
        section = flow.definition.section_of(path)
    except KeyError:  # no such field under this form version: the reason is about the whole application
        page.enter(None)
        return
    flow.go(f"section:{section.id}", focus_path=path)


def open_correction(
    window: MainWindow, app_id: str, *, on_done: Callable[[Application], None], on_cancel: Callable[[], None]
) -> str | None:
    """Show ``app_id``'s answers for correction in ``window``; a message when it cannot be corrected."""
    ctx = window.ctx
    app = ctx.store.get_application(app_id)
    entry = outbox.entry(ctx.store, app_id)
    if app is None or entry is None or app.status != "needs_correction":
        return QCoreApplication.translate("Correction", "Permohonan ini tidak perlu diperbaiki.")
    try:
        definition = ctx.catalogue.get(app.service_id)
    except UnknownService:  # only that is "no longer in the catalogue"; any other failure is a bug to see
        return QCoreApplication.translate(
            "Correction", "Layanan {service} tidak ada lagi di katalog; permohonan ini tidak bisa diperbaiki."
        ).format(service=app.service_id)
    if window.flow is not None:
        window.flow.save_draft()  # the applicant's draft in progress is offered again on the service list
    window.drop_pages()
    window.applicant_profile.clear()  # this application's applicant, not the one before
    flow = FormFlow(ctx, correction_state(definition, app, entry.reasons))
    flow.approve_correction = lambda: ask_approval(window)  # an officer's correction: a supervisor approves
    flow.submitted.connect(on_done)
    flow.cancelled.connect(on_cancel)
    window.show_form(flow)
    return None
