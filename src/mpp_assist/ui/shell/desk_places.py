"""The places every desk has: *Layanan*, *Pengaturan*, *Bantuan* (the others come from their packages).

Each is registered by the composition root (``mpp_assist.app``) and acts through the window that
shows it (its ``PlaceHost``); the labels are translated each time the rail asks for them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mpp_assist.ui.shell.places import Place


def _tr(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Places", text)


def services_place() -> Place:
    return Place(
        id="services",
        label=_tr(QT_TRANSLATE_NOOP("Places", "Layanan")),
        icon="mdi6.file-document-edit-outline",
        activate=lambda host: host.go_services(),
        description=_tr(QT_TRANSLATE_NOOP("Places", "Pilih layanan untuk permohonan baru")),
        order=10,
    )


def settings_place() -> Place:
    return Place(
        id="settings",
        label=_tr(QT_TRANSLATE_NOOP("Places", "Pengaturan")),
        icon="mdi6.cog-outline",
        activate=lambda host: host.open_settings(),
        description=_tr(QT_TRANSLATE_NOOP("Places", "Tampilan, suara, server dan pencetak (Ctrl+,)")),
        order=80,
        keep_applicant=True,
    )


def help_place() -> Place:
    return Place(
        id="help",
        label=_tr(QT_TRANSLATE_NOOP("Places", "Bantuan")),
        icon="mdi6.help-circle-outline",
        activate=lambda host: host.show_help(),
        description=_tr(QT_TRANSLATE_NOOP("Places", "Tombol pintas dan arti istilah (F1)")),
        order=90,
        keep_applicant=True,
    )
