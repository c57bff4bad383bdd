"""Where the applicant display goes: a second screen, a panel docked beside the form, or the whole screen.

Chosen once, in the settings (``applicant_display_mode``):
- ``auto``: a separate window on the second screen when there is one, else docked beside the form;
- ``second_screen``: the same, but asked for explicitly (one screen: docked, never over the form);
- ``docked``: a panel on the right of the main window that narrows the form (never covers the field
  being typed);
- ``full_screen``: "turn the screen to the applicant": the display fills a screen (the second one when
  there is one); Escape, or the button on it, gives the screen back to the officer.

The choice itself is a pure function of plain data (``choose_placement``), so it is tested for one and
two screens without the hardware; ``DisplayPlacement`` carries it out on the real widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QDockWidget

from mpp_assist.settings import Settings
from mpp_assist.ui.inclusion.applicant_display import ApplicantDisplay

if TYPE_CHECKING:
    from mpp_assist.ui.shell.main_window import MainWindow

MODES = ("auto", "second_screen", "docked", "full_screen")

HIDDEN = "hidden"
SECOND_SCREEN = "second_screen"
DOCKED = "docked"
FULL_SCREEN = "full_screen"


@dataclass(frozen=True)
class Area:
    """A screen's available geometry, as plain numbers."""

    x: int
    y: int
    width: int
    height: int

    def contains(self, px: int, py: int) -> bool:
        return self.x <= px < self.x + self.width and self.y <= py < self.y + self.height


@dataclass(frozen=True)
class Placement:
    kind: str  # HIDDEN | SECOND_SCREEN | DOCKED | FULL_SCREEN
    screen: int | None = None  # index into the screens given, for SECOND_SCREEN and FULL_SCREEN


def officer_screen(screens: Sequence[Area], window_center: tuple[int, int]) -> int:
    """The screen the officer's window is on (the one holding its centre; the first when none does)."""
    return next((i for i, s in enumerate(screens) if s.contains(*window_center)), 0)


def choose_placement(mode: str, enabled: bool, screens: Sequence[Area], officer: int) -> Placement:
    """Where the display goes, given the setting, the screens and the screen of the officer's window."""
    if not enabled or not screens:
        return Placement(HIDDEN)
    others = [i for i in range(len(screens)) if i != officer]
    # The largest other screen is the one facing the applicant (a tablet beside a monitor loses).
    other = max(others, key=lambda i: screens[i].width * screens[i].height) if others else None
    if mode == FULL_SCREEN:
        return Placement(FULL_SCREEN, officer if other is None else other)
    if mode == DOCKED or other is None:
        return Placement(DOCKED)
    return Placement(SECOND_SCREEN, other)  # "auto" and "second_screen" with a second screen


def _area(screen: QScreen) -> Area:
    g = screen.availableGeometry()
    return Area(g.x(), g.y(), g.width(), g.height())


class DisplayPlacement(QObject):
    """Puts the one ``ApplicantDisplay`` where ``choose_placement`` says, and moves it when asked."""

    def __init__(
        self, window: MainWindow, display: ApplicantDisplay, settings: Settings, action: QAction
    ) -> None:
        super().__init__(window)
        self.window, self.display, self.settings, self.action = window, display, settings, action
        self.placement = Placement(HIDDEN)
        self.dock: QDockWidget | None = None
        display.back_to_officer.connect(self.back_to_officer)
        window.installEventFilter(self)
        # Ctrl+Shift+L after Escape turns the screen to the applicant again (the setting did not change).
        action.toggled.connect(lambda on: on and self.settings.get("applicant_display") and self.apply(True))
        settings.subscribe(self._on_setting)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(lambda _s: self.apply(bool(self.settings.get("applicant_display"))))
            app.screenRemoved.connect(lambda _s: self.apply(bool(self.settings.get("applicant_display"))))

    def _on_setting(self, name: str, _value: object) -> None:
        if name == "applicant_display_mode":
            self.apply(bool(self.settings.get("applicant_display")))

    def decide(self, enabled: bool) -> Placement:
        screens = QGuiApplication.screens()
        areas = [_area(s) for s in screens]
        here = self.window.screen()
        if here in screens:
            officer = screens.index(here)
        else:
            c = self.window.frameGeometry().center()
            officer = officer_screen(areas, (c.x(), c.y()))
        return choose_placement(str(self.settings.get("applicant_display_mode")), enabled, areas, officer)

    def apply(self, enabled: bool) -> Placement:
        placement = self.decide(enabled)
        self.placement = placement
        screens = QGuiApplication.screens()
        d = self.display
        if placement.kind == DOCKED:
            dock = self._dock()
            if dock.widget() is not d:
                d.hide()
                dock.setWidget(d)  # a child now: it lies beside the form, never over it
            d.set_full_screen_mode(False)
            d.show()
            dock.show()
            self._size_dock()
            return placement
        self._undock()
        if placement.kind == HIDDEN:
            d.set_full_screen_mode(False)
            d.hide()
            return placement
        screen = screens[placement.screen or 0]
        if placement.kind == SECOND_SCREEN:
            d.set_full_screen_mode(False)
            if d.isFullScreen():
                d.showNormal()
            d.setScreen(screen)
            d.setGeometry(screen.availableGeometry())
            d.show()
        else:
            d.set_full_screen_mode(True)
            d.setScreen(screen)
            d.setGeometry(screen.geometry())
            d.showFullScreen()
            d.raise_()
            d.activateWindow()  # the keyboard (Escape, keys 1–4) goes to the applicant's screen
        return placement

    def show_for_survey(self) -> None:
        """The survey needs the display in view: turned back to the applicant if the officer took it."""
        if not self.display.isVisible() or self.placement.kind == HIDDEN:
            self.apply(True)
            self._check_action(True)

    def back_to_officer(self) -> None:
        """Escape in full-screen mode: the screen goes back to the officer; Ctrl+Shift+L turns it again."""
        if self.placement.kind != FULL_SCREEN:
            return
        self.display.showNormal()
        self.display.hide()
        self.placement = Placement(HIDDEN)
        self._check_action(False)
        self.window.activateWindow()
        self.window.raise_()

    def _size_dock(self) -> None:
        """Two fifths of the window: the form keeps the rest, and the display its buttons' width."""
        if self.dock is not None and self.placement.kind == DOCKED:
            width = max(320, self.window.width() * 2 // 5)
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Resize:
            self._size_dock()  # (the window is often sized after the dock was placed: maximised at start)
        return False

    def _check_action(self, on: bool) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)

    def _dock(self) -> QDockWidget:
        if self.dock is None:
            dock = QDockWidget(self.window)
            dock.setObjectName("applicantDisplayDock")
            dock.setWindowTitle(self.display.windowTitle())
            dock.setAccessibleName(self.display.accessibleName())
            # Fixed beside the form: not floated over it, not closed by accident (Ctrl+Shift+L turns it off).
            dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
            dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.dock = dock
        return self.dock

    def _undock(self) -> None:
        dock = self.dock
        if dock is None:
            return
        if dock.widget() is self.display:
            self.display.hide()
            self.display.setParent(None)  # type: ignore[call-overload]
            self.display.setWindowFlag(Qt.WindowType.Window, True)
        dock.hide()

    def dock_rect(self) -> QRect | None:
        """The dock's global rectangle (tests compare it with the focused field's)."""
        if self.dock is None or not self.dock.isVisible():
            return None
        return QRect(self.dock.mapToGlobal(self.dock.rect().topLeft()), self.dock.size())

    def close(self) -> None:
        try:
            self.settings.unsubscribe(self._on_setting)
        except ValueError:
            pass
