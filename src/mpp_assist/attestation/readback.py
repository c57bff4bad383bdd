"""The read-back: every answer of an application, section by section, as the applicant hears it.

``build(definition, answers)`` gives a ``ReadBack``: per section its title and one ``ReadBackItem``
per answer with the text shown (as on *Periksa jawaban*) and the text spoken, in Indonesian
words (``speech.verbalise``): NIK, KK and phone digit by digit in groups, dates and money in
words, choices by their label, "Tidak diisi" for a skipped question. ``ReadBackCursor`` is the
position the UI keeps while reading — pause (just stop asking for the next utterance), repeat,
skip to a section, resume after *Ubah* where it stopped — so the same logic serves the officer's
speakers and the applicant display.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from mpp_assist.forms import FormDefinition
from mpp_assist.forms.session import FormSession
from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate
from mpp_assist.speech.verbalise import date_words, digits_grouped, number_words, rupiah_words, speakable

CTX = "ReadBack"
FEE_SECTION = "_biaya"
_COUNT = QT_TRANSLATE_NOOP("ReadBack", "{n} data")
_FREE = QT_TRANSLATE_NOOP("ReadBack", "gratis")
_FEE = QT_TRANSLATE_NOOP("ReadBack", "Biaya layanan")
DIGIT_TYPES = {"nik", "kk", "npwp", "nib", "postcode", "phone"}


@dataclass(frozen=True)
class ReadBackItem:
    path: str  # the field path, for "Ubah"
    label: str
    shown: str  # the answer as displayed
    spoken: str  # label and answer as read aloud


@dataclass(frozen=True)
class ReadBackSection:
    id: str
    title: str
    items: tuple[ReadBackItem, ...]

    @property
    def heading(self) -> str:
        """What is said before the section's answers."""
        return translate("ReadBack", "Bagian {title}.").format(title=speakable(self.title))

    def utterances(self) -> list[str]:
        return [self.heading, *(item.spoken for item in self.items)]


@dataclass(frozen=True)
class ReadBack:
    service: str
    intro: str
    sections: tuple[ReadBackSection, ...]

    def section_index(self, section_id: str) -> int:
        for i, s in enumerate(self.sections):
            if s.id == section_id:
                return i
        raise KeyError(section_id)

    def text(self) -> str:
        """The whole script as one text (for a file, or a test)."""
        lines = [self.intro]
        for s in self.sections:
            lines += s.utterances()
        return "\n".join(lines)


class ReadBackCursor:
    """Where the reading is: section and utterance. ``current()`` is what to say now (None at the end)."""

    def __init__(self, script: ReadBack) -> None:
        self.script = script
        self.section = 0
        self.line = -1  # -1: the intro, before the first section

    def current(self) -> str | None:
        if self.line == -1 and self.section == 0:
            return self.script.intro
        if self.section >= len(self.script.sections):
            return None
        return self.script.sections[self.section].utterances()[max(self.line, 0)]

    @property
    def done(self) -> bool:
        return self.current() is None

    @property
    def section_id(self) -> str | None:
        return self.script.sections[self.section].id if self.section < len(self.script.sections) else None

    def advance(self) -> str | None:
        """Move on to the next utterance and return it."""
        if self.done:
            return None
        if self.line == -1:
            self.line = 0
            return self.current()
        self.line += 1
        if self.line >= len(self.script.sections[self.section].utterances()):
            self.section += 1
            self.line = 0
        return self.current()

    def repeat_section(self) -> str | None:
        """Back to the start of the current section (or the last one, at the end)."""
        if self.section >= len(self.script.sections):
            self.section = len(self.script.sections) - 1
        self.line = 0
        return self.current()

    def skip_to(self, section_id: str) -> str | None:
        self.section = self.script.section_index(section_id)
        self.line = 0
        return self.current()

    def next_section(self) -> str | None:
        self.section = min(self.section + 1, len(self.script.sections))
        self.line = 0
        return self.current()

    def resumed(self, script: ReadBack) -> ReadBackCursor:
        """A cursor on ``script`` (rebuilt after *Ubah*) at the start of the section this one was in."""
        cursor = ReadBackCursor(script)
        section = self.section_id
        if self.line == -1 and self.section == 0:
            return cursor  # still at the intro
        if section is None:
            cursor.section = len(script.sections)
        elif any(s.id == section for s in script.sections):
            cursor.skip_to(section)
        else:  # the section is no longer relevant: carry on from the same place in the list
            cursor.section = min(self.section, len(script.sections))
            cursor.line = 0
        return cursor

    def previous_section(self) -> str | None:
        self.section = max(self.section - 1, 0)
        self.line = 0
        return self.current()


def spoken_value(field_type: str, value: Any, shown: str) -> str:
    """One answer in words an Indonesian voice reads correctly."""
    if value is None or value == "" or value == []:
        return speakable(shown)
    if field_type == "phone":  # as written at home (0812-…), not the stored +62 form
        return digits_grouped(shown)
    if field_type == "postcode":
        return digits_grouped(str(value), group=5)
    if field_type in DIGIT_TYPES:
        return digits_grouped(str(value))
    if field_type == "date" or isinstance(value, date):
        try:
            return date_words(value if isinstance(value, date) else date.fromisoformat(str(value)))
        except ValueError:
            return speakable(shown)
    if field_type == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return number_words(value)
    return speakable(shown)


def _say(label: str, value: str) -> str:
    label = label.strip()
    joiner = " " if label.endswith(("?", ":")) else ": "
    return f"{speakable(label)}{joiner}{value.rstrip(' .')}."


def build(definition: FormDefinition, answers: Mapping[str, Any], *, lang: str = "id",
          today: date | None = None) -> ReadBack:
    """The read-back script of ``answers`` (stored or as typed) for ``definition``."""
    from mpp_assist.attestation.record import split

    plain, _ = split(answers)
    session = FormSession(definition, plain, today=today)
    sections = []
    for summary in session.summary(lang):
        items = []
        for row in summary.rows:
            f = session.field(row.path)
            if f.type == "repeat":
                n = session.item_count(row.path)
                spoken = translate(CTX, _COUNT, lang).format(n=number_words(n))
            else:
                spoken = spoken_value(f.type, session.value(row.path) if row.answered else None, row.value)
            items.append(ReadBackItem(row.path, row.label, row.value, _say(row.label, spoken)))
        sections.append(ReadBackSection(summary.id, summary.title, tuple(items)))
    fee = int(definition.fee or 0)
    fee_text = rupiah_words(fee) if fee else translate(CTX, _FREE, lang)
    fee_label = translate(CTX, _FEE, lang)
    fee_shown = f"Rp {fee:,}".replace(",", ".") if fee else fee_text
    sections.append(ReadBackSection(FEE_SECTION, fee_label, (
        ReadBackItem(FEE_SECTION, fee_label, fee_shown, _say(fee_label, fee_text)),
    )))
    service = definition.name.get(lang)
    intro = translate(CTX, INTRO, lang).format(service=speakable(service))
    return ReadBack(service, intro, tuple(sections))


INTRO = QT_TRANSLATE_NOOP(
    "ReadBack",
    "Saya bacakan isi permohonan {service}. Dengarkan baik-baik; bila ada yang salah, katakan kepada petugas.",
)
