"""The one theme manager: application font, palette and one templated application stylesheet.

Text size (100–250 %) and colour theme come from the officer's settings and are applied live:
the manager listens to ``Settings`` and re-renders the stylesheet when ``font_scale``, ``theme``
or the signed-in officer changes. No widget sets its own font size or colours; widgets carry a
``role`` property (``h1``, ``hint``, ``error``, ``primary``, ``link``…) that the stylesheet styles.

Qt facts this relies on: a stylesheet wins over ``setFont`` where both apply, so the size is set in
both; ``QT_SCALE_FACTOR`` cannot change at run time, so live scaling is font + stylesheet.

Themes: ``standard`` (WCAG AA), and two high-contrast themes where every text/background pair
is at least 7:1 and borders and the focus ring at least 3:1 (checked by tests on rendered
pixels). ``system`` follows the operating system: high contrast when it asks for it
(``QStyleHints.accessibility().contrastPreference()``), light-on-dark when its scheme is dark.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from string import Template
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from mpp_assist.paths import resource
from mpp_assist.settings import OPTIONS, Settings

BASE_POINT_SIZE = 11.0  # at 100 %
SCALE_STEPS = (100, 125, 150, 175, 200, 225, 250)
LARGE_MODE_SCALE = 150  # from here on click targets grow to 44 px
TARGET_PX = 24  # WCAG 2.2 target size (minimum)
LARGE_TARGET_PX = 44  # WCAG 2.2 target size (enhanced), in large mode
THEMES = ("standard", "contrast-dark-on-light", "contrast-light-on-dark")


@dataclass(frozen=True)
class Colours:
    window: str
    text: str
    base: str  # inside inputs
    input_text: str
    button: str
    button_text: str
    primary: str
    primary_text: str
    link: str
    error: str
    error_bg: str
    hint: str
    border: str
    focus: str  # the focus ring
    focus_bg: str  # a focused button turns this colour (GOV.UK style: yellow with dark text)
    focus_text: str
    focus_field_bg: str  # a focused input's background
    highlight: str
    highlight_text: str
    notice_bg: str
    notice_text: str
    disabled: str
    icons: str  # "dark" or "light" arrow/check images

    # Pairs of (foreground, background) that are text, and that are borders/indicators.
    TEXT_PAIRS = (
        ("text", "window"), ("input_text", "base"), ("button_text", "button"),
        ("primary_text", "primary"), ("link", "window"), ("error", "window"), ("error", "error_bg"),
        ("hint", "window"), ("hint", "base"), ("highlight_text", "highlight"), ("notice_text", "notice_bg"),
        ("text", "error_bg"), ("text", "notice_bg"), ("focus_text", "focus_bg"),
        ("input_text", "focus_field_bg"),
    )
    UI_PAIRS = (
        ("border", "window"), ("border", "base"), ("focus", "window"), ("focus", "base"),
        ("focus", "button"), ("focus", "notice_bg"), ("focus", "focus_field_bg"), ("primary", "window"),
    )


COLOURS: dict[str, Colours] = {
    "standard": Colours(
        window="#F4F6F8", text="#1B1F24", base="#FFFFFF", input_text="#1B1F24",
        button="#FFFFFF", button_text="#1B1F24", primary="#0B57D0", primary_text="#FFFFFF",
        link="#0B57D0", error="#B3261E", error_bg="#FDECEA", hint="#4A5360",
        border="#6B7280", focus="#0B0C0C", focus_bg="#FFDD00", focus_text="#0B0C0C",
        focus_field_bg="#FFFBE0", highlight="#D3E3FD", highlight_text="#0B0C0C",
        notice_bg="#E8F0FE", notice_text="#1B1F24", disabled="#6B7280", icons="dark",
    ),
    "contrast-dark-on-light": Colours(
        window="#FFFFFF", text="#000000", base="#FFFFFF", input_text="#000000",
        button="#FFFFFF", button_text="#000000", primary="#00247D", primary_text="#FFFFFF",
        link="#00247D", error="#A00000", error_bg="#FFFFFF", hint="#1F1F1F",
        border="#000000", focus="#000000", focus_bg="#FFDD00", focus_text="#000000",
        focus_field_bg="#FFFBE0", highlight="#000000", highlight_text="#FFFFFF",
        notice_bg="#FFFFFF", notice_text="#000000", disabled="#4D4D4D", icons="dark",
    ),
    "contrast-light-on-dark": Colours(
        window="#000000", text="#FFFFFF", base="#000000", input_text="#FFFFFF",
        button="#000000", button_text="#FFFFFF", primary="#00FFFF", primary_text="#000000",
        link="#8AD4FF", error="#FF9A9A", error_bg="#000000", hint="#E6E6E6",
        border="#FFFFFF", focus="#FFFF00", focus_bg="#FFFF00", focus_text="#000000",
        focus_field_bg="#000000", highlight="#FFFFFF", highlight_text="#000000",
        notice_bg="#000000", notice_text="#FFFFFF", disabled="#B3B3B3", icons="light",
    ),
}


def relative_luminance(colour: str | QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    c = QColor(colour)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    """WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# One stylesheet for the whole application; ``$name`` placeholders (QSS itself uses braces).
STYLESHEET = Template("""
* { font-size: ${pt}pt; }
QToolTip { color: ${text}; background: ${window}; border: 2px solid ${border}; padding: 4px; }
QLabel[role="h1"], QLabel[role="called-number"] { font-size: ${h1}pt; font-weight: bold; }
QLabel[role="h2"] { font-size: ${h2}pt; font-weight: bold; }
QLabel[role="h3"], QLabel[role="desk-identity"], QLabel[role="card-title"] { font-size: ${h3}pt; font-weight: bold; }
QLabel[role="hint"], QLabel[role="caption"] { color: ${hint}; }
QLabel[role="label"], QLabel[role="key"] { font-weight: bold; }
/* Never colour alone: an error has words, an icon and a solid bar; a warning a dashed bar. */
QLabel[role="error"], QLabel[role="warning"] {
    color: ${error}; background-color: ${error_bg}; font-weight: bold;
    border-left: 6px solid ${error}; padding: 2px 2px 2px 36px; min-height: 24px;
    background-image: url(${icons}/error-${icon_tone}.svg); background-repeat: no-repeat;
    background-position: top left;
}
QLabel[role="warning"] { color: ${text}; border-left-style: dashed; }
QFrame[role="error-summary"], QWidget[role="error-summary"] {
    color: ${text}; background: ${error_bg}; border: 4px solid ${error}; padding: 8px;
}
QFrame[role="notice"], QFrame[role="confirmation"], QWidget[role="notice"], QWidget[role="confirmation"] {
    color: ${notice_text}; background: ${notice_bg}; border: 2px solid ${border}; padding: 8px;
}
QPushButton, QToolButton {
    color: ${button_text}; background: ${button};
    border: 1px solid ${border}; border-radius: 4px; padding: 6px 14px;
    min-height: ${target_inner}px; min-width: ${target_inner}px;
}
QPushButton[role="primary"] { color: ${primary_text}; background: ${primary}; border-color: ${primary}; }
QPushButton[role="link"], QPushButton:flat {
    color: ${link}; background: transparent; border: 1px solid transparent; text-decoration: underline;
}
QPushButton:disabled, QToolButton:disabled { color: ${disabled}; border-style: dashed; }
QPushButton[role="kiosk"] { font-size: ${k_button}pt; font-weight: bold; padding: 8px 16px; text-align: left; }
QPushButton[role="kiosk"]:checked { color: ${highlight_text}; background: ${highlight}; border: 3px solid ${focus}; }
QLabel[role="kiosk-number"] { font-size: ${k_number}pt; font-weight: bold; }
QFrame[role="row-line"] { border: none; border-top: 1px solid ${border}; max-height: 1px; }
/* A primary button that cannot be pressed yet is plain: grey words on the window, not on its colour. */
QPushButton[role="primary"]:disabled { color: ${disabled}; background: ${window}; border-color: ${disabled}; }
/* Words only on the dialogs' buttons: Qt's icons are dark and vanish on the dark theme. */
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {
    background: ${highlight}; color: ${highlight_text};
}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QListView, QListWidget, QTreeView,
QTableView {
    color: ${input_text}; background: ${base}; border: 1px solid ${border}; padding: 5px;
    selection-color: ${highlight_text}; selection-background-color: ${highlight};
    placeholder-text-color: ${hint};
}
QLineEdit, QComboBox, QSpinBox, QDateEdit { min-height: ${target_inner}px; }
QComboBox QAbstractItemView { color: ${input_text}; background: ${base}; border: 2px solid ${border}; }
QComboBox::drop-down, QSpinBox::up-button, QSpinBox::down-button {
    width: ${arrow}px; border-left: 1px solid ${border}; background: ${button};
}
QComboBox::down-arrow, QSpinBox::down-arrow { image: url(${icons}/arrow-down-${icon_tone}.svg); }
QSpinBox::up-arrow { image: url(${icons}/arrow-up-${icon_tone}.svg); }
QCheckBox, QRadioButton {
    color: ${text}; border: 3px solid transparent; padding: 2px; spacing: 8px;
    min-height: ${target_inner}px;
}
QCheckBox::indicator, QRadioButton::indicator {
    width: ${indicator}px; height: ${indicator}px; border: 2px solid ${border}; background: ${base};
}
QRadioButton::indicator { border-radius: ${indicator_radius}px; }
QCheckBox::indicator:checked { image: url(${icons}/check-${icon_tone}.svg); }
QRadioButton::indicator:checked { background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
    stop:0 ${text}, stop:0.55 ${text}, stop:0.6 ${base}, stop:1 ${base}); }
QPushButton:focus, QToolButton:focus {
    color: ${focus_text}; background: ${focus_bg}; border: 3px solid ${focus}; padding: 4px 12px;
}
QCheckBox:focus, QRadioButton:focus {
    color: ${focus_text}; background: ${focus_bg}; border: 3px solid ${focus};
}
QFrame[role="error-summary"]:focus { border-color: ${focus}; }
QLabel:focus { border: 3px solid ${focus}; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QListView:focus, QListWidget:focus, QTreeView:focus, QTableView:focus {
    background: ${focus_field_bg}; border: 3px solid ${focus}; padding: 3px;
}
QListView::item, QListWidget::item { min-height: ${target_inner}px; padding: 4px; }
QListView::item:selected, QListWidget::item:selected { color: ${highlight_text}; background: ${highlight}; }
/* Scroll bars (WCAG 1.4.11): Qt's own are pale grey on grey (1.1:1 in the high-contrast themes).
   A bordered track in the input colour and a thumb in the border colour, both 3:1 by the UI pairs;
   no arrow buttons (the track and the keys do their work). */
QScrollBar:vertical, QScrollBar:horizontal { background: ${base}; border: 1px solid ${border}; margin: 0; }
QScrollBar:vertical { width: ${scrollbar}px; }
QScrollBar:horizontal { height: ${scrollbar}px; }
QScrollBar::handle:vertical, QScrollBar::handle:horizontal { background: ${border}; border: 2px solid ${base}; }
QScrollBar::handle:vertical { min-height: ${target_inner}px; }
QScrollBar::handle:horizontal { min-width: ${target_inner}px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: ${text}; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
QGroupBox { color: ${text}; border: 1px solid ${border}; margin-top: ${groupbox_top}px; padding: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QToolBar { background: ${window}; border-bottom: 1px solid ${border}; spacing: 4px; padding: 2px; }
QStatusBar { color: ${text}; background: ${window}; border-top: 1px solid ${border}; }
QMenu { color: ${text}; background: ${window}; border: 2px solid ${border}; }
QMenu::item:selected { color: ${highlight_text}; background: ${highlight}; }
/* The window's frame: header, rail, tool groups. Icon buttons keep their colours when focused
   (a focus ring, not a fill), so an icon never vanishes into the focus colour. */
QFrame#header { background: ${window}; border-bottom: 1px solid ${border}; }
QFrame#navRail { background: ${window}; border-right: 1px solid ${border}; }
QFrame[role="tool-group"] { border: none; border-left: 1px solid ${border}; }
QFrame#header QToolButton, QFrame#navRail QToolButton {
    color: ${button_text}; background: transparent; border: 3px solid transparent; padding: 2px 6px;
}
QFrame#navRail QToolButton:checked {
    color: ${text}; background: ${notice_bg}; font-weight: bold;
    border: 3px solid transparent; border-left: 6px solid ${link};
}
QFrame#header QToolButton:focus, QFrame#navRail QToolButton:focus {
    color: ${button_text}; background: transparent; border: 3px solid ${focus};
}
QFrame#navRail QToolButton:checked:focus { background: ${notice_bg}; border-left: 6px solid ${focus}; }
QToolButton#syncChip { border: 1px solid ${border}; border-radius: 6px; }
QFrame#stepIndicator { border-bottom: 1px solid ${border}; }
QFrame#actionBar { border-top: 1px solid ${border}; }
QLabel[role="step-done"] { color: ${text}; }
QLabel[role="step-current"] { color: ${text}; font-weight: bold; border-bottom: 4px solid ${link}; }
QLabel[role="step-todo"] { color: ${hint}; }
QFrame#applicantSummary { color: ${notice_text}; background: ${notice_bg}; border: 1px solid ${border}; }
QFrame[role="card"] { background: ${base}; border: 1px solid ${border}; border-radius: 6px; }
QFrame[role="card"] QLabel { background: transparent; }
QFrame[role="card"][current="true"] { border: 3px solid ${focus}; background: ${focus_field_bg}; }
/* The display facing the applicant: always high contrast, larger still. */
QWidget#applicantDisplay, QWidget#applicantDisplayBody { background: ${d_window}; }
QWidget#applicantDisplay QLabel { color: ${d_text}; background: ${d_window}; font-size: ${d_pt}pt; }
QWidget#applicantDisplay QLabel[role="display-heading"] { font-size: ${d_h}pt; font-weight: bold; }
QWidget#applicantDisplay QLabel[role="display-question"] { font-size: ${d_q}pt; font-weight: bold; }
QWidget#applicantDisplay QLabel[role="display-answer"] {
    font-size: ${d_q}pt; border: 3px solid ${d_border}; padding: 8px;
}
QWidget#applicantDisplay QLabel[role="display-key"] { font-weight: bold; }
""")


def large_mode(scale: int) -> bool:
    return scale >= LARGE_MODE_SCALE


def render_stylesheet(colours: Colours, scale: int) -> str:
    pt = BASE_POINT_SIZE * scale / 100
    target = LARGE_TARGET_PX if large_mode(scale) else TARGET_PX
    indicator = max(18, round(pt * 1.6))
    # The applicant's display is high contrast whatever the officer's theme.
    display = colours if colours.border in ("#000000", "#FFFFFF") else COLOURS["contrast-dark-on-light"]
    values: dict[str, Any] = {
        **asdict(colours),
        "pt": f"{pt:.1f}",
        "h1": f"{pt * 1.6:.1f}",
        "h2": f"{pt * 1.3:.1f}",
        "h3": f"{pt * 1.1:.1f}",
        # min-height applies to the content box: leave room for the 3 px focus border and padding,
        # but never less than a line of text (DejaVu's line is about 1.2 em), so a squeezed
        # layout cannot clip a button's words.
        "target_inner": max(target - 2 * 3 - 2 * 4, math.ceil(pt * 4 / 3 * 1.2)),
        "arrow": max(20, round(pt * 2)),
        "indicator": indicator,
        "indicator_radius": indicator // 2 + 1,
        "scrollbar": indicator,
        "groupbox_top": round(pt * 2),
        "d_window": display.window, "d_text": display.text, "d_border": display.border,
        "d_pt": f"{max(20.0, pt * 1.2):.1f}", "d_q": f"{max(26.0, pt * 1.5):.1f}",
        "d_h": f"{max(22.0, pt * 1.3):.1f}",
        # The ticket kiosk: read from a step away by someone who reads poorly.
        "k_button": f"{max(20.0, pt * 1.6):.1f}", "k_number": f"{max(72.0, pt * 6):.1f}",
        "icons": resource("icons").as_posix(),
        "icon_tone": colours.icons,
    }
    return STYLESHEET.substitute(values)


def build_palette(c: Colours) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.notice_bg,
        QPalette.ColorRole.Text: c.input_text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.button_text,
        QPalette.ColorRole.BrightText: c.error,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlight_text,
        QPalette.ColorRole.ToolTipBase: c.window,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.hint,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.LinkVisited: c.link,
        QPalette.ColorRole.Accent: c.focus,
    }
    for role, colour in roles.items():
        p.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled))
    return p


def system_theme() -> str:
    """The theme the operating system asks for: high contrast when it says so, else standard."""
    hints = QGuiApplication.styleHints()
    try:
        wants_contrast = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    except AttributeError:  # Qt < 6.10 exposes no contrast preference
        wants_contrast = False
    if not wants_contrast:
        return "standard"
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return "contrast-light-on-dark"
    return "contrast-dark-on-light"


class ThemeManager(QObject):
    """Applies font, palette and stylesheet to the whole application, live, from the settings."""

    changed = Signal()

    def __init__(self, app: QApplication, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self.app = app
        self.settings = settings
        self.family = self._load_font()
        self.theme = ""
        self.scale = 0
        self._applied: tuple[str, int] | None = None
        self._applying = False
        self._closed = False
        settings.subscribe(self._on_setting)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system)
        try:
            hints.accessibility().contrastPreferenceChanged.connect(self._on_system)
        except AttributeError:
            pass
        self.apply()

    _family: str | None = None  # the bundled font is registered once per process

    @classmethod
    def _load_font(cls) -> str:
        """The bundled DejaVu Sans: same letters and metrics on every desk, wide Indonesian coverage."""
        if cls._family is not None:
            return cls._family
        families: list[str] = []
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            path = resource("fonts", name)
            if path.exists():
                font_id = QFontDatabase.addApplicationFont(str(path))
                families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        cls._family = families[0] if families else QGuiApplication.font().family()
        return cls._family

    # -- state --------------------------------------------------------------------------------------

    def effective_theme(self) -> str:
        chosen = self.settings.get("theme")
        return system_theme() if chosen == "system" else chosen

    @property
    def colours(self) -> Colours:
        return COLOURS[self.theme or "standard"]

    @property
    def large(self) -> bool:
        return large_mode(self.scale)

    @property
    def target_px(self) -> int:
        return LARGE_TARGET_PX if self.large else TARGET_PX

    def point_size(self) -> float:
        return BASE_POINT_SIZE * self.scale / 100

    def apply(self) -> None:
        """(Re)apply font, palette and stylesheet when the theme or scale has changed."""
        if self._applying:
            return  # a new palette can make Qt re-derive the colour scheme and call us back
        theme, scale = self.effective_theme(), int(self.settings.get("font_scale"))
        if self._applied == (theme, scale):
            return
        self.theme, self.scale = theme, scale
        self._applied = (theme, scale)
        self._applying = True
        # Qt re-polishes every widget here and calls into Python (event filters) while it walks
        # them. If the cyclic garbage collector ran then, it could delete a discarded page that
        # Python still owned in the middle of Qt's walk (a crash). Collect first, then hold it off.
        gc.collect()
        gc.disable()
        try:
            font = QFont(self.family)
            font.setPointSizeF(self.point_size())
            self.app.setFont(font)
            self.app.setPalette(build_palette(self.colours))
            self.app.setStyleSheet(render_stylesheet(self.colours, scale))
        finally:
            gc.enable()
            self._applying = False
        self.changed.emit()

    def _on_setting(self, name: str, _value: object) -> None:
        if name in {"font_scale", "theme", "officer"}:
            self.apply()

    def _on_system(self, *_args: object) -> None:
        if not self._closed and self.settings.get("theme") == "system":
            self.apply()

    # -- text size ------------------------------------------------------------------------------------

    def set_scale(self, scale: int) -> None:
        opt = OPTIONS["font_scale"]
        self.settings.set("font_scale", int(min(opt.maximum or 250, max(opt.minimum or 100, scale))))

    def zoom_in(self) -> None:
        self.set_scale(next((s for s in SCALE_STEPS if s > self.scale), SCALE_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_scale(next((s for s in reversed(SCALE_STEPS) if s < self.scale), SCALE_STEPS[0]))

    def zoom_reset(self) -> None:
        self.set_scale(100)

    def make_actions(self, parent: QWidget) -> list[QAction]:
        """Larger / smaller / normal text actions with Ctrl+= (also Ctrl++), Ctrl+- and Ctrl+0.

        Added to ``parent`` so the shortcuts work anywhere in that window; put them in a toolbar too.
        """
        # Toolbar buttons show the short icon text ("A+"); menus, help and screen readers the full text.
        specs: Iterable[tuple[str, str, str, str, list[str], Any]] = (
            ("zoomIn", self.tr("Huruf lebih besar"), "A+", self.tr("Perbesar tulisan (Ctrl+=)"),
             ["Ctrl+=", "Ctrl++"], self.zoom_in),
            ("zoomOut", self.tr("Huruf lebih kecil"), "A−", self.tr("Perkecil tulisan (Ctrl+-)"),
             ["Ctrl+-"], self.zoom_out),
            ("zoomReset", self.tr("Huruf normal"), "A", self.tr("Tulisan ukuran normal, 100 % (Ctrl+0)"),
             ["Ctrl+0"], self.zoom_reset),
        )
        actions = []
        for name, text, short, tip, keys, slot in specs:
            action = QAction(text, parent)
            action.setIconText(short)
            action.setObjectName(name)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            parent.addAction(action)
            actions.append(action)
        return actions

    def close(self) -> None:
        """Stop following settings and the OS (the window is gone); the look stays as applied."""
        self._closed = True
        try:
            self.settings.unsubscribe(self._on_setting)
        except ValueError:
            pass
        hints = QGuiApplication.styleHints()
        contrast = getattr(hints.accessibility(), "contrastPreferenceChanged", None)
        for signal in (hints.colorSchemeChanged, contrast):
            if signal is not None:
                try:
                    signal.disconnect(self._on_system)
                except (RuntimeError, TypeError):
                    pass
        self.deleteLater()
