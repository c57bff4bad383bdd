"""The first-run wizard driven with the keyboard, as an officer at a new desk would.

Real parts: the settings and officer files in the temporary data home, the OS keyring,
an ESC/POS test print received by a TCP socket on 127.0.0.1, espeak-ng speaking to a
WAV file (only the loudspeaker is replaced), and a real reference server process for
the online login and the update check.
"""

from __future__ import annotations

import json
import shutil
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from mpp_assist import desk_setup
from mpp_assist.security import session as security_session
from mpp_assist.security.officers import DEMO_OFFICER, Registry
from mpp_assist.settings import Settings
from mpp_assist.speech.engines import EspeakEngine
from mpp_assist.ui.setup.first_run import FirstRunWizard, needs_sign_in, prepare_desk
from mpp_assist.ui.shell.taskman import TaskManager
from printer_support import CapturingPrinter

pytestmark = pytest.mark.gui


class RecordingPlayer:
    """Keeps each WAV the speaker would play (the one thing a test cannot own is the loudspeaker)."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.played = folder, []

    def play(self, wav: Path) -> None:
        kept = self.folder / f"played-{len(self.played)}.wav"
        shutil.copy(wav, kept)
        self.played.append(kept)

    def stop(self) -> None:
        pass

    def probe(self) -> str:
        return ""


@pytest.fixture
def escpos_sink() -> Iterator[CapturingPrinter]:
    printer = CapturingPrinter()
    yield printer
    printer.close()


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(qtbot: Any, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def type_into(qtbot: Any, text: str) -> None:
    w = focused()
    qtbot.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace what is there
    qtbot.keyClicks(w, text)


def open_wizard(qtbot: Any, tmp_path: Path, preset: desk_setup.Preset | None = None) -> FirstRunWizard:
    espeak = EspeakEngine()
    wizard = FirstRunWizard(
        Settings(), preset=preset, tasks=TaskManager(synchronous=True),
        engine_factory=lambda: espeak, player=RecordingPlayer(tmp_path),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def next_page(qtbot: Any, wizard: FirstRunWizard) -> None:
    before = wizard.currentId()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() != before)


def test_offline_desk_from_first_key_to_ready(qtbot: Any, tmp_path: Path, data_home: Path,
                                              escpos_sink: CapturingPrinter) -> None:
    assert not desk_setup.is_set_up()
    wizard = open_wizard(qtbot, tmp_path)

    # 1. Offline only is already chosen on a fresh desk.
    assert wizard.currentPage() is wizard.server and wizard.server.offline.isChecked()
    next_page(qtbot, wizard)

    # 2. MPP and desk.
    assert focused() is wizard.desk_page.mpp_name
    type_into(qtbot, "MPP Kota Bogor")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, "LOKET-07")
    next_page(qtbot, wizard)

    # 3. The officer: a new account, confirmed.
    assert focused() is wizard.officer_page.name
    qtbot.keyClicks(focused(), "siti")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "rahasia-77")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "rahasia-77")
    next_page(qtbot, wizard)
    assert security_session.current().officer == "siti"

    # 4. An 80 mm thermal printer on the network; a test print reaches it.
    page = wizard.printer_page
    assert focused() is page.layout_choice
    press(qtbot, Qt.Key.Key_Down, 2)
    assert page.layout_choice.currentData() == "80mm"
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)
    assert page.kind.currentData() == "network"
    press(qtbot, Qt.Key.Key_Tab)  # the system-printer box is disabled: straight to the address
    assert focused() is page.host
    qtbot.keyClicks(focused(), "127.0.0.1")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, str(escpos_sink.port))
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.test
    press(qtbot, Qt.Key.Key_Space)
    assert escpos_sink.done.wait(30), "the test print never finished"
    assert b"PERCOBAAN" in escpos_sink.data and b"MPP Kota Bogor" in escpos_sink.data
    assert page.status.isVisible() and "terkirim" in page.status.text()
    assert not page.error.isVisible()
    next_page(qtbot, wizard)

    # 5. Speech: an Indonesian sentence is really synthesised, then the officer says it was heard.
    speech = wizard.speech_page
    assert focused() is speech.play
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: speech.spoken or speech.error.isVisible(), timeout=30_000)
    assert speech.spoken, speech.error.text()
    played = wizard.player.played
    assert len(played) == 1
    with wave.open(str(played[0])) as w:
        assert w.getnframes() / w.getframerate() > 2.0  # a whole sentence, not a click
    assert focused() is speech.heard
    press(qtbot, Qt.Key.Key_Space)
    assert speech.heard.isChecked() and not speech.help.isVisible()
    next_page(qtbot, wizard)

    # 6. Larger text and high contrast, applied at once.
    look = wizard.appearance_page
    assert focused() is look.size
    press(qtbot, Qt.Key.Key_Down, 2)
    assert wizard.settings.get("font_scale") == 150
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down, 2)
    assert wizard.settings.get("theme") == "contrast-dark-on-light"
    next_page(qtbot, wizard)

    # 7. The summary says what was chosen; Enter finishes.
    summary = wizard.done_page.summary.text()
    for part in ("hanya luring", "MPP Kota Bogor", "LOKET-07", "siti", "80 mm", "terdengar", "150 %"):
        assert part in summary
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted)

    # Stored: the settings file, read back by a fresh Settings, and the officer account.
    assert desk_setup.is_set_up()
    s = Settings()
    assert (s.get("backend_url"), s.get("mpp_name"), s.get("desk"), s.get("officer")) == (
        "", "MPP Kota Bogor", "LOKET-07", "siti"
    )
    assert (s.get("receipt_layout"), s.get("escpos_connection"), s.get("escpos_host")) == (
        "80mm", "network", "127.0.0.1"
    )
    assert (s.get("font_scale"), s.get("theme")) == (150, "contrast-dark-on-light")
    reg = Registry.load(data_home)
    assert reg is not None and reg.officers["siti"].role == "admin" and DEMO_OFFICER not in reg.officers
    from mpp_assist.security import audit
    from mpp_assist.store import Store

    with Store() as store:  # the audit trail says who made the account, and stays intact
        actions = [(e.officer, e.action) for e in audit.entries(store)]
        assert audit.verify(store)[1] is None
    assert ("siti", "officer-add") in actions and ("siti", "login") in actions
    # Next start: no demo PIN any more, so the officer signs in first.
    security_session.sign_out()
    assert needs_sign_in()


def test_wrong_answers_keep_the_officer_on_the_page(qtbot: Any, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, tmp_path)
    # Online without an address.
    wizard.server.online.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.server.online.isChecked()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.server
    assert "alamat server" in wizard.server.error.text().lower()
    wizard.server.address.setFocus()
    qtbot.keyClicks(focused(), "mpp.contoh.go.id")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.server and "https://" in wizard.server.error.text()
    type_into(qtbot, "https://mpp.contoh.go.id")
    next_page(qtbot, wizard)

    # An empty MPP name.
    type_into(qtbot, "")
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.desk_page
    assert wizard.desk_page.error.text() == "Isi nama MPP."
    assert focused() is wizard.desk_page.mpp_name
    type_into(qtbot, "MPP Demo")
    next_page(qtbot, wizard)

    # PIN and its repeat differ; then a name that is not allowed.
    qtbot.keyClicks(focused(), "budi")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "123456")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "654321")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.officer_page
    assert "tidak sama" in wizard.officer_page.error.text()
    assert Registry.load(desk_setup.data_home()) is None  # nothing created yet
    wizard.officer_page.name.setFocus()
    type_into(qtbot, "Budi Santoso")
    press(qtbot, Qt.Key.Key_Return)
    assert "huruf kecil" in wizard.officer_page.error.text()
    assert wizard.currentPage() is wizard.officer_page


def test_the_qr_address_is_asked_for_and_never_left_a_placeholder(qtbot: Any, tmp_path: Path) -> None:
    from mpp_assist.receipts import DEFAULT_PUBLIC_URL

    assert Settings().get("public_url") == DEFAULT_PUBLIC_URL  # a fresh desk's: a dead link
    wizard = open_wizard(qtbot, tmp_path)
    server = wizard.server
    assert server.public.text() == ""  # the placeholder is not offered as an answer
    server.online.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    server.address.setFocus()
    qtbot.keyClicks(focused(), "https://mpp.contoh.go.id")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is server.public  # asked right after the server's address
    qtbot.keyClicks(focused(), "lacak.contoh.go.id")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is server and "Alamat lacak harus diawali https://" in server.error.text()
    assert focused() is server.public
    type_into(qtbot, "")
    press(qtbot, Qt.Key.Key_Backspace)
    assert wizard.answers()["public_url"] == "https://mpp.contoh.go.id"  # nothing typed: the server's own
    type_into(qtbot, "https://lacak.contoh.go.id/")
    next_page(qtbot, wizard)
    assert wizard.answers()["public_url"] == "https://lacak.contoh.go.id"
    wizard.restart()  # offline, nothing typed: the summary says the QR has no address yet
    server.offline.setChecked(True)
    server.public.clear()
    assert "public_url" not in wizard.answers()
    wizard.done_page.initializePage()
    assert "alamat lacak belum diisi" in wizard.done_page.summary.text()


def test_cancel_leaves_the_desk_unconfigured(qtbot: Any, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, tmp_path)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Rejected and not wizard.isVisible())
    assert not desk_setup.is_set_up()


def write_preset(folder: Path, data: dict[str, Any]) -> Path:
    path = folder / desk_setup.PRESET_NAME
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_admin_preset_fills_the_wizard_in(qtbot: Any, tmp_path: Path) -> None:
    path = write_preset(tmp_path, {
        "wizard": "prefill",
        "settings": {"backend_url": "https://mpp.bogorkota.go.id", "mpp_name": "MPP Kota Bogor",
                     "desk": "LOKET-03", "receipt_layout": "58mm", "font_scale": 175},
    })
    wizard = open_wizard(qtbot, tmp_path, desk_setup.load_preset(path))
    assert wizard.server.online.isChecked()
    assert wizard.server.address.text() == "https://mpp.bogorkota.go.id"
    assert wizard.desk_page.mpp_name.text() == "MPP Kota Bogor"
    assert wizard.desk_page.desk.text() == "LOKET-03"
    assert wizard.printer_page.layout_choice.currentData() == "58mm"
    assert wizard.appearance_page.size.currentData() == 175
    assert wizard.settings.get("font_scale") == 175  # already on screen in the wizard


def test_preset_skip_starts_the_desk_ready(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_preset(tmp_path, {
        "wizard": "skip",
        "settings": {"mpp_name": "MPP Kabupaten Sleman", "desk": "LOKET-12", "receipt_layout": "80mm"},
    })
    monkeypatch.setenv(desk_setup.PRESET_ENV, str(path))
    monkeypatch.delenv("MPP_ASSIST_EXIT_AFTER_PAINT", raising=False)
    assert prepare_desk() is True  # no wizard shown: this returns at once
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard) and w.isVisible()]
    s = Settings()
    assert (s.get("mpp_name"), s.get("desk"), s.get("receipt_layout")) == (
        "MPP Kabupaten Sleman", "LOKET-12", "80mm"
    )
    assert desk_setup.is_set_up()


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ({"settings": {"font_size": 150}}, "font_size"),
        ({"settings": {"font_scale": 999}}, "font_scale"),
        ({"settings": {"officer": "ana"}}, "officer"),
        ({"wizard": "maybe"}, "wizard"),
        ({"setting": {}}, "setting"),
        ("[1, 2]", "objek JSON"),
        ("{not json", "JSON"),
    ],
)
def test_bad_preset_is_refused_naming_what_is_wrong(tmp_path: Path, content: Any, named: str) -> None:
    path = tmp_path / desk_setup.PRESET_NAME
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with pytest.raises(desk_setup.PresetError) as err:
        desk_setup.load_preset(path)
    assert named in err.value.message and str(path) in err.value.message
    assert not desk_setup.is_set_up()


def test_existing_settings_skip_the_wizard(monkeypatch: pytest.MonkeyPatch) -> None:
    Settings().set("desk", "LOKET-01")
    monkeypatch.delenv("MPP_ASSIST_EXIT_AFTER_PAINT", raising=False)
    monkeypatch.delenv(desk_setup.PRESET_ENV, raising=False)
    assert desk_setup.is_set_up()
    assert prepare_desk() is True  # demo desk: neither wizard nor sign-in


@pytest.mark.slow
def test_online_desk_logs_in_to_the_server_and_hears_of_a_new_version(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backend_support import ServerProcess, seed_officers
    from mpp_assist.app import build_context, create_window
    from mpp_assist.sync.credentials import saved_token
    from mpp_assist.ui.shell.update_notice import UpdateNotice

    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    seed_officers(db)
    monkeypatch.setenv("MPP_ASSIST_DESK_LATEST", "99.0.0")
    monkeypatch.setenv("MPP_ASSIST_DESK_DOWNLOAD_URL", "https://mpp.contoh.go.id/unduh")
    monkeypatch.setenv("MPP_ASSIST_PUBLIC_URL", "https://lacak.mpp.contoh.go.id")  # the server's config
    server = ServerProcess(db, tmp_path).start()
    try:
        wizard = open_wizard(qtbot, tmp_path)
        wizard.server.online.setFocus()
        press(qtbot, Qt.Key.Key_Space)
        wizard.server.address.setFocus()
        qtbot.keyClicks(focused(), server.url)
        wizard.server.check.setFocus()
        press(qtbot, Qt.Key.Key_Space)
        assert "Server menjawab" in wizard.server.status.text()
        assert wizard.server.public.text() == "https://lacak.mpp.contoh.go.id"  # from GET /version
        wizard.server.address.setFocus()
        next_page(qtbot, wizard)
        type_into(qtbot, "MPP Demo")
        next_page(qtbot, wizard)
        qtbot.keyClicks(focused(), "ana")
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "sandi-ana-123")
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "sandi-ana-123")
        next_page(qtbot, wizard)
        assert not wizard.officer_page.status.isVisible(), wizard.officer_page.status.text()
        assert saved_token(server.url, "ana")  # the server's token, in the OS keyring
        wizard.accept()
        s = Settings()
        assert s.get("backend_url") == server.url and s.get("desk") == "DESK-A"  # the server's desk
        assert s.get("public_url") == "https://lacak.mpp.contoh.go.id"  # every QR a live link

        # The desk window asks the same server for a newer app and shows a banner, no dialog.
        ctx = build_context(synchronous_tasks=True)
        window = create_window(ctx)
        qtbot.addWidget(window)
        window.show()
        notice = UpdateNotice(window, ctx, first_check_ms=-1)
        notice.check()
        assert notice.banner.isVisible()
        assert "99.0.0" in notice.banner.text.text() and "unduh" in notice.banner.text.text()
        assert QApplication.activeModalWidget() is None
        window.close()
        ctx.store.close()
    finally:
        server.kill()


def test_update_check_is_silent_without_a_server() -> None:
    from mpp_assist.updates import check_for_update, is_newer

    assert check_for_update("") is None
    assert check_for_update("http://127.0.0.1:9") is None  # nothing listens: no message, no error
    assert is_newer("0.2.0", "0.1.9") and is_newer("1.10.0", "1.9.9") and not is_newer("0.1.0", "0.1.0")
    assert is_newer("0.2.0", "0.2.0-rc1") and not is_newer("0.2.0-rc1", "0.2.0") and not is_newer("", "0.1")


def test_bundle_smoke_mode_never_waits_for_the_wizard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPP_ASSIST_EXIT_AFTER_PAINT", "1")
    assert not desk_setup.is_set_up()
    assert prepare_desk() is True
    assert not desk_setup.is_set_up()  # nothing decided for the officer


def test_server_and_printer_are_changeable_later_in_settings(
    qtbot: Any, desk: Any, escpos_sink: CapturingPrinter
) -> None:

    ctx, window = desk
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    f = dialog.fields
    f["backend_url"].setFocus()
    assert focused() is f["backend_url"]
    type_into(qtbot, "mpp.contoh.go.id")
    assert f["backend_problem"].isVisible() and "https://" in f["backend_problem"].text()
    type_into(qtbot, "https://mpp.contoh.go.id/")
    assert not f["backend_problem"].isVisible()
    f["escpos_connection"].setCurrentIndex(f["escpos_connection"].findData("network"))
    f["escpos_host"].setText("127.0.0.1")
    f["escpos_port"].setValue(escpos_sink.port)
    f["test_print"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert escpos_sink.done.wait(30)
    assert b"PERCOBAAN" in escpos_sink.data
    assert "terkirim" in f["test_result"].text()
    dialog.accept()
    s = ctx.settings
    assert (s.get("backend_url"), s.get("escpos_connection"), s.get("escpos_host"), s.get("escpos_port")) == (
        "https://mpp.contoh.go.id", "network", "127.0.0.1", escpos_sink.port
    )


def test_the_qr_address_is_shown_and_changeable_in_settings(qtbot: Any, desk: Any) -> None:
    from mpp_assist.receipts import DEFAULT_PUBLIC_URL

    ctx, window = desk
    ctx.settings.set("public_url", DEFAULT_PUBLIC_URL)
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.fields
    assert f["public_url"].text() == DEFAULT_PUBLIC_URL
    assert f["public_problem"].isVisible() and "alamat contoh" in f["public_problem"].text()
    f["public_url"].setText("lacak.salah")
    assert "https://" in f["public_problem"].text()
    f["public_url"].setText("https://lacak.mpp.contoh.go.id/")
    assert not f["public_problem"].isVisible()
    dialog.accept()
    assert ctx.settings.get("public_url") == "https://lacak.mpp.contoh.go.id"
    again = window.settings_dialog()
    qtbot.addWidget(again)
    again.show()
    again.fields["public_url"].setText("ftp://salah")
    again.accept()
    assert ctx.settings.get("public_url") == "https://lacak.mpp.contoh.go.id"  # a bad one is never saved


def test_a_bad_server_address_in_settings_keeps_the_old_one(qtbot: Any, desk: Any) -> None:

    ctx, window = desk
    ctx.settings.set("backend_url", "https://mpp.contoh.go.id")
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["backend_url"].setText("ftp://salah")
    dialog.accept()
    assert ctx.settings.get("backend_url") == "https://mpp.contoh.go.id"


def test_unreachable_server_at_sign_in_warns_once_then_goes_on(qtbot: Any, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, tmp_path)
    wizard.server.online.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    wizard.server.address.setFocus()
    qtbot.keyClicks(focused(), "http://127.0.0.1:9")  # nothing listens there
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.keyClicks(focused(), "dewi")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "pin-dewi-1")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "pin-dewi-1")
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.officer_page
    assert wizard.currentPage() is page
    assert "Tekan Lanjut lagi" in page.error.text() and page.error.isVisible()
    assert security_session.current().officer == "dewi"  # signed in on this computer already
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.printer_page
    assert page.secret.text() == "" and page.confirm.text() == ""  # never left in a widget
