"""The questionnaire of Permen PANRB 14/2017 as data: the nine elements (unsur) and the respondent profile.

Wording follows the regulation: the element names of its list of unsur (U1…U9, in that
order) and the questions and four answers of its example questionnaire (Lampiran, "Contoh
Kuesioner"), values 1 (worst) to 4 (best). The regulation's example questionnaire asks about
sarana dan prasarana eighth and penanganan pengaduan ninth; we keep the order of its list of
unsur (U8 pengaduan, U9 sarana), which is also the order the issue and most MPP reports use,
and name each element by its code, so the order can never be confused in a report.

The profile is the regulation's: sex (L/P), education (SD, SMP, SMA, S1, S2, S3) and
occupation (PNS, TNI, POLRI, swasta, wirausaha, lainnya). The regulation asks the age in
years; we keep only an age band, so a response names no one.

Every string is Indonesian and marked for translation (context ``Survey``); English comes
from ``resources/translations/survey_en.ts`` through ``i18n.translate``.
"""

from __future__ import annotations

from dataclasses import dataclass

from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Survey"
VALUES = (1, 2, 3, 4)


@dataclass(frozen=True)
class Element:
    """One unsur: ``key`` ``u1``…``u9``, its name, the question and the four answers (values 1…4)."""

    number: int
    name: str
    question: str
    answers: tuple[str, str, str, str]

    @property
    def key(self) -> str:
        return f"u{self.number}"

    @property
    def code(self) -> str:
        return f"U{self.number}"

    def label(self, lang: str | None = None) -> str:
        return translate(CTX, self.name, lang)

    def question_text(self, lang: str | None = None) -> str:
        return translate(CTX, self.question, lang)

    def answer_text(self, value: int, lang: str | None = None) -> str:
        return translate(CTX, self.answers[value - 1], lang)


ELEMENTS: tuple[Element, ...] = (
    Element(
        1,
        QT_TRANSLATE_NOOP("Survey", "Persyaratan"),
        QT_TRANSLATE_NOOP(
            "Survey", "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?"
        ),
        (
            QT_TRANSLATE_NOOP("Survey", "Tidak sesuai"),
            QT_TRANSLATE_NOOP("Survey", "Kurang sesuai"),
            QT_TRANSLATE_NOOP("Survey", "Sesuai"),
            QT_TRANSLATE_NOOP("Survey", "Sangat sesuai"),
        ),
    ),
    Element(
        2,
        QT_TRANSLATE_NOOP("Survey", "Sistem, mekanisme, dan prosedur"),
        QT_TRANSLATE_NOOP("Survey", "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?"),
        (
            QT_TRANSLATE_NOOP("Survey", "Tidak mudah"),
            QT_TRANSLATE_NOOP("Survey", "Kurang mudah"),
            QT_TRANSLATE_NOOP("Survey", "Mudah"),
            QT_TRANSLATE_NOOP("Survey", "Sangat mudah"),
        ),
    ),
    Element(
        3,
        QT_TRANSLATE_NOOP("Survey", "Waktu penyelesaian"),
        QT_TRANSLATE_NOOP(
            "Survey", "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"
        ),
        (
            QT_TRANSLATE_NOOP("Survey", "Tidak cepat"),
            QT_TRANSLATE_NOOP("Survey", "Kurang cepat"),
            QT_TRANSLATE_NOOP("Survey", "Cepat"),
            QT_TRANSLATE_NOOP("Survey", "Sangat cepat"),
        ),
    ),
    Element(
        4,
        QT_TRANSLATE_NOOP("Survey", "Biaya/tarif"),
        QT_TRANSLATE_NOOP("Survey", "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?"),
        (
            QT_TRANSLATE_NOOP("Survey", "Sangat mahal"),
            QT_TRANSLATE_NOOP("Survey", "Cukup mahal"),
            QT_TRANSLATE_NOOP("Survey", "Murah"),
            QT_TRANSLATE_NOOP("Survey", "Gratis"),
        ),
    ),
    Element(
        5,
        QT_TRANSLATE_NOOP("Survey", "Produk spesifikasi jenis pelayanan"),
        QT_TRANSLATE_NOOP(
            "Survey",
            "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar"
            " pelayanan dengan hasil yang diberikan?",
        ),
        (
            QT_TRANSLATE_NOOP("Survey", "Tidak sesuai"),
            QT_TRANSLATE_NOOP("Survey", "Kurang sesuai"),
            QT_TRANSLATE_NOOP("Survey", "Sesuai"),
            QT_TRANSLATE_NOOP("Survey", "Sangat sesuai"),
        ),
    ),
    Element(
        6,
        QT_TRANSLATE_NOOP("Survey", "Kompetensi pelaksana"),
        QT_TRANSLATE_NOOP(
            "Survey", "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?"
        ),
        (
            QT_TRANSLATE_NOOP("Survey", "Tidak kompeten"),
            QT_TRANSLATE_NOOP("Survey", "Kurang kompeten"),
            QT_TRANSLATE_NOOP("Survey", "Kompeten"),
            QT_TRANSLATE_NOOP("Survey", "Sangat kompeten"),
        ),
    ),
    Element(
        7,
        QT_TRANSLATE_NOOP("Survey", "Perilaku pelaksana"),
        QT_TRANSLATE_NOOP(
            "Survey",
            "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
        ),
        (
            QT_TRANSLATE_NOOP("Survey", "Tidak sopan dan ramah"),
            QT_TRANSLATE_NOOP("Survey", "Kurang sopan dan ramah"),
            QT_TRANSLATE_NOOP("Survey", "Sopan dan ramah"),
            QT_TRANSLATE_NOOP("Survey", "Sangat sopan dan ramah"),
        ),
    ),
    Element(
        8,
        QT_TRANSLATE_NOOP("Survey", "Penanganan pengaduan, saran dan masukan"),
        QT_TRANSLATE_NOOP("Survey", "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?"),
        (
            QT_TRANSLATE_NOOP("Survey", "Tidak ada"),
            QT_TRANSLATE_NOOP("Survey", "Ada tetapi tidak berfungsi"),
            QT_TRANSLATE_NOOP("Survey", "Berfungsi kurang maksimal"),
            QT_TRANSLATE_NOOP("Survey", "Dikelola dengan baik"),
        ),
    ),
    Element(
        9,
        QT_TRANSLATE_NOOP("Survey", "Sarana dan prasarana"),
        QT_TRANSLATE_NOOP("Survey", "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?"),
        (
            QT_TRANSLATE_NOOP("Survey", "Buruk"),
            QT_TRANSLATE_NOOP("Survey", "Cukup"),
            QT_TRANSLATE_NOOP("Survey", "Baik"),
            QT_TRANSLATE_NOOP("Survey", "Sangat baik"),
        ),
    ),
)
KEYS = tuple(e.key for e in ELEMENTS)


@dataclass(frozen=True)
class ProfileQuestion:
    """One optional profile question: ``field`` and its choices (stored id → Indonesian label)."""

    field: str
    label: str
    choices: tuple[tuple[str, str], ...]

    def ids(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.choices)

    def choice_label(self, choice: str, lang: str | None = None) -> str:
        return translate(CTX, dict(self.choices)[choice], lang)


PROFILE: tuple[ProfileQuestion, ...] = (
    ProfileQuestion(
        "sex",
        QT_TRANSLATE_NOOP("Survey", "Jenis kelamin"),
        (("L", QT_TRANSLATE_NOOP("Survey", "Laki-laki")), ("P", QT_TRANSLATE_NOOP("Survey", "Perempuan"))),
    ),
    ProfileQuestion(
        "age",
        QT_TRANSLATE_NOOP("Survey", "Usia"),
        (
            ("<20", QT_TRANSLATE_NOOP("Survey", "di bawah 20 tahun")),
            ("20-29", QT_TRANSLATE_NOOP("Survey", "20–29 tahun")),
            ("30-39", QT_TRANSLATE_NOOP("Survey", "30–39 tahun")),
            ("40-49", QT_TRANSLATE_NOOP("Survey", "40–49 tahun")),
            ("50-59", QT_TRANSLATE_NOOP("Survey", "50–59 tahun")),
            ("60+", QT_TRANSLATE_NOOP("Survey", "60 tahun ke atas")),
        ),
    ),
    ProfileQuestion(
        "education",
        QT_TRANSLATE_NOOP("Survey", "Pendidikan"),
        (
            ("SD", QT_TRANSLATE_NOOP("Survey", "SD")),
            ("SMP", QT_TRANSLATE_NOOP("Survey", "SMP")),
            ("SMA", QT_TRANSLATE_NOOP("Survey", "SMA")),
            ("S1", QT_TRANSLATE_NOOP("Survey", "S1")),
            ("S2", QT_TRANSLATE_NOOP("Survey", "S2")),
            ("S3", QT_TRANSLATE_NOOP("Survey", "S3")),
        ),
    ),
    ProfileQuestion(
        "occupation",
        QT_TRANSLATE_NOOP("Survey", "Pekerjaan"),
        (
            ("PNS", QT_TRANSLATE_NOOP("Survey", "PNS")),
            ("TNI", QT_TRANSLATE_NOOP("Survey", "TNI")),
            ("POLRI", QT_TRANSLATE_NOOP("Survey", "POLRI")),
            ("SWASTA", QT_TRANSLATE_NOOP("Survey", "Swasta")),
            ("WIRAUSAHA", QT_TRANSLATE_NOOP("Survey", "Wirausaha")),
            ("LAINNYA", QT_TRANSLATE_NOOP("Survey", "Lainnya")),
        ),
    ),
)
PROFILE_FIELDS = tuple(q.field for q in PROFILE)

# Lower bounds of the age bands, in years (the band is what is stored, never the age).
_AGE_BANDS = ((60, "60+"), (50, "50-59"), (40, "40-49"), (30, "30-39"), (20, "20-29"), (0, "<20"))


def element(key: str) -> Element:
    """``u1``…``u9`` (or ``U1``…``U9``) to its element; KeyError otherwise."""
    for e in ELEMENTS:
        if e.key == key.lower():
            return e
    raise KeyError(key)


def profile_question(field: str) -> ProfileQuestion:
    for q in PROFILE:
        if q.field == field:
            return q
    raise KeyError(field)


def age_band(years: int) -> str:
    """The stored band for an age in years (0…130)."""
    if not 0 <= years <= 130:
        raise ValueError(years)
    return next(band for low, band in _AGE_BANDS if years >= low)
