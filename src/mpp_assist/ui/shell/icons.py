"""The window's one icon set: Material Design Icons 6, drawn from its font (resources/icons/mdi).

Icons are drawn from a font in the colour of the theme's text, so every theme (high contrast
included) keeps its contrast, and re-coloured when the theme changes (``IconBinder``).
The glyphs are drawn here, not through QtAwesome: importing it (and QtPy under it) took about a
second of every start-up. Names keep QtAwesome's form ("mdi6.cog-outline"). The font's licences
(Apache-2.0, icons; SIL OFL, font) are credited in About.
"""

from __future__ import annotations

import functools
import json

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication

from mpp_assist.paths import resource

FONT = ("icons", "mdi", "materialdesignicons6-webfont-6.9.96.ttf")
CHARMAP = ("icons", "mdi", "materialdesignicons6-webfont-charmap-6.9.96.json")
PREFIX = "mdi6."


def theme_colours() -> dict[str, str]:
    """The colours the theme manager put in the application palette (the one source of colour)."""
    p = QApplication.palette()
    role = QPalette.ColorRole
    return {
        "color": p.color(role.ButtonText).name(),
        "color_active": p.color(role.ButtonText).name(),
        "color_disabled": p.color(QPalette.ColorGroup.Disabled, role.ButtonText).name(),
        # The current place is marked by a bar and bold words, not a fill: same colour checked.
        "color_on": p.color(role.ButtonText).name(),
        "color_on_active": p.color(role.ButtonText).name(),
    }


def one_colour(color: str) -> dict[str, str]:
    """Every state of an icon in one colour (a pictogram on a coloured button)."""
    return dict.fromkeys(("color", "color_active", "color_disabled", "color_on", "color_on_active"), color)


@functools.cache
def _font() -> tuple[str, dict[str, int]]:
    """The icon font's family, loaded into the application once, and its name → code point map."""
    font_id = QFontDatabase.addApplicationFont(str(resource(*FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    with resource(*CHARMAP).open(encoding="utf-8") as f:
        codes = {name: int(code, 16) for name, code in json.load(f).items()}
    return (families[0] if families else ""), codes


class GlyphIconEngine(QIconEngine):
    """One glyph of the icon font, drawn at any size in the colour of the icon's mode and state."""

    def __init__(self, char: str, family: str, colours: dict[str, str]) -> None:
        super().__init__()
        self.char, self.family, self.colours = char, family, colours

    def _colour(self, mode: QIcon.Mode, state: QIcon.State) -> QColor:
        c = self.colours
        if mode == QIcon.Mode.Disabled:
            return QColor(c["color_disabled"])
        active = mode in (QIcon.Mode.Active, QIcon.Mode.Selected)
        if state == QIcon.State.On:
            return QColor(c["color_on_active"] if active else c["color_on"])
        return QColor(c["color_active"] if active else c["color"])

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        font = QFont(self.family)
        # As QtAwesome: the glyph a little smaller than the box, for the font's bearings.
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.setPen(self._colour(mode, state))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.char, self.family, dict(self.colours))


def icon(name: str, colours: dict[str, str] | None = None) -> QIcon:
    """The icon ``name`` (e.g. "mdi6.account-plus") in the theme's colours; empty if it is unknown."""
    family, codes = _font()
    code = codes.get(name.removeprefix(PREFIX)) if name.startswith(PREFIX) else None
    if code is None or not family:  # an unknown name must not break a window: the button keeps its words
        return QIcon()
    return QIcon(GlyphIconEngine(chr(code), family, colours or theme_colours()))


class IconBinder(QObject):
    """Keeps buttons' icons in the theme's colours: re-draws them whenever the theme changes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bound: list[tuple[QAbstractButton | QAction, str]] = []

    def bind(self, widget: QAbstractButton | QAction, name: str) -> None:
        self._bound = [(w, n) for w, n in self._bound if w is not widget] + [(widget, name)]
        widget.setIcon(icon(name))

    def refresh(self) -> None:
        colours = theme_colours()
        alive = []
        for widget, name in self._bound:
            try:
                widget.setIcon(icon(name, colours))
            except RuntimeError:  # the button was deleted with its page
                continue
            alive.append((widget, name))
        self._bound = alive
