"""No 5xx, really: hostile bytes on every route over a raw socket, against a real server process.

Schemathesis sends what the schema describes; this sends what it does not: bodies that are not
UTF-8, JSON with NaN / 1e999 / a 5000-digit integer / absurd nesting, forms with many fields, lying
or missing headers. Every route of the app is enumerated (a route added later is covered). The bar:
no answer >= 500; every error of the protocol in the published format (``docs/openapi.json``'s
``ErrorBody``: top-level ``error``, ``message``, ``errors``); the server log never shows a body.
"""

from __future__ import annotations

import importlib
import json
import re
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from backend_support import ServerProcess, seeded_server
from mpp_assist.server.app import ROUTER_MODULES, ServerConfig, create_app

ROOT = Path(__file__).resolve().parents[2]
MARKER = "BODY-MARKER-7f3a"  # in every body sent: must never reach the server's log
APP_ID = "6f1d7a52-6f7d-4a53-9f59-1a9b7f3d2c99"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with seeded_server(tmp_path_factory.mktemp("fuzz")) as server:
        yield server


def routes() -> list[tuple[str, str]]:
    app = create_app(ServerConfig(db_url="sqlite://"))
    every = [r for r in app.routes if getattr(r, "path", None)]
    every += [r for m in ROUTER_MODULES for r in importlib.import_module(m).router.routes]
    found = []
    for route in every:
        for method in sorted(getattr(route, "methods", None) or ()):
            if method != "HEAD":
                found.append((method, route.path))
    return sorted(found)


def concrete(path: str) -> str:
    return re.sub(r"\{tracking_code(:path)?\}", "ABCD-EFGH", path.replace("{client_uuid}", APP_ID)).replace(
        "{attachment_id}", "scan-1"
    )


def bodies() -> list[tuple[str, dict[str, str], bytes]]:
    """(name, extra headers, body); each body names MARKER somewhere."""
    m = MARKER.encode()
    json_type = {"Content-Type": "application/json"}
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    return [
        ("not utf-8", json_type, b'{"username": "\xff\xfe' + m + b'", "password": "\xc3\x28"}'),
        ("latin-1 form", form_type, b"kode=\xe9\xe8" + m),
        ("NaN", json_type, b'{"username": NaN, "password": "' + m + b'", "answers": {"x": NaN}}'),
        ("1e999", json_type, b'{"username": 1e999, "password": "' + m + b'", "version": 1e999}'),
        ("-Infinity", json_type, b'{"answers": {"umur": -Infinity}, "service_id": "' + m + b'"}'),
        ("huge int", json_type, b'{"version": ' + b"9" * 5000 + b', "m": "' + m + b'"}'),
        ("deep", json_type, b'{"m": "' + m + b'", "answers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        ("many fields", form_type, b"&".join(b"kode=" + m + b"%d" % i for i in range(200))),
        ("nul", json_type, b'{"username": "a\\u0000' + m + b'", "password": "x"}'),
        ("lone surrogate", json_type, b'{"username": "\\ud800' + m + b'", "password": "x"}'),
        ("not an object", json_type, b'["' + m + b'"]'),
        ("empty", json_type, b""),
        ("wrong type", {"Content-Type": "text/plain"}, b"kode=" + m),
        ("bad range", {"Content-Range": "bytes 9-1/0", "X-Content-SHA256": "Z" * 64}, m),
        ("huge range", {"Content-Range": "bytes 0-99999999999999/99999999999999"}, m),
        ("bad sha", {"X-Content-SHA256": "é" * 64}, m),
        ("lying length", {"Content-Length": "5"}, m),
        ("bad lang", {"Accept-Language": "\xff" * 50, **json_type}, b'{"x": "' + m + b'"}'),
    ]


def raw(
    server: ServerProcess, method: str, path: str, headers: dict[str, str], body: bytes, token: str
) -> tuple[int, bytes]:
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{server.port}", "Connection: close"]
    if token:
        lines.append(f"Authorization: Bearer {token}")
    if "Content-Length" not in headers:
        lines.append(f"Content-Length: {len(body)}")
    lines += [f"{k}: {v}" for k, v in headers.items()]
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall("\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + body)
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except OSError:
            pass
    head, _, rest = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), rest


def error_schema() -> dict:
    doc = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    schemas = doc["components"]["schemas"]
    return {**schemas["ErrorBody"], "components": {"schemas": schemas}}


def test_every_route_is_enumerated() -> None:
    paths = {p for _m, p in routes()}
    assert {"/api/v1/auth/token", "/lacak", "/api/v1/applications/{client_uuid}"} <= paths


def test_hostile_bytes_on_every_route_never_give_a_5xx(server: ServerProcess) -> None:
    token = server.token("ana")
    schema = error_schema()
    schema_text = json.dumps(schema).replace("#/components/schemas/", "#/components/schemas/")
    validator = jsonschema.Draft202012Validator(json.loads(schema_text))
    failures, checked = [], 0
    for method, path in routes():
        for name, headers, body in bodies():
            for tok in (token, ""):
                status, answer = raw(server, method, concrete(path), headers, body, tok)
                checked += 1
                if status >= 500:
                    failures.append((status, method, path, name, answer[:200]))
                elif status >= 400 and path.startswith("/api/"):
                    try:
                        validator.validate(json.loads(answer))
                    except (ValueError, jsonschema.ValidationError) as exc:
                        failures.append((status, method, path, name, f"not the published format: {exc}"[:300]))
                if MARKER.encode() in answer and not path.startswith("/lacak"):
                    failures.append((status, method, path, name, "the answer repeats the body"))
    assert checked > 100
    assert failures == [], failures[:10]
    log = (server.log_dir / "server.log").read_text(errors="replace")
    assert MARKER not in log and "Traceback" not in log, log[-3000:]


def test_a_request_validation_error_names_the_field_in_the_published_format(server: ServerProcess) -> None:
    status, answer = raw(
        server, "POST", "/api/v1/auth/token", {"Content-Type": "application/json"}, b'{"username": ""}', ""
    )
    error = json.loads(answer)
    assert status == 422 and error["error"] == "invalid_request", error
    assert {e["field"] for e in error["errors"]} >= {"username", "password"}
    assert "detail" not in error


def test_an_unknown_application_is_a_published_404(server: ServerProcess) -> None:
    status, answer = raw(server, "GET", f"/api/v1/applications/{uuid.uuid4()}", {}, b"", server.token("ana"))
    assert status == 404 and json.loads(answer)["error"] == "not_found"


# --- One strict JSON decoding for every route: a body that is not RFC 8259 JSON is a 400 naming its field.

PUT_PATH = f"/api/v1/applications/{APP_ID}"
NOT_STRICT = [  # (body, the field named, the problem's code)
    (b'{"username": "ana", "password": NaN}', "password", "not_finite"),
    (b'{"service_id": "ktp-el", "answers": {"umur": Infinity}}', "answers.umur", "not_finite"),
    (b'{"service_id": "ktp-el", "answers": {"anak": [{"umur": -Infinity}]}}', "answers.anak.0.umur", "not_finite"),
    (b'{"username": "ana", "password": 1e999}', "password", "number_too_large"),
    (b'{"version": ' + b"9" * 5000 + b"}", "version", "number_too_large"),
    (b'{"version": 99999999999999999999}', "version", "number_too_large"),
    (b'{"username": "ana", "username": "budi", "password": "x"}', "username", "duplicate_key"),
    (b'{"username": "\\ud800", "password": "x"}', "username", "bad_text"),
    (b'{"username": "\xff\xfe", "password": "x"}', "body", "not_utf8"),
    (b'{"username": ', "body", "not_json"),
    (b"[" * 100_000 + b"]" * 100_000, "body", "too_deep"),
    (b"[" * 65 + b"]" * 65, "body", "too_deep"),
    (b'{"a": ' * 65 + b"1" + b"}" * 65, "body", "too_deep"),
]


@pytest.mark.parametrize(("payload", "field", "code"), NOT_STRICT)
@pytest.mark.parametrize(("method", "path"), [("POST", "/api/v1/auth/token"), ("PUT", PUT_PATH)])
def test_a_body_that_is_not_strict_json_is_a_400_naming_the_field(
    server: ServerProcess, method: str, path: str, payload: bytes, field: str, code: str
) -> None:
    token = server.token("ana") if method == "PUT" else ""
    status, answer = raw(server, method, path, {"Content-Type": "application/json"}, payload, token)
    error = json.loads(answer)
    assert status == 400, (status, error)
    assert error["error"] == "invalid_json"
    assert (error["errors"][0]["field"], error["errors"][0]["code"]) == (field, code), error
    assert error["message"] == error["errors"][0]["message"]
    if field != "body":
        assert error["message"].startswith(field + ": ")


def test_strict_json_problems_are_in_indonesian_or_english_by_accept_language(server: ServerProcess) -> None:
    payload = b'{"service_id": "ktp-el", "answers": {"umur": NaN}}'
    token = server.token("ana")
    json_type = {"Content-Type": "application/json"}
    _s, indonesian = raw(server, "PUT", PUT_PATH, json_type, payload, token)
    _s, english = raw(server, "PUT", PUT_PATH, {**json_type, "Accept-Language": "en-US,en;q=0.8"}, payload, token)
    assert json.loads(indonesian)["message"] == "answers.umur: NaN dan Infinity bukan angka JSON."
    assert json.loads(english)["message"] == "answers.umur: NaN and Infinity are not JSON numbers."
    _s, not_utf8 = raw(server, "POST", "/api/v1/auth/token", {**json_type, "Accept-Language": "en"}, b'"\xc3\x28"', "")
    assert json.loads(not_utf8)["message"] == "Not UTF-8 text (byte 2 is invalid)."


def test_no_route_takes_a_body_python_reads_but_json_does_not(server: ServerProcess) -> None:
    """The class: every route's JSON body goes through the same strict decoding (only attachment
    pieces, which are bytes, stream past it)."""
    token = server.token("ana")
    let_through = []
    for method, path in routes():
        if "/attachments/" in path and method == "PUT":
            continue
        status, answer = raw(server, method, concrete(path), {}, b'{"x": NaN}', token)
        if status != 400 or json.loads(answer)["error"] != "invalid_json":
            let_through.append((method, path, status))
    assert let_through == []


def test_a_protocol_error_names_its_field_in_the_request_language(server: ServerProcess) -> None:
    json_type = {"Content-Type": "application/json"}
    _s, indonesian = raw(server, "POST", "/api/v1/auth/token", json_type, b'{"username": "ana"}', "")
    english_type = {**json_type, "Accept-Language": "en"}
    _s, english = raw(server, "POST", "/api/v1/auth/token", english_type, b'{"username": 5}', "")
    assert json.loads(indonesian)["message"] == "Permintaan tidak sesuai protokol: password: wajib ada"
    error = json.loads(english)
    assert error["message"] == "The request does not follow the protocol (2 problems): username: must be text"
    assert [e["message"] for e in error["errors"]] == ["username: must be text", "password: is required"]
