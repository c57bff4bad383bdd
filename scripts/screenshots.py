#!/usr/bin/env python3
"""Take the README's screenshots from the real app, offscreen, on a throw-away data home.

    python scripts/screenshots.py [OUT_DIR]     # default: docs/screenshots/

Drives the real main window (the same composition root as ``mpp-assist``) through
the KTP-el path with the service's example answers, and grabs each screen to PNG.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MPP_ASSIST_HOME"] = tempfile.mkdtemp(prefix="mpp-screens-")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)  # the desk PC's screen


class _QuietSpeakers:
    """A player that plays nothing, and says sound works: the screenshots show a desk as it is at an
    MPP (with speakers), not the header's *Tidak ada suara* of a build machine without a sound card."""

    name = "screenshots"

    def play(self, path: Path) -> None:
        pass

    def probe(self) -> str:
        return ""

    def stop(self) -> None:
        pass


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from mpp_assist.speech import speaker

    speaker.default_player = _QuietSpeakers  # type: ignore[assignment]
    from mpp_assist.app import build_context, create_window
    from mpp_assist.ui.shell.application import make_application

    app = QApplication.instance() or make_application(["mpp-assist"])

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def shot(window, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def open_window(lang: str | None = None):
        ctx = build_context(synchronous_tasks=True)
        try:
            window = create_window(ctx, lang, consent=False)
        except TypeError:  # a build without the consent page
            window = create_window(ctx, lang)
        window.resize(*SIZE)
        window.show()
        window.activateWindow()
        settle()
        return ctx, window

    ctx, window = open_window()
    shot(window, "01-layanan")

    definition = ctx.catalogue.get("ktp-el")
    answers = definition.example_answers()
    window.start_service("ktp-el")
    flow = window.flow
    if flow is None:
        raise SystemExit("the form did not open")
    checklist = flow.page
    checklist.checklist.buttons[("kk", "original_seen")].setChecked(True)
    shot(window, "02-persyaratan")

    flow.set_answer("jenis_permohonan", answers["jenis_permohonan"])
    flow.go("section:pemohon")
    page = flow.page
    QTest.keyClicks(page.rows["nik"].editor.edit, "32730157089")
    page.go_on()  # "Lanjut" with problems: the error summary
    shot(window, "03-ada-masalah")

    for key in ("nik", "no_kk", "nama_lengkap", "tempat_lahir", "tanggal_lahir", "jenis_kelamin",
                "status_perkawinan", "agama", "pekerjaan"):
        flow.set_answer(key, answers[key])
    flow.go("section:pemohon")
    shot(window, "04-data-pemohon")

    for key in ("alamat", "rt", "rw", "kode_pos"):
        flow.set_answer(key, answers[key])
    flow.go("section:alamat")
    picker = flow.page.rows["desa"].editor
    QTest.keyClicks(picker.search, "cibadak")
    settle()
    shot(window, "05-cari-wilayah")
    flow.set_answer("desa", answers["desa"])

    for key in ("telepon",):
        flow.set_answer(key, answers[key])
    flow.go("check")
    shot(window, "06-periksa-jawaban")

    QTest.keyClick(flow.page.continue_button, Qt.Key.Key_Space)
    settle()
    shot(window, "07-tanda-terima")

    # Repeat groups: family members on the family card form.
    kk = ctx.catalogue.get("kartu-keluarga")
    window.new_applicant()
    settle()
    window.start_service("kartu-keluarga")
    flow = window.flow
    kk_answers = kk.example_answers()
    for key, value in kk_answers.items():
        if key != "anggota_keluarga":
            flow.set_answer(key, value)
    for i, member in enumerate(kk_answers.get("anggota_keluarga", [])[:2]):
        if flow.session.item_count("anggota_keluarga") <= i:
            flow.add_item("anggota_keluarga")
        for key, value in member.items():
            flow.set_answer(f"anggota_keluarga[{i}].{key}", value)
    flow.go(f"section:{kk.section_of('anggota_keluarga').id}")
    shot(window, "08-anggota-keluarga")

    # The officer's queue (Ctrl+Shift+P): one back from the back office, one to correct, one waiting.
    from mpp_assist.applications import submit
    from mpp_assist.sync import outbox

    window.show_services()
    ktp = ctx.catalogue.get("ktp-el")
    officer, desk = ctx.settings.get("officer"), ctx.settings.get("desk")
    more = [submit(ctx.store, ktp, ktp.example_answers(), officer=officer, desk=desk) for _ in range(2)]
    outbox.mark_sent(ctx.store, more[0].id, "MPP-3273-2026-000123", "verified")
    reason = {"field": "nik", "code": "mismatch", "message": "NIK tidak cocok dengan data kependudukan."}
    outbox.mark_needs_correction(ctx.store, more[1].id, [reason])
    window.desk_sync.show_page()
    shot(window, "10-permohonan")
    window.show_place("reports")
    shot(window, "13-laporan")
    # Pemohon: the returning citizen found by a misspelt name.
    window.show_place("people")
    people = window.place_pages["people"].results
    QTest.keyClicks(people.search, "siti nurhalisa")  # misspelt, lower case: still found
    people.apply_search()
    shot(window, "16-pemohon")
    window.close()
    ctx.store.close()

    # The applicant display on a desk with one screen (docked beside the form) and, as a second
    # screen shows it, on its own.
    ctx, window = open_window()
    ctx.settings.set("applicant_display", True)
    window.start_service("ktp-el")
    flow = window.flow
    flow.set_answer("jenis_permohonan", answers["jenis_permohonan"])
    for key in ("nik", "no_kk", "nama_lengkap"):
        flow.set_answer(key, answers[key])
    flow.go("section:pemohon")
    flow.page.rows["tempat_lahir"].editor.edit.setFocus()
    settle()
    shot(window, "14-layar-pemohon-satu-layar")
    from mpp_assist.ui.inclusion.applicant_display import ApplicantDisplay, content_for

    second = ApplicantDisplay()
    second.resize(*SIZE)
    second.show()
    second.show_content(content_for(window))
    shot(second, "15-layar-pemohon-layar-kedua")
    second.close()
    ctx.settings.set("applicant_display", False)
    window.close()
    ctx.store.close()

    # The same desk at 200 % text, and in the high-contrast theme (white on black).
    for name, setting, value in (("11-200-persen", "font_scale", 200),
                                 ("12-kontras-tinggi", "theme", "contrast-light-on-dark")):
        ctx, window = open_window()
        ctx.settings.set(setting, value)
        window.start_service("ktp-el")
        window.flow.set_answer("jenis_permohonan", answers["jenis_permohonan"])
        window.flow.go("section:pemohon")
        shot(window, name)
        ctx.settings.set(setting, 100 if setting == "font_scale" else "standard")
        window.close()
        ctx.store.close()

    ctx, window = open_window("en")
    shot(window, "09-english")
    window.close()
    ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
