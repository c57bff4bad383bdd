"""Security errors, each carrying a plain message for the officer (Indonesian, or English)."""

from __future__ import annotations

from datetime import datetime

from mpp_assist import clock
from mpp_assist.i18n import translate


class SecurityError(Exception):
    """A problem the officer can understand; ``message`` says what is wrong and what to do.

    ``field``: the input it is about, when there is one (the window moves the focus there).
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class KeyringUnavailable(SecurityError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            translate(
                "Security",
                "Brankas kunci sistem (keyring) tidak tersedia, jadi basis data terenkripsi"
                " tidak bisa dibuka. {detail}",
            ).format(detail=detail).strip()
        )


class NotUnlocked(SecurityError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Security",
                "Aplikasi terkunci. Masuk dengan nama petugas dan kata sandi/PIN"
                " (untuk baris perintah: MPP_ASSIST_OFFICER dan MPP_ASSIST_PASSWORD).",
            )
        )


class UnknownOfficer(SecurityError):
    def __init__(self, name: str) -> None:
        super().__init__(
            translate("Security", "Petugas {name} tidak terdaftar di komputer ini.").format(name=name)
        )


class WrongCredentials(SecurityError):
    def __init__(self, attempts_left: int) -> None:
        self.attempts_left = attempts_left
        super().__init__(
            translate("Security", "Nama petugas atau kata sandi/PIN salah. Sisa percobaan: {n}.").format(
                n=attempts_left
            )
        )


class AccountLocked(SecurityError):
    def __init__(self, name: str, until: datetime) -> None:
        self.until = until
        super().__init__(
            translate(
                "Security",
                "Akun {name} dikunci karena terlalu banyak percobaan salah. Coba lagi setelah {time}.",
            ).format(name=name, time=f"{clock.local(until):%H:%M} {clock.abbreviation()}")
        )


class NotAllowed(SecurityError):
    def __init__(self, role: str) -> None:
        super().__init__(
            translate("Security", "Tindakan ini hanya untuk petugas dengan peran {role}.").format(role=role)
        )


class KeyMismatch(SecurityError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Security",
                "Kunci di brankas kunci tidak cocok dengan basis data ini. Berkas tidak diubah;"
                " hubungi admin untuk pemulihan.",
            )
        )
