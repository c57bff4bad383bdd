"""What the desk reads aloud during the survey: text only, so the UI just plays it.

Numbers are written out in Indonesian words (``speech.verbalise``), so "pertanyaan tiga dari
sembilan" sounds the same on every engine. In English the digits stay digits: English voices
read them well.
"""

from __future__ import annotations

from mpp_assist.i18n import QT_TRANSLATE_NOOP, current_language, translate
from mpp_assist.speech.verbalise import number_words
from mpp_assist.survey.questionnaire import ELEMENTS, Element


def _n(value: int, lang: str) -> str:
    return number_words(value) if lang == "id" else str(value)


def intro_speech(lang: str | None = None) -> str:
    lang = lang or current_language()
    return translate(
        "Survey",
        QT_TRANSLATE_NOOP(
            "Survey",
            "Survei kepuasan masyarakat. Ada {n} pertanyaan singkat tentang pelayanan hari ini. Survei ini tanpa"
            " nama dan boleh dilewati. Jawaban Anda tidak dilihat petugas.",
        ),
        lang,
    ).format(n=_n(len(ELEMENTS), lang))


def question_speech(element: Element, *, interview: bool = False, lang: str | None = None) -> str:
    """The question and its four answers, numbered as the keys and buttons are (1 worst … 4 best)."""
    lang = lang or current_language()
    parts = [
        translate("Survey", QT_TRANSLATE_NOOP("Survey", "Pertanyaan {number} dari {count}: {name}."), lang).format(
            number=_n(element.number, lang), count=_n(len(ELEMENTS), lang), name=element.label(lang)
        ),
        element.question_text(lang),
    ]
    if not interview:
        parts.append(
            translate("Survey", QT_TRANSLATE_NOOP("Survey", "Sentuh jawaban Anda, atau tekan angkanya."), lang)
        )
    for value in range(1, 5):
        parts.append(
            translate("Survey", QT_TRANSLATE_NOOP("Survey", "{number}: {answer}."), lang).format(
                number=_n(value, lang).capitalize(), answer=element.answer_text(value, lang)
            )
        )
    return " ".join(parts)


def answer_speech(element: Element, value: int, lang: str | None = None) -> str:
    """Confirms the choice, so a citizen who cannot see the screen knows what was entered."""
    lang = lang or current_language()
    return translate("Survey", QT_TRANSLATE_NOOP("Survey", "Jawaban Anda: {answer}."), lang).format(
        answer=element.answer_text(value, lang)
    )


def thanks_speech(lang: str | None = None) -> str:
    return translate(
        "Survey", QT_TRANSLATE_NOOP("Survey", "Terima kasih. Jawaban Anda sudah disimpan tanpa nama."), lang
    )
