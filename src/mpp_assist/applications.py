"""Submitting an application: check the answers, store them durably, queue them for sync.

The one way both the GUI and the CLI turn answers into an application, so the
desk and ``mpp-assist apply`` can never disagree about what is valid.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from mpp_assist import bounded
from mpp_assist.attestation import ApplicantWord, split, with_word
from mpp_assist.forms import ERROR, FormDefinition, Problem, validate
from mpp_assist.forms import attachments as attachment_answers
from mpp_assist.i18n import current_language, translate
from mpp_assist.search.people import Visit, open_duplicates
from mpp_assist.search.terms import applicant_nik
from mpp_assist.security import files
from mpp_assist.store import Application, Store, StoreError


@dataclass(frozen=True)
class DuplicateWarning:
    """The same applicant NIK already has an open application for this service on this desk.

    Not a refusal: the caller shows ``message`` and lets the officer decide (``existing``:
    the open ones, newest first, to link to).
    """

    existing: list[Visit]
    service_name: str

    def message(self) -> str:
        return translate(
            "Applications",
            "Sudah ada permohonan {service} yang belum selesai untuk NIK ini (tanda terima {receipt})"
            " — lanjutkan?",
        ).format(service=self.service_name, receipt=self.existing[0].receipt_number)


def duplicate_warning(
    store: Store, definition: FormDefinition, answers: dict[str, Any], *, desk: str
) -> DuplicateWarning | None:
    """Before :func:`submit`: the warning to show when this NIK already has an open one, else None."""
    nik = applicant_nik(answers)
    if nik is None:
        return None
    existing = open_duplicates(store, nik, definition.id, desk)
    if not existing:
        return None
    return DuplicateWarning(existing, definition.name.get(current_language()) or definition.id)


class InvalidAnswers(Exception):
    """The answers have errors; nothing was stored. ``problems`` says what and where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def submit(
    store: Store,
    definition: FormDefinition,
    answers: dict[str, Any],
    *,
    officer: str,
    desk: str,
    requirements: dict[str, str] | None = None,
    draft_id: str | None = None,
    today: date | None = None,
    attachments_from: Path | None = None,
    word: ApplicantWord | None = None,
) -> Application:
    """Store ``answers`` as a new application queued for sync, or raise InvalidAnswers.

    ``word`` is the applicant's word (``attestation.ApplicantWord``): checked first, so an
    applicant who does not read for themselves cannot be submitted without the officer's
    read-back confirmation (``WordError`` with a plain message; nothing is stored). It is
    sealed with the answers under ``attestation.ANSWER_KEY``, sent with them, and its mode
    (never the strokes) goes into the audit trail as ``applicant_word``.

    Warnings (an unknown NIK region code, a postcode that differs from the village's)
    are the officer's call and do not block; errors do.

    An attachment answer that is a file path (relative ones from ``attachments_from``)
    is read and checked, sealed under the data home and queued for upload; the stored
    answer becomes its record (``forms.attachments``). Files are sealed *before* the
    one transaction that stores the application, and removed again if it fails, so a
    stored application never names a missing file.
    """
    answers, _ = split(answers)  # a word arrives only as ``word``, checked
    if word is not None:
        word.check()
        word = word.stamped(officer)
    problems = validate(definition, answers, today=today)
    errors = [p for p in problems if p.severity == ERROR]
    if errors:
        raise InvalidAnswers(errors)
    normalised = definition.normalise(answers)
    scans = _read_scans(definition, normalised, attachments_from)
    if word is not None:
        normalised = with_word(normalised, word)
    app_id = str(uuid.uuid4())
    sealed: list[Path] = []
    try:
        queued = _seal(store, app_id, scans, sealed)
        app = store.create_application(
            service_id=definition.id,
            form_version=definition.version,
            answers=normalised,
            officer=officer,
            desk=desk,
            requirements=requirements,
            draft_id=draft_id,
            app_id=app_id,
            attachments=queued,
        )
    except BaseException:
        _remove(sealed)
        raise
    if word is not None:
        store.audit(officer, WORD_ACTION, app.id, word.audit_detail())
    return app


WORD_ACTION = "applicant_word"


def correct(
    store: Store,
    definition: FormDefinition,
    app_id: str,
    answers: dict[str, Any],
    *,
    today: date | None = None,
    attachments_from: Path | None = None,
    approved_by: str | None = None,
    word: ApplicantWord | None = None,
) -> Application:
    """Store corrected ``answers`` for application ``app_id`` and queue it again, or raise InvalidAnswers.

    A correction by an officer-role session needs ``approved_by``, a supervisor or admin whose
    password/PIN the caller checked (``security.approval.verify_approver``); without it this raises
    ``ApprovalRequired`` and nothing changes. A supervisor or admin approves their own. The
    approver is recorded in the audit trail ("edit") in the same transaction.

    Checked exactly as :func:`submit` checks a new application; a newly chosen scan (a
    path) is sealed and queued like one, while a stored scan's record is kept as is. The
    answers, the form version and the new scans are written in one transaction
    (``outbox.resubmit``), which also sends the new version as a correction when the
    backend already holds an earlier one. Nothing changes when the answers have errors.

    The applicant's word given at submit vouched for the old answers, so it is not carried
    over: pass the new read-back/signature as ``word`` (checked as at submit).
    """
    from mpp_assist.security import session
    from mpp_assist.security.approval import approver_for
    from mpp_assist.sync import outbox

    if store.get_application(app_id) is None:
        raise KeyError(app_id)
    signed_in = session.require()
    approver = approver_for(signed_in, approved_by)
    answers, _ = split(answers)
    if word is not None:
        word.check()
        word = word.stamped(signed_in.officer)
    problems = validate(definition, answers, today=today)
    errors = [p for p in problems if p.severity == ERROR]
    if errors:
        raise InvalidAnswers(errors)
    normalised = definition.normalise(answers)
    scans = _read_scans(definition, normalised, attachments_from)
    if word is not None:
        normalised = with_word(normalised, word)
    sealed: list[Path] = []
    try:
        queued = _seal(store, app_id, scans, sealed)
        outbox.resubmit(store, app_id, normalised, form_version=definition.version, attachments=queued,
                        audit=(signed_in.officer, f"correction approved by {approver}"))
    except BaseException:
        _remove(sealed)
        raise
    if word is not None:
        store.audit(signed_in.officer, WORD_ACTION, app_id, word.audit_detail())
    application = store.get_application(app_id)
    assert application is not None  # it was there a moment ago and nothing deletes applications
    return application


def _seal(
    store: Store, app_id: str, scans: list[_Scan], sealed: list[Path]
) -> list[tuple[str, Path, str, int]]:
    """Seal each scan under the data home (paths appended to ``sealed`` for undo); their queue rows."""
    queued = []
    for scan in scans:
        try:
            path = files.save(store.keys, app_id, scan.name, scan.data)
        except OSError as exc:
            raise StoreError(
                translate("Applications", "Lampiran {name} tidak bisa disimpan: {error}").format(
                    name=scan.name, error=exc.strerror or exc
                )
            ) from exc
        sealed.append(path)
        queued.append((scan.attachment_id, path, scan.sha256, len(scan.data)))
    return queued


@dataclass(frozen=True)
class _Scan:
    attachment_id: str
    name: str
    sha256: str
    data: bytes


def _read_scans(definition: FormDefinition, answers: dict[str, Any], base: Path | None) -> list[_Scan]:
    """Read every attachment given as a path and put its record in ``answers`` (in place).

    Raises InvalidAnswers naming each field whose file is unreadable, too large or of a
    kind the field does not accept; nothing has been written then.
    """
    scans: list[_Scan] = []
    problems: list[Problem] = []
    for path, f, holder, key in list(attachment_answers.iter_answers(definition, answers)):
        value = holder[key]
        if not isinstance(value, str):
            continue  # already a record (a corrected application keeps its stored scans)
        source = Path(value).expanduser()
        if not source.is_absolute() and base is not None:
            source = base / source
        label = {"label": f.label}
        try:
            # bounded: /dev/zero or a FIFO named as a scan is refused, never read whole or waited on
            data = bounded.read_bytes(source, files.MAX_ATTACHMENT_BYTES)
        except bounded.TooLarge:
            size = source.stat().st_size
            problems.append(
                Problem(path, ERROR, "attachment_too_large", {
                    **label, "size": round(size / 1048576, 1), "max": files.MAX_ATTACHMENT_BYTES // 1048576
                })
            )
            continue
        except OSError:
            problems.append(Problem(path, ERROR, "attachment_invalid", label))
            continue
        if f.accept and attachment_answers.kind(data) not in f.accept:
            problems.append(
                Problem(path, ERROR, "attachment_wrong_kind", {**label, "kinds": attachment_answers.kind_name(f)})
            )
            continue
        scan = _Scan(
            attachment_answers.attachment_id(path),
            files.safe_name(source.name),
            hashlib.sha256(data).hexdigest(),
            data,
        )
        scans.append(scan)
        holder[key] = {"id": scan.attachment_id, "name": scan.name, "sha256": scan.sha256, "size": len(data)}
    if problems:
        raise InvalidAnswers(problems)
    return scans


def _remove(paths: list[Path]) -> None:
    """Undo sealing after a failed store: the files and their (then empty) folder."""
    for path in paths:
        path.unlink(missing_ok=True)
    for folder in {p.parent for p in paths}:
        try:
            folder.rmdir()
        except OSError:
            pass  # not empty: not ours alone
