"""One survey response, checked: anonymous by construction.

A response holds the service, the desk, the day, the mode (``screen``: the citizen answered on
the applicant display; ``interview``: the officer read the questions and entered the answers)
and the answers — never a NIK, a name, a receipt number, a time of day or a link to the
application, so a response cannot be traced back to the person who gave it. The free-text
suggestion is checked: no control characters, at most ``MAX_SUGGESTION`` characters, and no
long digit runs (a NIK or a phone number a citizen might type in).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mpp_assist.forms import dates
from mpp_assist.i18n import translate
from mpp_assist.survey.questionnaire import ELEMENTS, PROFILE, VALUES, profile_question

MODES = ("screen", "interview")
MAX_SUGGESTION = 1000
MAX_ID = 64
_DIGIT_RUN = re.compile(r"\d[\d .-]{8,}\d")  # 10+ digits, maybe grouped: a NIK, KK or phone number
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class SurveyError(ValueError):
    """The response cannot be stored as given; ``problems`` say what to fix (current language)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems

    @property
    def message(self) -> str:
        return "\n".join(self.problems)


@dataclass(frozen=True)
class Response:
    id: str  # client UUID: the sync key, random, says nothing
    service_id: str
    desk: str
    day: date
    mode: str
    answers: tuple[int | None, ...]  # U1…U9, 1…4, None when the respondent skipped that question
    profile: dict[str, str] = field(default_factory=dict)  # field -> choice id, only those answered
    suggestion: str = ""

    def to_json(self) -> dict[str, Any]:
        """The body a desk sends (``PUT /survey/responses/{id}``) and keeps: stable, so a replay is identical."""
        return {
            "service_id": self.service_id,
            "desk": self.desk,
            "date": self.day.isoformat(),
            "mode": self.mode,
            "answers": list(self.answers),
            "profile": dict(sorted(self.profile.items())),
            "suggestion": self.suggestion,
        }


def check_suggestion(text: str) -> list[str]:
    """Problems with a free-text suggestion (empty list: fine)."""
    problems = []
    if len(text) > MAX_SUGGESTION:
        problems.append(
            translate("Survey", "Saran terlalu panjang: paling banyak {max} huruf.").format(max=MAX_SUGGESTION)
        )
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") and ch not in "\n\t" for ch in text):
        problems.append(translate("Survey", "Saran memuat karakter kendali yang tidak boleh disimpan."))
    if _DIGIT_RUN.search(text):
        problems.append(
            translate(
                "Survey", "Saran tidak boleh memuat nomor panjang (NIK, KK atau telepon): survei ini tanpa nama."
            )
        )
    return problems


def parse_day(text: str) -> date:
    """``YYYY-MM-DD`` to a date; SurveyError naming the text when it is not a real date."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise SurveyError(
            [translate("Survey", "Tanggal tidak ada atau salah tulis: {text}. Tulis TTTT-BB-HH, misalnya 2026-08-17.")
             .format(text=text[:40])]
        ) from None


def make_response(
    *,
    service_id: str,
    desk: str,
    day: date,
    mode: str,
    answers: Sequence[Any],
    profile: Mapping[str, Any] | None = None,
    suggestion: str = "",
    response_id: str | None = None,
    today: date | None = None,
) -> Response:
    """A checked response, or SurveyError listing every problem (nothing is half-accepted)."""
    problems: list[str] = []
    if not isinstance(service_id, str) or not _ID.fullmatch(service_id):
        problems.append(translate("Survey", "Kode layanan tidak sah."))
    if not isinstance(desk, str) or not _ID.fullmatch(desk):
        problems.append(translate("Survey", "Kode loket tidak sah."))
    if mode not in MODES:
        problems.append(
            translate("Survey", "Cara pengisian harus screen (di layar) atau interview (wawancara), bukan {mode}.")
            .format(mode=str(mode)[:20])
        )
    if not isinstance(day, date):
        problems.append(translate("Survey", "Tanggal survei tidak sah."))
    elif day > (today or dates.today()):  # Indonesia's date (WIT), as the window and the engine use
        problems.append(translate("Survey", "Tanggal survei tidak boleh di masa depan: {day}.").format(day=day))
    checked: list[int | None] = []
    if isinstance(answers, (str, bytes)) or not isinstance(answers, Sequence):
        problems.append(translate("Survey", "Jawaban harus berupa daftar sembilan nilai."))
    elif len(answers) != len(ELEMENTS):
        problems.append(
            translate("Survey", "Harus ada {n} jawaban (U1 sampai U9), bukan {count}.").format(
                n=len(ELEMENTS), count=len(answers)
            )
        )
    else:
        for e, value in zip(ELEMENTS, answers, strict=True):
            if value is None:
                checked.append(None)
            elif isinstance(value, int) and not isinstance(value, bool) and value in VALUES:
                checked.append(value)
            else:
                problems.append(
                    translate("Survey", "Jawaban {code} ({name}) harus 1, 2, 3 atau 4, bukan {value}.").format(
                        code=e.code, name=e.label(), value=str(value)[:10]
                    )
                )
        if checked and all(v is None for v in checked) and len(checked) == len(ELEMENTS):
            problems.append(translate("Survey", "Belum ada pertanyaan yang dijawab."))
    clean_profile: dict[str, str] = {}
    for key, value in (profile or {}).items():
        try:
            question = profile_question(key)
        except KeyError:
            problems.append(translate("Survey", "Isian profil tidak dikenal: {field}.").format(field=str(key)[:20]))
            continue
        if value in (None, ""):
            continue
        if value not in question.ids():
            problems.append(
                translate("Survey", "{label}: pilihan tidak dikenal ({value}). Pilih salah satu: {choices}.").format(
                    label=translate("Survey", question.label), value=str(value)[:20],
                    choices=", ".join(question.ids()),
                )
            )
        else:
            clean_profile[key] = value
    if not isinstance(suggestion, str):
        problems.append(translate("Survey", "Saran harus berupa teks."))
        suggestion = ""
    suggestion = suggestion.strip()
    problems += check_suggestion(suggestion)
    rid = response_id or str(uuid.uuid4())
    try:
        rid = str(uuid.UUID(rid))
    except ValueError:
        problems.append(translate("Survey", "Nomor tanggapan bukan UUID."))
    if problems:
        raise SurveyError(problems)
    ordered = {q.field: clean_profile[q.field] for q in PROFILE if q.field in clean_profile}
    return Response(rid, service_id, desk, day, mode, tuple(checked), ordered, suggestion)


def from_json(response_id: str, body: Mapping[str, Any], *, today: date | None = None) -> Response:
    """A response from its JSON body (the backend's check of what a desk sent), or SurveyError."""
    raw_day = body.get("date")
    day = parse_day(raw_day) if isinstance(raw_day, str) else None
    return make_response(
        service_id=body.get("service_id"),  # type: ignore[arg-type]
        desk=body.get("desk"),  # type: ignore[arg-type]
        day=day,  # type: ignore[arg-type]
        mode=body.get("mode"),  # type: ignore[arg-type]
        answers=body.get("answers"),  # type: ignore[arg-type]
        profile=body.get("profile") if isinstance(body.get("profile"), Mapping) else {},
        suggestion=body.get("suggestion", ""),  # type: ignore[arg-type]
        response_id=response_id,
        today=today,
    )
