"""Confirm what was read from a KTP-el or KK, field by field, beside the crop it was read from.

Each field shows the part of the photo it came from, the value as read (editable), and how sure
the reading is. A doubtful field (low confidence or a named problem) must be ticked *Sudah
dicek* before the values can be used: the officer looks, the machine does not decide. A KK
shows every member of the family in one table, each cell editable. Nothing is stored here:
``profile()`` and ``members()`` go to the form as values filled in for the officer, still
editable there.

*Bacakan* (Shift+F8, the desk's "read the page") reads every field's label and value aloud through
the desk's speech, as corrected so far, so the applicant hears what was read and can say what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.documents.model import MEMBER_FIELDS, FieldReading, Reading
from mpp_assist.documents.prefill import members_from, profile_from
from mpp_assist.documents.spoken import script
from mpp_assist.i18n import QT_TRANSLATE_NOOP, current_language
from mpp_assist.ui.shell.widgets import scroll_area

DOUBTFUL = 0.75  # below this the officer must tick the field as checked
CROP_HEIGHT = 36


def crop(image: Any, box: tuple[int, int, int, int] | None) -> QPixmap | None:
    """The part of the corrected document image a field was read from (an RGB numpy array)."""
    if image is None or box is None:
        return None
    x0, y0, x1, y1 = (max(0, int(v)) for v in box)
    part = image[y0:y1, x0:x1]
    if part.size == 0:
        return None
    part = part.copy(order="C")
    h, w = part.shape[:2]
    qimage = QImage(part.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()  # copy: own the bytes
    return QPixmap.fromImage(qimage)


class FieldRow:
    """One field's widgets: its crop, its value, and (when doubtful) the "checked" tick."""

    def __init__(self, name: str, reading: FieldReading, label: str, image: Any) -> None:
        self.name, self.reading = name, reading
        self.label = QLabel(label)
        self.crop = QLabel()
        pixmap = crop(image, reading.box)
        if pixmap is not None:
            self.crop.setPixmap(pixmap.scaledToHeight(CROP_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        self.value = QLineEdit("" if reading.value is None else str(reading.value))
        self.value.setObjectName(f"read_{name}")
        self.value.setAccessibleName(label)
        self.label.setBuddy(self.value)
        self.doubtful = reading.value is not None and (reading.confidence < DOUBTFUL or bool(reading.problems))
        self.checked = QCheckBox()
        self.checked.setObjectName(f"checked_{name}")
        self.checked.setVisible(self.doubtful)
        self.note = QLabel("; ".join(reading.problems))
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        if reading.raw:
            self.value.setToolTip(reading.raw)

    def text(self) -> str:
        return self.value.text().strip()


class ConfirmReadingDialog(QDialog):
    """``speak``: the desk's speech (``MainWindow.speak``); without it there is no *Bacakan*."""

    def __init__(self, reading: Reading, parent: QWidget | None = None,
                 speak: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmReading")
        self.reading = reading
        self.speak = speak
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        body = QWidget()
        grid = QGridLayout(body)
        self.rows: dict[str, FieldRow] = {}
        for i, (name, f) in enumerate(reading.fields.items()):
            if f.value is None and not f.raw:
                continue  # not on this card, or not read: nothing to confirm
            row = FieldRow(name, f, field_label(name), reading.image)
            self.rows[name] = row
            grid.addWidget(row.label, 2 * i, 0)
            grid.addWidget(row.value, 2 * i, 1)
            grid.addWidget(row.checked, 2 * i, 2)
            grid.addWidget(row.crop, 2 * i, 3)
            grid.addWidget(row.note, 2 * i + 1, 1, 1, 3)
            row.value.textEdited.connect(lambda _t, r=row: r.checked.setChecked(True))  # corrected is checked
            row.checked.toggled.connect(self._update)
        grid.setColumnStretch(1, 1)
        scroll = scroll_area(self.tr("Hasil baca"), body)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)  # a box beside the members' table, as before
        layout.addWidget(scroll, 2)
        self.table: QTableWidget | None = None
        if reading.members:
            self.table = QTableWidget(len(reading.members), len(MEMBER_FIELDS))
            self.table.setObjectName("readMembers")
            self.table.setHorizontalHeaderLabels([field_label(n) for n in MEMBER_FIELDS])
            for r, member in enumerate(reading.members):
                for c, name in enumerate(MEMBER_FIELDS):
                    f = member.get(name)
                    item = QTableWidgetItem("" if f is None or f.value is None else str(f.value))
                    if f is not None and f.value is not None and f.confidence < DOUBTFUL:
                        item.setToolTip(self.tr("Kurang yakin terbaca: periksa"))
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    self.table.setItem(r, c, item)
            self.table.resizeColumnsToContents()
            layout.addWidget(self.table, 1)
        self.problem = QLabel()
        self.problem.setObjectName("confirmProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.read_aloud = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.read_aloud.setObjectName("readAloud")
        self.read_aloud.setAutoDefault(False)  # Enter still means "use it", never "say it"
        self.read_aloud.clicked.connect(self.say)
        self.read_aloud.setVisible(speak is not None)
        # The shortcut every page of the desk reads itself with; this dialog is a window of its own.
        self.read_action = QAction(self)
        self.read_action.setShortcut(QKeySequence("Shift+F8"))
        self.read_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.read_action.triggered.connect(self.say)
        self.addAction(self.read_action)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        kind = self.tr("KTP-el") if self.reading.kind == "ktp" else self.tr("Kartu Keluarga")
        self.setWindowTitle(self.tr("Periksa hasil baca {kind}").format(kind=kind))
        self.intro.setText(
            self.tr("Bandingkan setiap isian dengan potongan dokumennya. Perbaiki yang salah; isian yang kurang"
                    " yakin terbaca harus dicentang \"Sudah dicek\" dulu.")
        )
        for row in self.rows.values():
            row.checked.setText(self.tr("Sudah dicek"))
            row.checked.setAccessibleName(self.tr("{field}: sudah dicek").format(field=row.label.text()))
        self.use_button.setText(self.tr("Pakai untuk formulir"))
        self.read_aloud.setText(self.tr("Bacakan"))
        self.read_aloud.setToolTip(self.tr("Bacakan hasil baca untuk pemohon (Shift+F8)"))
        self.read_aloud.setAccessibleDescription(self.read_aloud.toolTip())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))

    def unchecked(self) -> list[str]:
        return [row.label.text() for row in self.rows.values() if row.doubtful and not row.checked.isChecked()]

    def _update(self) -> None:
        missing = self.unchecked()
        self.use_button.setEnabled(not missing)
        self.problem.setText(
            self.tr("Belum dicek: {fields}").format(fields=", ".join(missing)) if missing else ""
        )
        self.problem.setVisible(bool(missing))

    def spoken_text(self) -> str:
        """Every field's label and value as now on the page (corrections included), as said aloud."""
        values = {name: row.text() for name, row in self.rows.items()}
        members = []
        if self.table is not None:
            for r in range(self.table.rowCount()):
                member = {}
                for c, name in enumerate(MEMBER_FIELDS):
                    item = self.table.item(r, c)
                    member[name] = item.text().strip() if item is not None else ""
                members.append(member)
        return script(self.reading.kind, values, members, field_label, current_language())

    def say(self) -> None:
        if self.speak is not None:
            self.speak(self.spoken_text())

    def fields(self) -> dict[str, Any]:
        return {name: (row.text() or None) for name, row in self.rows.items()}

    def members(self) -> list[dict[str, Any]]:
        if self.table is None:
            return []
        out = []
        for r in range(self.table.rowCount()):
            member = {}
            for c, name in enumerate(MEMBER_FIELDS):
                item = self.table.item(r, c)
                text = item.text().strip() if item is not None else ""
                member[name] = text or None
            out.append(member)
        return members_from(out)

    def profile(self) -> dict[str, Any]:
        """What the officer confirmed, keyed as the forms' profile keys."""
        return profile_from(self.reading.kind, self.fields(), self.members())

    def accept(self) -> None:
        if self.unchecked():
            self._update()
            return
        super().accept()


_LABELS = {
    "nik": QT_TRANSLATE_NOOP("DocumentFields", "NIK"),
    "no_kk": QT_TRANSLATE_NOOP("DocumentFields", "No. KK"),
    "nama_lengkap": QT_TRANSLATE_NOOP("DocumentFields", "Nama lengkap"),
    "nama_kepala": QT_TRANSLATE_NOOP("DocumentFields", "Nama kepala keluarga"),
    "tempat_lahir": QT_TRANSLATE_NOOP("DocumentFields", "Tempat lahir"),
    "tanggal_lahir": QT_TRANSLATE_NOOP("DocumentFields", "Tanggal lahir"),
    "jenis_kelamin": QT_TRANSLATE_NOOP("DocumentFields", "Jenis kelamin"),
    "golongan_darah": QT_TRANSLATE_NOOP("DocumentFields", "Golongan darah"),
    "alamat": QT_TRANSLATE_NOOP("DocumentFields", "Alamat"),
    "rt": QT_TRANSLATE_NOOP("DocumentFields", "RT"),
    "rw": QT_TRANSLATE_NOOP("DocumentFields", "RW"),
    "kel_desa": QT_TRANSLATE_NOOP("DocumentFields", "Kel/Desa"),
    "kecamatan": QT_TRANSLATE_NOOP("DocumentFields", "Kecamatan"),
    "kabupaten_kota": QT_TRANSLATE_NOOP("DocumentFields", "Kabupaten/Kota"),
    "provinsi": QT_TRANSLATE_NOOP("DocumentFields", "Provinsi"),
    "desa": QT_TRANSLATE_NOOP("DocumentFields", "Kode wilayah desa"),
    "agama": QT_TRANSLATE_NOOP("DocumentFields", "Agama"),
    "status_perkawinan": QT_TRANSLATE_NOOP("DocumentFields", "Status perkawinan"),
    "pekerjaan": QT_TRANSLATE_NOOP("DocumentFields", "Pekerjaan"),
    "kewarganegaraan": QT_TRANSLATE_NOOP("DocumentFields", "Kewarganegaraan"),
    "kode_pos": QT_TRANSLATE_NOOP("DocumentFields", "Kode pos"),
    "pendidikan": QT_TRANSLATE_NOOP("DocumentFields", "Pendidikan"),
    "hubungan": QT_TRANSLATE_NOOP("DocumentFields", "Hubungan keluarga"),
    "nama_ayah": QT_TRANSLATE_NOOP("DocumentFields", "Nama ayah"),
    "nama_ibu": QT_TRANSLATE_NOOP("DocumentFields", "Nama ibu"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("DocumentFields", _LABELS.get(name, name))
