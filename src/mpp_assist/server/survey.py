"""``/api/v1/survey``: anonymous survey responses from the desks, and the MPP's IKM per service and period.

* ``PUT /survey/responses/{client_uuid}`` (officer token) stores one response, checked with the
  desk's own rules (``survey.model``): ``201`` the first time, ``200`` for the same body again
  (a replay), ``409`` for another body under the same UUID, ``422`` when it is not a valid
  response. An officer files for their own desk; a supervisor may name the desk.
* ``GET /survey/summary?from=&to=&service=`` (officer token) aggregates every desk's responses
  into the IKM as Permen PANRB 14/2017 computes it (``survey.ikm``): per service and overall,
  respondents against the required sample for the applications received in the period, NRR per
  element, IKM, mutu, kinerja, the lowest elements, and the suggestions (sorted, never linked to
  a response, a desk or a day).

Nothing here names an officer, an applicant or a time of day.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import timedelta
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from mpp_assist.i18n import language, translate
from mpp_assist.server import config as site_config
from mpp_assist.server.api import Db, Lang, Me, _errors, fail, server_catalogue
from mpp_assist.server.db import Application, SurveyResponse
from mpp_assist.server.schemas import Str
from mpp_assist.survey import ikm
from mpp_assist.survey.model import MAX_SUGGESTION, SurveyError, from_json, parse_day
from mpp_assist.survey.questionnaire import ELEMENTS

router = APIRouter(prefix="/api/v1")
MAX_SUGGESTIONS = 2000  # in one summary


class SurveyResponseIn(BaseModel):
    """One anonymous response as the desk stored it. The same body under the same UUID is a replay."""

    model_config = ConfigDict(extra="forbid")
    service_id: Str(64, 1)
    desk: Str(64, 1)
    date: Str(10, 10) = Field(description="YYYY-MM-DD, the day only")
    mode: Literal["screen", "interview"]
    answers: list[int | None] = Field(
        min_length=len(ELEMENTS), max_length=len(ELEMENTS), description="U1…U9: 1…4, null when skipped"
    )
    profile: dict[Str(16, 1), Str(16, 1)] = Field(
        default_factory=dict, max_length=8, description="sex, age, education, occupation (choice ids)"
    )
    suggestion: Str(MAX_SUGGESTION) = ""


class SurveyResponseOut(BaseModel):
    client_uuid: str
    service_id: str
    date: str


class IndexOut(BaseModel):
    service_id: str | None = Field(None, description="null for the whole MPP")
    respondents: int
    population: int = Field(description="applications received in the period")
    required_sample: int = Field(description="Krejcie & Morgan, as Permen PANRB 14/2017 reproduces it")
    nrr: dict[str, float | None] = Field(description="u1…u9, two decimals; null when nobody answered")
    ikm: float | None = Field(description="25…100, two decimals; null until every element has an answer")
    mutu: str | None = Field(description="A, B, C or D")
    kinerja: str | None = Field(description="Sangat baik, Baik, Kurang baik, Tidak baik")
    lowest: list[str] = Field(description="the elements with the lowest NRR, lowest first")


class SurveySummaryOut(BaseModel):
    from_: str = Field(alias="from")
    to: str
    overall: IndexOut
    services: list[IndexOut]
    suggestions: list[str]


def _body_hash(body: SurveyResponseIn) -> str:
    text = json.dumps(body.model_dump(mode="json"), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _invalid(problems: list[str], lang: str) -> Exception:
    with language(lang):
        return fail(
            422,
            "invalid_survey",
            translate("Server", "Tanggapan survei tidak sah: {why}").format(why="; ".join(problems)),
            [{"field": "", "code": "invalid", "message": p} for p in problems],
        )


@router.put(
    "/survey/responses/{client_uuid}",
    response_model=SurveyResponseOut,
    status_code=201,
    tags=["survey"],
    responses={200: {"model": SurveyResponseOut, "description": "replay"}, **_errors(401, 409, 422)},
)
def put_survey_response(
    client_uuid: UUID, body: SurveyResponseIn, officer: Me, session: Db, lang: Lang, response: Response,
    request: Request,
) -> SurveyResponseOut:
    uuid = str(client_uuid)
    digest = _body_hash(body)
    existing = session.get(SurveyResponse, uuid)
    if existing is not None:
        if existing.body_hash != digest:
            with language(lang):
                raise fail(
                    409, "conflict", translate("Server", "Tanggapan survei ini sudah diterima dengan isi berbeda.")
                )
        response.status_code = 200
        return SurveyResponseOut(client_uuid=uuid, service_id=existing.service_id, date=existing.day)
    with language(lang):
        try:
            # A desk a time zone ahead may already be on tomorrow.
            checked = from_json(uuid, body.model_dump(), today=site_config.current().today() + timedelta(days=1))
        except SurveyError as exc:
            raise _invalid(exc.problems, lang) from None
        if body.service_id not in {d.id for d in server_catalogue(request).services()}:
            raise _invalid([translate("Server", "Layanan tidak dikenal: {id}").format(id=body.service_id)], lang)
    row = SurveyResponse(
        client_uuid=uuid,
        body_hash=digest,
        service_id=checked.service_id,
        desk=checked.desk if officer.role == "supervisor" else officer.desk,
        day=checked.day.isoformat(),
        mode=checked.mode,
        answers=json.dumps(list(checked.answers)),
        profile=json.dumps(checked.profile, sort_keys=True),
        suggestion=checked.suggestion,
    )
    try:
        session.add(row)
        session.commit()
    except IntegrityError:  # the same UUID twice at once: answer as the second would be answered
        session.rollback()
        return put_survey_response(client_uuid, body, officer, session, lang, response, request)
    return SurveyResponseOut(client_uuid=uuid, service_id=row.service_id, date=row.day)


def _index_out(index: ikm.Index, service_id: str | None, population: int) -> IndexOut:
    data: dict[str, Any] = index.to_json()
    return IndexOut(
        service_id=service_id,
        population=population,
        required_sample=ikm.required_sample(population),
        **data,
    )


@router.get(
    "/survey/summary",
    response_model=SurveySummaryOut,
    response_model_by_alias=True,
    tags=["survey"],
    responses=_errors(401, 422),
)
def survey_summary(
    _me: Me,
    session: Db,
    lang: Lang,
    from_: Annotated[str, Query(alias="from", min_length=10, max_length=10, description="YYYY-MM-DD")],
    to: Annotated[str, Query(min_length=10, max_length=10, description="YYYY-MM-DD, included")],
    service: Annotated[str | None, Query(max_length=64)] = None,
) -> SurveySummaryOut:
    with language(lang):
        try:
            start, end = parse_day(from_), parse_day(to)
        except SurveyError as exc:
            raise _invalid(exc.problems, lang) from None
        if start > end:
            raise _invalid([translate("Server", "Tanggal awal harus sebelum tanggal akhir.")], lang)
    query = select(SurveyResponse.service_id, SurveyResponse.answers, SurveyResponse.suggestion).where(
        SurveyResponse.day >= start.isoformat(), SurveyResponse.day <= end.isoformat()
    )
    # Received on the MPP's days, not on UTC's: the stored time is UTC, so a day either side is read
    # and each one is counted by its local date.
    population_q = select(Application.service_id, Application.submitted_at).where(
        func.substr(Application.submitted_at, 1, 10) >= (start - timedelta(days=1)).isoformat(),
        func.substr(Application.submitted_at, 1, 10) <= (end + timedelta(days=1)).isoformat(),
    )
    if service:
        query = query.where(SurveyResponse.service_id == service)
        population_q = population_q.where(Application.service_id == service)
    n = len(ELEMENTS)
    per_service: dict[str, tuple[list[int], list[int], list[int]]] = {}
    overall = ([0], [0] * n, [0] * n)
    suggestions: list[str] = []
    for service_id, answers_json, suggestion in session.execute(query):
        answers = json.loads(answers_json)
        group = per_service.setdefault(service_id, ([0], [0] * n, [0] * n))
        for respondents, counts, totals in (group, overall):
            respondents[0] += 1
            for i, value in enumerate(answers):
                if value is not None:
                    counts[i] += 1
                    totals[i] += value
        if suggestion:
            suggestions.append(suggestion)
    site = site_config.current()
    population = Counter(
        sid for sid, at in session.execute(population_q) if (day := site.day_of(at)) and start <= day <= end
    )
    services = [
        _index_out(ikm.from_totals(r[0], c, t), sid, population.get(sid, 0))
        for sid, (r, c, t) in sorted(per_service.items())
    ]
    return SurveySummaryOut.model_validate(
        {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "overall": _index_out(ikm.from_totals(overall[0][0], overall[1], overall[2]), None,
                                  sum(population.values())),
            "services": services,
            "suggestions": sorted(suggestions)[:MAX_SUGGESTIONS],
        }
    )
