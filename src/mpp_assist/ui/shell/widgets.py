"""Small building blocks every page uses: headings, paragraphs, link-like buttons.

Widgets carry roles as dynamic properties (``role="h1"``, ``role="error"`` …) so the
theme manager's one stylesheet styles them; nothing here sets a font size or colour.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAttributesInterface, QAccessibleInterface
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class _Level(QAccessibleAttributesInterface):
    """A heading's level, as Qt's AT-SPI bridge reports it (the "level" attribute)."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> object:
        return self.level if key == QAccessible.Attribute.Level else None


class _RoleInterface(QAccessibleWidget):
    """A widget exposed with the role it plays on the page, not the one its class suggests; a heading
    with its level (``role="h2"``: level 2), which screen readers list and jump by."""

    def __init__(self, widget: QWidget, role: QAccessible.Role, level: int = 0) -> None:
        super().__init__(widget, role)
        self._level = _Level(level) if level else None  # held here, as long as the interface lives

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and not widget.accessibleName() and isinstance(widget, QLabel):
            return widget.text()  # a heading whose text changed after it was named
        return super().text(kind)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> object:
        if kind == QAccessible.InterfaceType.AttributesInterface and self._level is not None:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._level)[0])
        cast = super().interface_cast(kind)
        return cast if cast is not None else shiboken6.VoidPtr(0)  # "none" as a null pointer, not None


# The ``role`` property (which the stylesheet styles) → the role assistive technology is told.
_ROLES = {f"h{n}": QAccessible.Role.Heading for n in range(1, 7)} | {
    "error-summary": QAccessible.Role.AlertMessage,
    "card-title": QAccessible.Role.Heading,  # a card's name in a list under the page's title: level 2
    "heading": QAccessible.Role.Heading,  # a screen's title sized by its own code (the survey's): level 1
}
_LEVELS = {f"h{n}": n for n in range(1, 7)} | {"card-title": 2, "heading": 1}
_roles_exposed = False


def _role_factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    name = str(obj.property("role") or "")
    role = _ROLES.get(name)
    if role is None:
        return None
    return _RoleInterface(obj, role, _LEVELS.get(name, 0))


def expose_roles() -> None:
    """Tell screen readers what headings and the error summary are (WCAG 1.3.1, 4.1.3): Qt reports a
    heading as plain text and the summary as a panel, so one could neither jump by headings nor
    hear the summary as an alert. Once per process, before any window is shown."""
    global _roles_exposed
    if not _roles_exposed:
        QAccessible.installFactory(_role_factory)
        _roles_exposed = True


def heading(text: str, level: int = 1, parent: QWidget | None = None, *, role: str = "") -> QLabel:
    """A page's title (level 1) or a section's (2) …, as screen readers navigate by them.

    ``role``: a heading styled otherwise (``card-title``: a card's name, level 2, as small as an h3).
    Every heading is made here: its role must come before its text (below)."""
    label = QLabel(parent)
    # The role before the text: setting a text tells assistive technology about the label, which fixes
    # how it is exposed; a role set after it left the heading a plain label to a screen reader.
    label.setProperty("role", role or f"h{level}")
    label.setText(text)
    label.setWordWrap(True)
    if text:  # one made empty (filled in later) is read by its text
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
    """Name (and describe) a control for assistive technology.

    An editable combo box is two objects to a screen reader: the box and the text field inside it,
    which is what takes the typing. Both get the name, or the field is read as an unnamed "text".
    """
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        widget.lineEdit().setAccessibleName(name)
        if description:
            widget.lineEdit().setAccessibleDescription(description)


class Labelled(QWidget):
    """A field with its visible label above it: the label is the field's buddy (Alt+key, and the label
    relation a screen reader follows, WCAG 1.3.1 / 3.3.2) and its accessible name."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.label = QLabel()
        self.label.setProperty("role", "label")
        self.label.setWordWrap(True)
        self.label.setBuddy(field)
        layout.addWidget(self.label)
        layout.addWidget(field)
        self.setFocusProxy(field)

    def set_text(self, text: str, description: str = "") -> None:
        self.label.setText(text)
        set_accessible(self.field, text, description)


def scroll_area(name: str, content: QWidget | None = None) -> QScrollArea:
    """A region that scrolls as one (large text on a small screen), named, and never a Tab stop.

    A QScrollArea takes the focus by default: an invisible, unnamed stop between the real controls
    (WCAG 2.4.7, 4.1.2). The keyboard goes to the controls inside; whoever shows them scrolls the
    focused one into view. The name says what region a screen reader's review cursor is in.
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setAccessibleName(name)
    if content is not None:
        scroll.setWidget(content)
    return scroll


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



class ButtonRow(QWidget):
    """Buttons side by side that go on to a second line when the width runs out (large text sizes).

    Never wider than it is given, so a row of actions cannot push a window off a 1366×768 screen.
    """

    def __init__(self, buttons: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QGridLayout

        self.buttons = buttons
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._columns = 0
        for b in buttons:
            b.installEventFilter(self)
        self._arrange(len(buttons))

    def _arrange(self, columns: int, *, force: bool = False) -> None:
        columns = max(1, columns)
        if columns == self._columns and not force:
            return
        self._columns = columns
        for b in self.buttons:
            self.grid.removeWidget(b)
        # Hidden ones (a button shown only when it applies) take no cell: they go after the rest.
        shown = [b for b in self.buttons if not b.isHidden()]
        hidden = [b for b in self.buttons if b.isHidden()]
        for i, b in enumerate(shown + hidden):
            self.grid.addWidget(b, i // columns, i % columns)
        for c in range(max(columns, self.grid.columnCount())):
            self.grid.setColumnStretch(c, 0)
        self.grid.setColumnStretch(columns, 1)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj in self.buttons and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._arrange(self._columns_for(self.width()), force=True)
        return False

    def _columns_for(self, width: int) -> int:
        spacing = max(0, self.grid.horizontalSpacing())
        shown = [b for b in self.buttons if not b.isHidden()]
        for columns in range(len(shown), 0, -1):
            # A grid: each column is as wide as its widest button, whichever row that is in.
            widths = [
                max(b.sizeHint().width() for b in shown[c::columns]) for c in range(min(columns, len(shown)))
            ]
            if sum(widths) + spacing * (len(widths) - 1) <= width:
                return columns
        return 1

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._arrange(self._columns_for(self.width()))

    def minimumSizeHint(self) -> QSize:
        widest = max((b.minimumSizeHint().width() for b in self.buttons), default=0)
        return QSize(widest, super().minimumSizeHint().height())


class ScrollingBody(QObject):
    """A page whose content scrolls as one (large text on a small screen), never wider than the page.

    ``layout`` is where the page puts its content. Whatever takes the keyboard focus inside is
    scrolled into view, however it got there (Tab, a shortcut, a click on a link).
    """

    def __init__(self, page: QWidget, name: str = "") -> None:
        super().__init__(page)
        from PySide6.QtWidgets import QVBoxLayout

        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll_area(name or self.tr("Isi halaman"))
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll)
        self.outer = outer
        self.layout = QVBoxLayout(body)
        follow_focus(self.scroll)


def show_in(scroll: QScrollArea, widget: QWidget, margin: int = 20) -> None:
    """Scroll until ``widget`` is all in view, or its top when it is taller than the view (a preview):
    Qt's own ensureWidgetVisible settles for its bottom edge then, and the focus ring is out of sight."""
    body = scroll.widget()
    if body is None or not body.isAncestorOf(widget):
        return
    top = widget.mapTo(body, QPoint(0, 0))
    if widget.height() + 2 * margin <= scroll.viewport().height():
        # Its whole height, not ensureWidgetVisible's text cursor: a field's lower edge (and its ring)
        # was left a few pixels under the view.
        half = widget.height() // 2
        scroll.ensureVisible(top.x(), top.y() + half, margin, half + margin)
    else:
        scroll.ensureVisible(top.x(), top.y(), margin, margin)


class _FocusFollower(QObject):
    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            show_in(self.scroll, new)
            # Again once Qt is done: QScrollArea's own Tab handling scrolls after this signal, to
            # the bottom edge of a widget taller than the view.
            QTimer.singleShot(0, self, lambda w=new: self._again(w))

    def _again(self, widget: QWidget) -> None:
        if QApplication.focusWidget() is widget:
            show_in(self.scroll, widget)


def follow_focus(scroll: QScrollArea) -> None:
    """Whatever takes the keyboard focus inside ``scroll`` is scrolled into view, however it got
    there: Tab, an arrow key between radios, a shortcut, a link in the error summary (WCAG 2.4.11)."""
    _FocusFollower(scroll)


def size_to_text(dialog: QWidget, columns: int, lines: int) -> None:
    """A dialog sized for ``columns`` × ``lines`` of its text (it grows with the text size), never
    beyond nine tenths of its screen (its content scrolls)."""
    from PySide6.QtWidgets import QApplication

    dialog.ensurePolished()  # the stylesheet's text size, not the default font's
    fm = dialog.fontMetrics()
    screen = dialog.screen() or QApplication.primaryScreen()
    want = QSize(fm.averageCharWidth() * columns, fm.lineSpacing() * lines)
    if screen is not None:
        want = want.boundedTo(screen.availableGeometry().size() * 0.9)
    dialog.resize(want)


def reveal(widget: QWidget, margin: int = 20) -> None:
    """Scroll the page that holds ``widget`` (its nearest scroll area) until all of it is in view
    (a list that opened below the question, a message that appeared): once the layout has placed it."""
    def now() -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None or not widget.isVisible() or parent.widget() is None:
            return
        # The whole rectangle (ensureWidgetVisible would settle for a list's current row): its bottom,
        # then its top, so a widget taller than the view shows its beginning.
        top = widget.mapTo(parent.widget(), QPoint(0, 0))
        parent.ensureVisible(top.x(), top.y() + widget.height(), margin, margin)
        parent.ensureVisible(top.x(), top.y(), margin, margin)

    QTimer.singleShot(0, now)
