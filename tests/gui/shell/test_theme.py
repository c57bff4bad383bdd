"""The theme manager: live text size, themes, contrast measured on what is painted, target sizes."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.settings import Settings
from mpp_assist.ui.shell.theme import (
    COLOURS,
    LARGE_TARGET_PX,
    TARGET_PX,
    THEMES,
    Colours,
    ThemeManager,
    contrast_ratio,
    system_theme,
)
from mpp_assist.ui.shell.widgets import button, heading, link_button, paragraph

from ..theme_helpers import painted_contrast, reset_application_look

pytestmark = pytest.mark.gui


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def theme(qapp: QApplication, settings: Settings) -> Iterator[ThemeManager]:
    manager = ThemeManager(qapp, settings)
    yield manager
    manager.close()
    reset_application_look(qapp)
    # Leave nothing behind for the next test: widgets deleted now, not at some later collection.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


class Gallery(QMainWindow):
    """One of every role the app's pages use, built with the app's own widget helpers."""

    def __init__(self) -> None:
        super().__init__()
        body = QWidget()
        layout = QVBoxLayout(body)
        self.h1 = heading("Permohonan KTP-el")
        self.h2 = heading("Data diri", 2)
        self.body = paragraph("Isi data sesuai Kartu Keluarga.")
        self.hint = paragraph("Contoh: 3201234567890001", role="hint")
        self.error = paragraph("⚠ Masukkan NIK 16 angka", role="error")
        self.value = QLabel("Budi Santoso")
        self.value.setProperty("role", "value")
        self.field = QLineEdit("3201")
        self.empty = QLineEdit()
        self.empty.setPlaceholderText("Nama lengkap")
        self.combo = QComboBox()
        self.combo.addItems(["Baru", "Hilang"])
        self.check = QCheckBox("Saya setuju")
        self.back = button("Kembali")
        self.next = button("Lanjut", role="primary")
        self.change = link_button("Ubah")
        self.notice = QFrame()
        self.notice.setProperty("role", "notice")
        self.notice_text = QLabel("Ada draf yang belum selesai.")
        QVBoxLayout(self.notice).addWidget(self.notice_text)
        # A page's scroll bar: a short handle on a long track, as on a long form at 200 %.
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical)
        self.scrollbar.setRange(0, 1000)
        self.scrollbar.setPageStep(100)
        self.scrollbar.setFixedHeight(200)
        for w in (self.h1, self.h2, self.body, self.hint, self.error, self.value, self.field, self.empty,
                  self.combo, self.check, self.back, self.next, self.change, self.notice, self.scrollbar):
            layout.addWidget(w)
        self.setCentralWidget(body)


@pytest.fixture
def gallery(qtbot, theme: ThemeManager) -> Gallery:
    g = Gallery()
    qtbot.addWidget(g)
    g.resize(800, 900)
    g.show()
    qtbot.waitExposed(g)
    return g


def test_declared_colours_meet_their_targets() -> None:
    for name, colours in COLOURS.items():
        text_min = 4.5 if name == "standard" else 7.0
        for fg, bg in Colours.TEXT_PAIRS:
            ratio = contrast_ratio(getattr(colours, fg), getattr(colours, bg))
            assert ratio >= text_min, f"{name}: {fg} on {bg} is {ratio:.2f}:1"
        for fg, bg in Colours.UI_PAIRS:
            ratio = contrast_ratio(getattr(colours, fg), getattr(colours, bg))
            assert ratio >= 3.0, f"{name}: {fg} against {bg} is {ratio:.2f}:1"


def test_the_primary_button_a_selected_item_and_the_focus_never_look_the_same() -> None:
    for name, c in COLOURS.items():
        fills = {"primary": c.primary, "selected": c.highlight, "focus": c.focus_bg}
        assert len(set(fills.values())) == 3, f"{name}: {fills}"
        # And a disabled primary button is not the primary colour with grey words on it.
        assert contrast_ratio(c.disabled, c.window) >= 3.0, name


@pytest.mark.parametrize("name", THEMES)
def test_a_disabled_primary_button_is_painted_plain(qtbot, gallery: Gallery, settings: Settings, name: str) -> None:
    settings.set("theme", name)
    gallery.next.setEnabled(False)
    QApplication.processEvents()
    image = gallery.next.grab().toImage()
    middle = image.pixelColor(image.width() // 2, 3 * image.height() // 4).name().upper()
    assert middle == COLOURS[name].window.upper()  # not navy (or blue, or cyan) behind grey words


def test_wcag_formula() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("name", THEMES)
def test_painted_text_contrast(qtbot, gallery: Gallery, settings: Settings, name: str) -> None:
    settings.set("theme", name)
    gallery.back.setFocus()  # nothing under test has focus
    minimum = 4.5 if name == "standard" else 7.0
    for label, widget in [("h1", gallery.h1), ("body", gallery.body), ("hint", gallery.hint),
                          ("error", gallery.error), ("value", gallery.value), ("field", gallery.field),
                          ("placeholder", gallery.empty), ("combo", gallery.combo),
                          ("checkbox", gallery.check), ("primary", gallery.next), ("link", gallery.change),
                          ("notice", gallery.notice_text)]:
        ratio, fg, bg = painted_contrast(widget, inset=6 if label != "error" else 2)
        assert ratio >= minimum, f"{name}: {label} painted {fg.name()} on {bg.name()} = {ratio:.2f}:1"
    # A focused button (yellow with dark text in every theme) is text too.
    gallery.next.setFocus()
    ratio, fg, bg = painted_contrast(gallery.next, inset=6)
    assert ratio >= minimum, f"{name}: focused button {fg.name()} on {bg.name()} = {ratio:.2f}:1"


@pytest.mark.parametrize("name", THEMES)
def test_painted_borders_and_focus_ring(qtbot, gallery: Gallery, settings: Settings, name: str) -> None:
    settings.set("theme", name)
    colours = COLOURS[name]
    gallery.back.setFocus()
    QApplication.processEvents()
    window = gallery.grab().toImage()
    field = gallery.field
    top_left = field.mapTo(gallery, field.rect().topLeft())
    mid_y = top_left.y() + field.height() // 2
    outside = window.pixelColor(top_left.x() - 3, mid_y)
    border = window.pixelColor(top_left.x(), mid_y)
    assert contrast_ratio(border, outside) >= 3.0, f"{name}: border {border.name()} on {outside.name()}"

    field.setFocus()
    QApplication.processEvents()
    window = gallery.grab().toImage()
    for dx in range(3):  # the ring is 3 px wide
        ring = window.pixelColor(top_left.x() + dx, mid_y)
        assert ring.name().upper() == colours.focus.upper()
        assert contrast_ratio(ring, outside) >= 3.0
    inside = window.pixelColor(top_left.x() + 4, mid_y)
    assert contrast_ratio(ring, inside) >= 3.0, f"{name}: ring {ring.name()} next to {inside.name()}"


def _scrollbar_part(bar: QScrollBar, part: QStyle.SubControl) -> tuple[int, int]:
    opt = QStyleOptionSlider()
    bar.initStyleOption(opt)
    centre = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, opt, part, bar).center()
    return centre.x(), centre.y()


@pytest.mark.parametrize("name", THEMES)
def test_painted_scroll_bar_contrast(qtbot, gallery: Gallery, settings: Settings, name: str) -> None:
    # WCAG 1.4.11: the thumb is how a long page shows where it is; it needs 3:1 against its track,
    # and the track (the thumb's way) 3:1 against the window around it, or a bordered edge that has.
    settings.set("theme", name)
    gallery.back.setFocus()
    QApplication.processEvents()
    bar = gallery.scrollbar
    image = bar.grab().toImage()
    thumb = image.pixelColor(*_scrollbar_part(bar, QStyle.SubControl.SC_ScrollBarSlider))
    track = image.pixelColor(*_scrollbar_part(bar, QStyle.SubControl.SC_ScrollBarAddPage))
    ratio = contrast_ratio(thumb, track)
    assert ratio >= 3.0, f"{name}: scroll bar thumb {thumb.name()} on track {track.name()} = {ratio:.2f}:1"
    window = gallery.grab().toImage()
    origin = bar.mapTo(gallery, bar.rect().topLeft())
    outside = window.pixelColor(origin.x() - 3, origin.y() + bar.height() // 2)
    edge = window.pixelColor(origin.x(), origin.y() + bar.height() // 2)
    assert contrast_ratio(edge, outside) >= 3.0, f"{name}: scroll bar edge {edge.name()} on {outside.name()}"


def test_error_is_not_colour_alone(qtbot, gallery: Gallery) -> None:
    # Words and a symbol, and a thick bar at its side that does not rely on hue.
    assert gallery.error.text().startswith("⚠")
    img = gallery.error.grab().toImage()
    bar = {img.pixelColor(x, img.height() // 2).name() for x in range(5)}
    assert len(bar) == 1, "a solid bar at the left edge of every error"


def test_font_scale_is_live_and_per_officer(qtbot, gallery: Gallery, settings: Settings,
                                              theme: ThemeManager) -> None:
    small = gallery.body.sizeHint().height()
    settings.set("font_scale", 200)
    assert QApplication.font().pointSizeF() == pytest.approx(22.0)
    QApplication.processEvents()
    assert gallery.body.sizeHint().height() >= 1.8 * small
    assert gallery.h1.font().pointSizeF() > gallery.body.font().pointSizeF()
    settings.set("officer", "siti")  # another officer: her own (default) size
    assert theme.scale == 100
    settings.set("officer", "demo")
    assert theme.scale == 200


def test_keyboard_shortcuts_change_text_size(qtbot, gallery: Gallery, settings: Settings,
                                             theme: ThemeManager) -> None:
    theme.make_actions(gallery)
    gallery.field.setFocus()
    qtbot.keyClick(gallery.field, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert settings.get("font_scale") == 125
    qtbot.keyClick(gallery.field, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert settings.get("font_scale") == 150
    qtbot.keyClick(gallery.field, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.get("font_scale") == 125
    qtbot.keyClick(gallery.field, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.get("font_scale") == 100
    qtbot.keyClick(gallery.field, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.get("font_scale") == 100  # never below 100 %
    for _ in range(10):
        theme.zoom_in()
    assert settings.get("font_scale") == 250  # never above 250 %


@pytest.mark.parametrize(("scale", "target"), [(100, TARGET_PX), (200, LARGE_TARGET_PX)])
def test_click_targets(qtbot, gallery: Gallery, settings: Settings, scale: int, target: int) -> None:
    settings.set("font_scale", scale)
    QApplication.processEvents()
    gallery.centralWidget().layout().activate()
    for w in (gallery.back, gallery.next, gallery.change, gallery.field, gallery.combo, gallery.check):
        assert w.height() >= target, f"{w.__class__.__name__} is {w.height()} px high at {scale} %"
        assert w.width() >= target


def test_system_theme_without_a_preference_is_standard(
    qtbot, settings: Settings, theme: ThemeManager
) -> None:
    assert settings.get("theme") == "system"
    assert system_theme() == "standard"  # the offscreen platform states no contrast preference
    assert theme.theme == "standard"
    settings.set("theme", "contrast-light-on-dark")
    assert QApplication.palette().window().color().name() == "#000000"
