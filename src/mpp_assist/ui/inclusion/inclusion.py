"""Inclusive service in the main window: speech, the applicant display, help, glossary, settings.

Installed once by the composition root (``mpp_assist.app``) on the main window. It adds:
- a "Suara" toolbar (``SpeechPanel``: read question F8, read page Shift+F8, repeat F9, stop F10);
- the applicant display (toggle Ctrl+Shift+L, remembered per officer), following the officer's page,
  blanked for a new applicant;
- Help (F1) listing every shortcut and the glossary of the current form;
- glossary meanings (SKPWNI, SPTJM, KBLI, FKTP…) as tooltips and accessible descriptions on the
  questions that use them, so they are also read aloud;
- the "Tampilan dan suara" section of the settings dialog (text size, theme, speed, voice status,
  applicant display);
- announcements: error summaries reach assistive technology as they appear.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QSpinBox,
)

from mpp_assist.paths import resource
from mpp_assist.speech.engines import Engine, default_engine
from mpp_assist.speech.player import Player
from mpp_assist.ui.inclusion.applicant_display import ApplicantDisplay, DisplayFollower, focused_row
from mpp_assist.ui.inclusion.display_placement import DisplayPlacement
from mpp_assist.ui.inclusion.display_survey import DisplaySurvey
from mpp_assist.ui.inclusion.speech_panel import (
    SpeechController,
    SpeechPanel,
    announce,
    describe_focus,
    describe_page,
    make_speech_actions,
)
from mpp_assist.ui.shell.help_dialog import HelpDialog
from mpp_assist.ui.shell.widgets import size_to_text

if TYPE_CHECKING:
    from mpp_assist.ui.setup.settings_dialog import SettingsDialog
    from mpp_assist.ui.shell.main_window import MainWindow


def base_glossary(lang: str) -> dict[str, str]:
    """The app's own glossary (``resources/data/glossary.json``): term → meaning in ``lang``."""
    try:
        data = json.loads(resource("data", "glossary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for entry in data.get("terms", []):
        meaning = entry.get("meaning", {})
        out[str(entry.get("term"))] = str(meaning.get(lang) or meaning.get("id") or "")
    return out


def glossary_for(definition: Any, lang: str) -> dict[str, str]:
    """Term → meaning for a form: the app's glossary, overridden by the form definition's own."""
    terms = base_glossary(lang)
    for g in getattr(definition, "glossary", []) or []:
        terms[g.term] = g.meaning.get(lang)
    return terms


class Inclusion(QObject):
    def __init__(
        self,
        window: MainWindow,
        engine_factory: Callable[[], Engine] = default_engine,
        player: Player | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.ctx.settings
        self.speech = SpeechController(self.settings, engine_factory, player, parent=self)
        self.panel = SpeechPanel(self.speech, self.question_text, self.page_text, icons=window.icons)
        window.header.add_widget(self.panel, "speech")
        self.panel.set_compact(window.header.compact)  # the icon alone with large text, as the header
        window.header.compact_changed.connect(self.panel.set_compact)
        self.speech_actions = make_speech_actions(self.panel, window)

        self.display = ApplicantDisplay()
        self.display.read_aloud_requested.connect(lambda text: self.speech.say(text))
        self.follower: DisplayFollower | None = None
        self.display_action = QAction(window)
        self.display_action.setObjectName("applicantDisplay")
        self.display_action.setCheckable(True)
        self.display_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.display_action.toggled.connect(lambda on: self.settings.set("applicant_display", bool(on)))
        self.help_action = QAction(window)
        self.help_action.setObjectName("help")
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.help_action.shortcut().isEmpty():
            self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.triggered.connect(self.show_help)
        window.addAction(self.display_action)
        window.header.add_action(self.display_action, "mdi6.monitor-account", "view")
        window.addAction(self.help_action)
        window.header.add_action(self.help_action, "mdi6.help-circle-outline", "view")
        # The same keys on the display itself: turned to the applicant (full screen) it has the
        # keyboard, and Ctrl+Shift+L or F1 must not be dead there (WCAG 2.1.1).
        self.display.addAction(self.display_action)
        self.display.addAction(self.help_action)
        self._retranslate()

        window.screen_changed.connect(self._on_screen)
        # Status messages (saving, sync, printing) reach assistive technology as they appear.
        window.statusBar().messageChanged.connect(self._announce_status)
        self.settings.subscribe(self._on_setting)
        window.installEventFilter(self)
        window.add_settings_section(self.extend_settings)  # "Tampilan dan suara"
        self.placement = DisplayPlacement(window, self.display, self.settings, self.display_action)
        self.survey = DisplaySurvey(
            window, self.display, self.placement, self.settings, lambda text: self.speech.say(text)
        )
        self._apply_display_setting()
        self._on_screen("")  # (the desk lock, ui.protection, blanks the display and silences speech)

    # -- text to read ------------------------------------------------------------------------------

    def question_text(self) -> str:
        """The focused question: the form's spoken prompt, the choices, any message, the answer."""
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self.window:
            return self.page_text()
        flow = self.window.flow
        page = getattr(flow, "page", None) if flow is not None else None
        row = focused_row(page) if page is not None else None
        if row is None or getattr(flow, "session", None) is None:
            return describe_focus(focus)
        session, lang = flow.session, flow.ctx.lang
        parts = [session.prompt(row.path, lang) or row.label_text]
        choices = [c.label.get(lang) for c in session.choices(row.path)]
        if choices:
            parts.append(self.tr("Pilihan: {choices}").format(choices=", ".join(choices)))
        if row.error.isVisibleTo(row) and row.error.text():
            parts.append(row.error.text())
        value = session.value(row.path)
        if value is None or value == "" or value == []:
            parts.append(self.tr("Belum diisi"))
        else:
            parts.append(self.tr("Diisi: {answer}").format(answer=session.display(row.path, lang)))
        return ". ".join(p.strip().rstrip(".") for p in parts if p and p.strip()) + "."

    def page_text(self) -> str:
        page = self.window.stack.currentWidget()
        return describe_page(page)

    # -- window events -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.panel.retranslate()
        self.display_action.setText(self.tr("Layar pemohon"))
        self.display_action.setToolTip(self.tr("Tampilkan atau tutup layar untuk pemohon (Ctrl+Shift+L)"))
        self.help_action.setText(self.tr("Bantuan"))
        self.help_action.setToolTip(self.tr("Tombol pintas dan arti istilah (F1)"))

    def _announce_status(self, message: str) -> None:
        if message:
            announce(self.window.statusBar(), message)

    def _on_screen(self, name: str) -> None:
        if name == "services":
            # A new applicant (or back to the list): nothing of the last one may be repeated aloud.
            self.speech.forget()
            self.display.blank()
        QTimer.singleShot(0, self._decorate_page)

    def _decorate_page(self) -> None:
        """Glossary tooltips and error-summary announcements on the page now shown."""
        flow = self.window.flow
        page = getattr(flow, "page", None) if flow is not None else None
        if page is None:
            return
        if not page.property("inclusionDecorated"):
            page.setProperty("inclusionDecorated", True)
            summary = getattr(page, "summary", None)
            if summary is not None:
                summary.installEventFilter(self)
            if flow is not None and not flow.property("inclusionFollowed"):
                flow.setProperty("inclusionFollowed", True)
                flow.page_changed.connect(lambda _p: QTimer.singleShot(0, self._decorate_page))
        terms = glossary_for(flow.definition, flow.ctx.lang)
        rows = page.all_rows() if hasattr(page, "all_rows") else {}
        for path, row in rows.items():
            f = page.section_field(path)
            used = [t for t in (getattr(f, "glossary", None) or []) if t in terms]
            used += [t for t in terms if t not in used and _mentions(row.label_text, t)]
            if not used:
                continue
            meaning = "\n".join(f"{t}: {terms[t]}" for t in used)
            row.label.setToolTip(meaning)
            for w in row.focus_targets():
                w.setToolTip(meaning)
            row.add_note(meaning)  # the row's own description, so the next message does not drop it

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.close()
        elif event.type() == QEvent.Type.Show and obj.objectName() == "errorSummary":
            announce(obj, obj.accessibleName() + ": " + obj.accessibleDescription(), assertive=True)
        return False

    # -- applicant display -------------------------------------------------------------------------

    def _on_setting(self, name: str, _value: object) -> None:
        if name in ("applicant_display", "officer"):
            self._apply_display_setting()
        if name == "language":
            self._retranslate()

    def _apply_display_setting(self) -> None:
        on = bool(self.settings.get("applicant_display"))
        self.display_action.blockSignals(True)
        self.display_action.setChecked(on)
        self.display_action.blockSignals(False)
        if on and self.follower is None:
            self.follower = DisplayFollower(self.window, self.display)
        elif not on and self.follower is not None:
            self.follower.detach()
            self.follower.deleteLater()
            self.follower = None
            self.display.blank()
        self._place_display()

    def _place_display(self) -> None:
        """Where the settings say (``display_placement``): a second screen, docked, or full screen."""
        self.placement.apply(bool(self.settings.get("applicant_display")))

    def show_help(self) -> None:
        flow = self.window.flow
        glossary = None
        if flow is not None:
            glossary = sorted(glossary_for(flow.definition, flow.ctx.lang).items())
        dialog = HelpDialog(self.window, glossary)
        size_to_text(dialog, 90, 28)  # 720×560 at 100 %; larger with the text, within the screen
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- settings dialog ---------------------------------------------------------------------------

    def extend_settings(self, dialog: SettingsDialog) -> None:
        """Add "Tampilan dan suara" to the settings dialog; applied when the officer saves."""
        form = dialog.add_section(self.tr("Tampilan dan suara"))
        s = self.settings
        size = QComboBox()
        for pct in (100, 125, 150, 175, 200, 225, 250):
            size.addItem(f"{pct} %", pct)
        size.setCurrentIndex(max(0, size.findData(s.get("font_scale"))))
        theme = QComboBox()
        for value, text in (
            ("system", self.tr("Ikuti sistem operasi")),
            ("standard", self.tr("Standar")),
            ("contrast-dark-on-light", self.tr("Kontras tinggi: hitam di atas putih")),
            ("contrast-light-on-dark", self.tr("Kontras tinggi: putih di atas hitam")),
        ):
            theme.addItem(text, value)
        theme.setCurrentIndex(max(0, theme.findData(s.get("theme"))))
        rate = QSpinBox()
        rate.setRange(80, 300)
        rate.setSingleStep(10)
        rate.setSuffix(self.tr(" kata/menit"))
        rate.setValue(int(s.get("speech_rate")))
        voices = QComboBox()
        voices.addItem(self.tr("Otomatis (suara Indonesia terbaik)"), "")
        for v in self.speech.status.choices if self.speech.status else ():
            voices.addItem(f"{v.name} ({v.id})", v.id)
        voices.setCurrentIndex(max(0, voices.findData(s.get("speech_voice"))))
        status = self.speech.status
        # Said here, before anyone presses "read aloud": no voice, or a voice and nothing to hear it with.
        voice = QLabel(" ".join(x for x in (status.message, status.sound) if x) if status
                       else self.tr("Memeriksa suara…"))
        voice.setWordWrap(True)
        voice.setProperty("role", "hint" if status and status.available and not status.sound else "error")
        voice.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard users can reach and hear it
        voice.setAccessibleName(voice.text())
        chime = QCheckBox(self.tr("Bunyi dua nada, lalu nomornya diucapkan"))
        chime.setChecked(bool(s.get("call_chime")))
        display = QCheckBox(self.tr("Tampilkan layar untuk pemohon"))
        display.setChecked(bool(s.get("applicant_display")))
        placement = QComboBox()
        for value, text in (
            ("auto", self.tr("Otomatis: layar kedua bila ada, selain itu di samping formulir")),
            ("second_screen", self.tr("Jendela di layar kedua")),
            ("docked", self.tr("Panel di samping formulir")),
            ("full_screen", self.tr("Layar penuh, diputar ke pemohon (Esc kembali)")),
        ):
            placement.addItem(text, value)
        placement.setCurrentIndex(max(0, placement.findData(s.get("applicant_display_mode"))))
        dialog.add_row(form, self.tr("Ukuran tulisan"), size, self.tr("Ctrl+= memperbesar, Ctrl+- memperkecil"),
                       "font_scale")
        dialog.add_row(form, self.tr("Warna"), theme, self.tr("Kontras tinggi untuk penglihatan kurang"), "theme")
        dialog.add_row(form, self.tr("Kecepatan suara"), rate, self.tr("Kata per menit"), "speech_rate")
        dialog.add_row(form, self.tr("Suara Bahasa Indonesia"), voices, self.tr("Suara yang membacakan"),
                       "speech_voice")
        dialog.add_row(form, self.tr("Keadaan suara"), voice, "")
        dialog.add_row(form, self.tr("Bunyi sebelum panggilan"), chime,
                       self.tr("Panggilan antrean di loket ini dan di layar aula"), "call_chime")
        dialog.add_row(form, self.tr("Layar pemohon"), display, self.tr("Layar yang menghadap pemohon"),
                       "applicant_display")
        dialog.add_row(form, self.tr("Letak layar pemohon"), placement,
                       self.tr("Dengan satu layar, panel di samping tidak menutupi isian"), "applicant_display_mode")

        def save() -> None:
            s.set("font_scale", int(size.currentData()))
            s.set("theme", str(theme.currentData()))
            s.set("speech_rate", int(rate.value()))
            s.set("applicant_display_mode", str(placement.currentData()))
            s.set("applicant_display", display.isChecked())
            s.set("speech_voice", str(voices.currentData() or ""))
            s.set("call_chime", chime.isChecked())

        dialog.accepted.connect(save)

    def close(self) -> None:
        try:
            self.settings.unsubscribe(self._on_setting)
        except ValueError:
            pass
        if self.follower is not None:
            self.follower.detach()
        self.placement.close()
        self.display.blank()
        self.display.close()
        self.display.deleteLater()
        self.speech.close()


def _mentions(text: str, term: str) -> bool:
    import re

    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text) is not None
