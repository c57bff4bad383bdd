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
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.ui.shell.widgets import button

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
    """A separate top-level window for a second monitor (or half the laptop screen)."""

    read_aloud_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("applicantDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Layar pemohon"))
        self.setAccessibleName(self.tr("Layar pemohon"))
        self.content = DisplayContent()
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("applicantDisplayBody")
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)

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
        self.blank_note = label("display-hint")
        self.read_button = button(
            self.tr("Bacakan untuk pemohon"), description=self.tr("Bacakan isi layar ini")
        )
        self.read_button.clicked.connect(self.read_aloud)
        outer.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.blank()

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
        self.blank_note.setText("")
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
        for w in (self.heading, self.question, self.hint, self.choices, self.answer, self.items_title,
                  self.blank_note):
            w.setVisible(bool(w.text()))

    def visible_texts(self) -> list[str]:
        """Every text on screen now (tests use this to prove nothing else is shown)."""
        return [w.text() for w in self.findChildren(QLabel) if w.isVisibleTo(self) and w.text()]

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


def _shown(session: Any, path: str, lang: str) -> str:
    """The answer as the applicant reads it, or "" when there is none.

    An answer the engine cannot read yet (a NIK of 4 digits) is shown as typed: the applicant
    must see exactly what was entered for them, mistakes included.
    """
    value = session.value(path)
    if value is None or value == "" or value == []:
        raw = session.raw(path)
        return raw.strip() if isinstance(raw, str) else ""
    return session.display(path, lang)


def focused_row(page: Any) -> Any:
    """The question (FieldRow) of ``page`` that holds the keyboard focus, if any."""
    rows = page.all_rows() if hasattr(page, "all_rows") else {}
    return _row_of(QApplication.focusWidget(), rows)


def content_for(window: MainWindow) -> DisplayContent:
    """What the applicant may see of the officer's current screen (never the service list or queue)."""
    from mpp_assist.ui.desk.check_answers import CheckAnswersPage
    from mpp_assist.ui.desk.section_page import SectionPage

    flow = window.flow
    if flow is None or flow.page is None:
        return DisplayContent()
    lang = flow.ctx.lang
    page = flow.page
    session = flow.session
    heading = f"{flow.definition.name.get(lang)}: {page.heading.text()}"
    if isinstance(page, CheckAnswersPage):
        items = tuple(DisplayItem(r.label, r.value) for sec in session.summary(lang) for r in sec.rows)
        title = QApplication.translate("ApplicantDisplay", "Ringkasan jawaban")
        return DisplayContent(heading=heading, items_title=title, items=items)
    if isinstance(page, SectionPage):
        items = []
        for path, row in page.all_rows().items():
            if row.isVisibleTo(page) and (text := _shown(session, path, lang)):
                items.append(DisplayItem(row.label_text, text))
        current = focused_row(page)
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
        if name != "form":
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
