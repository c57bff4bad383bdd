"""Every page fits a 1366×768 screen at 100, 200 and 250 % in each theme, and scrolls rather than grows.

A page whose minimum size is larger than the screen pushes the window off it (the consent page once
forced 1440×830 at 200 %): the officer cannot reach its buttons.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from mpp_assist.speech import speaker
from speech_players import NoSoundPlayer  # tests/ is on sys.path

from ..inclusion.test_accessibility import CATALOGUE, text_overflows, visit_pages

SCREEN = (1366, 768)
THEMES = ("standard", "contrast-dark-on-light", "contrast-light-on-dark")


def fits(window: Any, where: str) -> list[str]:
    # A few turns: a change deep in the header (the sync chip's words) is laid out level by level.
    for _ in range(4):
        QApplication.processEvents()
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    problems = []
    if need.width() > SCREEN[0] or need.height() > SCREEN[1]:
        problems.append(f"{where}: the window needs {need.width()}×{need.height()}")
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        problems.append(f"{where}: the window grew to {window.width()}×{window.height()}")
    problems += [f"{where}: {p}" for p in text_overflows(window)]
    return problems


def fits_paper_forms(window: Any) -> list[str]:
    """*Formulir kertas* over the receipt page: the dialog, its form list, choices and preview."""
    receipt = window.receipt
    receipt.open_paper_forms()
    dialog = receipt.paper_dialog
    assert dialog is not None and dialog.isVisible()
    problems = fits(dialog, "paper forms")
    dialog.reject()
    return problems


def fits_person(window: Any) -> list[str]:
    """Pemohon's two views with someone in them: the results and a person with a family of three."""
    kk = CATALOGUE.get("kartu-keluarga")
    answers = kk.example_answers()
    window.ctx.store.create_application(service_id=kk.id, form_version=kk.version, answers=answers,
                                        officer="demo", desk="DEMO-01")
    window.show_place("people")
    page = window.stack.currentWidget()
    page.results.search.setText(answers["nik_kepala"])
    page.results.apply_search()
    problems = fits(window, "people: results")
    page.results.open_row(0)
    assert page.currentWidget() is page.person and page.person.family_table.rowCount() == 3
    problems += fits(window, "people: person")
    page.show_results()
    return problems


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("scale", [100, 200, 250])
def test_every_page_fits_the_screen(qtbot: Any, open_desk: Any, theme: str, scale: int) -> None:
    # Built in the officer's saved theme and size: a page built small and grown later hid a too-wide one.
    _ctx, window = open_desk("id", consent=True, settings={"theme": theme, "font_scale": scale}, size=SCREEN)
    problems = fits(window, "services")
    window.start_service("ktp-el")  # the consent page comes first
    consent = window.protection.consent_page
    assert consent is not None and window.stack.currentWidget() is consent
    problems += fits(window, "consent")
    for place in ("applications", "people", "antrian", "reports"):
        window.show_place(place)
        problems += fits(window, place)
    problems += fits_person(window)
    window.go_services()
    window.protection.consent_page = None
    window.protection.asks_consent = False  # the service's own pages, after consent
    for page_id, _page in visit_pages(window, "ktp-el"):
        if page_id == "services":
            continue
        problems += fits(window, page_id)
        if page_id == "receipt":
            problems += fits_paper_forms(window)
    assert not problems, "\n".join(problems)


def header_states(window: Any) -> Iterator[str]:
    """The header with each thing it can say: speech (no sound, reading) × sync (a count waiting, no
    server, the longest words), as the speaker and the sync worker say them."""
    from mpp_assist.speech.speaker import SpeechEvent
    from mpp_assist.ui.shell.sync_worker import SyncStatus

    speech = window.inclusion.speech
    worker = window.desk_sync.worker
    for sync in (SyncStatus("idle"), SyncStatus("offline_only"), SyncStatus("needs_login"),
                 SyncStatus("unreachable", "tidak tersambung")):
        worker.status_changed.emit(sync)
        yield f"no sound, sync {sync.kind}"
        speech.event.emit(SpeechEvent("started"))
        yield f"reading, sync {sync.kind}"
        speech.event.emit(SpeechEvent("stopped"))
        speech.status_changed.emit(speech.status)  # back to what the probe found: no sound


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("scale", [100, 150, 200, 250])
def test_the_header_stays_one_line_whatever_it_says(
    qtbot: Any, open_desk: Any, monkeypatch: pytest.MonkeyPatch, scale: int, lang: str
) -> None:
    """Tidak ada suara once wrapped to three lines at 200 % and made the header 105 px tall; the
    header keeps one line, and the words that do not fit stay the tooltip and the accessible name."""
    from mpp_assist.speech import speaker
    from speech_players import NoSoundPlayer  # tests/ is on sys.path

    monkeypatch.setattr(speaker, "default_player", NoSoundPlayer)  # a desk with no loudspeaker
    ctx, window = open_desk(lang, settings={"font_scale": scale}, size=SCREEN)
    kk = CATALOGUE.get("kartu-keluarga")
    for _ in range(3):  # three applications waiting to be sent: "3 menunggu"
        ctx.store.create_application(service_id=kk.id, form_version=kk.version, answers=kk.example_answers(),
                                     officer="demo", desk="DEMO-01")
    speech = window.inclusion.speech
    qtbot.waitUntil(lambda: speech.status is not None and bool(speech.status.sound), timeout=30000)
    panel = window.inclusion.panel
    window.start_service("ktp-el")
    header = window.header
    problems = []
    for state in header_states(window):
        for _ in range(4):
            QApplication.processEvents()
        tools = [b for b in header.findChildren(QToolButton) if b.isVisibleTo(header)]
        line = max(b.sizeHint().height() for b in tools) + header.layout().contentsMargins().top() * 2
        if header.height() > line + 2:
            problems.append(f"{state}: the header is {header.height()} px tall, one line is {line}")
        if header.height() + window.flow.steps.height() > 0.2 * SCREEN[1]:
            problems.append(f"{state}: header and steps take {header.height() + window.flow.steps.height()} px")
        problems += [f"{state}: {p}" for p in fits(window, "header")]
        for w in [panel.status, panel.status_icon, header.sync_chip]:
            if w.isVisibleTo(header) and not w.toolTip():
                problems.append(f"{state}: {w.objectName()} shows no whole text in its tooltip")
        named = [w.accessibleName() for w in (panel.status, panel.status_icon) if w.isVisibleTo(header)]
        if "no sound" in state and speech.status.sound not in named:
            problems.append(f"{state}: the reason there is no sound is not what a screen reader hears")
        if header.sync_chip.isVisible() and not header.sync_chip.accessibleName():
            problems.append(f"{state}: the sync chip has no name")
        if "idle" in state and not header.sync_chip.accessibleName().startswith("3 "):  # 3 menunggu
            problems.append(f"{state}: the sync chip says {header.sync_chip.accessibleName()!r}")
    assert not problems, "\n".join(problems)


def cut_short(widget: Any) -> bool:
    """Words that end in "…" because their room ran out (not "Membacakan…", whose words end so)."""
    shown = widget.text()
    whole = widget.accessibleName() or widget.toolTip()
    return shown.endswith("…") and not whole.startswith(shown)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_at_250_percent_the_tools_that_are_icons_keep_their_names(
    qtbot: Any, open_desk: Any, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Every tool of the header and the rail, icons alone at 250 %: its words are its accessible name
    and its tooltip, and nothing of the frame is cut short with "…" (the desk's name included)."""
    monkeypatch.setattr(speaker, "default_player", NoSoundPlayer)  # the most the header can show
    ctx, window = open_desk(lang, settings={"font_scale": 250, "mpp_name": "MPP Kabupaten Kepulauan Seribu"},
                            size=SCREEN)
    speech = window.inclusion.speech
    qtbot.waitUntil(lambda: speech.status is not None and bool(speech.status.sound), timeout=30000)
    window.start_service("ktp-el")
    for _ in range(4):
        QApplication.processEvents()
    problems = []
    frame = [window.header, window.rail]
    tools = [b for part in frame for b in part.findChildren(QToolButton) if b.isVisibleTo(window)]
    assert len(tools) >= 15, "the frame's tools were not found: the test is not looking"
    for b in tools:
        name = b.accessibleName()
        if not name:
            problems.append(f"a tool with no name (tooltip {b.toolTip()!r})")
        elif b.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly:
            problems.append(f"{name!r} shows its words at 250 %: the header needs their room")
        elif not b.toolTip():
            problems.append(f"{name!r} is an icon with no tooltip")
        if b.icon().isNull() and b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            problems.append(f"{name!r} has neither icon nor words")
    for label in [w for part in frame for w in part.findChildren(QLabel) if w.isVisibleTo(window)]:
        if cut_short(label):
            problems.append(f"{label.text()!r} is cut short (whole: {label.accessibleName()!r})")
    whole = window.header.identity.accessibleName()
    assert window.header.identity.toolTip() == whole and ctx.settings.get("mpp_name") in whole
    assert not problems, "\n".join(problems)
