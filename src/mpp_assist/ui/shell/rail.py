"""The navigation rail: one button per place of the desk, icon and word, the current one marked.

Built from the ``PlaceRegistry`` (ui/shell/places.py): the rail never names a place. Each place
gets Alt+1, Alt+2 … in rail order. At 200 % text and more the rail shows icons only (the word stays
the tooltip and the accessible name), so the form keeps its width on a 1366×768 screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QButtonGroup, QFrame, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from mpp_assist.ui.shell.icons import IconBinder
from mpp_assist.ui.shell.places import Place


class NavRail(QFrame):
    def __init__(
        self, icons: IconBinder, on_choose: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("navRail")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.icons = icons
        self.on_choose = on_choose
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 8, 4, 8)
        self.layout_.setSpacing(4)
        self.layout_.addStretch(1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        self.actions_: dict[str, QAction] = {}
        self.places: list[Place] = []
        self.compact = False

    def add_place(self, place: Place, window: QWidget) -> None:
        n = len(self.places) + 1
        self.places.append(place)
        b = QToolButton(self)
        b.setObjectName(f"place_{place.id}")
        b.setProperty("role", "rail")
        b.setCheckable(place.activate is None or place.id == "services")  # a page, not a dialog
        b.setAutoRaise(True)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.icons.bind(b, place.icon)
        b.clicked.connect(lambda _c=False, pid=place.id: self.on_choose(pid))
        if b.isCheckable():
            self.group.addButton(b)
        self.layout_.insertWidget(self.layout_.count() - 1, b)
        self.buttons[place.id] = b
        if n <= 9:  # Alt+1 … Alt+9, anywhere in the window
            action = QAction(window)
            action.setObjectName(f"goto_{place.id}")
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, pid=place.id: self.on_choose(pid))
            window.addAction(action)
            self.actions_[place.id] = action
        self._style(b)

    def retranslate(self) -> None:
        for n, place in enumerate(self.places, start=1):
            b = self.buttons[place.id]
            label = place.label()
            b.setText(label)
            key = f" (Alt+{n})" if n <= 9 else ""
            description = place.description() if place.description else ""
            b.setToolTip(f"{description or label}{key}")
            b.setAccessibleName(label)
            b.setAccessibleDescription(f"{description}{key}".strip())
            if place.id in self.actions_:
                self.actions_[place.id].setText(label)
        self._fit()

    def set_icon_size(self, px: int) -> None:
        for b in self.buttons.values():
            b.setIconSize(QSize(px, px))
        self._fit()

    def _fit(self) -> None:
        """Every button as wide as the widest word: the rail never cuts "Permohonan" short."""
        if not self.buttons:
            return
        for b in self.buttons.values():
            b.setMinimumWidth(0)
        width = max(b.sizeHint().width() for b in self.buttons.values())
        for b in self.buttons.values():
            b.setMinimumWidth(width)

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            for b in self.buttons.values():
                self._style(b)
            self._fit()

    def _style(self, b: QToolButton) -> None:
        b.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly if self.compact else Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        )

    def set_current(self, place_id: str | None) -> None:
        b = self.buttons.get(place_id or "")
        if b is not None and b.isCheckable():
            b.setChecked(True)
        elif place_id is None:
            checked = self.group.checkedButton()
            if checked is not None:
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)

    def current(self) -> str | None:
        checked = self.group.checkedButton()
        return next((pid for pid, b in self.buttons.items() if b is checked), None)
