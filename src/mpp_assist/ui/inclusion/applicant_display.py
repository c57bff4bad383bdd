"""The display facing the applicant: the current question, what was entered for them, the summary.

Assisted-digital guidance: the person being helped should see what is entered for them; here they
can also hear it (``read_aloud_requested``). The window is fed plain data (``DisplayContent``)
built from the officer's current page only, so it cannot show other applicants or the queue; it
is blanked when the app locks or a new applicant starts. Large, high-contrast type comes from the
theme manager's stylesheet (``#applicantDisplay``), like every other size and colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.ui.shell.widgets import button, scroll_area

if TYPE_CHECKING:
    from mpp_assist.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class DisplayItem:
    label: str
    value: str


@dataclass(frozen=True)
class DisplayContent:
    heading: str = ""  # the service, or the page ("Periksa jawaban")
    question: str = ""  # the question the officer is on
    hint: str = ""
    choices: tuple[str, ...] = ()
    answer: str = ""  # what the officer entered for that question
    items_title: str = ""  # "Sudah diisi" or "Ringkasan jawaban"
    items: tuple[DisplayItem, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not (self.heading or self.question or self.items)


class ApplicantDisplay(QWidget):
    """What the applicant sees: a window on a second screen, a panel docked beside the form, or the
    whole screen turned to them (``display_placement`` decides where). Three faces: the welcome
    (nothing of anyone), the officer's current page, and the satisfaction survey."""

    read_aloud_requested = Signal(str)
    back_to_officer = Signal()  # Escape or the button, in the full-screen "turned to the applicant" mode

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("applicantDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Layar pemohon"))
        self.setAccessibleName(self.tr("Layar pemohon"))
        self.content = DisplayContent()
        self.survey: QWidget | None = None
        outer = QVBoxLayout(self)
        self.faces = QStackedWidget()
        outer.addWidget(self.faces, 1)

        # The welcome: centred, never a line at the bottom of an empty window.
        self.welcome = QWidget()
        self.welcome.setObjectName("applicantDisplayBody")
        welcome = QVBoxLayout(self.welcome)
        self.blank_note = QLabel()
        self.blank_note.setObjectName("displayWelcome")
        self.blank_note.setProperty("role", "display-heading")
        self.blank_note.setWordWrap(True)
        self.blank_note.setTextFormat(Qt.TextFormat.PlainText)
        self.blank_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        welcome.addStretch(1)
        welcome.addWidget(self.blank_note)
        welcome.addStretch(2)  # a little above the middle, where the eye looks first
        self.faces.addWidget(self.welcome)

        body = QWidget()
        body.setObjectName("applicantDisplayBody")
        self.body = QVBoxLayout(body)
        scroll = scroll_area(self.tr("Layar pemohon"), body)
        self.page_face = scroll
        self.faces.addWidget(scroll)

        def label(role: str) -> QLabel:
            w = QLabel()
            w.setProperty("role", role)
            w.setWordWrap(True)
            w.setTextFormat(Qt.TextFormat.PlainText)
            self.body.addWidget(w)
            return w

        self.heading = label("display-heading")
        self.question = label("display-question")
        self.hint = label("display-hint")
        self.choices = label("display-hint")
        self.answer = label("display-answer")
        self.items_title = label("display-heading")
        self.items_grid = QGridLayout()
        self.items_grid.setColumnStretch(1, 1)
        self.body.addLayout(self.items_grid)
        self.body.addStretch(1)
        self.read_button = button(
            self.tr("Bacakan untuk pemohon"), description=self.tr("Bacakan isi layar ini")
        )
        self.read_button.clicked.connect(self.read_aloud)
        self.back_button = button(
            self.tr("Kembali ke petugas (Esc)"),
            description=self.tr("Tutup layar penuh dan kembali ke formulir petugas"),
        )
        self.back_button.setObjectName("displayBackToOfficer")
        self.back_button.clicked.connect(self.back_to_officer)
        self.back_button.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addLayout(buttons)
        self.blank()

    def set_full_screen_mode(self, on: bool) -> None:
        """In the full-screen mode the officer has a visible way back (and Escape)."""
        self.back_button.setVisible(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisibleTo(self):
            self.back_to_officer.emit()
            return
        super().keyPressEvent(event)

    # -- the survey --------------------------------------------------------------------------------

    def show_survey(self, survey: QWidget) -> None:
        """The survey takes the whole display until ``end_survey`` (it shows nothing of the applicant)."""
        self.end_survey()
        self.survey = survey
        self.faces.addWidget(survey)
        self.faces.setCurrentWidget(survey)
        self.read_button.hide()
        survey.setFocus(Qt.FocusReason.OtherFocusReason)

    def end_survey(self) -> None:
        survey, self.survey = self.survey, None
        if survey is None:
            return
        self.faces.removeWidget(survey)
        survey.hide()
        survey.deleteLater()
        self.read_button.show()
        self._show_filled()

    # -- what is shown ---------------------------------------------------------------------------

    def show_content(self, content: DisplayContent) -> None:
        if content.empty:
            self.blank()
            return
        self.content = content
        self.heading.setText(content.heading)
        self.question.setText(content.question)
        self.hint.setText(content.hint)
        choices = ", ".join(content.choices)
        self.choices.setText(self.tr("Pilihan: {choices}").format(choices=choices) if choices else "")
        if content.question:
            self.answer.setText(content.answer or self.tr("Belum diisi"))
        else:
            self.answer.setText("")
        self.items_title.setText(content.items_title if content.items else "")
        self._fill_items(content.items)
        self._show_filled()
        self.read_button.setEnabled(True)

    def blank(self, note: str = "") -> None:
        """Show nothing of any applicant (lock, new applicant, the service list)."""
        self.content = DisplayContent()
        for w in (self.heading, self.question, self.hint, self.choices, self.answer, self.items_title):
            w.setText("")
        self._fill_items(())
        self.blank_note.setText(note or self.tr("Selamat datang. Silakan menunggu petugas."))
        self._show_filled()
        self.read_button.setEnabled(False)

    def _fill_items(self, items: tuple[DisplayItem, ...]) -> None:
        while self.items_grid.count():
            item = self.items_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        for row, it in enumerate(items):
            key = QLabel(it.label)
            key.setProperty("role", "display-key")
            key.setWordWrap(True)
            key.setTextFormat(Qt.TextFormat.PlainText)
            value = QLabel(it.value)
            value.setProperty("role", "display-value")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAccessibleName(f"{it.label}: {it.value}")
            self.items_grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            self.items_grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            key.show()  # children added to a shown window are otherwise shown only later
            value.show()

    def _show_filled(self) -> None:
        for w in (self.heading, self.question, self.hint, self.choices, self.answer, self.items_title):
            w.setVisible(bool(w.text()))
        if self.survey is None:
            self.faces.setCurrentWidget(self.welcome if self.content.empty else self.page_face)

    def visible_texts(self) -> list[str]:
        """Every text on screen now (tests use this to prove nothing else is shown)."""
        face = self.faces.currentWidget()
        return [w.text() for w in face.findChildren(QLabel) if w.isVisibleTo(face) and w.text()]

    def spoken_text(self) -> str:
        """What is on screen as one text to read aloud, in screen order."""
        c = self.content
        parts = [c.heading, c.question, c.hint]
        if c.choices:
            parts.append(self.tr("Pilihan: {choices}").format(choices=", ".join(c.choices)))
        if c.question:
            filled = self.tr("Diisi: {answer}").format(answer=c.answer)
            parts.append(filled if c.answer else self.tr("Belum diisi"))
        if c.items:
            parts.append(c.items_title)
            parts += [f"{i.label}: {i.value}" for i in c.items]
        return "\n".join(p if p.endswith((".", ":", "?", "!")) else p + "." for p in parts if p)

    def read_aloud(self) -> None:
        text = self.spoken_text()
        if text:
            self.read_aloud_requested.emit(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.blank()
        super().closeEvent(event)


# -- following the officer's screen ------------------------------------------------------------------


def _row_of(widget: QWidget | None, rows: dict[str, Any]) -> Any:
    """The FieldRow (a value of ``rows``) that contains ``widget``, if any."""
    targets = {id(r): r for r in rows.values()}
    while widget is not None:
        if id(widget) in targets:
            return targets[id(widget)]
        widget = widget.parentWidget()
    return None


_GROUPED_TYPES = ("nik", "kk")
NBSP = "\u00a0"  # 16-digit numbers the applicant checks four digits at a time


def grouped_digits(text: str, size: int = 4) -> str:
    """``3201234567890001`` → ``3201 2345 6789 0001`` (the receipt's 4-4-4-4 grouping, unmasked).

    Anything that is not purely digits (a mistyped "32O1") is returned as typed: the applicant
    must see exactly what was entered for them.
    """
    compact = text.replace(" ", "").replace(NBSP, "")
    if not compact.isdigit():
        return text
    # No-break spaces: the number is never split across two lines (a narrow docked display wrapped it).
    return NBSP.join(compact[i:i + size] for i in range(0, len(compact), size))


def _shown(session: Any, path: str, lang: str) -> str:
    """The answer as the applicant reads it, or "" when there is none.

    An answer the engine cannot read yet (a NIK of 4 digits) is shown as typed: the applicant
    must see exactly what was entered for them, mistakes included. A NIK or KK number is grouped
    4-4-4-4 so it can be checked against the card.
    """
    value = session.value(path)
    if value is None or value == "" or value == []:
        raw = session.raw(path)
        text = raw.strip() if isinstance(raw, str) else ""
    else:
        text = session.display(path, lang)
    return grouped_digits(text) if text and _is_grouped(session, path) else text


def _is_grouped(session: Any, path: str) -> bool:
    try:
        return session.field(path).type in _GROUPED_TYPES
    except (KeyError, ValueError, AttributeError):
        return False


def focused_row(page: Any) -> Any:
    """The question (FieldRow) of ``page`` that holds the keyboard focus, if any."""
    rows = page.all_rows() if hasattr(page, "all_rows") else {}
    return _row_of(QApplication.focusWidget(), rows)


def _requirements_content(flow: Any, heading: str) -> DisplayContent:
    """The documents to bring, each with what the officer marked (or "Belum ditandai")."""
    from mpp_assist.ui.desk.requirements_page import sptjm_number, state_label

    lang = flow.ctx.lang
    marks = flow.state().requirements
    unmarked = QApplication.translate("ApplicantDisplay", "Belum ditandai")
    items = tuple(
        DisplayItem(r.name.get(lang), state_label(marks[r.id], sptjm_number(flow.definition.id, r.id))
                    if r.id in marks else unmarked)
        for r in flow.session.requirements()
    )
    title = QApplication.translate("ApplicantDisplay", "Dokumen yang diperlukan")
    return DisplayContent(heading=heading, items_title=title, items=items)


def content_for(window: MainWindow) -> DisplayContent:
    """What the applicant may see of the officer's current screen (never the service list or queue)."""
    from mpp_assist.ui.desk.check_answers import CheckAnswersPage
    from mpp_assist.ui.desk.section_page import RequirementsPage, SectionPage

    # A place may show the applicant one thing of its own (Antrian: the number being called).
    view = getattr(window.stack.currentWidget(), "applicant_view", None)
    if callable(view):
        shown = view()
        return DisplayContent(heading=shown[0], question=shown[1]) if shown else DisplayContent()
    flow = window.flow
    if flow is None or flow.page is None:
        return DisplayContent()
    lang = flow.ctx.lang
    page = flow.page
    session = flow.session
    heading = f"{flow.definition.name.get(lang)}: {page.heading.text()}"
    if isinstance(page, CheckAnswersPage):
        items = tuple(
            DisplayItem(r.label, grouped_digits(r.value) if _is_grouped(session, r.path) else r.value)
            for sec in session.summary(lang) for r in sec.rows
        )
        title = QApplication.translate("ApplicantDisplay", "Ringkasan jawaban")
        return DisplayContent(heading=heading, items_title=title, items=items)
    if isinstance(page, RequirementsPage):
        return _requirements_content(flow, heading)
    if isinstance(page, SectionPage):
        current = focused_row(page)
        items = []
        for path, row in page.all_rows().items():
            if row is current:
                continue  # the question being typed is shown once, as the question, not again below
            if row.isVisibleTo(page) and (text := _shown(session, path, lang)):
                items.append(DisplayItem(row.label_text, text))
        question = hint = answer = ""
        choices: tuple[str, ...] = ()
        if current is not None:
            question, hint = current.label_text, current.hint_text
            answer = _shown(session, current.path, lang)
            choices = tuple(c.label.get(lang) for c in session.choices(current.path))
        return DisplayContent(
            heading=heading,
            question=question,
            hint=hint,
            choices=choices,
            answer=answer,
            items_title=QApplication.translate("ApplicantDisplay", "Sudah diisi") if items else "",
            items=tuple(items),
        )
    return DisplayContent(heading=heading)


class DisplayFollower(QObject):
    """Keeps an ``ApplicantDisplay`` in step with the main window: pages, focus and answers."""

    def __init__(self, window: MainWindow, display: ApplicantDisplay) -> None:
        super().__init__(window)
        self.window = window
        self.display = display
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)  # coalesce a burst of changes into one refresh
        self._pending.timeout.connect(self.refresh)
        window.screen_changed.connect(self._on_screen)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus)
        self.refresh()

    def _on_screen(self, name: str) -> None:
        page = self.window.stack.currentWidget()
        changed = getattr(page, "applicant_view_changed", None)
        if changed is not None and not page.property("displayFollowed"):
            page.setProperty("displayFollowed", True)
            changed.connect(self.schedule)
        if name != "form" and changed is None:
            self.display.blank()
        flow = self.window.flow
        if flow is not None and not flow.property("displayFollowed"):
            flow.setProperty("displayFollowed", True)
            flow.page_changed.connect(lambda _p: self._watch_rows())
        self._watch_rows()
        self.schedule()

    def _watch_rows(self) -> None:
        flow = self.window.flow
        page = getattr(flow, "page", None) if flow is not None else None
        for row in getattr(page, "all_rows", dict)().values():
            if not row.property("displayFollowed"):
                row.setProperty("displayFollowed", True)
                row.changed.connect(self.schedule)
        for checklist in (getattr(page, "checklist", None), getattr(page, "conditional", None)):
            for group in getattr(checklist, "groups", {}).values():
                if not group.property("displayFollowed"):
                    group.setProperty("displayFollowed", True)
                    group.buttonToggled.connect(lambda *_a: self.schedule())
        self.schedule()

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self.window:
            self.schedule()

    def schedule(self) -> None:
        self._pending.start()

    def refresh(self) -> None:
        self.display.show_content(content_for(self.window))

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            try:
                app.focusChanged.disconnect(self._on_focus)
            except (RuntimeError, TypeError):
                pass
        self._pending.stop()
