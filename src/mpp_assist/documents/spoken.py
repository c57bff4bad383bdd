"""What was read from a card, as the applicant hears it on *Bacakan* (no Qt: words only).

The values are said as check answers says them (``attestation.readback.spoken_value``): a NIK or
KK number digit by digit in groups of four, a date in words, a postcode in one group of five, a
choice by its label in the kartu-keluarga form (``L`` is "Laki-laki"), printed capitals as words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from mpp_assist.attestation.readback import spoken_value
from mpp_assist.forms import load_catalogue
from mpp_assist.forms.catalogue import UnknownService
from mpp_assist.forms.model import Field
from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate
from mpp_assist.speech.verbalise import number_words, speakable

CTX = "DocumentSpoken"
TYPES = {"nik": "nik", "no_kk": "kk", "tanggal_lahir": "date", "kode_pos": "postcode"}
NOT_SAID = {"desa"}  # the village's code: worked out from the names, not printed on the card
VALUE_SETS_FROM = ("kartu-keluarga", "anggota_keluarga")  # the service and repeat whose choices name the values
INTRO = {
    "ktp": QT_TRANSLATE_NOOP(
        "DocumentSpoken",
        "Saya bacakan yang terbaca dari KTP-el. Dengarkan baik-baik; bila ada yang salah, katakan kepada petugas."),
    "kk": QT_TRANSLATE_NOOP(
        "DocumentSpoken",
        "Saya bacakan yang terbaca dari Kartu Keluarga. Dengarkan baik-baik; bila ada yang salah, katakan kepada"
        " petugas."),
}
CITIZENSHIP = {
    "WNI": QT_TRANSLATE_NOOP("DocumentSpoken", "Warga Negara Indonesia"),
    "WNA": QT_TRANSLATE_NOOP("DocumentSpoken", "Warga Negara Asing"),
}
_EMPTY = QT_TRANSLATE_NOOP("DocumentSpoken", "kosong")
_MEMBER = QT_TRANSLATE_NOOP("DocumentSpoken", "Anggota keluarga {n}.")


def _value_sets() -> dict[str, Field]:
    """The fields of a family member in the kartu-keluarga form (their choices are the values read)."""
    service, group = VALUE_SETS_FROM
    try:
        return {f.id: f for f in load_catalogue().get(service).field(group).fields}
    except (UnknownService, KeyError):  # a catalogue without it: the values are said as they are
        return {}


def _said(name: str, text: str, fields: Mapping[str, Field], lang: str) -> str:
    f = fields.get(name)
    choice = f.choice(text) if f is not None else None
    if choice is not None:
        return speakable(choice.label.get(lang))
    if name == "kewarganegaraan" and text.upper() in CITIZENSHIP:  # printed as its initials
        return translate(CTX, CITIZENSHIP[text.upper()], lang)
    kind = TYPES.get(name, "text")
    shown = text if kind != "text" else text.replace("_", " ")
    if shown.isupper():
        shown = shown.title()  # as printed, in capitals; a voice may spell a word in capitals
    return spoken_value(kind, text, shown)


def _line(label: str, name: str, text: str, fields: Mapping[str, Field], lang: str) -> str:
    value = _said(name, text, fields, lang) if text else translate(CTX, _EMPTY, lang)
    return f"{speakable(label)}: {value.rstrip(' .')}."


def script(kind: str, values: Mapping[str, str], members: list[Mapping[str, str]],
           label: Callable[[str], str], lang: str) -> str:
    """The reading aloud of ``values`` (field → text as on the confirmation page) and a KK's ``members``."""
    fields = _value_sets()
    lines = [translate(CTX, INTRO["kk" if kind == "kk" else "ktp"], lang)]
    lines += [_line(label(n), n, t, fields, lang) for n, t in values.items() if n not in NOT_SAID]
    for i, member in enumerate(members, 1):
        lines.append(translate(CTX, _MEMBER, lang).format(n=number_words(i)))
        lines += [_line(label(n), n, t, fields, lang) for n, t in member.items() if t]
    return "\n".join(lines)
