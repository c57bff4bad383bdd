"""Install Qt translators for the chosen language.

Source strings are Indonesian, so ``id`` needs only Qt's own strings (``qtbase_id.ts``: Qt ships
no Indonesian, and a Yes/No box in English would be the one English thing on screen). For English each
unit's compiled ``resources/translations/<unit>_en.qm`` is loaded when it exists
and is not older than its ``.ts`` (``dev.py`` and the build compile them). A unit
whose ``.qm`` is missing or stale (a fresh clone run with plain ``pytest``, a
wheel built without compiling) is served from its ``.ts`` by ``TsTranslator``,
which reads the same table the core's ``i18n.translate`` uses, so the window is
never left half-translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from mpp_assist import i18n
from mpp_assist.paths import resources_dir

_installed: list[QTranslator] = []


class TsTranslator(QTranslator):
    """Serves translations straight from the ``.ts`` sources (no compiled ``.qm`` needed)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) tells Qt "not here", so it falls back to the source text.
        found = i18n.lookup(context, source, self.lang)
        return found if found and found != source else None

    def isEmpty(self) -> bool:
        return False


def install(lang: str) -> list[QTranslator]:
    """Replace the application's translators with those for ``lang``; also sets the core's language."""
    i18n.set_language(lang)
    for tr in _installed:
        QCoreApplication.removeTranslator(tr)
    _installed.clear()
    folder = resources_dir() / "translations"
    need_ts = False
    # Our sources are Indonesian, so ``id`` needs only Qt's own strings (Yes/No, Cancel, the text
    # field's menu, the file and print dialogs): ``qtbase_id.ts``. Other languages: every unit.
    for ts in sorted(folder.glob(f"*_{lang}.ts")):
        qm = ts.with_suffix(".qm")
        tr = QTranslator()
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime and tr.load(str(qm)):
            _installed.append(tr)
        else:
            need_ts = True
    if need_ts:
        # One translator over every .ts: harmless where a .qm answered first.
        _installed.append(TsTranslator(lang))
    for tr in _installed:
        QCoreApplication.installTranslator(tr)
    return list(_installed)
