"""The window's one-line header: where the officer is, the desk's tools, how sync stands, the lock.

    MPP Kota Contoh · Loket 3 · Petugas Sari      [▶ ▶▶ ↻ ■] [A− A A+] [▣ ?] [✓ Semua terkirim] [🔒]

Tools join in named groups (``speech``, ``text``, ``view``, ``end``) so each module that owns a
tool (speech, text size, the applicant display, help, the lock) adds its own without knowing the
others; the header only orders the groups. Tools show an icon with a tooltip; their full words are
their accessible names, so a screen reader says "Kunci", not "button". One line at every text size:
from 150 % the tools with words (Pemohon baru, the sync chip, the speech status) show icons alone
(``set_compact``), and the desk's name gives way in whole words (``Loket 3``), never cut with "…".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from mpp_assist.ui.shell.icons import IconBinder

GROUPS = ("applicant", "speech", "text", "view", "end")

# The sync chip's icon for each state of the sync worker (ui/shell/sync_worker.py SyncStatus.kind).
SYNC_ICONS = {
    "ok": "mdi6.cloud-check-outline",
    "idle": "mdi6.cloud-outline",
    "sending": "mdi6.cloud-upload-outline",
    "partial": "mdi6.cloud-alert-outline",
    "unreachable": "mdi6.cloud-off-outline",
    "offline_only": "mdi6.laptop",
    "misconfigured": "mdi6.cloud-alert-outline",
    "needs_login": "mdi6.account-key-outline",
    "error": "mdi6.cloud-alert-outline",
    "paused": "mdi6.pause-circle-outline",
}


def tool_button(action: QAction, parent: QWidget | None = None) -> QToolButton:
    """An icon button for ``action``: its words become the tooltip and the accessible name."""
    b = QToolButton(parent)
    b.setDefaultAction(action)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    b.setAutoRaise(True)
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not take focus from the question
    name_after(b, action)
    action.changed.connect(lambda: name_after(b, action))
    return b


def name_after(b: QToolButton, action: QAction) -> None:
    b.setAccessibleName(action.text().replace("&", ""))
    b.setAccessibleDescription(action.toolTip() if action.toolTip() != action.text() else "")


class ElidedLabel(QLabel):
    """One line: the whole text, or the longest of its ``shorter`` forms that fits (whole words, e.g.
    the desk without the MPP's name), and only when none does, the shortest ending in "…". The whole
    text stays its tooltip and accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._shorter: tuple[str, ...] = ()

    def set_full_text(self, text: str, shorter: Sequence[str] = ()) -> None:
        self._full = text
        self._shorter = tuple(shorter)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2  # a pixel of slack each side: never one cut short
        fm = self.fontMetrics()
        forms = (self._full, *self._shorter)
        fitting = next((t for t in forms if fm.horizontalAdvance(t) <= room), None)
        self.setText(fitting if fitting is not None else fm.elidedText(forms[-1], Qt.TextElideMode.ElideRight,
                                                                       max(20, room)))


class Header(QFrame):
    sync_clicked = Signal()
    # The theme sized the tools (``set_compact``): True with large text, icons only. A tool with
    # words of its own that joins from another module (the speech status) follows it.
    compact_changed = Signal(bool)

    def __init__(self, icons: IconBinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        # Never squeezed by a tall page: the page scrolls instead (one line, always whole).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.icons = icons
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(4)
        self.identity = ElidedLabel()
        self.identity.setObjectName("deskIdentity")
        # Looks like a small heading, but is not one: a screen reader's list of headings starts at the
        # page's own title (level 1), not at the desk's name above every page.
        self.identity.setProperty("role", "desk-identity")
        # Long MPP names shrink first (elided by the width it gets), never the tools.
        self.identity.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.identity.setMinimumWidth(80)
        layout.addWidget(self.identity, 1)
        self._full_identity = ""
        self.groups: dict[str, QHBoxLayout] = {}
        self._group_frames: dict[str, QFrame] = {}
        for name in GROUPS:
            frame = QFrame()
            frame.setObjectName(f"headerGroup_{name}")
            frame.setProperty("role", "tool-group")
            box = QHBoxLayout(frame)
            box.setContentsMargins(2, 0, 2, 0)
            box.setSpacing(0)
            frame.hide()  # until something joins it
            layout.addWidget(frame)
            self.groups[name] = box
            self._group_frames[name] = frame
        self.sync_chip = QToolButton()
        self.sync_chip.setObjectName("syncChip")
        self.sync_chip.setProperty("role", "chip")
        self.sync_chip.setAutoRaise(True)
        self.sync_chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sync_chip.clicked.connect(self.sync_clicked)
        self.sync_chip.hide()  # until the sync worker says how it stands
        self.groups["end"].insertWidget(0, self.sync_chip)
        self._sync_icon = ""
        self._icon_px = 0  # until the theme says how large the text is
        self.compact = False
        self._worded = [self.sync_chip]
        self._style(self.sync_chip)

    # -- identity -----------------------------------------------------------------------------------

    def set_identity(self, text: str, shorter: Sequence[str] = ()) -> None:
        """``shorter``: the same in fewer words, longest first, for when the whole line has no room."""
        self._full_identity = text
        self.identity.setToolTip(text)
        self.identity.setAccessibleName(text)
        self.identity.set_full_text(text, shorter)

    # -- tools --------------------------------------------------------------------------------------

    def add_action(self, action: QAction, icon: str, group: str = "view", words: bool = False) -> QToolButton:
        """``words``: the action's words beside its icon while there is room (not ``compact``)."""
        self.icons.bind(action, icon)
        b = tool_button(action, self)
        if words:
            self._worded.append(b)
            self._style(b)
        self.add_widget(b, group)
        return b

    def add_widget(self, widget: QWidget, group: str = "view") -> None:
        self.groups[group].addWidget(widget)
        self._group_frames[group].show()
        if self._icon_px:  # tools that join after the theme sized the others (speech, display, lock)
            self.set_icon_size(self._icon_px)

    def set_icon_size(self, px: int) -> None:
        self._icon_px = px
        for b in self.findChildren(QToolButton):
            b.setIconSize(QSize(px, px))

    def set_compact(self, compact: bool) -> None:
        """With large text the header keeps one line as the rail does: the tools with words (the sync
        chip, Pemohon baru) show their icons alone, their words the tooltip and the accessible name,
        never cut short with "…"."""
        self.compact = compact
        for b in self._worded:
            self._style(b)
        self.compact_changed.emit(compact)  # every time: the icons' size may have changed with it

    def _style(self, b: QToolButton) -> None:
        b.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly if self.compact else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )

    def button_for(self, action: QAction) -> QToolButton | None:
        for b in self.findChildren(QToolButton):
            if b.defaultAction() is action:
                return b
        return None

    # -- sync ---------------------------------------------------------------------------------------

    def set_sync(self, kind: str, short: str, detail: str) -> None:
        """The sync chip: an icon and a few words; the whole sentence as tooltip and description."""
        self.sync_chip.setVisible(bool(short))
        self.sync_chip.setText(short)
        self.sync_chip.setToolTip(short if not detail or detail == short else f"{short}: {detail}")
        self.sync_chip.setAccessibleName(short)
        self.sync_chip.setAccessibleDescription(detail)
        self.sync_chip.setProperty("state", kind)
        name = SYNC_ICONS.get(kind, "mdi6.cloud-outline")
        if name != self._sync_icon:
            self._sync_icon = name
            self.icons.bind(self.sync_chip, name)
