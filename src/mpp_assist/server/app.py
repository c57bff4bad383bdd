"""Builds the reference backend's ASGI app and runs it with uvicorn.

Routers are plugged in from ``ROUTER_MODULES`` (each module exposes ``router``),
so another part of the backend (a status page, say) adds one line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI

from mpp_assist import __version__
from mpp_assist.server import config as site_config
from mpp_assist.server import errors
from mpp_assist.server.auth import AuthConfig
from mpp_assist.server.db import open_engine, session_factory
from mpp_assist.server.limits import BodyLimit

ROUTER_MODULES = [
    "mpp_assist.server.api",
    "mpp_assist.server.releases",  # GET /api/v1/version: the desk app version desks should run
    "mpp_assist.server.status_page",
    "mpp_assist.server.survey",  # the satisfaction survey: responses from desks, the MPP's IKM
    "mpp_assist.server.queue",  # /api/v1/queue, the hall display /antrian/layar and the ticket page
]


@dataclass(frozen=True)
class ServerConfig:
    db_url: str
    auth: AuthConfig = field(default_factory=AuthConfig)
    max_attachment_bytes: int = 20 * 1024 * 1024
    max_json_bytes: int = 2 * 1024 * 1024
    forms_dir: Path | None = None  # newer service definitions to publish beside the shipped ones
    holidays_dir: Path | None = None  # <year>.json files replacing the bundled holiday years
    site: site_config.SiteConfig | None = None  # MPP names, zone, public address (None: site_config.load())


def create_app(config: ServerConfig) -> FastAPI:
    app = FastAPI(
        title="MPP Assist reference backend",
        version=__version__,
        description="The sync protocol between MPP Assist desks and a backend. See the module docstring of "
        "mpp_assist.server.api for the idempotency and resumable-upload rules.",
    )
    site_config.install(config.site or site_config.load())
    engine = open_engine(config.db_url)
    app.state.engine = engine
    app.state.sessions = session_factory(engine)
    app.state.auth_config = config.auth
    app.state.max_attachment_bytes = config.max_attachment_bytes
    app.state.catalogue = None
    app.state.forms, app.state.forms_dir = None, config.forms_dir
    app.state.holidays, app.state.holidays_dir = None, config.holidays_dir
    for name in ROUTER_MODULES:
        app.include_router(importlib.import_module(name).router)
    errors.install(app)
    app.add_middleware(BodyLimit, max_json_bytes=config.max_json_bytes)
    app.add_middleware(errors.NoServerErrorLeaks)  # added last: the outermost of ours

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = errors.published_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def serve(config: ServerConfig, host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    uvicorn.run(create_app(config), host=host, port=port, log_level="warning", access_log=False)


def openapi_document() -> dict:
    """The protocol's OpenAPI document (committed as ``docs/openapi.json``)."""
    return create_app(ServerConfig(db_url="sqlite://")).openapi()
