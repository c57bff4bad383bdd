"""The applicant's word on an application: read back, and signed or thumbprinted with the officer as witness.

Kept *inside the sealed answers* under the reserved key ``ANSWER_KEY`` (field ids start with a
letter, so it can never be a question's answer). That way it is sealed with the answers it
vouches for, in the same row and transaction, is sent with them to the backend unchanged
(the backend stores the answers as given and only warns about a key no field has), and the
status page, which never shows answers, never shows it. ``split`` takes it off again for
anything that walks the form's questions.

A thumbprint counts (KUHPerdata art. 1874) only with an official's dated declaration that the
person is known to them or was identified, that the content was read/explained to them, and
that the print was made in their presence: ``Thumbprint`` holds those three facts and the
officer's name, and the paper form prints them beside the box for the inked print.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from mpp_assist.attestation.signature import Signature, SignatureError
from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate

ANSWER_KEY = "_applicant_word"
CTX = "Attestation"

SIGNATURE = "signature"
THUMBPRINT = "thumbprint"
MODES = {
    SIGNATURE: QT_TRANSLATE_NOOP("Attestation", "tanda tangan"),
    THUMBPRINT: QT_TRANSLATE_NOOP("Attestation", "cap jempol"),
}
IDENTIFIED_BY = {
    "ktp_el": QT_TRANSLATE_NOOP("Attestation", "dikenali dari KTP-el-nya"),
    "known": QT_TRANSLATE_NOOP("Attestation", "dikenal secara pribadi oleh petugas"),
}
READ_BACK_CONFIRMATION = QT_TRANSLATE_NOOP(
    "Attestation", "Isi permohonan telah dibacakan dan dibenarkan oleh pemohon."
)
NOT_READ_BACK = QT_TRANSLATE_NOOP(
    "Attestation",
    "Pemohon tidak membaca sendiri: bacakan seluruh isi permohonan (Bacakan semua), lalu centang "
    "\"Isi permohonan telah dibacakan dan dibenarkan oleh pemohon\" sebelum mengirim.",
)
THUMBPRINT_ATTESTATION = QT_TRANSLATE_NOOP(
    "Attestation",
    "Saya, {officer}, petugas yang menyaksikan, menyatakan bahwa pemohon {applicant} {identified}; bahwa isi "
    "permohonan ini telah dibacakan dan dijelaskan kepadanya; dan bahwa cap jempol ini dibubuhkan di hadapan "
    "saya (KUHPerdata Pasal 1874).",
)


class WordError(ValueError):
    """The applicant's word is incomplete; ``message`` says what is missing, in the current language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Thumbprint:
    """The officer's attestation of the three facts for a thumbprint (KUHPerdata art. 1874)."""

    identified_by: str  # "ktp_el" or "known"
    read_back: bool  # the content was read and explained to the applicant
    in_presence: bool  # the print was made in the officer's presence
    officer_name: str  # the witnessing officer's full name, as printed under the attestation

    def check(self) -> None:
        if self.identified_by not in IDENTIFIED_BY:
            raise WordError(
                translate("Attestation", "Pilih bagaimana pemohon dikenali: dari KTP-el atau dikenal petugas.")
            )
        if not self.read_back:
            raise WordError(
                translate("Attestation", "Cap jempol hanya sah bila isi permohonan sudah dibacakan kepada pemohon.")
            )
        if not self.in_presence:
            raise WordError(translate("Attestation", "Cap jempol hanya sah bila dibubuhkan di hadapan petugas."))
        if not self.officer_name.strip():
            raise WordError(translate("Attestation", "Tulis nama lengkap petugas yang menyaksikan cap jempol."))

    def text(self, applicant: str, lang: str | None = None) -> str:
        """The attestation as printed beside the thumbprint box."""
        return translate(CTX, THUMBPRINT_ATTESTATION, lang).format(
            officer=self.officer_name.strip(), applicant=applicant or "—",
            identified=translate(CTX, IDENTIFIED_BY.get(self.identified_by, ""), lang),
        )


@dataclass(frozen=True)
class ApplicantWord:
    """What the applicant heard and how they agreed. ``mode`` "" = not signed on screen (signs on paper)."""

    reads_self: bool  # the consent page's "does the applicant read for themselves?"
    read_back_confirmed: bool = False  # the officer confirms READ_BACK_CONFIRMATION
    mode: str = ""  # SIGNATURE, THUMBPRINT or ""
    signature: Signature | None = None
    thumbprint: Thumbprint | None = None
    officer: str = ""  # the signed-in officer who recorded it
    at: str = ""  # ISO time, UTC

    def check(self) -> None:
        """Raise WordError naming what is missing; submit calls this before storing anything."""
        if not self.reads_self and not self.read_back_confirmed:
            raise WordError(translate(CTX, NOT_READ_BACK))
        if self.mode not in ("", *MODES):
            raise WordError(translate("Attestation", "Cara pengesahan tidak dikenal: {mode}").format(mode=self.mode))
        if self.mode == SIGNATURE:
            if self.signature is None:
                raise WordError(
                    translate("Attestation", "Tanda tangan masih kosong. Minta pemohon menandatangani di kotak.")
                )
            try:
                self.signature.check()
            except SignatureError as exc:
                raise WordError(exc.message) from None
        if self.mode == THUMBPRINT:
            if self.thumbprint is None:
                raise WordError(translate("Attestation", "Isi pernyataan petugas untuk cap jempol."))
            self.thumbprint.check()

    def stamped(self, officer: str, when: datetime | None = None) -> ApplicantWord:
        """This record with who recorded it and when (submit stamps it)."""
        moment = (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
        return ApplicantWord(self.reads_self, self.read_back_confirmed, self.mode, self.signature,
                             self.thumbprint, officer, moment)

    def audit_detail(self) -> str:
        """Who, when and which mode for the audit trail; never the strokes."""
        mode = self.mode or "paper"
        parts = [f"mode={mode}", f"reads_self={'yes' if self.reads_self else 'no'}",
                 f"read_back={'confirmed' if self.read_back_confirmed else 'no'}"]
        if self.thumbprint is not None:
            parts += [f"identified_by={self.thumbprint.identified_by}", f"witness={self.thumbprint.officer_name}"]
        return "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "reads_self": self.reads_self, "read_back_confirmed": self.read_back_confirmed, "mode": self.mode,
            "officer": self.officer, "at": self.at,
        }
        if self.signature is not None:
            out["signature"] = self.signature.encode()
        if self.thumbprint is not None:
            t = self.thumbprint
            out["thumbprint"] = {"identified_by": t.identified_by, "read_back": t.read_back,
                                 "in_presence": t.in_presence, "officer_name": t.officer_name}
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ApplicantWord:
        """Read a stored record; WordError when it is damaged (a receipt still prints without it)."""
        try:
            signature = Signature.decode(data["signature"]) if data.get("signature") else None
            t = data.get("thumbprint")
            thumbprint = Thumbprint(str(t["identified_by"]), bool(t["read_back"]), bool(t["in_presence"]),
                                    str(t["officer_name"])) if t else None
            return cls(bool(data["reads_self"]), bool(data.get("read_back_confirmed")), str(data.get("mode", "")),
                       signature, thumbprint, str(data.get("officer", "")), str(data.get("at", "")))
        except (KeyError, TypeError, SignatureError) as exc:
            raise WordError(translate("Attestation", "Catatan pengesahan pemohon rusak.")) from exc


def split(answers: Mapping[str, Any]) -> tuple[dict[str, Any], ApplicantWord | None]:
    """The answers without the reserved key, and the applicant's word stored there (None if none or damaged)."""
    rest = {k: v for k, v in answers.items() if k != ANSWER_KEY}
    raw = answers.get(ANSWER_KEY)
    if not isinstance(raw, Mapping):
        return rest, None
    try:
        return rest, ApplicantWord.from_json(raw)
    except WordError:
        return rest, None


def word_of(answers: Mapping[str, Any]) -> ApplicantWord | None:
    return split(answers)[1]


def with_word(answers: Mapping[str, Any], word: ApplicantWord) -> dict[str, Any]:
    """``answers`` with ``word`` under the reserved key (what the store seals and sync sends)."""
    return {**{k: v for k, v in answers.items() if k != ANSWER_KEY}, ANSWER_KEY: word.to_json()}
