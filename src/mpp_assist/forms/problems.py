"""What is wrong with an answer, and how to say it (Indonesian first, English from the .ts files).

A ``Problem`` stores a code and parameters, not a finished sentence, so the same
problem reads in whichever language the desk (or a server request) uses now.
Messages follow the GOV.UK pattern: say how to fix it, name the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mpp_assist.forms.text import Text
from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate

ERROR = "error"
WARNING = "warning"

# code -> Indonesian template. ``{label}`` is the field's label in the reader's language.
MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Problem", "Isi {label_mid}"),
    "required_choice": QT_TRANSLATE_NOOP("Problem", "Pilih {label_mid}"),
    "required_attachment": QT_TRANSLATE_NOOP("Problem", "Lampirkan {label_mid}"),
    "required_boolean": QT_TRANSLATE_NOOP("Problem", "Pilih ya atau tidak untuk {label_mid}"),
    "required_choices": QT_TRANSLATE_NOOP("Problem", "Pilih paling sedikit satu untuk {label_mid}"),
    "wrong_type": QT_TRANSLATE_NOOP("Problem", "Jawaban untuk {label_mid} tidak bisa dibaca. Isi lagi"),
    "unknown_field": QT_TRANSLATE_NOOP("Problem", "Isian {field} tidak ada di formulir ini dan diabaikan"),
    "too_long": QT_TRANSLATE_NOOP("Problem", "{label} paling banyak {max} huruf"),
    "hidden_characters": QT_TRANSLATE_NOOP(
        "Problem",
        "{label} berisi karakter tersembunyi atau karakter kendali (biasanya terbawa saat menyalin teks). "
        "Ketik ulang isinya.",
    ),
    "constraint": QT_TRANSLATE_NOOP("Problem", "Periksa {label_mid}"),
    "integer_invalid": QT_TRANSLATE_NOOP("Problem", "Masukkan {label_mid} dengan angka bulat, misalnya 3"),
    "decimal_invalid": QT_TRANSLATE_NOOP("Problem", "Masukkan {label_mid} dengan angka, misalnya 2,5"),
    "number_min": QT_TRANSLATE_NOOP("Problem", "{label} paling sedikit {min}"),
    "number_max": QT_TRANSLATE_NOOP("Problem", "{label} paling banyak {max}"),
    "boolean_invalid": QT_TRANSLATE_NOOP("Problem", "Pilih ya atau tidak untuk {label_mid}"),
    "choice_invalid": QT_TRANSLATE_NOOP("Problem", "Pilih salah satu pilihan yang ada untuk {label_mid}"),
    "choices_min": QT_TRANSLATE_NOOP("Problem", "Pilih paling sedikit {min} untuk {label_mid}"),
    "choices_max": QT_TRANSLATE_NOOP("Problem", "Pilih paling banyak {max} untuk {label_mid}"),
    "repeat_min": QT_TRANSLATE_NOOP("Problem", "Tambahkan paling sedikit {min} data untuk {label_mid}"),
    "repeat_max": QT_TRANSLATE_NOOP("Problem", "{label} paling banyak {max} data"),
    "duplicate": QT_TRANSLATE_NOOP(
        "Problem", "{label} sama dengan {other}. Periksa lagi: setiap orang dicatat sekali"
    ),
    "date_format": QT_TRANSLATE_NOOP(
        "Problem",
        "Masukkan {label_mid} dengan hari, bulan dan tahun, misalnya 17 8 1945 atau 17 Agustus 1945",
    ),
    "date_missing_part": QT_TRANSLATE_NOOP("Problem", "{label} harus berisi hari, bulan dan tahun"),
    "date_year": QT_TRANSLATE_NOOP("Problem", "{label}: tahun harus 4 angka, misalnya 1945"),
    "date_not_exist": QT_TRANSLATE_NOOP(
        "Problem", "{label}: tanggal itu tidak ada, bulan {month} hanya sampai tanggal {days}"
    ),
    "date_month": QT_TRANSLATE_NOOP("Problem", "{label}: tanggal itu tidak ada, bulan hanya 1 sampai 12"),
    "date_future": QT_TRANSLATE_NOOP("Problem", "{label} harus di masa lalu"),
    "date_past": QT_TRANSLATE_NOOP("Problem", "{label} harus hari ini atau sesudahnya"),
    "nik_digits": QT_TRANSLATE_NOOP("Problem", "NIK hanya berisi angka. Hapus huruf atau tanda lain"),
    "nik_length": QT_TRANSLATE_NOOP("Problem", "Masukkan NIK 16 angka (sekarang {count} angka)"),
    "nik_date": QT_TRANSLATE_NOOP(
        "Problem",
        "Angka ke-7 sampai ke-12 NIK harus tanggal lahir (HHBBTT, perempuan: tanggal + 40). Periksa NIK ini",
    ),
    "nik_age": QT_TRANSLATE_NOOP(
        "Problem", "Tanggal lahir dalam NIK membuat umur di luar 0 sampai 110 tahun. Periksa NIK ini"
    ),
    "nik_serial": QT_TRANSLATE_NOOP("Problem", "Empat angka terakhir NIK tidak boleh 0000. Periksa NIK ini"),
    "nik_region_unknown": QT_TRANSLATE_NOOP(
        "Problem",
        "Kode wilayah {code} pada NIK tidak ada di daftar Kemendagri. Periksa lagi; jika sesuai KTP, lanjutkan",
    ),
    "nik_birth_mismatch": QT_TRANSLATE_NOOP(
        "Problem",
        "Tanggal lahir tidak cocok dengan NIK (NIK menunjukkan {date}). Periksa tanggal lahir atau NIK",
    ),
    "nik_sex_mismatch": QT_TRANSLATE_NOOP(
        "Problem",
        "Jenis kelamin tidak cocok dengan NIK (NIK menunjukkan {sex}). Periksa jenis kelamin atau NIK",
    ),
    "kk_digits": QT_TRANSLATE_NOOP("Problem", "Nomor KK hanya berisi angka. Hapus huruf atau tanda lain"),
    "kk_length": QT_TRANSLATE_NOOP("Problem", "Masukkan nomor KK 16 angka (sekarang {count} angka)"),
    "kk_date": QT_TRANSLATE_NOOP(
        "Problem", "Angka ke-7 sampai ke-12 nomor KK harus tanggal terbit (HHBBTT). Periksa nomor KK ini"
    ),
    "kk_serial": QT_TRANSLATE_NOOP(
        "Problem", "Empat angka terakhir nomor KK tidak boleh 0000. Periksa nomor ini"
    ),
    "kk_region_unknown": QT_TRANSLATE_NOOP(
        "Problem",
        "Kode wilayah {code} pada nomor KK tidak ada di daftar Kemendagri. Periksa lagi; jika sesuai KK, lanjutkan",
    ),
    "npwp_digits": QT_TRANSLATE_NOOP("Problem", "NPWP hanya berisi angka, titik dan tanda hubung"),
    "npwp_length": QT_TRANSLATE_NOOP("Problem", "Masukkan NPWP 15 atau 16 angka (sekarang {count} angka)"),
    "npwp_checksum": QT_TRANSLATE_NOOP(
        "Problem", "NPWP ini tidak benar: angka pemeriksanya tidak cocok. Salin lagi dari kartu NPWP"
    ),
    "npwp_nik": QT_TRANSLATE_NOOP(
        "Problem", "NPWP 16 angka ini bukan NIK yang benar. Salin lagi dari kartu NPWP"
    ),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "Problem", "Masukkan nomor telepon Indonesia, misalnya 0812-3456-7890 atau (021) 5551234"
    ),
    "email_invalid": QT_TRANSLATE_NOOP("Problem", "Masukkan alamat email seperti nama@contoh.co.id"),
    "postcode_invalid": QT_TRANSLATE_NOOP("Problem", "Masukkan kode pos 5 angka"),
    "postcode_mismatch": QT_TRANSLATE_NOOP(
        "Problem",
        "Kode pos desa/kelurahan yang dipilih adalah {expected}. Periksa lagi; jika benar, lanjutkan",
    ),
    "nib_invalid": QT_TRANSLATE_NOOP("Problem", "Masukkan NIB 13 angka (sekarang {count} angka)"),
    "name_characters": QT_TRANSLATE_NOOP(
        "Problem",
        "{label} berisi angka atau tanda yang jarang ada pada nama. Periksa lagi; jika benar, lanjutkan",
    ),
    "region_invalid": QT_TRANSLATE_NOOP("Problem", "Pilih {label_mid} dari daftar wilayah"),
    "attachment_invalid": QT_TRANSLATE_NOOP(
        "Problem", "Lampiran untuk {label_mid} tidak bisa dibaca. Pindai lagi"
    ),
    "attachment_too_large": QT_TRANSLATE_NOOP(
        "Problem", "Lampiran untuk {label_mid} terlalu besar ({size} MB); paling besar {max} MB. Pindai lebih kecil"
    ),
    "attachment_wrong_kind": QT_TRANSLATE_NOOP(
        "Problem", "Lampiran untuk {label_mid} harus berupa {kinds}. Pilih berkas lain"
    ),
}


def mid_sentence(label: str) -> str:
    """A label as it reads inside a sentence: "Tanggal lahir" -> "tanggal lahir", but "NIK", "RT" stay."""
    first = label.split(" ", 1)[0]
    if sum(ch.isupper() for ch in first) > 1 or not first[:1].isupper():
        return label
    return label[:1].lower() + label[1:]


# When the label is a question ("Apa yang dimohon?"), "Pilih apa yang dimohon?" reads badly:
# ask the question, then say what to do.
QUESTION_MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Problem", "{label} Isi jawabannya."),
    "required_choice": QT_TRANSLATE_NOOP("Problem", "{label} Pilih salah satu."),
    "required_boolean": QT_TRANSLATE_NOOP("Problem", "{label} Pilih ya atau tidak."),
    "required_choices": QT_TRANSLATE_NOOP("Problem", "{label} Pilih paling sedikit satu."),
}


@dataclass(frozen=True)
class Problem:
    """One problem with one answer.

    ``field`` is a path: ``"nik"`` or ``"anggota_keluarga[2].nik"`` (0-based item index).
    ``text``, when set, is the definition's own message (a constraint's), used instead of ``code``'s.
    """

    field: str
    severity: str
    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=False)
    text: Text | None = field(default=None, compare=False)

    def message(self, lang: str | None = None) -> str:
        params = {k: (v.get(lang) if isinstance(v, Text) else v) for k, v in self.params.items()}
        if "label" in params:
            params["label_mid"] = mid_sentence(str(params["label"]))
        if self.text:
            template = self.text.get(lang)
        else:
            source = MESSAGES.get(self.code, MESSAGES["constraint"])
            if self.code in QUESTION_MESSAGES and str(params.get("label", "")).rstrip().endswith("?"):
                source = QUESTION_MESSAGES[self.code]
            template = translate("Problem", source, lang)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def to_json(self, lang: str | None = None) -> dict[str, str]:
        return {
            "field": self.field,
            "severity": self.severity,
            "code": self.code,
            "message": self.message(lang),
        }

    def __str__(self) -> str:
        return f"{self.field}: {self.message()}"
