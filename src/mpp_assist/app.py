"""The GUI entry point and composition root.

The one place that builds the collaborators (settings, store, catalogue, task
runner, receipt builder) and hands them to the main window. No widget reaches
for a global. The only module outside ``ui/`` that imports Qt (through ``ui``).
"""

from __future__ import annotations

import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt loads only when a window is built (the CLI imports this module too)
    from mpp_assist.settings import Settings
    from mpp_assist.store import Store
    from mpp_assist.ui.shell.context import AppContext
    from mpp_assist.ui.shell.main_window import MainWindow


def build_context(
    *, synchronous_tasks: bool = False, settings: Settings | None = None, store: Store | None = None
) -> AppContext:
    """Settings, store, catalogue and task runner for one window (tests pass ``synchronous_tasks``)."""
    from mpp_assist import clock
    from mpp_assist.forms import load_catalogue
    from mpp_assist.forms.catalogue import LiveCatalogue
    from mpp_assist.settings import Settings
    from mpp_assist.store import Store
    from mpp_assist.ui.shell.context import AppContext
    from mpp_assist.ui.shell.taskman import TaskManager

    settings = settings or Settings()
    clock.follow(settings)  # receipts, reports and receipt numbers in the desk's zone, live when changed
    # Checking the catalogue's definitions and opening the store (whose key derivation is slow by
    # design) are independent: do them side by side. The catalogue is cached per process.
    loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalogue")
    pending = loader.submit(load_catalogue)
    try:
        store = store or Store()
    finally:
        loader.shutdown(wait=True)
    pending.result()
    catalogue = LiveCatalogue()  # follows the catalogue a sync pass fetches, without a restart
    return AppContext(
        settings=settings,
        store=store,
        catalogue=catalogue,
        tasks=TaskManager(synchronous=synchronous_tasks),
        receipt_pdf=_receipt_maker(settings, catalogue),
    )


def _receipt_maker(settings: Any, catalogue: Any) -> Any:
    """The stored application's receipt as PDF bytes, laid out as this desk's settings say."""

    def receipt_pdf(application: Any, *, reprint: bool = False, **choices: Any) -> bytes:
        """``choices``: this receipt's own ``large_print`` / ``lang`` (the applicant asked), over the desk's."""
        from mpp_assist.receipts import build_receipt, options_from_settings  # on first use, not at start

        return build_receipt(
            application,
            # The form the application was made with (its service days, requirements), if still known.
            catalogue.version(application.service_id, application.form_version)
            or catalogue.get(application.service_id),
            reprint=reprint,
            **{**options_from_settings(settings), **choices},
        )

    return receipt_pdf


def create_window(ctx: AppContext, lang: str | None = None, *, consent: bool = True) -> MainWindow:
    """Install translations for ``lang`` (else the officer's setting), the theme, and the main window.

    ``consent=False`` starts data entry without the consent page (tests of the form pages only).
    """
    from PySide6.QtWidgets import QApplication

    from mpp_assist.ui.antrian.antrian_page import antrian_place
    from mpp_assist.ui.inclusion.inclusion import Inclusion
    from mpp_assist.ui.people.people_page import people_place
    from mpp_assist.ui.protection.protection import DeskProtection
    from mpp_assist.ui.queue.desk_sync import DeskSync, applications_place
    from mpp_assist.ui.reports.reports_page import reports_place
    from mpp_assist.ui.setup.desk_settings import DeskSettings
    from mpp_assist.ui.shell import translations
    from mpp_assist.ui.shell.desk_places import help_place, services_place, settings_place
    from mpp_assist.ui.shell.main_window import DeskParts, MainWindow
    from mpp_assist.ui.shell.places import PlaceRegistry
    from mpp_assist.ui.shell.theme import ThemeManager
    from mpp_assist.ui.shell.widgets import expose_roles

    translations.install(lang or ctx.settings.get("language"))
    expose_roles()  # headings and the error summary, as screen readers should meet them
    app = QApplication.instance()
    theme = ThemeManager(app, ctx.settings) if isinstance(app, QApplication) else None
    # The rail's places; each acts through the window that shows it (its PlaceHost).
    places = PlaceRegistry()
    for place in (services_place(), applications_place(), people_place(), antrian_place(), reports_place(),
                  settings_place(), help_place()):
        places.register(place)
    parts = DeskParts(
        inclusion=Inclusion,  # speech, applicant display, help, glossary
        # idle lock (over the applicant display too), consent page, clipboard
        protection=lambda window, inclusion: DeskProtection(
            window, display=inclusion.display, speech=inclusion.speech, consent=consent
        ),
        desk_settings=DeskSettings,  # "Server dan pencetak" in the settings dialog
        # the sync worker and the "Permohonan" page; sync pauses while the desk is locked
        desk_sync=lambda window, protection: DeskSync(window, lock=protection.lock),
    )
    return MainWindow(ctx, theme=theme, places=places, parts=parts)


def use_local_backend(ctx: Any, worker: Any, start: Any = None) -> None:
    """The README's run command: a demo desk with no backend of its own syncs to a local reference server.

    Started off the UI thread (``start``: ``local_backend.start_for_demo``); the setting is written back
    on the UI thread. Sync waits until then: a pass before the demo sign-in would tell the officer to
    log in again. Without the ``server`` extra, or if the server cannot start, the desk works offline.
    """
    try:
        from mpp_assist.sync import local_backend
    except ImportError:
        return
    if not local_backend.wanted(ctx.settings.get("backend_url")):
        return
    from mpp_assist.paths import data_home

    home = data_home()
    start = start or local_backend.start_for_demo
    worker.hold()

    def on_done(future: Any) -> None:
        try:
            url = future.result()
        except Exception as exc:  # the desk keeps working offline
            logging.getLogger(__name__).warning("demo backend did not start (%s: %s)", type(exc).__name__, exc)
            url = None
        if url and url != ctx.settings.get("backend_url"):
            ctx.settings.set("backend_url", url)  # (its listener starts a pass)
        worker.resume()

    ctx.tasks.run_in_background(lambda: start(home), on_done)


WARM_UP_MS = 8000  # the document reader's models load this long after start-up, off the UI thread


def warm_up_documents(ctx: Any) -> None:
    """Load the KTP-el/KK reader's models in the background, once, so the first *Baca KTP-el / KK* is
    not slow; never at start-up itself (it would compete with the window for the desk's two cores)."""
    if os.environ.get("MPP_ASSIST_EXIT_AFTER_PAINT"):
        return  # a benchmark or smoke run ends before it would be used

    def warm() -> None:
        from mpp_assist.documents import warm_up

        warm_up()

    def done(future: Any) -> None:
        try:
            future.result()
        except Exception as exc:  # a desk without the models still works: reading a card says why
            logging.getLogger(__name__).warning("document reader not warmed up (%s)", type(exc).__name__)

    ctx.tasks.run_in_background(warm, done)


def run_gui(lang: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mpp_assist.store import StoreError
    from mpp_assist.ui.shell.application import make_application, show_fatal

    app = QApplication.instance() or make_application(sys.argv[:1])
    from mpp_assist import logs
    from mpp_assist.ui.shell.crash_report import CrashReport, log_qt_messages

    logs.setup()
    logs.install_crash_handlers()  # before the window: recorded only
    log_qt_messages()
    from mpp_assist.ui.setup.first_run import prepare_desk

    if not prepare_desk(lang):  # first-run wizard, or sign-in; the officer closed it
        return 0
    try:
        ctx = build_context()
    except StoreError as exc:
        return show_fatal(str(exc))
    window = create_window(ctx, lang)
    logs.install_crash_handlers(CrashReport(window).report)  # recorded, and the officer told
    window.resize(1000, 720)
    window.show()
    if os.environ.get("MPP_ASSIST_EXIT_AFTER_PAINT"):  # benchmarks: stop once the window is on screen
        from mpp_assist.ui.shell.application import quit_after_first_paint

        quit_after_first_paint(window)

    def notice_updates() -> None:
        from mpp_assist.ui.shell.update_notice import UpdateNotice

        UpdateNotice(window, ctx)  # a newer version: a quiet banner, never a dialog (the window owns it)

    QTimer.singleShot(0, notice_updates)  # after the window is on screen
    QTimer.singleShot(WARM_UP_MS, lambda: warm_up_documents(ctx))  # after the first minutes' work, not before
    if not os.environ.get("MPP_ASSIST_EXIT_AFTER_PAINT"):
        use_local_backend(ctx, window.desk_sync.worker)
    code = app.exec()
    ctx.tasks.wait(5000)
    ctx.store.close()
    return code


def run_kiosk(lang: str | None = None) -> int:
    """``mpp-assist kiosk``: the ticket window at the hall's entrance, full screen, on its own computer.

    It takes tickets from the MPP's queue as the desk's settings say (the backend's, with the token of
    the officer who set it up; its own when unreachable), prints each on the receipt printer and says
    it aloud. No store is opened: a kiosk holds nothing of anyone.
    """
    from PySide6.QtWidgets import QApplication

    from mpp_assist import clock, logs
    from mpp_assist.forms import load_catalogue
    from mpp_assist.settings import Settings
    from mpp_assist.ui.antrian.antrian_page import desk_queue_for
    from mpp_assist.ui.antrian.kiosk import KioskWindow
    from mpp_assist.ui.inclusion.speech_panel import SpeechController
    from mpp_assist.ui.shell import translations
    from mpp_assist.ui.shell.application import make_application
    from mpp_assist.ui.shell.taskman import TaskManager
    from mpp_assist.ui.shell.theme import ThemeManager

    app = QApplication.instance() or make_application(sys.argv[:1])
    logs.setup()
    logs.install_crash_handlers()
    settings = Settings()
    clock.follow(settings)
    translations.install(lang or settings.get("language"))
    theme = ThemeManager(app, settings) if isinstance(app, QApplication) else None
    speech = SpeechController(settings)
    kiosk_lang = lang or str(settings.get("language"))
    from mpp_assist.printing.ticket import print_desk_ticket
    window = KioskWindow(
        load_catalogue(), settings, TaskManager(), lambda: desk_queue_for(settings),
        print_ticket=lambda ticket, service: print_desk_ticket(ticket, service, settings, kiosk_lang),
        speak=speech.say, lang=kiosk_lang,
    )
    window.showFullScreen()
    code = app.exec()
    speech.close()
    if theme is not None:
        theme.close()
    return code

