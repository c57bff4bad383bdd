"""The hall display ``/antrian/layar`` (live by server-sent events) and the public ticket page.

``/antrian/layar`` is server-rendered HTML for a TV across the hall: the number being called and
the desk, very large, and the last calls. ``/antrian/layar/events`` streams each new call and
recall (``text/event-stream``; ``Last-Event-ID`` resumes after a dropped link); the page's small
script shows it, plays a chime and speaks the Indonesian sentence (the browser's own Indonesian
voice). Without a script the page reloads itself every 20 seconds.

``/antrian/tiket/{code}`` is what the QR on a printed ticket opens: the number, the service,
its state and the people ahead. Neither page holds a name, NIK or phone: a ticket has none.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from sqlalchemy import select

from mpp_assist.i18n import language, translate
from mpp_assist.paths import resource

POLL_SECONDS = 0.5  # how often the stream looks for new calls (one indexed query)
KEEPALIVE_SECONDS = 15
router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Assets:
    env: Environment
    css: Markup
    script: Markup
    csp: str


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@cache
def assets() -> Assets:
    folder = resource("queue_display")
    env = Environment(
        loader=FileSystemLoader(folder / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    css = (folder / "layar.css").read_text(encoding="utf-8").strip()
    script = (folder / "layar.js").read_text(encoding="utf-8").strip()
    csp = (
        f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(script)}; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return Assets(env, Markup(css), Markup(script), csp)  # noqa: S704 - our own packaged files


def _headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": assets().csp,
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "X-Robots-Tag": "noindex, nofollow",
    }


def _lang(value: str | None) -> str:
    return "en" if (value or "").strip().lower() == "en" else "id"


def _strings() -> dict[str, str]:
    return {
        "title": translate("QueueDisplay", "Antrean"),
        "now": translate("QueueDisplay", "Dipanggil"),
        "desk": translate("QueueDisplay", "Loket"),
        "recent": translate("QueueDisplay", "Panggilan sebelumnya"),
        "waiting": translate("QueueDisplay", "Menunggu"),
        "nobody": translate("QueueDisplay", "Belum ada panggilan"),
        "sound": translate("QueueDisplay", "Nyalakan suara"),
        "sound_on": translate("QueueDisplay", "Suara menyala"),
        "ticket": translate("QueueDisplay", "Nomor antrean Anda"),
        "service": translate("QueueDisplay", "Layanan"),
        "state": translate("QueueDisplay", "Status"),
        "ahead": translate("QueueDisplay", "Orang di depan Anda"),
        "refresh": translate("QueueDisplay", "Halaman ini diperbarui sendiri setiap 30 detik."),
        "privacy": translate("QueueDisplay", "Halaman ini tidak memuat nama, NIK, atau nomor telepon."),
        "not_found": translate("QueueDisplay", "Nomor antrean tidak ditemukan"),
        "not_found_help": translate("QueueDisplay", "Periksa lagi kode QR pada karcis antrean, atau tanyakan petugas."),
    }


def _state_labels() -> dict[str, str]:
    return {
        "waiting": translate("QueueDisplay", "Menunggu dipanggil"),
        "called": translate("QueueDisplay", "Sedang dipanggil: silakan ke loket {desk}"),
        "served": translate("QueueDisplay", "Sudah dilayani"),
        "no_show": translate("QueueDisplay", "Terlewat: tanyakan petugas"),
        "cancelled": translate("QueueDisplay", "Dibatalkan"),
    }


def _render(template: str, lang: str, status: int = 200, **context: Any) -> HTMLResponse:
    a = assets()
    with language(lang):
        html = a.env.get_template(template).render(lang=lang, t=_strings(), css=a.css, script=a.script, **context)
    return HTMLResponse(html, status_code=status, headers=_headers())


def _mpp_name(mpp: str | None) -> str:
    from mpp_assist.server import config

    return config.current().mpp_name(mpp)


def _service_name(request: Request, service_id: str, lang: str) -> str:
    from mpp_assist.server.api import server_catalogue

    catalogue = server_catalogue(request)
    if service_id not in catalogue:
        return service_id
    name = catalogue.get(service_id).name
    return name.get(lang) if hasattr(name, "get") else str(name)


@router.get("/antrian/layar", response_class=HTMLResponse)
def display(request: Request, mpp: Annotated[str | None, Query(max_length=64)] = None,
            lang: str | None = None) -> Response:
    from mpp_assist.server.queue import DEFAULT_MPP, queue_state

    mpp = mpp or DEFAULT_MPP
    with request.app.state.sessions() as session:
        state = queue_state(session, mpp, recent=7)
    calls = [{"number": c.number, "desk": c.desk or ""} for c in state.calls]
    return _render(
        "layar.html", _lang(lang), mpp_name=_mpp_name(mpp), current=calls[0] if calls else None, recent=calls[1:],
        waiting=state.waiting, seq=state.seq, mpp=mpp,
    )


def _new_events(request: Request, mpp: str, after: int) -> list[dict[str, Any]]:
    from mpp_assist.queue.spoken import call_sentence
    from mpp_assist.server.db import QueueEvent
    from mpp_assist.server.queue import queue_state

    with request.app.state.sessions() as session:
        if after < 0:  # a new viewer starts from now, not from the morning's first call
            return [{"seq": queue_state(session, mpp, recent=1).seq, "kind": "start"}]
        rows = session.execute(
            select(QueueEvent)
            .where(QueueEvent.mpp == mpp, QueueEvent.seq > after)
            .order_by(QueueEvent.seq)
            .limit(50)
        ).scalars()
        out = []
        for e in rows:
            item: dict[str, Any] = {"seq": e.seq, "kind": e.kind, "number": e.number, "desk": e.desk or ""}
            if e.kind in ("call", "recall"):
                item["spoken"] = call_sentence(e.number, e.desk or "")
            out.append(item)
        if out:
            out[-1]["waiting"] = queue_state(session, mpp, recent=0).waiting
        return out


async def _stream(request: Request, mpp: str, after: int) -> AsyncIterator[str]:
    yield "retry: 3000\n\n"
    idle = 0.0
    while not await request.is_disconnected():
        events = await run_in_threadpool(_new_events, request, mpp, after)
        for item in events:
            after = int(item["seq"])
            if item["kind"] == "start":
                continue
            yield f"id: {after}\nevent: {item['kind']}\ndata: {json.dumps(item, ensure_ascii=False)}\n\n"
        if events:
            idle = 0.0
        else:
            idle += POLL_SECONDS
            if idle >= KEEPALIVE_SECONDS:
                idle = 0.0
                yield ": keepalive\n\n"
        await asyncio.sleep(POLL_SECONDS)


@router.get("/antrian/layar/events")
def display_events(
    request: Request,
    mpp: Annotated[str | None, Query(max_length=64)] = None,
    after: Annotated[int | None, Query(ge=0)] = None,
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
) -> StreamingResponse:
    from mpp_assist.server.queue import DEFAULT_MPP

    # A reconnecting browser says where it was (Last-Event-ID); the page's first request says ``after``.
    start = int(last_event_id) if (last_event_id or "").isdigit() else (after if after is not None else -1)
    return StreamingResponse(
        _stream(request, mpp or DEFAULT_MPP, start),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


@router.get("/antrian/tiket/{code}", response_class=HTMLResponse)
def ticket_page(code: str, request: Request, lang: str | None = None) -> Response:
    from mpp_assist.server.queue import people_ahead, public_ticket

    lang = _lang(lang)
    with request.app.state.sessions() as session:
        row = public_ticket(session, code)
        if row is None:
            return _render("tiket.html", lang, 404, ticket=None, mpp_name=_mpp_name(None))
        with language(lang):
            label = _state_labels().get(row.state, row.state).format(desk=row.desk or "")
            view = {
                "number": row.number,
                "service": _service_name(request, row.service_id, lang),
                "state": label,
                "ahead": people_ahead(session, row),
                "waiting": row.state == "waiting",
            }
            mpp = row.mpp
    return _render("tiket.html", lang, ticket=view, mpp_name=_mpp_name(mpp))
