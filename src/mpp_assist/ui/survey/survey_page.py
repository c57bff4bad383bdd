"""The satisfaction survey (SKM, Permen PANRB 14/2017) as the applicant answers it: one element per screen.

Shown on the applicant display after the receipt, never pressed on the citizen: the first screen
offers *Mulai* and *Lewati*. Each of the nine elements is one screen with its four answers in the
regulation's wording as four large buttons with pictograms, chosen by touch, mouse or the keys 1–4;
every question and answer is read aloud (``speak``). In *interview mode* the officer reads the
questions and enters the citizen's answers; the mode is recorded with the response.

Anonymous: the response holds service, desk, day and mode only (``survey.model``); it is stored
durably (``survey.storage.save``) before the thank-you screen says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.forms import dates
from mpp_assist.store import Store
from mpp_assist.survey import speech as survey_speech
from mpp_assist.survey import storage
from mpp_assist.survey.model import Response, SurveyError, check_suggestion, make_response
from mpp_assist.survey.questionnaire import ELEMENTS, PROFILE, Element, ProfileQuestion
from mpp_assist.ui.shell.icons import icon, one_colour

# One pictogram per answer value, worst (1) to best (4): the same faces on every element.
FACES = (
    "mdi6.emoticon-sad-outline",
    "mdi6.emoticon-neutral-outline",
    "mdi6.emoticon-happy-outline",
    "mdi6.emoticon-excited-outline",
)
_ANSWER_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}


def _face(value: int, color: str) -> QIcon:
    return icon(FACES[value - 1], one_colour(color))


class QuestionScreen(QWidget):
    """One element: its name, its question and four large answer buttons (keys 1–4)."""

    answered = Signal(int)

    def __init__(self, element: Element, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.element = element
        self.setObjectName(f"surveyQuestion{element.code}")
        layout = QVBoxLayout(self)
        self.progress = QLabel()
        self.progress.setObjectName("surveyProgress")
        self.title = QLabel()
        self.title.setObjectName("surveyElement")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("surveyQuestionText")
        for label, scale in ((self.title, 1.5), (self.question, 1.25)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(label is self.title)
            label.setFont(font)
        layout.addWidget(self.progress)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addStretch(1)
        grid = QGridLayout()
        self.buttons: list[QPushButton] = []
        for value in range(1, 5):
            button = QPushButton()
            button.setObjectName(f"surveyAnswer{value}")
            button.setMinimumHeight(72)
            button.setIconSize(QSize(40, 40))
            button.clicked.connect(lambda _=False, v=value: self.answered.emit(v))
            grid.addWidget(button, (value - 1) // 2, (value - 1) % 2)
            self.buttons.append(button)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        e = self.element
        self.progress.setText(self.tr("Pertanyaan {number} dari {count}").format(number=e.number, count=len(ELEMENTS)))
        self.title.setText(e.label())
        self.question.setText(e.question_text())
        color = self.palette().buttonText().color().name()
        for value, button in enumerate(self.buttons, start=1):
            text = e.answer_text(value)
            button.setText(f"{value}  {text}")
            button.setIcon(_face(value, color))
            button.setAccessibleName(text)
            button.setAccessibleDescription(self.tr("Tekan {key}").format(key=value))

    def mark(self, value: int | None) -> None:
        """Show the answer already given (coming back to a question)."""
        for v, button in enumerate(self.buttons, start=1):
            button.setProperty("chosen", v == value)
            button.style().unpolish(button)
            button.style().polish(button)


class ProfileScreen(QWidget):
    """The optional respondent profile: one row of choice buttons per question; none is required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyProfile")
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.groups: dict[str, QButtonGroup] = {}
        self.labels: dict[str, QLabel] = {}
        self.choice_buttons: dict[str, list[tuple[str, QPushButton]]] = {}
        for q in PROFILE:
            label = QLabel()
            label.setWordWrap(True)
            row = QHBoxLayout()
            group = QButtonGroup(self)
            group.setExclusive(False)  # pressing the chosen one again takes the answer back
            buttons = []
            for choice in q.ids():
                b = QPushButton()
                b.setCheckable(True)
                b.setObjectName(f"profile_{q.field}_{choice}")
                b.toggled.connect(lambda on, field=q.field, b=b: self._only(field, b, on))
                group.addButton(b)
                row.addWidget(b)
                buttons.append((choice, b))
            row.addStretch(1)
            layout.addWidget(label)
            layout.addLayout(row)
            self.groups[q.field], self.labels[q.field], self.choice_buttons[q.field] = group, label, buttons
        layout.addStretch(1)
        self.retranslate()

    def _only(self, field: str, button: QPushButton, on: bool) -> None:
        if on:
            for _c, other in self.choice_buttons[field]:
                if other is not button:
                    other.setChecked(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Tentang Anda (boleh dilewati)"))
        self.hint.setText(self.tr("Pilih bila Anda mau. Tidak ada nama atau NIK yang dicatat."))
        for q in PROFILE:
            self.labels[q.field].setText(_profile_label(q))
            for choice, b in self.choice_buttons[q.field]:
                b.setText(q.choice_label(choice))
                b.setAccessibleName(f"{_profile_label(q)}: {q.choice_label(choice)}")

    def values(self) -> dict[str, str]:
        out = {}
        for field, buttons in self.choice_buttons.items():
            for choice, b in buttons:
                if b.isChecked():
                    out[field] = choice
        return out


def _profile_label(q: ProfileQuestion) -> str:
    from mpp_assist.i18n import translate

    return translate("Survey", q.label)


class SurveyPage(QWidget):
    """Intro → nine elements → profile and suggestion → thanks. ``finished`` carries the Response, or None."""

    finished = Signal(object)

    def __init__(
        self,
        *,
        store: Store,
        service_id: str,
        desk: str,
        today: Callable[[], date] = dates.today,
        speak: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveyPage")
        self.store, self.service_id, self.desk, self.today = store, service_id, desk, today
        self.speak = speak or (lambda _text: None)
        self.answers: list[int | None] = [None] * len(ELEMENTS)
        self.response: Response | None = None
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.intro = QWidget()
        intro = QVBoxLayout(self.intro)
        self.intro_title = QLabel()
        self.intro_title.setProperty("role", "heading")
        self.intro_title.setWordWrap(True)
        self.intro_text = QLabel()
        self.intro_text.setWordWrap(True)
        self.interview = QCheckBox()
        self.interview.setObjectName("surveyInterview")
        self.start_button = QPushButton()
        self.start_button.setObjectName("surveyStart")
        self.start_button.setProperty("kind", "primary")
        self.start_button.setMinimumHeight(64)
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("surveySkip")
        self.skip_button.setMinimumHeight(64)
        self.start_button.clicked.connect(self.start)
        self.skip_button.clicked.connect(self.skip)
        for w in (self.intro_title, self.intro_text, self.interview):
            intro.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.skip_button)
        row.addWidget(self.start_button)
        intro.addStretch(1)
        intro.addLayout(row)
        self.stack.addWidget(self.intro)

        self.questions: list[QuestionScreen] = []
        for e in ELEMENTS:
            screen = QuestionScreen(e)
            screen.answered.connect(lambda v, i=e.number - 1: self.answer(i, v))
            self.stack.addWidget(screen)
            self.questions.append(screen)

        self.closing = QWidget()
        closing = QVBoxLayout(self.closing)
        self.profile = ProfileScreen()
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion = QPlainTextEdit()
        self.suggestion.setObjectName("surveySuggestion")
        self.suggestion.setTabChangesFocus(True)
        self.suggestion_label.setBuddy(self.suggestion)
        self.problem = QLabel()
        self.problem.setObjectName("surveyProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.send_button = QPushButton()
        self.send_button.setObjectName("surveySend")
        self.send_button.setProperty("kind", "primary")
        self.send_button.setMinimumHeight(56)
        self.send_button.clicked.connect(self.save)
        for w in (self.profile, self.suggestion_label, self.suggestion, self.problem):
            closing.addWidget(w)
        closing.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignRight)
        self.stack.addWidget(self.closing)

        self.thanks = QLabel()
        self.thanks.setObjectName("surveyThanks")
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.thanks)

        nav = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("surveyBack")
        self.back_button.clicked.connect(self.back)
        self.pass_button = QPushButton()
        self.pass_button.setObjectName("surveyPass")
        self.pass_button.clicked.connect(lambda: self.answer(self._index(), None))
        self.repeat_button = QPushButton()
        self.repeat_button.setObjectName("surveyRepeat")
        self.repeat_button.clicked.connect(self.read_current)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.repeat_button)
        nav.addWidget(self.pass_button)
        layout.addLayout(nav)
        self.retranslate()
        self._show(self.intro)

    # -- words -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro_title.setText(self.tr("Survei kepuasan masyarakat"))
        self.intro_text.setText(survey_speech.intro_speech())
        self.interview.setText(self.tr("Petugas membacakan pertanyaan dan mengisi jawaban (wawancara)"))
        self.start_button.setText(self.tr("Mulai survei"))
        self.skip_button.setText(self.tr("Lewati survei"))
        self.suggestion_label.setText(self.tr("Saran untuk pelayanan ini (boleh kosong)"))
        self.send_button.setText(self.tr("Simpan jawaban"))
        self.back_button.setText(self.tr("Kembali"))
        self.pass_button.setText(self.tr("Lewati pertanyaan ini"))
        self.repeat_button.setText(self.tr("Bacakan lagi"))
        self.thanks.setText(survey_speech.thanks_speech())
        for screen in self.questions:
            screen.retranslate()
        self.profile.retranslate()

    # -- steps -----------------------------------------------------------------

    @property
    def mode(self) -> str:
        return "interview" if self.interview.isChecked() else "screen"

    def _index(self) -> int:
        current = self.stack.currentWidget()
        return self.questions.index(current) if current in self.questions else -1

    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        in_question = screen in self.questions
        self.pass_button.setVisible(in_question)
        self.repeat_button.setVisible(in_question or screen is self.intro)
        self.back_button.setVisible(screen is not self.intro and screen is not self.thanks)
        if in_question:
            q = screen  # type: ignore[assignment]
            q.mark(self.answers[self.questions.index(q)])  # type: ignore[attr-defined]
            q.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[attr-defined]
        elif screen is self.intro:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif screen is self.closing:
            self.send_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.read_current()

    def read_current(self) -> None:
        i = self._index()
        current = self.stack.currentWidget()
        if i >= 0:
            self.speak(survey_speech.question_speech(ELEMENTS[i], interview=self.interview.isChecked()))
        elif current is self.intro:
            self.speak(survey_speech.intro_speech())
        elif current is self.thanks:
            self.speak(survey_speech.thanks_speech())

    def start(self) -> None:
        self._show(self.questions[0])

    def skip(self) -> None:
        """The citizen declines: nothing is stored."""
        self.finished.emit(None)

    def answer(self, index: int, value: int | None) -> None:
        if index < 0:
            return
        self.answers[index] = value
        if value is not None:
            self.speak(survey_speech.answer_speech(ELEMENTS[index], value))
        self._show(self.questions[index + 1] if index + 1 < len(self.questions) else self.closing)

    def back(self) -> None:
        i = self._index()
        current = self.stack.currentWidget()
        if i > 0:
            self._show(self.questions[i - 1])
        elif i == 0:
            self._show(self.intro)
        elif current is self.closing:
            self._show(self.questions[-1])

    def save(self) -> None:
        text = self.suggestion.toPlainText()
        problems = check_suggestion(text.strip())
        try:
            if problems:
                raise SurveyError(problems)
            response = make_response(
                service_id=self.service_id, desk=self.desk, day=self.today(), mode=self.mode,
                answers=self.answers, profile=self.profile.values(), suggestion=text, today=self.today(),
            )
        except SurveyError as exc:
            # Nothing is lost: every answer stays on its screen; the problem is named here.
            self.problem.setText(exc.message)
            self.problem.setAccessibleName(exc.message)
            self.problem.setVisible(True)
            self.suggestion.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        storage.save(self.store, response)  # durable before the thank-you says it is stored
        self.response = response
        self._show(self.thanks)
        self.finished.emit(response)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        i = self._index()
        value = _ANSWER_KEYS.get(Qt.Key(event.key()))
        if i >= 0 and value is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.answer(i, value)
            return
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisible():
            self.back()
            return
        super().keyPressEvent(event)
