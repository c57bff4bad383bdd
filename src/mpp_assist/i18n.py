"""Translations for the plain-Python core, from the same Qt ``.ts`` files the UI uses.

Source strings are Indonesian (the default language); English lives in
``resources/translations/*_en.ts``. ``pyside6-lupdate`` extracts every
``translate("Context", "…")`` and ``QT_TRANSLATE_NOOP("Context", "…")`` call in
the core as it does ``tr()`` in the UI, so the whole app has one translation
system. The UI loads the compiled ``.qm`` through ``QTranslator``; the core,
which must not import Qt, reads the ``.ts`` XML directly (no code is evaluated).

Placeholders use ``str.format`` names: ``translate("Ctx", "NIK {nik} …").format(nik=…)``.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from functools import cache

from mpp_assist.paths import resources_dir

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_state = threading.local()
_process_language = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Set the language for the whole process (CLI ``--lang``, GUI setting)."""
    global _process_language
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _process_language = lang


def current_language() -> str:
    return getattr(_state, "lang", None) or _process_language


class language:
    """Context manager: use another language in this thread only (e.g. a server request)."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self.lang = lang

    def __enter__(self) -> None:
        self._prev = getattr(_state, "lang", None)
        _state.lang = self.lang

    def __exit__(self, *exc: object) -> None:
        _state.lang = self._prev


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    folder = resources_dir() / "translations"
    for ts in sorted(folder.glob(f"*_{lang}.ts")):
        root = ET.parse(ts).getroot()  # noqa: S314 - packaged file, not external input
        for ctx in root.iter("context"):
            name = ctx.findtext("name", "")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in {"unfinished", "obsolete", "vanished"} or not tr.text:
                    continue
                table[(name, msg.findtext("source", ""))] = tr.text
    return table


def lookup(context: str, source: str, lang: str) -> str | None:
    """The translation of ``source`` in ``lang`` from the ``.ts`` files, or None (any language, even ``id``:
    Qt's own English strings have Indonesian in ``qtbase_id.ts``)."""
    return _catalogue(lang).get((context, source))


def translate(context: str, source: str, lang: str | None = None) -> str:
    """``source`` (Indonesian) in ``lang`` (default: the current language)."""
    lang = lang or current_language()
    if lang == DEFAULT_LANGUAGE:
        return source
    return _catalogue(lang).get((context, source), source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction; translate it later with ``translate(context, source)``."""
    return source
