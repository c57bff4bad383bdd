"""Request and response bodies of the sync protocol (they become ``docs/openapi.json``).

Every string has a length bound matching its column, and NUL characters are
refused: PostgreSQL cannot store them, and hostile input must get a 422, not a 500.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError


def _no_nul(value: Any) -> Any:
    """No NUL in any string, no NaN or infinity in any number (JSON has neither; Python's parser allows them)."""
    if isinstance(value, str):
        if "\x00" in value:
            # its own type, so errors.PROBLEMS words it in the request's language
            raise PydanticCustomError("nul_character", "NUL characters are not allowed")
    elif isinstance(value, float):
        if not math.isfinite(value):
            # strict_json refuses these before any model sees them; kept for models built in code
            raise PydanticCustomError("not_finite", "numbers must be finite (no NaN or Infinity)")
    elif isinstance(value, dict):
        for k, v in value.items():
            _no_nul(k)
            _no_nul(v)
    elif isinstance(value, list):
        for v in value:
            _no_nul(v)
    return value


def Str(max_length: int, min_length: int = 0):
    return Annotated[str, Field(min_length=min_length, max_length=max_length), AfterValidator(_no_nul)]


class TokenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: Str(64, 1)
    password: Str(1024, 1)


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"  # noqa: S105 - the scheme name
    expires_in: int = Field(description="seconds until the token expires")
    username: str
    desk: str
    role: str


class Origin(BaseModel):
    """The desk that made an application, signed by its device (bundles carried to another desk)."""

    model_config = ConfigDict(extra="forbid")
    desk: Str(64, 1)
    device: Str(64, 1) = Field(description="base64 of the device's raw Ed25519 public key")
    signature: Str(128, 1) = Field(
        description='base64 Ed25519 signature of canonical JSON {"body", "client_uuid", "desk"} '
        "(sorted keys, no spaces; body without origin)"
    )


class ApplicationIn(BaseModel):
    """One application as the desk stored it. The same body under the same UUID is a replay."""

    model_config = ConfigDict(extra="forbid")
    service_id: Str(64, 1)
    form_version: Str(32, 1)
    answers: Annotated[dict[str, Any], AfterValidator(_no_nul)]
    tracking_code: Str(32, 4) = Field(
        description="mpp_assist.tracking.code_for(client_uuid), as printed on the receipt: the server "
        "checks it (422 bad_tracking_code otherwise), so a desk never chooses one"
    )
    receipt_number: Str(64, 1)
    created_at: Str(40, 1)
    desk: Str(64, 1) | None = Field(
        None, description="honoured for supervisors; officers always file for their own desk"
    )
    version: int = Field(1, ge=1, le=1_000_000, description="1 for the first submission, +1 per correction")
    replaces: int | None = Field(None, ge=1, le=1_000_000, description="the version a correction replaces")
    origin: Origin | None = Field(
        None,
        description="sent by an officer uploading another device's bundle: the application is filed "
        "under origin.desk when the device is trusted for that desk (403 otherwise)",
    )


class ApplicationOut(BaseModel):
    client_uuid: str
    official_number: str
    version: int
    status: str
    reason: str | None = None
    service_id: str
    tracking_code: str
    submitted_at: str


class FieldError(BaseModel):
    field: str
    code: str
    message: str


class ErrorBody(BaseModel):
    """The body of every error the server sends (4xx and 5xx), at the top level (``server.errors``)."""

    error: str
    message: str
    errors: list[FieldError] = []


class AttachmentState(BaseModel):
    attachment_id: str
    size: int
    sha256: str
    received: int
    complete: bool


class ChangeOut(BaseModel):
    client_uuid: str
    official_number: str
    version: int
    status: str
    reason: str | None = None
    at: str


class ChangesOut(BaseModel):
    changes: list[ChangeOut]
    cursor: str = Field(description="pass as ?since= next time")
    more: bool


class CatalogueOut(BaseModel):
    services: list[dict[str, Any]]


class HolidaysOut(BaseModel):
    years: list[dict[str, Any]] = Field(
        description='one object per year: {"year", "source", "provisional", "days": [{"date", "kind", "name"}]}'
    )


class Health(BaseModel):
    status: str
    version: str
