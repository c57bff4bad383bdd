#!/usr/bin/env python3
"""Take the officer's guide's screenshots (docs/PANDUAN-PETUGAS.md) from the real app, offscreen.

    python scripts/guide_screenshots.py [OUT_DIR]     # default: docs/screenshots/

The first-run wizard page by page, the desk at 200 % text with high contrast, the
update banner and the sign-in window, on a throw-away data home and keyring-free
(the wizard pages are shown, not submitted). The serving screens come from
``scripts/screenshots.py``; run both to refresh every picture in the guide.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MPP_ASSIST_HOME"] = tempfile.mkdtemp(prefix="mpp-guide-")

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
WIZARD_SIZE = (900, 640)
WINDOW_SIZE = (1100, 820)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from mpp_assist.settings import Settings
    from mpp_assist.ui.setup.first_run import FirstRunWizard, SignInDialog
    from mpp_assist.ui.shell.application import make_application
    from mpp_assist.ui.shell.taskman import TaskManager
    from mpp_assist.ui.shell.theme import ThemeManager

    app = QApplication.instance() or make_application(["mpp-assist"])

    def settle() -> None:
        for _ in range(4):
            app.processEvents()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    settings = Settings()
    theme = ThemeManager(app, settings)
    wizard = FirstRunWizard(settings, tasks=TaskManager(synchronous=True))
    wizard.resize(*WIZARD_SIZE)
    wizard.show()

    def page(index: int) -> None:
        wizard.setStartId(wizard.pageIds()[index])
        wizard.restart()
        settle()

    page(0)
    wizard.server.online.setChecked(True)
    wizard.server.address.setText("https://mpp.bogorkota.go.id")
    wizard.server.say(wizard.server.tr("Server menjawab (versi {version}).").format(version="0.1.0"))
    shot(wizard, "panduan-01-server")

    page(1)
    wizard.desk_page.mpp_name.setText("MPP Kota Bogor")
    wizard.desk_page.desk.setText("LOKET-07")
    shot(wizard, "panduan-02-loket")

    page(2)
    wizard.officer_page.name.setText("siti")
    wizard.officer_page.secret.setText("rahasia")
    wizard.officer_page.confirm.setText("rahasia")
    shot(wizard, "panduan-03-petugas")

    page(3)
    p = wizard.printer_page
    p.layout_choice.setCurrentIndex(p.layout_choice.findData("80mm"))
    p.kind.setCurrentIndex(p.kind.findData("network"))
    p.host.setText("192.168.10.51")
    sent = p.tr("Cetak percobaan terkirim ke {printer}. Periksa kertasnya.")
    p.say(sent.format(printer="192.168.10.51:9100"))
    shot(wizard, "panduan-04-pencetak")

    page(4)
    s = wizard.speech_page
    s.say(s.tr("Contoh selesai dibacakan. Apakah terdengar?"))
    s.not_heard.setChecked(True)
    shot(wizard, "panduan-05-suara")

    page(5)
    look = wizard.appearance_page
    look.size.setCurrentIndex(look.size.findData(150))
    shot(wizard, "panduan-06-tulisan")

    page(6)
    shot(wizard, "panduan-07-siap")
    wizard.hide()
    settings.set("font_scale", 100)

    # The desk at 200 % text with high contrast, and the update banner.
    from mpp_assist.app import build_context, create_window
    from mpp_assist.ui.shell.update_notice import UpdateNotice
    from mpp_assist.updates import Update

    settings.set("mpp_name", "MPP Kota Bogor")
    settings.set("desk", "LOKET-07")
    ctx = build_context(synchronous_tasks=True, settings=settings)
    window = create_window(ctx)
    window.resize(*WINDOW_SIZE)
    window.show()
    notice = UpdateNotice(window, ctx, first_check_ms=-1)
    notice.banner.show_update(Update("0.1.0", "0.2.0", "https://mpp.bogorkota.go.id/unduh"))
    shot(window, "panduan-08-versi-baru")
    notice.banner.hide()
    settings.set("font_scale", 200)
    settings.set("theme", "contrast-dark-on-light")
    shot(window, "panduan-09-tulisan-besar")
    settings.set("font_scale", 100)
    settings.set("theme", "system")
    window.close()
    ctx.store.close()

    dialog = SignInDialog("siti")
    dialog.resize(520, 360)
    dialog.show()
    shot(dialog, "panduan-10-masuk")
    dialog.close()
    theme.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
