"""The applicant's status page: ``GET /lacak/{tracking_code}`` and the form at ``/lacak``.

The receipt's QR code opens ``<public address>/lacak/<tracking code>`` on the
applicant's phone. The page is server-rendered HTML (no JavaScript needed; the
only script is the optional "Bacakan" read-aloud button), with its CSS inlined
so a cheap phone on 3G needs one request, and it stays under 30 KB.

Privacy: the page shows the service, dates, MPP and desk, the status and its
history, and the applicant's name masked (``S***i R***o``): never the NIK,
address, phone, birth date or any other answer.

Enumeration: every code, malformed or unknown, goes through the same database
lookups and gets the same 404 page, which never repeats the code. Lookups are
rate-limited per client address (``rate_limit.TokenBucket``, in memory: see that
module for what that means with several processes). Behind a reverse proxy the
client address comes from ``X-Forwarded-For`` only when the proxy is trusted
(uvicorn's ``--forwarded-allow-ips``, 127.0.0.1 by default).

The MPP name is this machine's ``mpp_name`` setting; estimated completion dates
use the receipts' working-day calendar, so page and receipt agree.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Annotated, Any
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from mpp_assist import tracking
from mpp_assist.forms.validators import without_hidden
from mpp_assist.i18n import QT_TRANSLATE_NOOP, language, translate
from mpp_assist.masking import mask_name
from mpp_assist.paths import resource
from mpp_assist.receipts.content import NAME_KEYS, _field_answer, format_date
from mpp_assist.receipts.workdays import HolidayCalendar, load_calendar
from mpp_assist.server import config as site_config
from mpp_assist.server.db import Application, Change
from mpp_assist.server.rate_limit import TokenBucket, client_key

CTX = "StatusPage"
BURST = 20  # lookups a client may make at once …
REFILL_PER_SECOND = 1 / 6  # … then one every 6 seconds (10 a minute)
MAX_FORM_BYTES = 1024
# Looked up when the typed code is malformed, so that path costs the same as an unknown code.
_NO_CODE = "----"
_NO_UUID = "00000000-0000-0000-0000-000000000000"

router = APIRouter(include_in_schema=False)

STATUS_LABELS = {
    "received": QT_TRANSLATE_NOOP("StatusPage", "Diterima"),
    "verified": QT_TRANSLATE_NOOP("StatusPage", "Berkas sudah diperiksa"),
    "in_process": QT_TRANSLATE_NOOP("StatusPage", "Sedang diproses"),
    "ready_for_pickup": QT_TRANSLATE_NOOP("StatusPage", "Siap diambil"),
    "completed": QT_TRANSLATE_NOOP("StatusPage", "Selesai"),
    "rejected": QT_TRANSLATE_NOOP("StatusPage", "Ditolak"),
}
STATUS_MEANINGS = {
    "received": QT_TRANSLATE_NOOP(
        "StatusPage", "Permohonan Anda sudah masuk dan menunggu diperiksa petugas."
    ),
    "verified": QT_TRANSLATE_NOOP(
        "StatusPage", "Petugas sudah memeriksa berkas Anda. Permohonan diteruskan ke instansi penerbit."
    ),
    "in_process": QT_TRANSLATE_NOOP("StatusPage", "Dokumen Anda sedang dibuat oleh instansi penerbit."),
    "ready_for_pickup": QT_TRANSLATE_NOOP("StatusPage", "Dokumen Anda sudah jadi."),
    "completed": QT_TRANSLATE_NOOP("StatusPage", "Dokumen sudah diambil. Layanan ini sudah selesai."),
    "rejected": QT_TRANSLATE_NOOP("StatusPage", "Permohonan Anda tidak bisa diproses."),
}
STATUS_NEXT = {
    "received": QT_TRANSLATE_NOOP(
        "StatusPage", "Belum ada yang perlu Anda lakukan. Simpan bukti pendaftaran ini."
    ),
    "verified": QT_TRANSLATE_NOOP(
        "StatusPage", "Belum ada yang perlu Anda lakukan. Tunggu sampai status berubah menjadi Siap diambil."
    ),
    "in_process": QT_TRANSLATE_NOOP(
        "StatusPage", "Belum ada yang perlu Anda lakukan. Tunggu sampai status berubah menjadi Siap diambil."
    ),
    "ready_for_pickup": QT_TRANSLATE_NOOP(
        "StatusPage",
        "Dokumen siap diambil di loket {desk}, bawa bukti pendaftaran ini dan KTP-el atau "
        "Kartu Keluarga asli.",
    ),
    "completed": QT_TRANSLATE_NOOP("StatusPage", "Tidak ada lagi yang perlu Anda lakukan."),
    "rejected": QT_TRANSLATE_NOOP(
        "StatusPage",
        "Datang ke loket {desk} dengan bukti pendaftaran ini untuk memperbaiki permohonan atau bertanya.",
    ),
}
OPEN_STATUSES = ("received", "verified", "in_process")


# -- templates, CSS and the read-aloud script ---------------------------------------------


@dataclass(frozen=True)
class Assets:
    env: Environment
    css: Markup
    script: Markup
    csp: str


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _shown(value: Any) -> Any:
    """Every value a template prints, without control or direction characters (a reversed name)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return without_hidden(value)
    return value


@cache
def assets() -> Assets:
    folder = resource("status_page")
    env = Environment(
        finalize=_shown,
        loader=FileSystemLoader(folder / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    css = (folder / "status.css").read_text(encoding="utf-8").strip()
    script = (folder / "bacakan.js").read_text(encoding="utf-8").strip()
    # Inline CSS and script are allowed by hash only: nothing injected could run or restyle the page.
    csp = (
        f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(script)}; "
        "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
    return Assets(env, Markup(css), Markup(script), csp)  # noqa: S704 - our own packaged files


@cache
def calendar() -> HolidayCalendar:
    """The working-day calendar, read once per process (restart the server after updating it)."""
    return load_calendar()


_limiter_lock = threading.Lock()


def limiter(request: Request) -> TokenBucket:
    state = request.app.state
    with _limiter_lock:
        bucket = getattr(state, "status_page_limiter", None)
        if bucket is None:
            bucket = TokenBucket(BURST, REFILL_PER_SECOND)
            state.status_page_limiter = bucket
    return bucket


# -- what the page shows --------------------------------------------------------------------


def page_language(lang: str | None) -> str:
    return "en" if (lang or "").strip().lower() == "en" else "id"


def without_personal_data(text: str, answers: dict[str, Any], name: str) -> str:
    """The back office's free text with any number from the answers (NIK, KK, phone) and the name hidden.

    An officer writing "NIK 3201… tidak cocok" must not put the NIK on a public page.
    """
    numbers = set()
    for value in answers.values():
        digits = "".join(ch for ch in str(value) if ch.isdigit()) if isinstance(value, str | int) else ""
        if len(digits) >= 6:
            numbers.add(digits)
    for digits in sorted(numbers, key=len, reverse=True):
        text = re.sub(r"[\s.\-]?".join(digits), "••••", text)
    if name.strip():
        text = re.sub(re.escape(name.strip()), mask_name(name), text, flags=re.I)
        for word in name.split():
            if len(word) >= 3:
                text = re.sub(rf"\b{re.escape(word)}\b", mask_name(word), text, flags=re.I)
    return text.strip()


def _moment(value: str | None) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value or "")
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _definition(service_id: str) -> Any:
    from mpp_assist.forms import UnknownService, load_catalogue

    try:
        return load_catalogue().get(service_id)
    except UnknownService:
        return None


def _text(value: Any, lang: str) -> str:
    if value is None:
        return ""
    return value.get(lang) if hasattr(value, "get") else str(value)


def _strings(lang: str) -> dict[str, str]:
    """Every fixed text on the page, in ``lang`` (literal calls, so lupdate extracts them)."""
    return {
        "title": translate("StatusPage", "Status permohonan"),
        "site": translate("StatusPage", "Cek status layanan Mal Pelayanan Publik"),
        # Each language is named in itself, so the link reads right to whoever needs it.
        "switch": "Bahasa Indonesia" if lang == "en" else "English",
        "switch_lang": "id" if lang == "en" else "en",
        "lang_nav": translate("StatusPage", "Bahasa"),
        "details": translate("StatusPage", "Rincian permohonan"),
        "service": translate("StatusPage", "Layanan"),
        "name": translate("StatusPage", "Atas nama"),
        "code": translate("StatusPage", "Kode lacak"),
        "number": translate("StatusPage", "Nomor registrasi"),
        "submitted": translate("StatusPage", "Tanggal daftar"),
        "place": translate("StatusPage", "Tempat"),
        "now": translate("StatusPage", "Status sekarang"),
        "next": translate("StatusPage", "Yang perlu Anda lakukan"),
        "reason": translate("StatusPage", "Alasan"),
        "estimate": translate("StatusPage", "Perkiraan selesai"),
        "history": translate("StatusPage", "Riwayat status"),
        "read_aloud": translate("StatusPage", "Bacakan"),
        "stop": translate("StatusPage", "Berhenti"),
        "privacy": translate(
            "StatusPage",
            "Halaman ini tidak menampilkan NIK, alamat, atau nomor telepon Anda. Jangan bagikan "
            "kode lacak kepada orang yang tidak Anda percayai.",
        ),
        "form_heading": translate("StatusPage", "Cek status dengan kode lacak"),
        "form_intro": translate(
            "StatusPage", "Kode lacak tercetak di bawah kode QR pada bukti pendaftaran: 16 huruf dan angka."
        ),
        "form_label": translate("StatusPage", "Kode lacak"),
        "form_hint": translate(
            "StatusPage", "Contoh: 7K3M-Q9XZ-4TNB-H2RW. Huruf besar atau kecil sama saja."
        ),
        "form_button": translate("StatusPage", "Cek status"),
        "not_found": translate("StatusPage", "Kode lacak tidak ditemukan"),
        "not_found_help": translate(
            "StatusPage",
            "Periksa lagi kode pada bukti pendaftaran dan ketik ulang. Jika tetap tidak ditemukan, "
            "tanyakan di loket dengan membawa bukti pendaftaran. Data baru muncul di sini setelah loket "
            "mengirimnya, biasanya pada hari yang sama."
        ),
        "limited": translate("StatusPage", "Terlalu banyak permintaan"),
        "other": translate("StatusPage", "Cek kode lain"),
        "skip": translate("StatusPage", "Langsung ke isi"),
    }


def _view(app: Application, history: list[Change], lang: str, mpp: str) -> dict[str, Any]:
    site = site_config.current()
    definition = _definition(app.service_id)
    answers = _answers(app)
    name = _field_answer(definition, answers, "name", NAME_KEYS)
    created = _moment(app.client_created_at) or _moment(app.submitted_at) or datetime.now(UTC)
    status = app.status if app.status in STATUS_LABELS else "received"
    submitted = site.day_of(created) or site.today()
    view: dict[str, Any] = {
        "service": _text(getattr(definition, "name", None), lang) or app.service_id,
        "agency": _text(getattr(definition, "agency", None), lang),
        "masked_name": mask_name(name),
        "code": app.tracking_code,
        "number": app.official_number or "",
        "submitted": format_date(submitted, lang),
        "submitted_iso": submitted.isoformat(),
        "mpp": site.mpp_name(mpp),
        "desk": translate("StatusPage", "Loket {desk}").format(desk=app.desk),
        "status": status,
        "label": translate(CTX, STATUS_LABELS[status]),
        "meaning": translate(CTX, STATUS_MEANINGS[status]),
        "next": translate(CTX, STATUS_NEXT[status]).format(desk=app.desk),
        "reason": without_personal_data(app.reason or "", answers, name) if status == "rejected" else "",
        "estimate": "",
        "history": [],
    }
    if status in OPEN_STATUSES:
        days = int(getattr(definition, "service_days", 0) or 0)
        cal = calendar()
        ready = cal.add_working_days(submitted, days)
        if days == 0:
            when = translate("StatusPage", "{date} (hari yang sama)")
        elif days == 1:  # English needs the singular
            when = translate("StatusPage", "{date} (1 hari kerja sejak tanggal daftar)")
        else:
            when = translate("StatusPage", "{date} ({days} hari kerja sejak tanggal daftar)")
        view["estimate"] = when.format(date=format_date(ready, lang), days=days)
        if not cal.covers(ready) or cal.years[ready.year].provisional:
            view["estimate"] += " " + translate("StatusPage", "— perkiraan, hari libur tahun itu belum pasti")
        view["estimate_iso"] = ready.isoformat()
    for change in history:
        moment = _moment(change.at)
        if moment is None or change.status not in STATUS_LABELS:
            continue
        moment = site.local(moment)
        shown = f"{moment:%H.%M}" if lang != "en" else f"{moment:%H:%M}"
        view["history"].append(
            {
                "when": f"{format_date(moment.date(), lang)}, {shown} {site.abbreviation}",
                "iso": moment.isoformat(timespec="minutes"),
                "label": translate(CTX, STATUS_LABELS[change.status]),
            }
        )
    return view


def _answers(app: Application) -> dict[str, Any]:
    import json

    try:
        answers = json.loads(app.answers or "{}")
    except ValueError:
        return {}
    return answers if isinstance(answers, dict) else {}


# -- lookups and responses ------------------------------------------------------------------


def db_session(request: Request) -> Any:
    with request.app.state.sessions() as session:
        yield session


Db = Annotated[Session, Depends(db_session)]


def lookup(session: Session, typed: str) -> tuple[Application | None, list[Change]]:
    """The application for a typed code and its history; the same two queries whether found or not."""
    code = tracking.normalise(typed[:64]) or _NO_CODE
    app = session.execute(select(Application).where(Application.tracking_code == code)).scalar_one_or_none()
    uuid = app.client_uuid if app is not None else _NO_UUID
    history = list(
        session.execute(select(Change).where(Change.client_uuid == uuid).order_by(Change.seq)).scalars()
    )
    return app, history


def _headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": assets().csp,
        # The address holds the tracking code: never send it to another site, never keep the page.
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "X-Robots-Tag": "noindex, nofollow",
    }


def render(template: str, lang: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    a = assets()
    with language(lang):
        t = _strings(lang)
        html = a.env.get_template(template).render(lang=lang, t=t, css=a.css, script=a.script, **context)
    headers = _headers()
    if "retry_after" in context:
        headers["Retry-After"] = str(context["retry_after"])
    return HTMLResponse(html, status_code=status_code, headers=headers)


def _too_many(lang: str, wait: float, home: str) -> HTMLResponse:
    seconds = max(1, math.ceil(wait))
    with language(lang):
        message = translate("StatusPage", "Tunggu {seconds} detik, lalu coba lagi.").format(seconds=seconds)
    return render("lookup.html", lang, 429, state="limited", message=message, retry_after=seconds, home=home)


def status_response(request: Request, session: Session, typed: str, lang: str, home: str) -> Response:
    """The page for a typed code; ``home`` is the form's address relative to this one."""
    wait = limiter(request).take(client_key(request.client.host if request.client else None))
    if wait:
        return _too_many(lang, wait, home)
    app, history = lookup(session, typed)
    if app is None:
        return render("lookup.html", lang, 404, state="not_found", message="", home=home)
    from mpp_assist.server.queue import mpp_of_desk

    with language(lang):
        view = _view(app, history, lang, mpp_of_desk(session, app.desk))
    return render("status.html", lang, view=view, home=home)


def _to_page(code: str, lang: str) -> RedirectResponse:
    # Relative, so the page also works behind a proxy that serves it under a path prefix.
    suffix = "?lang=en" if lang == "en" else ""
    return RedirectResponse(f"lacak/{quote(code)}{suffix}", status_code=303, headers=_headers())


@router.get("/lacak", response_class=HTMLResponse)
def lacak_form(request: Request, session: Db, lang: str | None = None, kode: str | None = None) -> Response:
    lang = page_language(lang)
    if kode is None:
        return render("lookup.html", lang, state="form", message="", home="lacak")
    code = tracking.normalise(kode[:64])
    if code is not None:
        return _to_page(code, lang)
    return status_response(request, session, kode, lang, "lacak")


@router.post("/lacak", response_class=HTMLResponse)
async def lacak_form_post(request: Request) -> Response:
    # Parsed by hand (no multipart dependency): the form has two short fields.
    body = (await request.body())[:MAX_FORM_BYTES].decode("utf-8", "replace")
    try:
        fields = parse_qs(body, max_num_fields=4)
    except ValueError:  # more fields than the form has: not our form
        lang = page_language(request.query_params.get("lang"))
        return render("lookup.html", lang, status_code=400, state="form", message="", home="lacak")
    lang = page_language((fields.get("lang") or [None])[0] or request.query_params.get("lang"))
    kode = (fields.get("kode") or [""])[0]
    code = tracking.normalise(kode[:64])
    if code is not None:
        return _to_page(code, lang)
    from fastapi.concurrency import run_in_threadpool

    def answer() -> Response:
        with request.app.state.sessions() as session:
            return status_response(request, session, kode, lang, "lacak")

    return await run_in_threadpool(answer)


# ``:path`` so that even a "code" with slashes in it gets the same not-found page.
@router.get("/lacak/{tracking_code:path}", response_class=HTMLResponse)
def lacak(tracking_code: str, request: Request, session: Db, lang: str | None = None) -> Response:
    if not tracking_code:
        return render("lookup.html", page_language(lang), state="form", message="", home="../lacak")
    return status_response(request, session, tracking_code, page_language(lang), "../lacak")
