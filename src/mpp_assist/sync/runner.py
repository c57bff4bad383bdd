"""One sync pass: send the outbox, then fetch status changes and the catalogue.

Pure Python and blocking; the GUI runs :meth:`SyncRunner.run_once` on its
background task runner, never on the UI thread, and shows the progress the
callback reports. The headless ``mpp-assist sync`` runs the same pass.

Per application: mark ``sending`` (durable) → ``PUT`` → ``sent`` with the official
number, or ``needs_correction`` with the server's reasons (409/422: the rest
continue), or back to ``waiting`` (network, 5xx, timeout: retried with backoff and
jitter, never sooner than ``Retry-After``). A 401 puts the application back exactly
as it was and stops the pass: the officer must log in again.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mpp_assist.atomic import write_atomic
from mpp_assist.i18n import translate
from mpp_assist.paths import data_home
from mpp_assist.security.errors import SecurityError
from mpp_assist.store import Store, now_utc
from mpp_assist.sync import backoff, outbox
from mpp_assist.sync.client import (
    AuthRequired,
    BackendClient,
    BackendError,
    Misconfigured,
    NotFound,
    Rejected,
    ServerBusy,
    Unreachable,
)
from mpp_assist.sync.uploads import SourceChanged, send_pieces

PIECE = 256 * 1024  # attachment bytes per request: a dropped link costs at most this much
BATCH = 50  # applications marked ``sending`` together, in one durable transaction
FLUSH_SECONDS = 1.0  # accepted applications are recorded as ``sent`` at least this often


@dataclass(frozen=True)
class SyncProgress:
    done: int  # applications finished in this pass (sent or needs correction)
    total: int  # applications that were waiting when the pass began
    application_id: str | None
    state: str  # sending | sent | needs_correction | retrying | uploading | changes | catalogue
    message: str = ""
    bytes_done: int = 0  # during an attachment upload
    bytes_total: int = 0
    wait_seconds: float = 0.0  # when retrying: how long until the next try


@dataclass
class SyncReport:
    outcome: str = "ok"  # ok | partial | needs_login | unreachable | misconfigured | cancelled
    message: str = ""
    sent: int = 0  # in this pass
    needs_correction: int = 0  # marked in this pass
    remaining: int = 0  # still waiting to be sent after this pass
    to_correct: int = 0  # all applications the officer must correct (from any pass)
    changes_applied: int = 0
    catalogue_updated: bool = False
    holidays_updated: list[int] = field(default_factory=list)  # calendar years saved in this pass
    surveys_sent: int = 0  # survey responses the backend took in this pass (mpp_assist.survey)
    last_sync_at: str | None = None
    retry_after: float | None = None  # a hint for the worker: when to try again
    problems: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """For ``mpp-assist sync``: 0 nothing left unsent, 3 items remain, 2 configuration/login.

        Applications waiting for the officer's correction are unsent too: they count as remaining.
        """
        if self.outcome in ("needs_login", "misconfigured"):
            return 2
        return 0 if self.remaining == 0 and self.to_correct == 0 else 3


class _Stop(Exception):
    def __init__(self, outcome: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.outcome, self.message, self.retry_after = outcome, message, retry_after


class _LocalProblem(Exception):
    """Something wrong with our own copy (a scan file gone): the application needs the officer."""


def last_sync_at(store: Store) -> str | None:
    return outbox.get_state(store, "last_sync_at")


def catalogue_cache() -> Path:
    """Where the latest catalogue fetched from the backend is kept (JSON, as the server sent it)."""
    from mpp_assist.forms.catalogue import fetched_path

    return fetched_path(data_home())


MAX_CATALOGUE_BYTES = 8 * 1024 * 1024


def catalogue_problem(body: bytes) -> str | None:
    """Why a catalogue from the backend cannot be used (checked like a shipped definition), or None."""
    import json

    from mpp_assist.forms.loader import check_data

    refused = translate("Sync", "Katalog layanan dari server ditolak: {why}")
    if len(body) > MAX_CATALOGUE_BYTES:
        return refused.format(why=translate("Sync", "terlalu besar"))
    try:
        services = json.loads(body)["services"]
        if not isinstance(services, list):
            raise TypeError
    except (ValueError, KeyError, TypeError, RecursionError):
        return refused.format(why=translate("Sync", "bukan JSON katalog"))
    for data in services:
        try:
            definition, problems = check_data(data)
        except RecursionError:
            definition, problems = None, []
        if definition is None or problems:
            sid = data.get("id") if isinstance(data, dict) else None
            detail = str(problems[0]) if problems else translate("Sync", "definisi tidak sah")
            return refused.format(why=f"{str(sid)[:64]}: {detail[:300]}")
    return None


def _write_bytes_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)


class SyncRunner:
    def __init__(
        self,
        store: Store,
        client: BackendClient,
        *,
        max_retries: int = 4,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        piece_size: int = PIECE,
        rng: random.Random | None = None,
    ) -> None:
        self.store, self.client = store, client
        self.max_retries, self.base_delay, self.max_delay = max_retries, base_delay, max_delay
        self.piece_size = piece_size
        self.rng = rng or random.Random()  # noqa: S311 - jitter only
        self._failures = 0
        self._accepted: list[tuple[str, str, str | None]] = []  # (id, number, status) not yet recorded
        self._last_flush = 0.0

    # -- the pass ------------------------------------------------------------------

    def run_once(
        self, progress: Callable[[SyncProgress], None] | None = None, cancel: threading.Event | None = None
    ) -> SyncReport:
        emit = progress or (lambda _p: None)
        cancel = cancel or threading.Event()
        report = SyncReport()
        outbox.recover_interrupted(self.store)
        total = outbox.count_waiting(self.store)
        emit(SyncProgress(0, total, None, "sending"))
        self._failures = 0
        try:
            batch: list[str] = []
            for app_id in outbox.iter_waiting(self.store):
                batch.append(app_id)
                if len(batch) == BATCH:
                    self._send_batch(batch, report, total, emit, cancel)
                    batch = []
            if batch:
                self._send_batch(batch, report, total, emit, cancel)
            self._send_surveys(report, cancel)
            self._pull_changes(report, emit)
            self._pull_catalogue(report, emit)
            self._pull_holidays(report)
        except _Stop as stop:
            report.outcome, report.message, report.retry_after = stop.outcome, stop.message, stop.retry_after
        report.remaining = outbox.count_waiting(self.store)
        report.to_correct = outbox.counts(self.store).get("needs_correction", 0)
        report.problems += [q.message() for q in self.store.quarantined()]
        if report.outcome == "ok":
            if report.remaining:
                report.outcome = "partial"
            else:
                outbox.set_state(self.store, "last_sync_at", now_utc())
        report.last_sync_at = last_sync_at(self.store)
        if not report.message:
            report.message = self._summary(report)
        return report

    def _summary(self, r: SyncReport) -> str:
        return translate("Sync", "{sent} terkirim, {fix} perlu perbaikan, {left} menunggu.").format(
            sent=r.sent, fix=r.needs_correction, left=r.remaining
        )

    def _send_batch(
        self,
        batch: list[str],
        report: SyncReport,
        total: int,
        emit: Callable[[SyncProgress], None],
        cancel: threading.Event,
    ) -> None:
        """Mark a batch ``sending`` (one durable write), send each, record ``sent`` in groups.

        Recording ``sent`` a moment after the server's answer is safe: if the process dies
        in between, the rows are still ``sending`` and the next pass replays them, which the
        server answers with the same official number.
        """
        claimed = outbox.claim(self.store, batch)
        finished: set[str] = set()
        self._last_flush = time.monotonic()
        try:
            for app_id in claimed:
                if cancel.is_set():
                    raise _Stop("cancelled", translate("Sync", "Pengiriman dihentikan."))
                self._send_with_retries(app_id, report, total, emit, cancel)
                finished.add(app_id)
                if len(self._accepted) >= BATCH or time.monotonic() - self._last_flush >= FLUSH_SECONDS:
                    self._flush(report, total, emit)
        finally:
            self._flush(report, total, emit)
            outbox.release(self.store, [a for a in claimed if a not in finished])

    def _flush(self, report: SyncReport, total: int, emit: Callable[[SyncProgress], None]) -> None:
        accepted, self._accepted = self._accepted, []
        self._last_flush = time.monotonic()
        if not accepted:
            return
        outbox.mark_sent_many(self.store, accepted)
        for app_id, _number, _status in accepted:
            report.sent += 1
            emit(SyncProgress(report.sent + report.needs_correction, total, app_id, "sent"))

    def _send_with_retries(
        self,
        app_id: str,
        report: SyncReport,
        total: int,
        emit: Callable[[SyncProgress], None],
        cancel: threading.Event,
    ) -> None:
        while True:
            try:
                result = self._send_one(app_id, emit, report, total)
            except AuthRequired as exc:
                raise _Stop("needs_login", exc.message) from None
            except Misconfigured as exc:
                raise _Stop("misconfigured", exc.message) from None
            except (Unreachable, ServerBusy) as exc:
                self._failures += 1
                retry_after = exc.retry_after if isinstance(exc, ServerBusy) else None
                if self._failures > self.max_retries:
                    raise _Stop(
                        "unreachable",
                        exc.message,
                        backoff.delay(
                            self._failures,
                            retry_after,
                            base=self.base_delay,
                            cap=self.max_delay,
                            rng=self.rng,
                        ),
                    ) from None
                wait = backoff.delay(
                    self._failures - 1, retry_after, base=self.base_delay, cap=self.max_delay, rng=self.rng
                )
                done = report.sent + report.needs_correction
                emit(SyncProgress(done, total, app_id, "retrying", exc.message, wait_seconds=wait))
                if cancel.wait(wait):
                    raise _Stop("cancelled", translate("Sync", "Pengiriman dihentikan.")) from None
                continue
            self._failures = 0
            if result == "sent":
                report.sent += 1
            elif result == "needs_correction":
                report.needs_correction += 1
            if result in ("sent", "needs_correction"):
                emit(SyncProgress(report.sent + report.needs_correction, total, app_id, result))
            return

    def _send_one(
        self, app_id: str, emit: Callable[[SyncProgress], None], report: SyncReport, total: int
    ) -> str:
        app = self.store.get_application(app_id)
        row = outbox.entry(self.store, app_id)
        if app is None and row is not None and row.state == "sending":
            outbox.release(self.store, [app_id])  # quarantined (its data does not open): the rest carry on
        if app is None or row is None or row.state not in ("waiting", "sending"):
            return "skipped"
        if row.state == "waiting":  # a retry after a failure put it back
            outbox.mark_sending(self.store, app_id)
        emit(SyncProgress(report.sent + report.needs_correction, total, app_id, "sending"))
        try:
            _status, record = self.client.put_application(app_id, outbox.request_body(app, row))
            number = str(record.get("official_number") or "")
            attachments = outbox.pending_attachments(self.store, app_id)
            if attachments:  # keep the number even if an upload is cut short
                outbox.mark_accepted(self.store, app_id, number)
            for att in attachments:
                self._upload(app_id, att, emit, report, total)
        except (Rejected, NotFound) as exc:
            reasons = (
                exc.reasons
                if isinstance(exc, Rejected)
                else [{"field": "", "code": "not_found", "message": exc.message}]
            )
            outbox.mark_needs_correction(self.store, app_id, reasons)
            return "needs_correction"
        except _LocalProblem as exc:
            outbox.mark_needs_correction(
                self.store, app_id, [{"field": "", "code": "local", "message": str(exc)}]
            )
            return "needs_correction"
        except AuthRequired as exc:
            outbox.mark_waiting(self.store, app_id, exc.message, count_attempt=False)
            raise
        except BackendError as exc:
            outbox.mark_waiting(self.store, app_id, exc.message)
            raise
        except BaseException:
            # Anything unexpected (even Ctrl-C): leave a state the next pass retries safely.
            outbox.mark_waiting(self.store, app_id, "interrupted")
            raise
        status = str(record.get("status") or "") or None
        if attachments:
            outbox.mark_sent(self.store, app_id, number, status)
            return "sent"
        self._accepted.append((app_id, number, status))  # recorded by the next flush
        return "accepted"

    def _upload(
        self,
        app_id: str,
        att: outbox.PendingAttachment,
        emit: Callable[[SyncProgress], None],
        report: SyncReport,
        total: int,
    ) -> None:
        try:
            data = outbox.read_attachment(self.store, app_id, att)
        except (OSError, SecurityError):
            raise _LocalProblem(
                translate("Sync", "Berkas lampiran {name} tidak ada lagi. Pindai ulang.").format(
                    name=att.attachment_id
                )
            ) from None

        def on_piece(offset: int) -> None:
            self._failures = 0  # the link carried something: keep going
            emit(
                SyncProgress(
                    report.sent + report.needs_correction,
                    total,
                    app_id,
                    "uploading",
                    bytes_done=offset,
                    bytes_total=att.size,
                )
            )

        if len(data) != att.size or hashlib.sha256(data).hexdigest() != att.sha256:
            raise _LocalProblem(
                translate("Sync", "Berkas lampiran {name} berubah. Pindai ulang.").format(
                    name=att.attachment_id
                )
            )
        try:
            send_pieces(
                self.client,
                app_id,
                att.attachment_id,
                lambda offset, n: data[offset : offset + n],
                att.size,
                att.sha256,
                self.piece_size,
                on_piece,
            )
        except SourceChanged:
            raise _LocalProblem(
                translate("Sync", "Berkas lampiran {name} berubah. Pindai ulang.").format(
                    name=att.attachment_id
                )
            ) from None
        outbox.mark_attachment_uploaded(self.store, app_id, att.attachment_id)

    def _send_surveys(self, report: SyncReport, cancel: threading.Event) -> None:
        """Anonymous survey responses, after the applications; a failure leaves them for the next pass."""
        from mpp_assist.survey import storage

        storage.recover_interrupted(self.store)
        pending = list(storage.iter_waiting(self.store))
        for start in range(0, len(pending), BATCH):
            claimed = storage.claim(self.store, pending[start : start + BATCH])
            done: list[str] = []
            try:
                for rid in claimed:
                    if cancel.is_set():
                        raise _Stop("cancelled", translate("Sync", "Pengiriman dihentikan."))
                    body = storage.request_body(self.store, rid)
                    try:
                        if body is not None:
                            self.client.put_survey_response(rid, body)
                    except (Rejected, NotFound) as exc:  # the backend will never take it: keep it, say why
                        storage.mark_refused(self.store, rid, exc.message)
                        report.problems.append(exc.message)
                        done.append(rid)
                        continue
                    except AuthRequired as exc:
                        raise _Stop("needs_login", exc.message) from None
                    except BackendError as exc:  # unreachable, busy, or a backend without surveys
                        report.problems.append(exc.message)
                        return
                    done.append(rid)
                    report.surveys_sent += 1
            finally:
                sent = [r for r in done if storage.state(self.store, r) == "sending"]
                storage.mark_sent(self.store, sent)
                storage.mark_waiting(self.store, [r for r in claimed if r not in done])

    # -- what the back office did, and the catalogue ------------------------------------

    def _cursor_key(self) -> str:
        return f"changes_cursor {self.client.base_url}"

    def _pull_changes(self, report: SyncReport, emit: Callable[[SyncProgress], None]) -> None:
        emit(
            SyncProgress(
                report.sent + report.needs_correction, report.sent + report.needs_correction, None, "changes"
            )
        )
        cursor = outbox.get_state(self.store, self._cursor_key()) or "0"
        try:
            while True:
                page = self.client.changes(cursor)
                changes = page.get("changes", [])
                if isinstance(changes, list) and changes:
                    report.changes_applied += outbox.apply_changes(self.store, changes)
                cursor = str(page.get("cursor", cursor))
                outbox.set_state(self.store, self._cursor_key(), cursor)
                if not page.get("more"):
                    return
        except AuthRequired as exc:
            raise _Stop("needs_login", exc.message) from None
        except BackendError as exc:  # statuses can wait for the next pass; the outbox is what matters
            report.problems.append(exc.message)

    def _pull_catalogue(self, report: SyncReport, emit: Callable[[SyncProgress], None]) -> None:
        key = f"catalogue_etag {self.client.base_url}"
        etag = outbox.get_state(self.store, key)
        try:
            new_etag, body = self.client.catalogue(etag if catalogue_cache().exists() else None)
        except AuthRequired as exc:
            raise _Stop("needs_login", exc.message) from None
        except BackendError as exc:
            report.problems.append(exc.message)
            return
        if body is None:
            return
        problem = catalogue_problem(body)
        if problem:  # keep the catalogue we have; a hostile or broken one never reaches the forms
            report.problems.append(problem)
            return
        _write_bytes_atomically(catalogue_cache(), body)
        from mpp_assist.forms.catalogue import invalidate

        invalidate()  # the forms engine uses the new definitions from now on
        outbox.set_state(self.store, key, new_etag or hashlib.sha256(body).hexdigest())
        report.catalogue_updated = True
        emit(
            SyncProgress(
                report.sent + report.needs_correction,
                report.sent + report.needs_correction,
                None,
                "catalogue",
            )
        )

    def _pull_holidays(self, report: SyncReport) -> None:
        """Keep the backend's holiday calendar: checked whole, then only the years that differ are saved."""
        from mpp_assist.holidays import CalendarError, load_calendar, read_update, save_year

        key = f"holidays_etag {self.client.base_url}"
        try:
            new_etag, body = self.client.holidays(outbox.get_state(self.store, key))
        except AuthRequired as exc:
            raise _Stop("needs_login", exc.message) from None
        except NotFound:  # a backend that does not serve a calendar: the bundled one stays
            return
        except BackendError as exc:
            report.problems.append(exc.message)
            return
        if body is None:
            return
        try:
            years = read_update(body)
        except CalendarError as exc:  # keep the calendar we have
            report.problems.append(
                translate("Sync", "Kalender libur dari server ditolak: {why}").format(why=str(exc)[:300])
            )
            return
        current = load_calendar().years
        for raw, data in years:
            if current.get(data.year) != data:
                save_year(raw)
                report.holidays_updated.append(data.year)
        outbox.set_state(self.store, key, new_etag or hashlib.sha256(body).hexdigest())


def for_desk(
    store: Store, settings: object, backend: str | None = None, username: str | None = None
) -> SyncRunner:
    """A runner for this desk: backend and officer from the settings, token from the keyring.

    Raises Misconfigured when no backend is set, AuthRequired when the officer has no valid token.
    """
    from mpp_assist.sync import credentials

    get = settings.get  # type: ignore[attr-defined]
    url = backend or get("backend_url")
    if not url:
        raise Misconfigured(
            translate("Sync", "Alamat server belum diatur. Isi di Pengaturan atau pakai --backend.")
        )
    user = username or get("officer")
    token = credentials.saved_token(url, user)
    if token is None:
        raise AuthRequired(
            # No way of signing in here: the CLI adds its command, the window its button.
            translate("Sync", "Belum masuk ke server sebagai {user}.").format(
                user=user
            )
        )
    timeout = float(get("sync_timeout_seconds"))
    client = BackendClient(
        url, token, ca_bundle=get("sync_ca_bundle") or None, timeout=(min(10.0, timeout), timeout)
    )
    return SyncRunner(store, client)
