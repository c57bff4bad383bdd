"""The hall display on a TV (*layar aula*): the number being called and its desk, very large, and the
last calls; each new call said aloud with the chime (*"Nomor antrean A dua belas, silakan ke loket
tiga"*).

It reads the MPP's queue from the backend (``GET /api/v1/queue/state`` through the desk's
``QueueClient``, numbers and desks only: nothing personal is ever on it), polled every ``POLL_MS`` on
a lane of its own, never on the UI thread. The calls it shows first are not said (they are old); a
call that arrives later is, one after another, never one cutting off the next. When the backend
cannot be reached it says so, large, and keeps trying. The type follows the window's size (a 1366×768
screen or a 1920×1080 TV), white and yellow on black. Started by ``mpp-assist layar [--screen N]``
(full screen; Escape leaves it, F11 toggles it) or from the desk's *Antrian* place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mpp_assist import logs
from mpp_assist.queue.spoken import call_sentence

if TYPE_CHECKING:
    from mpp_assist.sync.queue_client import QueueClient
    from mpp_assist.ui.inclusion.speech_panel import SpeechController
    from mpp_assist.ui.shell.taskman import Future, TaskManager

POLL_MS = 1500  # how often the backend is asked; a call reaches the hall within this
RECENT = 5  # earlier calls listed beside the current one
BACKGROUND, TEXT, NUMBER, PROBLEM = "#000000", "#FFFFFF", "#FFE000", "#FFB3B3"  # 21:1, 17:1, 13:1 on black


def hall_client_for(settings: Any) -> QueueClient | None:
    """The backend's queue as this computer's settings say; None when no backend is set.

    The state is public: the token of the officer who set the computer up is used when there is one
    (their MPP's queue), else none (the server's own MPP)."""
    from mpp_assist.sync import credentials
    from mpp_assist.sync.queue_client import QueueClient

    url = settings.get("backend_url")
    if not url:
        return None
    user = settings.get("officer")
    token = credentials.saved_token(url, user) if user else None
    timeout = min(5.0, float(settings.get("sync_timeout_seconds")))
    return QueueClient(url, token, ca_bundle=settings.get("sync_ca_bundle") or None, timeout=(timeout, timeout))


class HallWindow(QWidget):
    def __init__(
        self,
        tasks: TaskManager,
        make_client: Callable[[], QueueClient | None],
        speech: SpeechController | None = None,
        *,
        poll_ms: int = POLL_MS,
        owns_speech: bool = False,
        desk: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("hall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Layar antrean"))
        self.speech, self._owns_speech = speech, owns_speech
        self._make_client = make_client
        # The floor shown is this desk's MPP's (a backend may serve several MPPs); None: the officer's.
        self._desk = desk or None
        self.client: QueueClient | None = None
        self._client_made = False
        self.lane = tasks.lane()  # the client (a requests session) lives on this one thread
        self._polling = False
        self._seen: int | None = None  # the newest call already shown (None: nothing read yet)
        self._reached = False  # the last poll reached the backend
        self.calls: list[dict[str, Any]] = []  # newest first, as the backend lists them
        self.to_say: list[str] = []  # new calls waiting for the one being said to end
        self._saying: str | None = None
        if speech is not None:
            speech.event.connect(self._speech_event)
            if owns_speech:  # deleted with its parent (the desk closing) it never sees closeEvent
                self.destroyed.connect(lambda *_a: speech.close())

        self.banner = QLabel()
        self.banner.setObjectName("hallBanner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        self.caption = QLabel(self.tr("Nomor antrean"))
        self.caption.setObjectName("hallCaption")
        self.number = QLabel("")
        self.number.setObjectName("hallNumber")
        self.desk = QLabel(self.tr("Menunggu panggilan pertama"))
        self.desk.setObjectName("hallDesk")
        self.desk.setWordWrap(True)
        for label in (self.caption, self.number, self.desk):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        current = QVBoxLayout()
        current.addStretch(1)
        current.addWidget(self.caption)
        current.addWidget(self.number)
        current.addWidget(self.desk)
        current.addStretch(1)

        self.recent_title = QLabel(self.tr("Sebelumnya"))
        self.recent_title.setObjectName("hallRecentTitle")
        self.recent_title.hide()
        self.recent_rows: list[tuple[QLabel, QLabel]] = []
        recent = QGridLayout()
        recent.addWidget(self.recent_title, 0, 0, 1, 2)
        for i in range(RECENT):
            number, desk = QLabel(), QLabel()
            number.setObjectName("hallRecentNumber")
            desk.setObjectName("hallRecentDesk")
            recent.addWidget(number, i + 1, 0)
            recent.addWidget(desk, i + 1, 1)
            self.recent_rows.append((number, desk))
        recent.setHorizontalSpacing(32)
        recent.setRowStretch(RECENT + 1, 1)
        recent.setColumnStretch(1, 1)

        row = QHBoxLayout()
        row.addLayout(current, 3)
        row.addLayout(recent, 2)
        column = QVBoxLayout(self)
        column.addWidget(self.banner)
        column.addLayout(row, 1)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self._timer.start(poll_ms)
        self._fit()
        self.poll()

    # -- the backend, off the UI thread ------------------------------------------------------------

    def poll(self) -> None:
        """Ask the backend for the queue's state (one request at a time)."""
        if self._polling:
            return
        self._polling = True

        def task() -> dict[str, Any] | None:
            if not self._client_made:
                self.client, self._client_made = self._make_client(), True
            return self.client.state(self._desk) if self.client is not None else None

        self.lane.run_in_background(task, self._polled)

    def _polled(self, future: Future) -> None:
        self._polling = False
        try:
            state = future.result()
        except Exception as exc:  # unreachable, refused, a bug (logged): said plainly, tried again
            from mpp_assist.sync.client import BackendError, Unreachable

            if isinstance(exc, Unreachable):
                text = self.tr("Server antrean tidak bisa dihubungi. Layar ini terus mencoba lagi.")
            elif isinstance(exc, BackendError):
                text = self.tr("Server antrean menolak: {error}. Layar ini terus mencoba lagi.").format(
                    error=exc.message)
            else:
                text = self.tr("Layar antrean bermasalah: {error}. Layar ini terus mencoba lagi.").format(
                    error=logs.failure_text(exc, "hall display"))
            self._reached = False
            self._show_banner(text)
            return
        if state is None:
            self._timer.stop()  # nothing to ask until the settings change
            self._show_banner(self.tr("Alamat server antrean belum diatur. Atur di Pengaturan > Server dan pencetak."))
            return
        self.banner.hide()
        calls = [c for c in state.get("calls", []) if isinstance(c, dict)]
        newest = max((int(c.get("seq", 0)) for c in calls), default=0)
        # At the start, after an outage, or when the server's queue began again (its newest call is
        # older than the one seen), what is listed is shown, not said: it was called before.
        if self._seen is not None and self._reached and newest >= self._seen:
            fresh = sorted((c for c in calls if int(c.get("seq", 0)) > self._seen), key=lambda c: int(c["seq"]))
            for call in fresh:
                self._say(call_sentence(str(call["number"]), str(call.get("desk") or "")))
        self._seen = newest
        self._reached = True
        self.calls = calls
        self._show_calls()

    # -- what the hall sees ------------------------------------------------------------------------

    def _show_calls(self) -> None:
        if self.calls:
            first = self.calls[0]
            self.number.setText(str(first["number"]))
            self.desk.setText(self.tr("Silakan ke loket {desk}").format(desk=first.get("desk") or "–"))
        others: list[dict[str, Any]] = []  # each number once (a recall is not a second line)
        shown = {self.calls[0]["number"]} if self.calls else set()
        for call in self.calls[1:]:
            if call["number"] not in shown and len(others) < RECENT:
                shown.add(call["number"])
                others.append(call)
        for i, (number, desk) in enumerate(self.recent_rows):
            if i < len(others):
                number.setText(str(others[i]["number"]))
                desk.setText(self.tr("loket {desk}").format(desk=others[i].get("desk") or "–"))
            else:
                number.setText("")
                desk.setText("")
        self.recent_title.setVisible(bool(others))
        self.number.setAccessibleName(self.tr("Nomor antrean {number}, {desk}").format(
            number=self.number.text(), desk=self.desk.text()))
        self._fit()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()
        self._fit()

    def recent_texts(self) -> list[str]:
        return [n.text() for n, _d in self.recent_rows if n.text()]

    # -- speech: one call after another, each with the chime ---------------------------------------

    def _say(self, sentence: str) -> None:
        if self.speech is None:
            return
        self.to_say.append(sentence)
        if self._saying is None:
            self._next()

    def _next(self) -> None:
        if not self.to_say or self.speech is None:
            self._saying = None
            return
        self._saying = self.to_say.pop(0)
        self.speech.say_call(self._saying)  # Indonesian, the chime first unless turned off

    def _speech_event(self, event: Any) -> None:
        if event.kind in ("finished", "stopped", "error") and self._saying is not None and event.text == self._saying:
            self._next()

    # -- size, keys, closing -----------------------------------------------------------------------

    def _fit(self) -> None:
        """Type as large as the window allows: the number fills the left part, the rest follows."""
        w, h = max(self.width(), 320), max(self.height(), 240)
        left = w * 3 // 5

        def fitting(text: str, px: int, width: int) -> int:
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(px)
            advance = QFontMetrics(font).horizontalAdvance(text or "M")
            return max(12, min(px, int(px * width / max(1, advance))))

        number_px = fitting(self.number.text(), int(h * 0.34), int(left * 0.92))
        desk_px = max(16, int(h * 0.075))
        caption_px = max(14, int(h * 0.05))
        recent_px = max(14, int(h * 0.07))
        banner_px = max(16, int(h * 0.06))
        sheet = (
            f"QWidget#hall {{ background: {BACKGROUND}; }}"
            f"QWidget#hall QLabel {{ color: {TEXT}; background: {BACKGROUND}; font-weight: bold; }}"
            f"QWidget#hall QLabel#hallNumber {{ color: {NUMBER}; font-size: {number_px}px; }}"
            f"QWidget#hall QLabel#hallDesk {{ font-size: {desk_px}px; }}"
            f"QWidget#hall QLabel#hallCaption, QWidget#hall QLabel#hallRecentTitle {{ font-size: {caption_px}px; }}"
            f"QWidget#hall QLabel#hallRecentNumber {{ color: {NUMBER}; font-size: {recent_px}px; }}"
            f"QWidget#hall QLabel#hallRecentDesk {{ font-size: {recent_px}px; }}"
            f"QWidget#hall QLabel#hallBanner {{ color: {PROBLEM}; font-size: {banner_px}px;"
            f" border: 4px solid {PROBLEM}; padding: 12px; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
            layout = self.layout()
            if layout is not None:  # the new sizes laid out now, not at the next event
                layout.invalidate()
                layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        if event.key() == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.lane.release()  # (each hall display opened from the desk would otherwise keep a thread)
        if self.speech is not None:
            self.speech.event.disconnect(self._speech_event)
            if self._owns_speech:
                self.speech.close()
            self.speech = None
        super().closeEvent(event)


def open_hall(settings: Any, tasks: TaskManager, screen: int | None = None) -> HallWindow:
    """The hall display with its own speech, full screen on screen ``screen`` (0 first; default or out
    of range: the primary), reading the backend of ``settings``."""
    from PySide6.QtGui import QGuiApplication

    from mpp_assist.ui.inclusion.speech_panel import SpeechController

    window = HallWindow(tasks, lambda: hall_client_for(settings), SpeechController(settings), owns_speech=True,
                        desk=str(settings.get("desk")))
    screens = QGuiApplication.screens()
    if screen is not None and 0 <= screen < len(screens):
        window.setScreen(screens[screen])
        window.move(screens[screen].geometry().topLeft())
    window.showFullScreen()
    return window


def run_hall(screen: int | None = None, lang: str | None = None) -> int:
    """``mpp-assist layar``: the hall display as this computer's settings point at the backend.
    No store is opened: it holds nothing of anyone."""
    import sys

    from PySide6.QtWidgets import QApplication

    from mpp_assist import clock
    from mpp_assist.settings import Settings
    from mpp_assist.ui.shell import translations
    from mpp_assist.ui.shell.application import make_application
    from mpp_assist.ui.shell.taskman import TaskManager
    from mpp_assist.ui.shell.theme import ThemeManager

    app = QApplication.instance() or make_application(sys.argv[:1])
    logs.setup()
    logs.install_crash_handlers()
    settings = Settings()
    clock.follow(settings)
    translations.install(lang or settings.get("language"))
    theme = ThemeManager(app, settings) if isinstance(app, QApplication) else None
    tasks = TaskManager()
    window = open_hall(settings, tasks, screen)
    code = app.exec()
    window.close()
    tasks.wait(10_000)
    if theme is not None:
        theme.close()
    return code
