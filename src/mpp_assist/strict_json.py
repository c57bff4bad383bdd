"""The one strict JSON decoding (RFC 8259, not Python's superset): every server route's body, the CLI's files.

Python's ``json`` accepts what JSON does not — ``NaN``, ``Infinity``, ``1e999`` (read as infinity),
integers of any length, duplicate keys (the last wins), lone surrogates (``"\\ud800"``) — and a body
that is not UTF-8 fails with an exception that names nothing. Any of them passed on could reach
the database or a later ``JSONResponse`` (which refuses NaN) as a 500. So ``limits.BodyLimit``, which
holds every JSON body whole anyway, hands it to ``check`` first: a body that is not strict JSON gets
a 400 in the published error format, each problem named by its field (``answers.umur``) in the
request's language, never quoting the body (it may hold personal data). FastAPI's own, lenient
parse then only ever sees strict JSON. The CLI reads answers files and definitions through
``loads`` (they gave a RecursionError or ValueError traceback).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from mpp_assist.i18n import QT_TRANSLATE_NOOP, language, translate

MAX_DEPTH = 64  # the protocol nests five deep at most (answers → family list → member → field)
MAX_INT = 2**63 - 1  # what every database column takes; beyond it SQLite raises OverflowError
MAX_PROBLEMS = 10  # enough to act on; a hostile body could hold thousands

MESSAGES = {
    "not_utf8": QT_TRANSLATE_NOOP("Json", "Bukan teks UTF-8 (byte ke-{at} tidak sah)."),
    "not_json": QT_TRANSLATE_NOOP("Json", "Bukan JSON yang sah (baris {line}, kolom {column})."),
    "too_deep": QT_TRANSLATE_NOOP("Json", "Bertingkat terlalu dalam (paling banyak {depth} tingkat)."),
    "not_finite": QT_TRANSLATE_NOOP("Json", "{field}: NaN dan Infinity bukan angka JSON."),
    "number_too_large": QT_TRANSLATE_NOOP("Json", "{field}: angka terlalu besar."),
    "duplicate_key": QT_TRANSLATE_NOOP("Json", "{field}: nama ini muncul dua kali."),
    "bad_text": QT_TRANSLATE_NOOP("Json", "{field}: teks berisi karakter yang tidak sah (surrogate tunggal)."),
}
SUMMARY = QT_TRANSLATE_NOOP("Json", "Bukan JSON yang sah ({count} masalah): {first}")


@dataclass(frozen=True)
class _Refused:
    """Put where a value JSON does not have was, so the walk can name its field."""

    code: str


class _Object(dict):
    duplicates: list[str]


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = _Object(pairs)
    seen: set[str] = set()
    obj.duplicates = []
    for key, _value in pairs:
        if key in seen:
            obj.duplicates.append(key)
        seen.add(key)
    return obj


def _float(text: str) -> Any:
    value = float(text)
    return value if math.isfinite(value) else _Refused("number_too_large")  # 1e999


def _int(text: str) -> Any:
    # 20 characters hold any 64-bit integer; checked before int() so 5000 digits cost nothing
    if len(text.lstrip("-")) > 19 or abs(int(text)) > MAX_INT:
        return _Refused("number_too_large")
    return int(text)


def _message(code: str, **values: Any) -> str:
    return translate("Json", MESSAGES[code]).format(**values)


def _problem(code: str, **values: Any) -> dict[str, str]:
    """A problem of the whole body (no one field to name)."""
    return {"field": "body", "code": code, "message": _message(code, **values)}


def _walk(value: Any) -> list[dict[str, str]]:
    problems: list[dict[str, str]] = []

    def add(code: str, path: list[str]) -> None:
        field = ".".join(path) or "body"
        problems.append({"field": field, "code": code, "message": _message(code, field=field)})

    stack: list[tuple[Any, list[str]]] = [(value, [])]
    while stack and len(problems) < MAX_PROBLEMS:
        item, path = stack.pop()
        if isinstance(item, (dict, list)) and len(path) >= MAX_DEPTH:  # the 65th object or list inside another
            return [_problem("too_deep", depth=MAX_DEPTH)]
        if isinstance(item, _Refused):
            add(item.code, path)
        elif isinstance(item, str):
            if not _encodable(item):
                add("bad_text", path)
        elif isinstance(item, dict):
            for key in getattr(item, "duplicates", ()):
                add("duplicate_key", [*path, _printable(key)])
            for key, child in reversed(item.items()):
                if not _encodable(key):
                    add("bad_text", path)
                else:
                    stack.append((child, [*path, key]))
        elif isinstance(item, list):
            stack.extend((child, [*path, str(i)]) for i, child in reversed(list(enumerate(item))))
    return problems


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(key: str) -> str:
    return key if _encodable(key) else "?"


def problems(data: bytes) -> list[dict[str, str]]:
    """What makes ``data`` not strict JSON, as the published ``errors`` list (empty when it is)."""
    if not data:
        return []  # no body at all is the route's business (a missing field, or none expected)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [_problem("not_utf8", at=exc.start + 1)]

    def refuse_constant(_name: str) -> _Refused:  # NaN, Infinity, -Infinity
        return _Refused("not_finite")

    try:
        value = json.loads(
            text, parse_constant=refuse_constant, parse_float=_float, parse_int=_int, object_pairs_hook=_pairs
        )
    except json.JSONDecodeError as exc:
        return [_problem("not_json", line=exc.lineno, column=exc.colno)]
    except RecursionError:  # nesting deeper than the interpreter's stack, long before MAX_DEPTH is walked
        return [_problem("too_deep", depth=MAX_DEPTH)]
    return _walk(value)


def check(data: bytes, lang: str) -> dict[str, Any] | None:
    """The server's published error body for a body that is not strict JSON, or None when it is."""
    with language(lang):
        found = problems(data)
        if not found:
            return None
        return {"error": "invalid_json", "message": NotStrictJSON(found).message, "errors": found}


class NotStrictJSON(ValueError):
    def __init__(self, problems: list[dict[str, str]]) -> None:
        first = problems[0]["message"]
        self.problems = problems
        self.message = (
            first if len(problems) == 1 else translate("Json", SUMMARY).format(count=len(problems), first=first)
        )
        super().__init__(self.message)


def loads(data: bytes) -> Any:
    """``data`` as JSON, or NotStrictJSON naming each problem (in the current language)."""
    # an empty file is not JSON either (an empty request body is the route's business: see problems)
    found = problems(data) if data else [_problem("not_json", line=1, column=1)]
    if found:
        raise NotStrictJSON(found)
    return json.loads(data)
