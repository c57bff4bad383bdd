"""The applicant's word at submit: refused without the read-back when they do not read, sealed, audited."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from mpp_assist.applications import submit
from mpp_assist.attestation import (
    ANSWER_KEY,
    ApplicantWord,
    Signature,
    Thumbprint,
    WordError,
    split,
    word_of,
)
from mpp_assist.forms import load_catalogue
from mpp_assist.i18n import language
from mpp_assist.security import audit
from mpp_assist.store import Store

from .test_signature import scribble


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


@pytest.fixture
def ktp():
    definition = load_catalogue().get("ktp-el")
    return definition, definition.example_answers()


def signature() -> Signature:
    return Signature.from_strokes(480, 160, scribble())


def count(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM applications").fetchone()[0]


def test_submit_refuses_an_applicant_who_does_not_read_without_the_read_back(store: Store, ktp) -> None:
    definition, answers = ktp
    word = ApplicantWord(reads_self=False, read_back_confirmed=False, mode="signature", signature=signature())
    with pytest.raises(WordError) as err:
        submit(store, definition, answers, officer="ana", desk="DESK-A", word=word)
    assert "Isi permohonan telah dibacakan dan dibenarkan oleh pemohon" in err.value.message
    with language("en"), pytest.raises(WordError) as err_en:
        submit(store, definition, answers, officer="ana", desk="DESK-A", word=word)
    assert "read" in err_en.value.message.lower() and "Bacakan" not in err_en.value.message
    assert count(store) == 0  # nothing stored


def test_a_signed_application_keeps_the_strokes_sealed_and_audits_only_the_mode(store: Store, ktp) -> None:
    definition, answers = ktp
    sig = signature()
    word = ApplicantWord(reads_self=False, read_back_confirmed=True, mode="signature", signature=sig)
    app = submit(store, definition, answers, officer="ana", desk="DESK-A", word=word)

    stored = word_of(app.answers)
    assert stored is not None and stored.mode == "signature" and stored.read_back_confirmed
    assert stored.officer == "ana" and stored.at  # stamped at submit
    assert stored.signature is not None and stored.signature.point_count == sig.point_count
    assert split(app.answers)[0] == definition.normalise(answers)  # the answers themselves unchanged

    encoded = app.answers[ANSWER_KEY]["signature"]
    raw = store.path.read_bytes() + (store.path.with_name(store.path.name + "-wal").read_bytes()
                                     if store.path.with_name(store.path.name + "-wal").exists() else b"")
    assert encoded[:40].encode() not in raw  # sealed with the answers, not in the file as is

    [entry] = [e for e in audit.entries(store, app.id) if e.action == "applicant_word"]
    assert entry.officer == "ana" and entry.at
    assert "mode=signature" in entry.detail and "read_back=confirmed" in entry.detail
    assert "s1:" not in entry.detail and encoded[3:30] not in entry.detail  # never the strokes


def test_a_thumbprint_needs_the_three_facts_and_the_officer_name(store: Store, ktp) -> None:
    definition, answers = ktp
    good = Thumbprint("ktp_el", read_back=True, in_presence=True, officer_name="Budi Hartono")
    for bad, message in (
        (Thumbprint("", True, True, "Budi Hartono"), "dikenali"),
        (Thumbprint("known", False, True, "Budi Hartono"), "dibacakan"),
        (Thumbprint("known", True, False, "Budi Hartono"), "hadapan"),
        (Thumbprint("known", True, True, " "), "nama lengkap petugas"),
    ):
        word = ApplicantWord(False, True, "thumbprint", thumbprint=bad)
        with pytest.raises(WordError, match=message):
            submit(store, definition, answers, officer="ana", desk="DESK-A", word=word)
    assert count(store) == 0

    app = submit(store, definition, answers, officer="ana", desk="DESK-A",
                 word=ApplicantWord(False, True, "thumbprint", thumbprint=good))
    stored = word_of(app.answers)
    assert stored is not None and stored.thumbprint == good
    text = stored.thumbprint.text("Siti Nurhaliza")
    assert "Budi Hartono" in text and "Siti Nurhaliza" in text and "KTP-el" in text and "1874" in text
    [entry] = [e for e in audit.entries(store, app.id) if e.action == "applicant_word"]
    assert "mode=thumbprint" in entry.detail and "identified_by=ktp_el" in entry.detail


def test_an_applicant_who_reads_needs_no_read_back_and_may_sign_on_paper(store: Store, ktp) -> None:
    definition, answers = ktp
    app = submit(store, definition, answers, officer="ana", desk="DESK-A", word=ApplicantWord(reads_self=True))
    stored = word_of(app.answers)
    assert stored is not None and stored.mode == "" and not stored.read_back_confirmed


def test_a_word_smuggled_into_the_answers_is_ignored(store: Store, ktp) -> None:
    definition, answers = ktp
    forged = {"reads_self": True, "mode": "signature", "signature": signature().encode()}
    app = submit(store, definition, {**answers, ANSWER_KEY: forged}, officer="ana", desk="DESK-A")
    assert ANSWER_KEY not in app.answers  # a word comes only through submit(word=…), checked


def test_a_damaged_record_reads_as_no_word() -> None:
    assert word_of({ANSWER_KEY: {"reads_self": True, "signature": "s1:rusak"}}) is None
    assert word_of({ANSWER_KEY: "nonsense"}) is None
    round_trip = ApplicantWord(True, False, "signature", signature(), None, "ana", "2026-01-01T00:00:00+00:00")
    assert ApplicantWord.from_json(json.loads(json.dumps(round_trip.to_json()))).mode == "signature"


def test_a_correction_needs_a_new_word_for_the_new_answers(store: Store, ktp) -> None:
    from mpp_assist.applications import correct
    from mpp_assist.sync import outbox

    definition, answers = ktp
    app = submit(store, definition, answers, officer="ana", desk="DESK-A",
                 word=ApplicantWord(False, True, "signature", signature()))
    outbox.mark_needs_correction(store, app.id, [{"field": "nama_lengkap", "code": "x", "message": "ejaan"}])
    fixed = {**app.answers, "nama_lengkap": "Siti Nurhalizah"}  # as the correction flow hands them back

    corrected = correct(store, definition, app.id, fixed)
    assert word_of(corrected.answers) is None  # the old word vouched for the old answers

    with pytest.raises(WordError):
        correct(store, definition, app.id, fixed, word=ApplicantWord(False, False))
    again = correct(store, definition, app.id, fixed, word=ApplicantWord(False, True, "signature", signature()))
    assert word_of(again.answers) is not None and again.answers["nama_lengkap"] == "Siti Nurhalizah"
    assert len([e for e in audit.entries(store, app.id) if e.action == "applicant_word"]) == 2
