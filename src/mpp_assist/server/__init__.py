"""The reference backend (``mpp-assist server``): FastAPI + SQLAlchemy, installed with the ``server`` extra.

It implements the sync protocol the desk client speaks (see ``docs/openapi.json``)
and validates every application with the same ``mpp_assist.forms`` engine the
desk uses. ``app.create_app`` builds the ASGI app; routers live in their own
modules (``api`` for the protocol, more can be added beside it).
"""
