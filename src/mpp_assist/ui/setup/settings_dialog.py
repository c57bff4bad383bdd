"""The settings dialog: language, and this desk's details printed on receipts.

Values are written through ``Settings.set`` (typed, atomic); listeners such as
the main window re-apply the language live. Other parts of the desk add their own
sections (appearance and speech, server and printer) through the builders the main
window was given (``MainWindow.add_settings_section``), each with ``add_section`` and
``add_row``; every option's widget is in ``fields`` under its setting's name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.i18n import current_language
from mpp_assist.settings import Settings
from mpp_assist.ui.shell.widgets import scroll_area, set_accessible


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        sections: Sequence[Callable[[SettingsDialog], None]] = (),
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.fields: dict[str, QWidget] = {}
        self._wheel_guard = _WheelGuard(self)
        self.setWindowTitle(self.tr("Pengaturan"))
        self.setAccessibleName(self.tr("Pengaturan"))
        layout = QVBoxLayout(self)
        # The sections scroll and the buttons stay put: at 200 % text the options are taller
        # than a 768-pixel screen.
        body = QWidget()
        self.sections = QVBoxLayout(body)
        self.scroll = scroll_area(self.tr("Pengaturan"), body)
        layout.addWidget(self.scroll, 1)

        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        # The language on screen now: the setting, or --lang for this run.
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        general = self.add_section(self.tr("Bahasa"))
        self.add_row(general, self.tr("Bahasa"), self.language, self.tr("Bahasa di layar petugas"), "language")

        self.mpp_name = QLineEdit(settings.get("mpp_name"))
        self.desk = QLineEdit(settings.get("desk"))
        self.layout_choice = QComboBox()
        for value, text in (
            ("a4", self.tr("A4")),
            ("a5", self.tr("A5")),
            ("80mm", self.tr("Kertas struk 80 mm")),
            ("58mm", self.tr("Kertas struk 58 mm")),
        ):
            self.layout_choice.addItem(text, value)
        self.layout_choice.setCurrentIndex(
            max(0, self.layout_choice.findData(settings.get("receipt_layout")))
        )
        desk = self.add_section(self.tr("Loket"))
        self.add_row(desk, self.tr("Nama MPP"), self.mpp_name, self.tr("Dicetak di tanda terima"), "mpp_name")
        self.add_row(desk, self.tr("Kode loket"), self.desk, self.tr("Dicetak di tanda terima dan nomornya"), "desk")
        self.add_row(desk, self.tr("Kertas tanda terima"), self.layout_choice, "", "receipt_layout")
        self.receipt_lang = QComboBox()
        for value, text in (("id", self.tr("Bahasa Indonesia")), ("en", self.tr("Bahasa Inggris")),
                            ("both", self.tr("Dua bahasa"))):
            self.receipt_lang.addItem(text, value)
        self.receipt_lang.setCurrentIndex(max(0, self.receipt_lang.findData(settings.get("receipt_lang"))))
        self.add_row(desk, self.tr("Bahasa tanda terima"), self.receipt_lang,
                     self.tr("Bisa diubah untuk satu tanda terima di halamannya"), "receipt_lang")
        self.receipt_large = QCheckBox(self.tr("Huruf besar"))
        self.receipt_large.setChecked(bool(settings.get("receipt_large_print")))
        self.add_row(desk, self.tr("Tanda terima"), self.receipt_large, self.tr("Huruf besar untuk penglihatan kurang"),
                     "receipt_large_print")
        for build in sections:  # the other parts of the desk add theirs (appearance, server, printer)
            build(self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout = layout
        layout.addWidget(self.buttons)

    def add_section(self, title: str) -> QFormLayout:
        """A titled group of options; other modules add theirs before the buttons."""
        box = QGroupBox(title)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        # Labels above their fields, wrapped: at 250 % a label column beside the fields pushed the
        # options 1000 px past the window's edge, to be scrolled sideways (WCAG 1.4.10 reflow).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.sections.addWidget(box)
        return form

    def add_row(self, form: QFormLayout, label: str, field: QWidget, hint: str, setting: str = "") -> None:
        """One option: its label (the field's accessible name), hint, and under ``setting`` in ``fields``."""
        text = QLabel(label)
        text.setWordWrap(True)
        text.setBuddy(field)
        set_accessible(field, label, hint)
        if hint:
            field.setToolTip(hint)
        form.addRow(text, field)
        if setting:
            self.fields[setting] = field
        if isinstance(field, QComboBox):
            # As wide as the dialog gives it, not as its longest choice (a printer's name at 250 %).
            field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            field.setMinimumContentsLength(12)
        if isinstance(field, QComboBox | QAbstractSpinBox):
            # The wheel scrolls the dialog; it changes an option only once the officer chose it (focus).
            field.setFocusPolicy(field.focusPolicy() & ~Qt.FocusPolicy.WheelFocus | Qt.FocusPolicy.StrongFocus)
            field.installEventFilter(self._wheel_guard)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_to_screen)  # after Qt's own sizing on show

    def fit_to_screen(self) -> None:
        """As large as the options need, never beyond the screen: the sections scroll."""
        screen = self.screen() or QApplication.primaryScreen()
        body = self.scroll.widget()
        if screen is None or body is None:
            return
        room = screen.availableGeometry().size() * 0.9
        want = body.sizeHint() + QSize(64, self.buttons.sizeHint().height() + 64)
        self.resize(want.boundedTo(room))

    def accept(self) -> None:
        self.settings.set("mpp_name", self.mpp_name.text().strip() or self.settings.get("mpp_name"))
        self.settings.set("desk", self.desk.text().strip() or self.settings.get("desk"))
        self.settings.set("receipt_layout", self.layout_choice.currentData())
        self.settings.set("receipt_lang", self.receipt_lang.currentData())
        self.settings.set("receipt_large_print", self.receipt_large.isChecked())
        # Language last: its listener rebuilds the window. Only when the officer changed it: saving in a
        # ``--lang en`` session must not make English this desk's language for good.
        if self.language.currentData() != current_language():
            self.settings.set("language", self.language.currentData())
        super().accept()


class _WheelGuard(QObject):
    """Wheel turns over an unfocused combo box or number box scroll the dialog instead of changing the option."""

    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            QApplication.sendEvent(self.dialog.scroll.verticalScrollBar(), event)
            return True
        return False
