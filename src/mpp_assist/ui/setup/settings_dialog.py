"""The settings dialog: language, and this desk's details printed on receipts.

Values are written through ``Settings.set`` (typed, atomic); listeners such as
the main window re-apply the language live. Appearance options (text size,
contrast theme) and speech are added by their own modules via ``add_section``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.i18n import current_language
from mpp_assist.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Pengaturan"))
        self.setAccessibleName(self.tr("Pengaturan"))
        layout = QVBoxLayout(self)
        # The sections scroll and the buttons stay put: at 200 % text the options are taller
        # than a 768-pixel screen.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.sections = QVBoxLayout(body)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)

        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        # The language on screen now: the setting, or --lang for this run.
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        general = self.add_section(self.tr("Tampilan"))
        self._row(general, self.tr("Bahasa"), self.language, self.tr("Bahasa di layar petugas"))

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
        self._row(desk, self.tr("Nama MPP"), self.mpp_name, self.tr("Dicetak di tanda terima"))
        self._row(desk, self.tr("Kode loket"), self.desk, self.tr("Dicetak di tanda terima dan nomornya"))
        self._row(desk, self.tr("Kertas tanda terima"), self.layout_choice, "")

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
        self.sections.addWidget(box)
        return form

    @staticmethod
    def _row(form: QFormLayout, label: str, field: QWidget, hint: str) -> None:
        text = QLabel(label)
        text.setBuddy(field)
        field.setAccessibleName(label)
        if hint:
            field.setAccessibleDescription(hint)
            field.setToolTip(hint)
        form.addRow(text, field)

    def accept(self) -> None:
        self.settings.set("mpp_name", self.mpp_name.text().strip() or self.settings.get("mpp_name"))
        self.settings.set("desk", self.desk.text().strip() or self.settings.get("desk"))
        self.settings.set("receipt_layout", self.layout_choice.currentData())
        # Language last: its listener rebuilds the window.
        self.settings.set("language", self.language.currentData())
        super().accept()
