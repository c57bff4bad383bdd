"""The window's one icon set: Material Design Icons 6 from qtawesome's bundled font.

Icons are drawn from a font in the colour of the theme's text, so every theme (high contrast
included) keeps its contrast, and re-coloured when the theme changes (``IconBinder``).
The font's licence (Apache-2.0, icons; SIL OFL, font) is credited in About.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication

# qtawesome reaches Qt through QtPy: make it take the binding the app runs on.
os.environ.setdefault("QT_API", "pyside6")


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


def icon(name: str, colours: dict[str, str] | None = None) -> QIcon:
    """The icon ``name`` (e.g. "mdi6.account-plus") in the theme's colours; empty if it is unknown."""
    import qtawesome

    options = colours or theme_colours()
    try:
        return qtawesome.icon(name, **options)
    except Exception:  # an unknown name must not break a window: the button keeps its words
        return QIcon()


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
