"""The sync protocol, ``/api/v1``: token, catalogue, holidays, applications, attachments, changes, health.

Idempotency rules (what makes "nothing lost, nothing sent twice" hold):

* ``PUT /applications/{client_uuid}`` creates once (``201`` + official number). The same
  body again is a replay (``200``, same number). Another body under the same UUID and
  version is ``409``. A correction sends ``version = n + 1`` and ``replaces = n``; if the
  server's current version is not ``n`` the correction is stale (``409``).
* Attachments are resumable: ``GET …/attachments/{id}`` says how many bytes arrived;
  ``PUT`` sends the next piece with ``Content-Range: bytes START-END/TOTAL`` and
  ``X-Content-SHA256`` (hex SHA-256 of the whole file). A piece that does not start
  where the server is answers ``416`` with the server's offset. Only whole pieces are
  kept, so a dropped connection costs at most one piece. When the last byte arrives
  the server checks the SHA-256 (``201``; mismatch ``422`` and the upload restarts).
  Files over the limit get ``413`` before any byte is read.

Every endpoint except ``/health`` and ``/auth/token`` needs a bearer token. An officer
sees only their own desk's applications (another desk's is ``404``, as if absent);
supervisors see every desk.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import delete, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mpp_assist import __version__, tracking
from mpp_assist.forms.catalogue import Catalogue
from mpp_assist.i18n import language, translate
from mpp_assist.server import auth, errors
from mpp_assist.server import config as site_config
from mpp_assist.server.db import (
    Application,
    ApplicationVersion,
    Attachment,
    AttachmentChunk,
    Carrier,
    Change,
    Officer,
    TrustedDevice,
    now_iso,
)
from mpp_assist.server.limits import MAX_PIECE
from mpp_assist.server.rate_limit import TokenBucket, client_key
from mpp_assist.server.schemas import (
    ApplicationIn,
    ApplicationOut,
    AttachmentState,
    CatalogueOut,
    ChangeOut,
    ChangesOut,
    ErrorBody,
    Health,
    HolidaysOut,
    TokenRequest,
    TokenResponse,
)

router = APIRouter(prefix="/api/v1")
_bearer = HTTPBearer(auto_error=False)
_RANGE = re.compile(r"bytes (\d{1,15})-(\d{1,15})/(\d{1,15})")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: {"model": ErrorBody} for c in codes}


def fail(
    status: int,
    error: str,
    message: str,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> HTTPException:
    return HTTPException(status, detail={"error": error, "message": message, "errors": errors or []}, headers=headers)


def request_language(accept_language: Annotated[str | None, Header(max_length=200)] = None) -> str:
    return errors.language_of(accept_language)


def db_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


Lang = Annotated[str, Depends(request_language)]
Db = Annotated[Session, Depends(db_session)]


def current_officer(
    session: Db,
    lang: Lang,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Officer:
    officer = auth.officer_for_token(session, creds.credentials) if creds else None
    if officer is None:
        with language(lang):
            message = translate("Server", "Sesi tidak berlaku atau sudah habis. Silakan masuk lagi.")
        raise fail(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})
    return officer


Me = Annotated[Officer, Depends(current_officer)]


def _visible(officer: Officer, app: Application | None, desk: str | None = None) -> bool:
    """Supervisors see every desk; an officer their own (or the one a trusted bundle vouches for)."""
    return app is not None and (officer.role == "supervisor" or app.desk == (desk or officer.desk))


def _carries(session: Session, officer: Officer, app: Application | None) -> bool:
    """Visible, or uploaded by this officer from a trusted bundle (so its scans may follow)."""
    if _visible(officer, app):
        return True
    return app is not None and session.get(Carrier, (app.client_uuid, officer.username)) is not None


def _origin_desk(session: Session, uuid: str, body: ApplicationIn, lang: str) -> str | None:
    """The desk a carried application belongs to, checked against the admin's trusted devices."""
    if body.origin is None:
        return None
    from mpp_assist import origin

    o = body.origin
    device = session.get(TrustedDevice, o.device)
    with language(lang):
        if device is None:
            raise fail(
                403,
                "untrusted_device",
                translate(
                    "Server",
                    "Perangkat {fingerprint} belum dipercaya server ini. Minta admin menjalankan: "
                    "mpp-assist server trust-device {key} --desk {desk}",
                ).format(
                    fingerprint=origin.fingerprint(o.device) if origin.is_public_key(o.device) else "-",
                    key=o.device,
                    desk=o.desk,
                ),
            )
        if device.desk != o.desk:
            raise fail(
                403,
                "wrong_desk",
                translate("Server", "Perangkat ini dipercaya untuk loket {trusted}, bukan untuk loket {desk}.").format(
                    trusted=device.desk, desk=o.desk
                ),
            )
        if not origin.valid(o.device, o.signature, uuid, o.desk, _plain_body(body)):
            raise fail(
                403,
                "bad_signature",
                translate("Server", "Tanda tangan perangkat pada permohonan ini tidak sah."),
            )
    return o.desk


def _carried(session: Session, officer: Officer, uuid: str, desk: str | None) -> None:
    if desk is not None and desk != officer.desk and session.get(Carrier, (uuid, officer.username)) is None:
        session.add(Carrier(client_uuid=uuid, username=officer.username))


def _not_found(lang: str) -> HTTPException:
    with language(lang):
        return fail(404, "not_found", translate("Server", "Permohonan tidak ditemukan."))


def _out(app: Application) -> ApplicationOut:
    return ApplicationOut(
        client_uuid=app.client_uuid,
        official_number=app.official_number or "",
        version=app.version,
        status=app.status,
        reason=app.reason,
        service_id=app.service_id,
        tracking_code=app.tracking_code,
        submitted_at=app.submitted_at,
    )


# -- health and token ----------------------------------------------------------


@router.get("/health", response_model=Health, tags=["health"])
def health(session: Db) -> Health:
    session.execute(text("SELECT 1"))
    return Health(status="ok", version=__version__)


# Sign-in attempts per client address (on top of the per-account lockout): password spraying across
# many accounts from one address is slowed too. A whole MPP behind one address still signs in at once.
LOGIN_BURST, LOGIN_REFILL_PER_SECOND = 30, 0.1


def _login_wait(request: Request) -> float:
    state = request.app.state
    bucket = getattr(state, "login_limiter", None)
    if bucket is None:
        bucket = state.login_limiter = TokenBucket(LOGIN_BURST, LOGIN_REFILL_PER_SECOND)
    return bucket.take(client_key(request.client.host if request.client else None))


@router.post("/auth/token", response_model=TokenResponse, tags=["auth"], responses=_errors(401, 429))
def token(body: TokenRequest, request: Request, session: Db, lang: Lang) -> TokenResponse:
    config: auth.AuthConfig = request.app.state.auth_config
    with language(lang):
        wait = _login_wait(request)
        if wait:
            raise fail(
                429,
                "rate_limited",
                translate("Server", "Terlalu banyak percobaan yang salah. Coba lagi dalam {minutes} menit.").format(
                    minutes=max(1, int(wait + 59) // 60)
                ),
                headers={"Retry-After": str(int(wait) + 1)},
            )
        try:
            result = auth.login(session, body.username, body.password, config)
        except auth.Locked as exc:
            minutes = max(1, (exc.retry_after + 59) // 60)
            raise fail(
                429,
                "locked",
                translate("Server", "Terlalu banyak percobaan yang salah. Coba lagi dalam {minutes} menit.").format(
                    minutes=minutes
                ),
                headers={"Retry-After": str(exc.retry_after)},
            ) from None
        if result is None:
            raise fail(401, "bad_credentials", translate("Server", "Nama pengguna atau kata sandi salah."))
    tok, officer = result
    return TokenResponse(
        access_token=tok,
        expires_in=config.token_ttl,
        username=officer.username,
        desk=officer.desk,
        role=officer.role,
    )


@router.post("/auth/logout", status_code=204, tags=["auth"], responses=_errors(401))
def logout(
    _me: Me, session: Db, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Response:
    """Revoke the bearer token of this request at once (the desk's sign-out)."""
    assert creds is not None  # Me has checked it
    auth.revoke(session, creds.credentials)
    return Response(status_code=204)


# -- catalogue -------------------------------------------------------------------


def server_catalogue(request: Request) -> Catalogue:
    """What this backend publishes: the shipped definitions plus ``--forms DIR`` (newer versions win).

    Every valid version stays known, so an application is checked against the form version it names.
    """
    state = request.app.state
    if getattr(state, "forms", None) is None:
        from mpp_assist.forms.catalogue import SERVICES_DIR, build_catalogue

        folder = getattr(state, "forms_dir", None)
        state.forms = build_catalogue((SERVICES_DIR, folder) if folder else (SERVICES_DIR,))
    return state.forms


def catalogue_body(catalogue: Catalogue | None = None) -> tuple[bytes, str]:
    """The catalogue as JSON bytes and its ETag (a hash of those bytes)."""
    from mpp_assist.forms import load_catalogue

    services = [d.to_json() for d in (catalogue or load_catalogue()).services()]
    body = json.dumps({"services": services}, ensure_ascii=False, sort_keys=True).encode()
    return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _etag_answer(body: bytes, etag: str, if_none_match: str | None) -> Response:
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if if_none_match and etag in [t.strip() for t in if_none_match.split(",")]:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


@router.get(
    "/catalogue",
    response_model=CatalogueOut,
    tags=["catalogue"],
    responses={304: {"description": "not modified"}, **_errors(401)},
)
def catalogue(
    request: Request, _me: Me, if_none_match: Annotated[str | None, Header(max_length=200)] = None
) -> Response:
    state = request.app.state
    if getattr(state, "catalogue", None) is None:
        state.catalogue = catalogue_body(server_catalogue(request))
    body, etag = state.catalogue
    return _etag_answer(body, etag, if_none_match)


# -- holiday calendar --------------------------------------------------------------


def holidays_body(folder: Any = None) -> tuple[bytes, str]:
    """The calendar years this backend serves, as JSON bytes and their ETag."""
    from mpp_assist.holidays import served_years

    body = json.dumps({"years": served_years(folder)}, ensure_ascii=False, sort_keys=True).encode()
    return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@router.get(
    "/holidays",
    response_model=HolidaysOut,
    tags=["holidays"],
    responses={304: {"description": "not modified"}, **_errors(401)},
)
def holidays(
    request: Request, _me: Me, if_none_match: Annotated[str | None, Header(max_length=200)] = None
) -> Response:
    """National holidays and cuti bersama per year, for the receipts' estimated completion date.

    The bundled years, each replaced by a valid ``<year>.json`` in the server's ``--holidays DIR``.
    A separate resource from the catalogue: it changes on the government's calendar, not an agency's.
    """
    state = request.app.state
    if getattr(state, "holidays", None) is None:
        state.holidays = holidays_body(getattr(state, "holidays_dir", None))
    body, etag = state.holidays
    return _etag_answer(body, etag, if_none_match)


# -- applications ----------------------------------------------------------------


def _problems(body: ApplicationIn, lang: str, catalogue: Catalogue) -> list[dict[str, str]]:
    """Per-field errors under the form version the application names, from the desk's engine.

    A version this server never published (an older desk release's) is checked against the
    service's current definition.
    """
    from mpp_assist.forms import Problem, UnknownService, validate
    from mpp_assist.forms.attachments import iter_answers as iter_attachment_answers

    with language(lang):
        try:
            definition = catalogue.version(body.service_id, body.form_version) or catalogue.get(body.service_id)
        except UnknownService:
            return [
                {
                    "field": "service_id",
                    "code": "unknown_service",
                    "message": translate("Server", "Layanan tidak dikenal: {id}").format(id=body.service_id),
                }
            ]
        problems = [p for p in validate(definition, body.answers) if p.severity == "error"]
        # A desk sends an attachment as its record (forms.attachments), never a path on its own disk.
        flagged = {p.field for p in problems}
        problems += [
            Problem(path, "error", "attachment_invalid", {"label": f.label})
            for path, f, holder, key in iter_attachment_answers(definition, body.answers)
            if isinstance(holder[key], str) and path not in flagged
        ]
    return [{"field": p.field, "code": p.code, "message": p.message(lang)} for p in problems]


def _recorded_attachment(answers_json: str, attachment_id: str) -> dict[str, Any] | None:
    """The attachment record with this id among an application's answers, if it names one."""
    from mpp_assist.forms.attachments import is_record

    def walk(value: Any) -> Iterator[Any]:
        if isinstance(value, dict):
            yield value
            for v in value.values():
                yield from walk(v)
        elif isinstance(value, list):
            for v in value:
                yield from walk(v)

    try:
        answers = json.loads(answers_json or "{}")
    except ValueError:
        return None
    return next((v for v in walk(answers) if is_record(v) and v["id"] == attachment_id), None)


def _plain_body(body: ApplicationIn) -> dict[str, Any]:
    """The body without its origin: the same application whoever carries it."""
    return body.model_dump(mode="json", exclude={"origin"})


def _body_hash(body: ApplicationIn) -> tuple[str, str]:
    text_ = json.dumps(_plain_body(body), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text_.encode()).hexdigest(), text_


def record_change(session: Session, app: Application) -> None:
    session.add(
        Change(
            client_uuid=app.client_uuid,
            desk=app.desk,
            official_number=app.official_number or "",
            version=app.version,
            status=app.status,
            reason=app.reason,
            at=app.updated_at,
        )
    )


def _invalid(problems: list[dict[str, str]], lang: str) -> HTTPException:
    with language(lang):
        return fail(
            422,
            "invalid_answers",
            translate("Server", "Ada jawaban yang perlu diperbaiki ({count})").format(count=len(problems)),
            problems,
        )


def _existing(
    session: Session,
    officer: Officer,
    uuid: str,
    body: ApplicationIn,
    digest: str,
    text_: str,
    lang: str,
    response: Response,
    catalogue: Catalogue,
    desk: str | None = None,
) -> ApplicationOut:
    app = session.execute(select(Application).where(Application.client_uuid == uuid)).scalar_one_or_none()
    if app is None:  # a receipt number or an 80-bit code shared by chance: say nothing about the other one
        with language(lang):
            raise fail(409, "conflict", translate("Server", "Permohonan ini tidak bisa disimpan. Kirim ulang."))
    if not _visible(officer, app, desk):
        raise _not_found(lang)
    version = session.get(ApplicationVersion, (uuid, body.version))
    if version is not None:
        if version.body_hash == digest:
            _carried(session, officer, uuid, desk)
            session.commit()
            response.status_code = 200
            return _out(app)
        with language(lang):
            raise fail(
                409,
                "conflict",
                translate(
                    "Server",
                    "Permohonan ini sudah diterima dengan isi yang berbeda. Kirim sebagai perbaikan.",
                ),
            )
    if body.version != app.version + 1 or body.replaces != app.version:
        with language(lang):
            raise fail(
                409,
                "stale",
                translate(
                    "Server",
                    "Perbaikan ini mengganti versi {old}, padahal versi terbaru di server {current}.",
                ).format(old=body.replaces or "-", current=app.version),
            )
    problems = _problems(body, lang, catalogue)
    if problems:
        raise _invalid(problems, lang)
    now = now_iso()
    app.version, app.service_id, app.form_version = body.version, body.service_id, body.form_version
    app.answers = json.dumps(body.answers, ensure_ascii=False, sort_keys=True)
    app.status, app.reason, app.updated_at = "received", None, now
    session.add(
        ApplicationVersion(client_uuid=uuid, version=body.version, body_hash=digest, body=text_, created_at=now)
    )
    _carried(session, officer, uuid, desk)
    record_change(session, app)
    session.commit()
    response.status_code = 200
    return _out(app)


@router.put(
    "/applications/{client_uuid}",
    response_model=ApplicationOut,
    status_code=201,
    tags=["applications"],
    responses={
        200: {"model": ApplicationOut, "description": "replay or accepted correction"},
        **_errors(401, 403, 404, 409, 422),
    },
)
def put_application(
    client_uuid: UUID,
    body: ApplicationIn,
    officer: Me,
    session: Db,
    lang: Lang,
    response: Response,
    request: Request,
) -> ApplicationOut:
    catalogue = server_catalogue(request)
    uuid = str(client_uuid)
    digest, text_ = _body_hash(body)
    carried_for = _origin_desk(session, uuid, body, lang)
    exists = session.execute(select(Application.id).where(Application.client_uuid == uuid)).first()
    if exists:
        return _existing(session, officer, uuid, body, digest, text_, lang, response, catalogue, carried_for)
    if body.version != 1 or body.replaces is not None:
        with language(lang):
            raise fail(409, "stale", translate("Server", "Tidak ada versi sebelumnya untuk diperbaiki."))
    code = tracking.normalise(body.tracking_code)
    legacy = code is not None and code != tracking.code_for(uuid) and site_config.current().takes_legacy_codes()
    if code != tracking.code_for(uuid) and not legacy:  # a desk never chooses the code
        with language(lang):
            message = translate("Server", "Kode lacak tidak sesuai dengan permohonan ini.")
            problem = {"field": "tracking_code", "code": "bad_tracking_code", "message": message}
            raise fail(422, "bad_tracking_code", message, [problem])
    problems = _problems(body, lang, catalogue)
    if problems:
        raise _invalid(problems, lang)
    now = now_iso()
    if carried_for is not None:
        desk = carried_for
    else:
        desk = body.desk if officer.role == "supervisor" and body.desk else officer.desk
    app = Application(
        client_uuid=uuid,
        version=1,
        service_id=body.service_id,
        form_version=body.form_version,
        answers=json.dumps(body.answers, ensure_ascii=False, sort_keys=True),
        # A code printed before codes came from the UUID is kept as printed (the applicant's QR holds it);
        # one taken already is answered as a conflict that says nothing about the other application.
        tracking_code=code if legacy else tracking.code_for(uuid),
        receipt_number=body.receipt_number,
        desk=desk,
        officer=officer.username,
        status="received",
        client_created_at=body.created_at,
        submitted_at=now,
        updated_at=now,
    )
    try:
        session.add(app)
        session.flush()
        app.official_number = f"MPP-{now[:4]}-{app.id:07d}"
        session.add(ApplicationVersion(client_uuid=uuid, version=1, body_hash=digest, body=text_, created_at=now))
        _carried(session, officer, uuid, carried_for)
        record_change(session, app)
        session.commit()
    except IntegrityError:
        # The same UUID arrived twice at once (or a legacy code is taken): answer as for a replay.
        session.rollback()
        return _existing(session, officer, uuid, body, digest, text_, lang, response, catalogue, carried_for)
    return _out(app)


@router.get(
    "/applications/{client_uuid}",
    response_model=ApplicationOut,
    tags=["applications"],
    responses=_errors(401, 404),
)
def get_application(client_uuid: UUID, officer: Me, session: Db, lang: Lang) -> ApplicationOut:
    app = session.execute(select(Application).where(Application.client_uuid == str(client_uuid))).scalar_one_or_none()
    if not _visible(officer, app):
        raise _not_found(lang)
    assert app is not None
    return _out(app)


# -- attachments -----------------------------------------------------------------

AttachmentId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]


def _attachment_state(att: Attachment) -> AttachmentState:
    return AttachmentState(
        attachment_id=att.attachment_id,
        size=att.size,
        sha256=att.sha256,
        received=att.received,
        complete=att.complete,
    )


@router.get(
    "/applications/{client_uuid}/attachments/{attachment_id}",
    response_model=AttachmentState,
    tags=["attachments"],
    responses=_errors(401, 404),
)
def get_attachment(
    client_uuid: UUID, attachment_id: AttachmentId, officer: Me, session: Db, lang: Lang
) -> AttachmentState:
    app = session.execute(select(Application).where(Application.client_uuid == str(client_uuid))).scalar_one_or_none()
    att = session.get(Attachment, (str(client_uuid), attachment_id))
    if not _carries(session, officer, app) or att is None:
        raise _not_found(lang)
    return _attachment_state(att)


def _store_piece(
    sessions: Any,
    officer_name: str,
    uuid: str,
    attachment_id: str,
    start: int,
    total: int,
    sha: str,
    data: bytes,
    lang: str,
) -> tuple[int, AttachmentState]:
    with sessions() as session:
        officer = session.get(Officer, officer_name)
        app = session.execute(select(Application).where(Application.client_uuid == uuid)).scalar_one_or_none()
        if officer is None or not _carries(session, officer, app):
            raise _not_found(lang)
        record = _recorded_attachment(app.answers, attachment_id) if app is not None else None
        if record is not None and (record["sha256"] != sha or record["size"] != total):
            with language(lang):  # the answers name these exact bytes; another file is not this scan
                raise fail(
                    409,
                    "attachment_mismatch",
                    translate(
                        "Server", "Lampiran {id} tidak cocok dengan jawaban permohonan (SHA-256 atau ukuran)."
                    ).format(id=attachment_id),
                )
        att = session.get(Attachment, (uuid, attachment_id), with_for_update=True)
        if att is not None and (att.sha256 != sha or att.size != total):
            if att.complete:
                with language(lang):
                    raise fail(409, "conflict", translate("Server", "Lampiran ini sudah diterima dengan isi lain."))
            session.execute(
                delete(AttachmentChunk).where(
                    AttachmentChunk.client_uuid == uuid, AttachmentChunk.attachment_id == attachment_id
                )
            )
            att.sha256, att.size, att.received = sha, total, 0
        if att is None:
            att = Attachment(
                client_uuid=uuid,
                attachment_id=attachment_id,
                size=total,
                sha256=sha,
                received=0,
                complete=False,
            )
            session.add(att)
        if att.complete:
            return 200, _attachment_state(att)
        if start != att.received:
            session.commit()
            with language(lang):
                raise fail(
                    416,
                    "wrong_offset",
                    translate("Server", "Potongan harus mulai dari bait {received}.").format(received=att.received),
                    headers={"X-Received": str(att.received)},
                )
        if data:
            session.add(AttachmentChunk(client_uuid=uuid, attachment_id=attachment_id, offset=start, data=data))
            att.received = start + len(data)
        if att.received < total:
            session.commit()
            return 202, _attachment_state(att)
        digest = hashlib.sha256()
        for (piece,) in session.execute(
            select(AttachmentChunk.data)
            .where(AttachmentChunk.client_uuid == uuid, AttachmentChunk.attachment_id == attachment_id)
            .order_by(AttachmentChunk.offset)
        ):
            digest.update(piece)
        if digest.hexdigest() != sha:
            session.execute(
                delete(AttachmentChunk).where(
                    AttachmentChunk.client_uuid == uuid, AttachmentChunk.attachment_id == attachment_id
                )
            )
            att.received = 0
            session.commit()
            with language(lang):
                raise fail(
                    422,
                    "checksum_mismatch",
                    translate("Server", "Isi lampiran tidak cocok dengan SHA-256-nya. Kirim ulang dari awal."),
                )
        att.complete = True
        session.commit()
        return 201, _attachment_state(att)


@router.put(
    "/applications/{client_uuid}/attachments/{attachment_id}",
    response_model=AttachmentState,
    tags=["attachments"],
    responses={
        200: {"model": AttachmentState, "description": "already complete"},
        201: {"model": AttachmentState, "description": "complete, SHA-256 checked"},
        202: {"model": AttachmentState, "description": "piece stored, more expected"},
        **_errors(400, 401, 404, 409, 413, 416, 422),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def put_attachment(
    client_uuid: UUID,
    attachment_id: AttachmentId,
    request: Request,
    response: Response,
    officer: Me,
    lang: Lang,
    x_content_sha256: Annotated[str, Header(min_length=64, max_length=64)],
    content_range: Annotated[str | None, Header(max_length=64)] = None,
) -> AttachmentState:
    limit: int = request.app.state.max_attachment_bytes
    sha = x_content_sha256.lower()
    with language(lang):
        if not _SHA256.fullmatch(sha):
            raise fail(400, "bad_sha256", translate("Server", "X-Content-SHA256 harus 64 angka heksadesimal."))
        if content_range is None:
            start, end, total = 0, None, None
        else:
            m = _RANGE.fullmatch(content_range.strip())
            if not m:
                raise fail(
                    400,
                    "bad_range",
                    translate("Server", "Content-Range harus berbentuk bytes AWAL-AKHIR/TOTAL."),
                )
            start, end, total = int(m[1]), int(m[2]), int(m[3])
            if not start <= end < total:
                raise fail(400, "bad_range", translate("Server", "Content-Range tidak masuk akal."))
        declared = int(request.headers.get("content-length") or 0)
        if (total or declared) > limit:
            raise fail(
                413,
                "too_large",
                translate("Server", "Lampiran terlalu besar: paling banyak {mb} MB.").format(mb=limit // (1024 * 1024)),
            )
        expected = (end - start + 1) if end is not None else None
        if declared > MAX_PIECE or (expected or 0) > MAX_PIECE:
            raise fail(
                413,
                "too_large",
                translate("Server", "Potongan terlalu besar: kirim paling banyak 8 MB sekali."),
            )
    data = bytearray()
    async for piece in request.stream():
        data.extend(piece)
        if len(data) > min(limit, MAX_PIECE):
            with language(lang):
                raise fail(
                    413,
                    "too_large",
                    translate("Server", "Lampiran terlalu besar: paling banyak {mb} MB.").format(
                        mb=limit // (1024 * 1024)
                    ),
                )
    if total is None:
        total = len(data)
    elif len(data) != expected:
        with language(lang):
            raise fail(400, "bad_range", translate("Server", "Panjang isi tidak sama dengan Content-Range."))
    if total == 0:
        with language(lang):
            raise fail(400, "empty", translate("Server", "Lampiran kosong."))
    status, state = await run_in_threadpool(
        _store_piece,
        request.app.state.sessions,
        officer.username,
        str(client_uuid),
        attachment_id,
        start,
        total,
        sha,
        bytes(data),
        lang,
    )
    response.status_code = status
    return state


# -- changes ---------------------------------------------------------------------


@router.get("/changes", response_model=ChangesOut, tags=["changes"], responses=_errors(401))
def changes(
    officer: Me,
    session: Db,
    since: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> ChangesOut:
    q = select(Change).where(Change.seq > since)
    if officer.role != "supervisor":
        q = q.where(Change.desk == officer.desk)
    rows = session.execute(q.order_by(Change.seq).limit(limit + 1)).scalars().all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1].seq if rows else since
    return ChangesOut(
        changes=[
            ChangeOut(
                client_uuid=c.client_uuid,
                official_number=c.official_number,
                version=c.version,
                status=c.status,
                reason=c.reason,
                at=c.at,
            )
            for c in rows
        ],
        cursor=str(cursor),
        more=more,
    )
