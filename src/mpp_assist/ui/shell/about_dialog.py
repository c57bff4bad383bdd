"""About MPP Assist: version, licence, and where the data and font it ships come from."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from mpp_assist import __version__
from mpp_assist.paths import resource
from mpp_assist.ui.shell.widgets import heading, paragraph


def holiday_sources() -> list[tuple[int, str]]:
    """(year, decree) of each bundled holiday calendar (``resources/data/holidays/<year>.json``)."""
    out = []
    for path in sorted(resource("data", "holidays").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            out.append((int(data["year"]), str(data.get("source", ""))))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return out


def region_source() -> dict[str, str]:
    try:
        from mpp_assist.forms import regions

        return regions.source()
    except Exception:  # the credits still show the rest
        return {}


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        title = self.tr("Tentang MPP Assist")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(
            paragraph(self.tr("MPP Assist {version}. Lisensi MIT.").format(version=__version__), role="lead")
        )
        layout.addWidget(paragraph(self.tr("Asisten pengisian permohonan untuk loket Mal Pelayanan Publik.")))
        self.credits = QPlainTextEdit(self.credit_text())
        self.credits.setObjectName("aboutCredits")
        self.credits.setReadOnly(True)
        self.credits.setAccessibleName(self.tr("Sumber data dan lisensi"))
        layout.addWidget(self.credits, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def credit_text(self) -> str:
        src = region_source()
        lines = [
            self.tr("Data wilayah: {decree}.").format(decree=src.get("decree", "-")),
            self.tr("Sumber data wilayah: {source}.").format(source=src.get("source", "-")),
            self.tr("Arsip kode wilayah lama: {years}. Dibangun {built}.").format(
                years=src.get("archive_years", "-"), built=src.get("built_at", "-")
            ),
            "",
            self.tr(
                "Huruf DejaVu Sans (dijadikan bagian tanda terima PDF): lisensi Bitstream Vera dan "
                "Arev, bebas dipakai dan disebarkan. Lihat resources/fonts/LICENSE-DejaVu.txt."
            ),
            "",
            self.tr(
                "Ikon: Material Design Icons 6.9.96 (Pictogrammers), lisensi Apache 2.0; hurufnya lisensi "
                "SIL Open Font License 1.1. Lihat resources/icons/mdi/README.md."
            ),
            "",
            self.tr("Kalender hari libur nasional dan cuti bersama (perkiraan tanggal selesai):"),
        ]
        lines += [f"  {year}: {source}" for year, source in holiday_sources()]
        return "\n".join(lines)
