"""Speech in the window: Read aloud / Repeat / Stop, bridged from the speech worker to Qt signals.

``SpeechController`` owns the one ``Speaker`` (whose worker thread owns the engine; see
``mpp_assist.speech.speaker``) and re-emits its events as Qt signals, queued onto the UI thread,
so the UI never waits for synthesis or playback. Rate and voice follow the officer's settings live.

``describe_focus`` turns what has the keyboard focus into words: the question (its accessible
name), its hint and any message (accessible description), the choices, and the answer as entered.
``describe_page`` reads every visible text of a page in order (check answers, receipt).

Shortcuts: F8 reads the current question, Shift+F8 the whole page, F9 repeats, F10 stops.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from mpp_assist.settings import Settings
from mpp_assist.speech.engines import Engine, default_engine
from mpp_assist.speech.player import Player
from mpp_assist.speech.speaker import Speaker, SpeechEvent, SpeechStatus
from mpp_assist.ui.shell.icons import IconBinder


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Tell assistive technology ``message`` (Qt 6.8+ announcement), e.g. an error summary or sync status."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class SpeechController(QObject):
    """The window's side of the speaker; all signals arrive on the UI thread."""

    event = Signal(object)  # SpeechEvent
    status_changed = Signal(object)  # SpeechStatus
    speaking_changed = Signal(bool)
    _relay = Signal(object)

    def __init__(
        self,
        settings: Settings,
        engine_factory: Callable[[], Engine] = default_engine,
        player: Player | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.status: SpeechStatus | None = None
        self.speaking = False
        self.last_error = ""
        # Emitted on the worker thread; the receiver lives on the UI thread, so Qt queues it.
        self._relay.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self.speaker = Speaker(
            engine_factory=engine_factory,
            player=player,
            rate=settings.get("speech_rate"),
            voice=settings.get("speech_voice"),
            on_event=self._relay.emit,
        )
        settings.subscribe(self._on_setting)

    def say(self, text: str, lang: str | None = None, *, chime: bool = False) -> None:
        """``chime``: a call in the hall, the two-tone chime before the sentence."""
        self.speaker.say(text, lang or self.settings.get("language"), chime=chime)

    def say_call(self, text: str) -> None:
        """A queue call: in Indonesian (the hall's words, whatever the desk's language), after the
        chime unless this computer's *Bunyi sebelum panggilan* is off."""
        self.speaker.say(text, "id", chime=bool(self.settings.get("call_chime")))

    def stop(self) -> None:
        self.speaker.stop()

    def repeat(self) -> bool:
        return self.speaker.repeat()

    def forget(self) -> None:
        """New applicant or lock: stop, and nothing of the last applicant can be repeated."""
        self.speaker.forget()

    def _on_setting(self, name: str, value: object) -> None:
        if name in ("speech_rate", "officer"):
            self.speaker.set_rate(int(self.settings.get("speech_rate")))
        if name in ("speech_voice", "officer"):
            self.speaker.set_voice(str(self.settings.get("speech_voice")))

    def _on_event(self, event: SpeechEvent) -> None:
        if event.kind == "status" and event.status is not None:
            self.status = event.status
            self.status_changed.emit(event.status)
        elif event.kind == "started":
            self._set_speaking(True)
        elif event.kind in ("finished", "stopped", "error"):
            self._set_speaking(False)
            if event.kind == "error":
                self.last_error = event.message
        self.event.emit(event)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self.speaking:
            self.speaking = speaking
            self.speaking_changed.emit(speaking)

    def close(self) -> None:
        try:
            self.settings.unsubscribe(self._on_setting)
        except ValueError:
            pass
        self.speaker.close()


# -- what to read -------------------------------------------------------------------------------------


def _choices(widget: QWidget) -> list[str]:
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count()) if widget.itemText(i)]
    if isinstance(widget, QRadioButton) and widget.parentWidget() is not None:
        return [b.text() for b in widget.parentWidget().findChildren(QRadioButton) if b.isVisible()]
    return []


def _value(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QCheckBox | QRadioButton):
        if widget.isChecked():
            return QApplication.translate("SpeechPanel", "dipilih")
        return QApplication.translate("SpeechPanel", "tidak dipilih")
    return ""


def describe_focus(widget: QWidget | None) -> str:
    """The focused question in words: name, hint/message, choices, and the answer as entered."""
    if widget is None:
        return ""
    name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton | QLabel) else "")
    parts = [name.replace("&", "")]
    if isinstance(widget, QRadioButton | QCheckBox):
        parts = [widget.text().replace("&", "")]
        group = widget.parentWidget()
        if group is not None and group.accessibleName() and group.accessibleName() != parts[0]:
            parts.insert(0, group.accessibleName())
    description = widget.accessibleDescription()
    if description:
        parts.append(description)
    choices = _choices(widget)
    if len(choices) > 1:
        listed = ", ".join(choices)
        parts.append(QApplication.translate("SpeechPanel", "Pilihan: {choices}").format(choices=listed))
    value = _value(widget)
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QAbstractSpinBox):
        filled = QApplication.translate("SpeechPanel", "Isian: {value}").format(value=value)
        parts.append(filled if value else QApplication.translate("SpeechPanel", "Belum diisi"))
    elif value:
        parts.append(value)
    return ". ".join(p.strip().rstrip(".") for p in parts if p and p.strip()) + "."


def describe_page(page: QWidget | None) -> str:
    """Every visible text of ``page`` top to bottom: labels, values, buttons (for check answers, receipt)."""
    if page is None:
        return ""
    items: list[tuple[int, int, str]] = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page):
            continue
        text = ""
        if isinstance(w, QLabel):
            text = w.text() if w.textFormat() != Qt.TextFormat.RichText else w.accessibleName()
        elif isinstance(w, QLineEdit | QComboBox | QPlainTextEdit):
            text = describe_focus(w)
        elif isinstance(w, QCheckBox | QRadioButton):
            text = f"{w.text()}: {_value(w)}"
        if text and text.strip():
            pos = w.mapTo(page, w.rect().topLeft())
            items.append((pos.y(), pos.x(), text.replace("&", "").strip()))
    items.sort()
    lines: list[str] = []
    for _y, _x, text in items:
        if not lines or lines[-1] != text:
            lines.append(text)
    return "\n".join(t if t.endswith((".", ":", "?", "!")) else t + "." for t in lines)


class SpeechPanel(QWidget):
    """Bacakan / Bacakan halaman / Ulangi / Berhenti, and a line saying what speech is doing."""

    def __init__(
        self,
        controller: SpeechController,
        question_text: Callable[[], str],
        page_text: Callable[[], str],
        parent: QWidget | None = None,
        icons: IconBinder | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.question_text = question_text
        self.page_text = page_text
        self.setObjectName("speechPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Icons with tooltips in the header; their words are the accessible names (retranslate).
        self.speak_button = QToolButton()
        self.page_button = QToolButton()
        self.repeat_button = QToolButton()
        self.stop_button = QToolButton()
        # What speech is doing: an icon and a few words on one line (the header never grows a second);
        # the icon alone with large text, as the header's other tools. The whole reason: tooltip and
        # accessible name.
        self.status_icon = QLabel()
        self.status_icon.setObjectName("speechStatusIcon")
        self.status = QLabel()
        self.status.setObjectName("speechStatus")
        self.status.setProperty("role", "hint")
        self._status_glyph = QAction(self)  # the icon binder keeps its colours; the label shows it
        self._status_glyph.changed.connect(self._draw_status_icon)
        self.icons = icons
        self.compact = False
        icon_names = ("mdi6.account-voice", "mdi6.text-box-outline", "mdi6.replay", "mdi6.stop-circle-outline")
        for w, icon_name in zip(self._buttons(), icon_names, strict=True):
            w.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            w.setAutoRaise(True)
            w.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not steal focus from the question
            if icons is not None:
                icons.bind(w, icon_name)
            layout.addWidget(w)
        layout.addSpacing(4)
        layout.addWidget(self.status_icon)
        layout.addWidget(self.status)
        self.retranslate()
        self.speak_button.clicked.connect(self.read_question)
        self.page_button.clicked.connect(self.read_page)
        self.repeat_button.clicked.connect(self.repeat)
        self.stop_button.clicked.connect(controller.stop)
        controller.event.connect(self._on_event)
        controller.status_changed.connect(self._on_status)
        self.stop_button.setEnabled(False)
        self.status.hide()
        self.status_icon.hide()
        if controller.status is not None:
            self._on_status(controller.status)

    def _buttons(self) -> tuple[QToolButton, QToolButton, QToolButton, QToolButton]:
        return self.speak_button, self.page_button, self.repeat_button, self.stop_button

    def retranslate(self) -> None:
        texts = (
            (self.tr("Bacakan"), self.tr("Bacakan pertanyaan ini (F8)")),
            (self.tr("Bacakan halaman"), self.tr("Bacakan seluruh halaman (Shift+F8)")),
            (self.tr("Ulangi"), self.tr("Ulangi bacaan terakhir (F9)")),
            (self.tr("Berhenti"), self.tr("Hentikan suara (F10)")),
        )
        for w, (text, tip) in zip(self._buttons(), texts, strict=True):
            w.setText(text)
            w.setToolTip(tip)
            w.setAccessibleName(text)
            w.setAccessibleDescription(tip)

    def set_compact(self, compact: bool) -> None:
        """With large text (the header's ``compact``) the status is its icon alone: one line."""
        self.compact = compact
        self._draw_status_icon()
        self.status.setVisible(bool(self.status.toolTip()) and not compact)

    def _set_status(self, text: str, short: str = "", icon: str = "mdi6.information-outline") -> None:
        """What speech is doing ("Membacakan…"), shown beside the buttons only while there is something:
        ``icon`` and ``short`` (the few words that fit the header; the icon alone when compact), the
        whole ``text`` as tooltip and for screen readers."""
        self.status.setText(short or text)
        for w in (self.status, self.status_icon):
            w.setToolTip(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text) and not self.compact)
        self.status_icon.setVisible(bool(text))
        if self.icons is not None and text:
            self.icons.bind(self._status_glyph, icon)
        self._draw_status_icon()

    def _draw_status_icon(self) -> None:
        px = self.speak_button.iconSize().height()
        self.status_icon.setPixmap(self._status_glyph.icon().pixmap(px, px))
        self.status_icon.setFixedSize(px, px)
        # Named only when it stands alone, so a screen reader does not hear the status twice.
        self.status_icon.setAccessibleName(self.status.toolTip() if self.compact else "")

    def _no_sound(self, text: str) -> str:
        status = self.controller.status
        return self.tr("Tidak ada suara") if text and status is not None and text == status.sound else ""

    def read_question(self) -> None:
        self._say(self.question_text())

    def read_page(self) -> None:
        self._say(self.page_text())

    def repeat(self) -> None:
        if not self.controller.repeat():
            self._set_status(self.tr("Belum ada yang dibacakan."), self.tr("Belum ada bacaan"))

    def _say(self, text: str) -> None:
        if not text.strip():
            self._set_status(self.tr("Tidak ada teks untuk dibacakan."), self.tr("Tidak ada teks"))
            return
        self._set_status(self.tr("Menyiapkan suara…"), self.tr("Menyiapkan…"), "mdi6.timer-sand")
        self.stop_button.setEnabled(True)
        self.controller.say(text)

    def _on_status(self, status: SpeechStatus) -> None:
        available = status.available
        for b in (self.speak_button, self.page_button, self.repeat_button):
            b.setEnabled(available)
        if not available:  # no voice for Indonesian: the long reason in the tooltip, a short word shown
            self._set_status(status.message, self.tr("Tidak ada suara"), "mdi6.volume-off")
        else:
            self._set_status(status.sound, self._no_sound(status.sound), "mdi6.volume-off")

    def _on_event(self, event: SpeechEvent) -> None:
        if event.kind == "started":
            self._set_status(self.tr("Membacakan…"), icon="mdi6.volume-high")
        elif event.kind in ("finished", "stopped"):
            self._set_status("")
            self.stop_button.setEnabled(False)
        elif event.kind == "error":
            no_sound = self._no_sound(event.message)
            self._set_status(event.message, no_sound or self.tr("Suara gagal"),
                             "mdi6.volume-off" if no_sound else "mdi6.alert-circle-outline")
            self.stop_button.setEnabled(False)
            announce(self, event.message)


def make_speech_actions(panel: SpeechPanel, window: QWidget) -> list[QAction]:
    """F8 / Shift+F8 / F9 / F10 anywhere in ``window``."""
    actions = []
    for name, slot, key, text in (
        ("speakQuestion", panel.read_question, "F8",
         QApplication.translate("SpeechPanel", "Bacakan pertanyaan")),
        ("speakPage", panel.read_page, "Shift+F8",
         QApplication.translate("SpeechPanel", "Bacakan halaman")),
        ("speakRepeat", panel.repeat, "F9",
         QApplication.translate("SpeechPanel", "Ulangi bacaan")),
        ("speakStop", panel.controller.stop, "F10",
         QApplication.translate("SpeechPanel", "Hentikan suara")),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        window.addAction(action)
        actions.append(action)
    return actions
