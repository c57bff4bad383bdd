"""Small building blocks every page uses: headings, paragraphs, link-like buttons.

Widgets carry roles as dynamic properties (``role="h1"``, ``role="error"`` …) so the
theme manager's one stylesheet styles them; nothing here sets a font size or colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QPushButton, QSizePolicy, QWidget


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", f"h{level}")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def paragraph(text: str, parent: QWidget | None = None, role: str = "body") -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def button(
    text: str, *, role: str = "secondary", description: str = "", parent: QWidget | None = None
) -> QPushButton:
    """A push button named for assistive technology by its own text."""
    b = QPushButton(text, parent)
    b.setProperty("role", role)
    b.setAccessibleName(text.replace("&", ""))
    if description:
        b.setAccessibleDescription(description)
        b.setToolTip(description)
    b.setAutoDefault(False)
    return b


def link_button(text: str, *, description: str = "", parent: QWidget | None = None) -> QPushButton:
    """A flat, link-styled button (keyboard focusable, unlike a QLabel link)."""
    b = button(text, role="link", description=description, parent=parent)
    b.setFlat(True)
    # As wide as its text, so it reads (and is placed) like a link, not a bar.
    b.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


def set_accessible(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def retire(widget: QWidget, keeper: QWidget) -> None:
    """Hide ``widget`` and delete it soon, first handing the keyboard focus to ``keeper`` if it had it.

    Deleting the focused widget leaves the window without focus (and, offscreen, inactive),
    so the keyboard would stop working until the officer clicks.
    """
    focus = QApplication.focusWidget()
    if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
        keeper.setFocus(Qt.FocusReason.OtherFocusReason)
    widget.hide()
    widget.deleteLater()


def _in_layout(layout: QLayout) -> list[QWidget]:
    out: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            out += _in_layout(item.layout())
    return out


def tab_sequence(widget: QWidget) -> list[QWidget]:
    """The controls under ``widget`` that Tab should reach, in reading order (layout order)."""
    out = []
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
        out.append(widget)
    if widget.layout() is not None:
        for child in _in_layout(widget.layout()):
            out += tab_sequence(child)
    return out

