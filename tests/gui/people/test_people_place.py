"""*Pemohon* on a real store with a few thousand applications: found by NIK, a misspelt name or a receipt,
their page (applications, family from the KK), a new service prefilled, and the duplicate warning.

Driven with keys where an officer would use them (Alt+3, typing, Enter, Escape).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from mpp_assist.forms import load_catalogue
from mpp_assist.security import audit
from mpp_assist.security.session import Session
from mpp_assist.store import Application, Store
from mpp_assist.sync import outbox
from mpp_assist.ui.desk.form_flow import CHECK
from mpp_assist.ui.people import people_page
from mpp_assist.ui.people.people_page import PAGE_SIZE, PeoplePage

from ..keyboard_driver import key

pytestmark = pytest.mark.gui

N = 2000
NAMES = ("Siti Aminah", "Budi Santoso", "Dewi Lestari", "Agus Wibowo", "Rina Marlina")
BUDI_NIK = "3578010504850003"  # the head of the family in the kartu-keluarga example
CATALOGUE = load_catalogue()


def budi_ktp() -> dict[str, Any]:
    """The KTP-el example, as Budi's own (his NIK's birth date, sex and district)."""
    answers = dict(CATALOGUE.get("ktp-el").example_answers())
    answers.update(nik=BUDI_NIK, no_kk="3578011203150004", nama_lengkap="Budi Santoso", tempat_lahir="Surabaya",
                   tanggal_lahir="1985-04-05", jenis_kelamin="L", desa="35.78.01.1002", kode_pos="60222",
                   telepon="081334567890")
    answers.pop("email", None)
    return answers


def fill(store: Store) -> dict[str, Application]:
    """A few thousand others (each their own NIK), then Budi (KTP-el, then his KK) and Mohammad Ridwan."""
    for i in range(N):
        store.create_application(
            service_id="skck" if i % 10 == 0 else "ktp-el", form_version="1", officer="demo", desk="DEMO-01",
            answers={"nik": f"3273015708{900000 + i:06d}", "nama_lengkap": NAMES[i % len(NAMES)]},
        )
    made = {}
    for name, service, answers in (
        ("ktp", "ktp-el", budi_ktp()),
        ("kk", "kartu-keluarga", dict(CATALOGUE.get("kartu-keluarga").example_answers())),
        ("ridwan", "paspor", {"nik": "3273015708990001", "nama_lengkap": "Mohammad Ridwan"}),
    ):
        made[name] = store.create_application(service_id=service, form_version=CATALOGUE.get(service).version,
                                              officer="demo", desk="DEMO-01", answers=answers)
    return made


def count(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM applications").fetchone()[0])


@pytest.fixture
def people(open_desk: Any) -> tuple[Any, Any, dict[str, Application]]:
    ctx, window = open_desk(size=(1366, 768))
    made = fill(ctx.store)
    return ctx, window, made


def go_to_people(qtbot: Any, window: Any) -> PeoplePage:
    key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Layanan, Permohonan, Pemohon
    page = window.stack.currentWidget()
    assert isinstance(page, PeoplePage) and window.rail.current() == "people"
    assert QApplication.focusWidget() is page.results.search
    return page


def search(qtbot: Any, page: PeoplePage, text: str) -> None:
    results = page.results
    results.search.selectAll()
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.keyClicks(results.search, text)
    qtbot.waitUntil(lambda: results.searched == text)  # the debounced search ran on its own


def test_find_by_nik_open_the_person_and_go_back(qtbot: Any, people: Any) -> None:
    ctx, window, made = people
    page = go_to_people(qtbot, window)
    assert "Alt+3" in window.rail.buttons["people"].toolTip()
    search(qtbot, page, "3578 0105 0485 0003")
    results = page.results
    assert [p.name for p in results.people] == ["Budi Santoso"] and "1 pemohon cocok" in results.status.text()
    assert results.table.item(0, 1).text() == "3578 **** **** 0003"
    assert results.table.item(0, 4).text() == "2"  # his KTP-el and his KK
    key(qtbot, Qt.Key.Key_Down)  # from the box to the results
    assert QApplication.focusWidget() is results.table and results.table.currentRow() == 0
    key(qtbot, Qt.Key.Key_Return)
    person = page.person
    assert page.currentWidget() is person and person.heading.text() == "Budi Santoso"
    assert QApplication.focusWidget() is person.new_button
    rows = [[person.apps_table.item(r, c).text() for c in range(6)] for r in range(person.apps_table.rowCount())]
    assert "Kartu Keluarga" in rows[0][0] and "KTP-el" in rows[1][0]  # newest first
    assert rows[1][1] == "Menunggu dikirim" and rows[1][2] == made["ktp"].receipt_number
    assert "Tidak perlu tindakan" in rows[1][5]
    assert "Batas waktu layanan: " in rows[1][5] and "(masih dalam waktu)" in rows[1][5]  # its promised time
    family = [[person.family_table.item(r, c).text() for c in range(4)] for r in range(person.family_table.rowCount())]
    assert [(m[0], m[2]) for m in family] == [("Budi Santoso", "Kepala keluarga"), ("Dewi Lestari", "Istri"),
                                              ("Ayu Santoso", "Anak")]
    assert family[1][1] == "3578 **** **** 0002" and family[2][3] == "20 Maret 2025"
    assert made["kk"].receipt_number in person.family_note.text()
    for app in (made["ktp"], made["kk"]):  # opening the person is a recorded view of what it shows
        assert [e.action for e in audit.entries(ctx.store, app.id)].count("view") == 1
    key(qtbot, Qt.Key.Key_Escape)
    assert page.currentWidget() is page.results and results.search.text() == "3578 0105 0485 0003"
    assert QApplication.focusWidget() is results.table and results.table.currentRow() == 0
    assert person.heading.text() == "" and person.apps_table.rowCount() == 0  # nothing of him left behind


def test_misspelt_name_receipt_no_match_and_more(qtbot: Any, people: Any) -> None:
    _ctx, window, made = people
    page = go_to_people(qtbot, window)
    results = page.results
    search(qtbot, page, "muhamad  ridwan")
    assert [p.name for p in results.people] == ["Mohammad Ridwan"]
    search(qtbot, page, made["ktp"].receipt_number.lower())
    assert [p.name for p in results.people] == ["Budi Santoso"]
    search(qtbot, page, "Zulkarnaen Sitompul")
    assert not results.people and not results.table.isVisible()
    assert results.status.text() == "Tidak ada pemohon yang cocok dengan “Zulkarnaen Sitompul”."
    search(qtbot, page, "Siti Aminah")  # one in five of the others: more than a page of people
    assert len(results.people) == PAGE_SIZE and results.total == N // 5
    assert f"{PAGE_SIZE} dari {N // 5} pemohon" in results.status.text() and results.more_button.isVisible()
    qtbot.mouseClick(results.more_button, Qt.MouseButton.LeftButton)
    assert len(results.people) == 2 * PAGE_SIZE and results.table.currentRow() == PAGE_SIZE
    assert len({p.key for p in results.people}) == 2 * PAGE_SIZE  # the next ones, not the same again


def open_budi(qtbot: Any, window: Any) -> PeoplePage:
    page = go_to_people(qtbot, window)
    search(qtbot, page, BUDI_NIK)
    key(qtbot, Qt.Key.Key_Return)  # Enter in the box: to the results…
    key(qtbot, Qt.Key.Key_Return)  # …and on his row: his page
    assert page.currentWidget() is page.person
    return page


def choose(qtbot: Any, page: PeoplePage, typed: str) -> None:
    key(qtbot, Qt.Key.Key_Space)  # "Layanan baru untuk pemohon ini" has the focus
    chooser = page.person.chooser
    assert chooser is not None
    qtbot.waitUntil(chooser.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chooser.filter)
    qtbot.keyClicks(chooser.filter, typed)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.window().flow is not None)
    # The chooser has closed: the desk window is active again and its form takes the keys.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_new_service_for_the_person_is_prefilled(qtbot: Any, people: Any) -> None:
    _ctx, window, _made = people
    window.applicant_profile.update(email="orang.lain@contoh.co.id")  # the one served before
    page = open_budi(qtbot, window)
    choose(qtbot, page, "paspor")
    session = window.flow.session
    assert window.flow.definition.id == "paspor"
    assert "orang.lain@contoh.co.id" not in window.applicant_profile.values()  # another's facts are gone
    assert window.applicant_profile["nik"] == BUDI_NIK and window.applicant_profile["tanggal_lahir"] == "1985-04-05"
    assert window.applicant_profile["telepon"] == "081334567890"
    prefilled = {k: v for k, v in session.answers().items() if session.prefilled(k)}
    assert prefilled and BUDI_NIK in prefilled.values()
    # Alt+3 from the form (its draft is kept) returns to his page, where the officer left it;
    # a form that lists the family gets it from his KK.
    key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is page and page.currentWidget() is page.person
    assert QApplication.focusWidget() is page.person.new_button
    choose(qtbot, page, "kartu keluarga")
    members = window.flow.session.answers()["anggota_keluarga"]
    assert [m["nama_lengkap"] for m in members] == ["Budi Santoso", "Dewi Lestari", "Ayu Santoso"]


def test_new_service_reaches_the_forms_fields(qtbot: Any, people: Any) -> None:
    _ctx, window, _made = people
    page = open_budi(qtbot, window)
    choose(qtbot, page, "ktp")
    session = window.flow.session
    assert window.flow.definition.id == "ktp-el"
    for field_id, value in (("nik", BUDI_NIK), ("nama_lengkap", "Budi Santoso"), ("tanggal_lahir", "1985-04-05"),
                            ("telepon", "081334567890"),
                            # the newest application's address (his KK, after the KTP-el) wins
                            ("alamat", CATALOGUE.get("kartu-keluarga").example_answers()["alamat"])):
        assert session.answers()[field_id] == value and session.prefilled(field_id), field_id
    # Filed (he already has an open KTP-el here: the officer goes on), then back to his page: it shows the new one.
    for field_id, value in budi_ktp().items():
        if not session.prefilled(field_id):
            window.flow.set_answer(field_id, value)
    window.flow.go(CHECK)
    QApplication.processEvents()
    window.flow.page.go_on()
    box = window.flow.page.duplicate_dialog
    assert box is not None
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Lanjutkan"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.receipt is not None)
    new = window.receipt.application
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.currentWidget() is page.person and page.person.apps_table.rowCount() == 3
    assert page.person.apps_table.item(0, 2).text() == new.receipt_number
    assert page.results.table.item(0, 4).text() == "3"


def answer_ktp_for_budi(window: Any) -> None:
    window.start_service("ktp-el")
    flow = window.flow
    for field_id, value in budi_ktp().items():
        flow.set_answer(field_id, value)
    flow.go(CHECK)
    QApplication.processEvents()


def test_duplicate_warning_cancel_keeps_everything_continue_submits(qtbot: Any, people: Any) -> None:
    ctx, window, made = people
    before = count(ctx.store)
    answer_ktp_for_budi(window)
    check = window.flow.page
    answers = dict(window.flow.answers)
    check.continue_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)  # "Kirim permohonan"
    box = check.duplicate_dialog
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "Sudah ada permohonan KTP Elektronik (KTP-el) yang belum selesai untuk NIK ini" in box.text()
    assert made["ktp"].receipt_number in box.text() and "lanjutkan?" in box.text()
    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"Lanjutkan", "Batal", "Lihat permohonan itu"}
    assert box.defaultButton() is buttons["Batal"]
    qtbot.mouseClick(buttons["Batal"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: check.duplicate_dialog is None)
    assert window.flow is not None and window.flow.page is check and window.flow.answers == answers
    assert count(ctx.store) == before and check.continue_button.isEnabled()
    qtbot.mouseClick(check.continue_button, Qt.MouseButton.LeftButton)
    box = check.duplicate_dialog
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    go = next(b for b in box.buttons() if b.text() == "Lanjutkan")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.receipt is not None)
    assert count(ctx.store) == before + 1


def test_the_duplicate_warning_leads_to_the_open_application_and_keeps_this_one(qtbot: Any, people: Any) -> None:
    ctx, window, made = people
    before = count(ctx.store)
    answer_ktp_for_budi(window)
    draft_id = window.flow.state().draft_id
    check = window.flow.page
    qtbot.mouseClick(check.continue_button, Qt.MouseButton.LeftButton)
    box = check.duplicate_dialog
    qtbot.waitUntil(box.isVisible)
    look = next(b for b in box.buttons() if b.text() == "Lihat permohonan itu")
    qtbot.mouseClick(look, Qt.MouseButton.LeftButton)
    page = window.place_pages["applications"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    assert page.model.rowCount() == 1 and page.selected_id() == made["ktp"].id  # that one, selected
    assert count(ctx.store) == before  # nothing filed
    draft = ctx.store.latest_draft(str(ctx.settings.get("officer")))
    assert draft is not None and draft.id == draft_id  # and nothing typed lost: the draft waits


def test_no_warning_for_another_nik(qtbot: Any, people: Any) -> None:
    ctx, window, _made = people
    before = count(ctx.store)
    window.start_service("paspor")
    assert window.flow is not None
    answer_ktp_for_budi(window)  # KTP-el for Budi is open; a different NIK is not
    window.flow.set_answer("nik", "3578010504850011")
    assert window.flow.duplicate() is None
    window.flow.set_answer("nik", BUDI_NIK)
    assert window.flow.duplicate() is not None
    assert count(ctx.store) == before


def test_in_english(qtbot: Any, open_desk: Any) -> None:
    _ctx, window = open_desk("en")
    assert window.rail.buttons["people"].accessibleName() == "Applicants"
    window.show_place("people")
    page = window.stack.currentWidget()
    assert isinstance(page, PeoplePage)
    assert page.results.heading.text() == "Applicants" and page.results.search.accessibleName() == "Find an applicant"
    search(qtbot, page, "Zulkarnaen")
    assert page.results.status.text() == "No applicant matches “Zulkarnaen”."


def test_an_officer_finds_the_desk_by_identifier_and_only_their_own_by_name(
    qtbot: Any, people: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window, _made = people
    ctx.store.create_application(service_id="ktp-el", form_version="1", officer="ana", desk="DEMO-01",
                                 answers={"nik": "3273015708990099", "nama_lengkap": "Budi Santoso"})
    ana = Session("ana", "officer", Path("."), b"k" * 32)
    monkeypatch.setattr(people_page.security_session, "current", lambda: ana)
    page = go_to_people(qtbot, window)
    search(qtbot, page, BUDI_NIK)  # the citizen's own number: whoever is at the desk serves them
    assert [p.name for p in page.results.people] == ["Budi Santoso"]
    search(qtbot, page, "budi santoso")  # a name: only the people this officer served
    assert [p.masked_nik for p in page.results.people] == ["3273 **** **** 0099"]


def test_pemohon_baru_forgets_the_person_and_the_search(qtbot: Any, people: Any) -> None:
    _ctx, window, _made = people
    page = open_budi(qtbot, window)
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # "Pemohon baru"
    assert "people" not in window.place_pages and window.stack.currentWidget() is window.services
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    again = go_to_people(qtbot, window)
    assert again is not page and again.results.search.text() == "" and not again.results.people


def test_every_control_of_the_place_is_named(qtbot: Any, open_desk: Any) -> None:
    from ..inclusion.test_accessibility import accessible_name, keyboard_focusable

    ctx, window = open_desk()
    kk = CATALOGUE.get("kartu-keluarga").example_answers()
    for service, answers in (("ktp-el", budi_ktp()), ("kartu-keluarga", kk)):
        ctx.store.create_application(service_id=service, form_version=CATALOGUE.get(service).version,
                                     officer="demo", desk="DEMO-01", answers=answers)
    page = go_to_people(qtbot, window)
    search(qtbot, page, "budi")
    unnamed = [f"results: {type(w).__name__}" for w in keyboard_focusable(window) if not accessible_name(w)]
    page.results.open_row(0)
    unnamed += [f"person: {type(w).__name__} {w.objectName()}" for w in keyboard_focusable(window)
                if not accessible_name(w)]
    page.person.choose_service()
    chooser = page.person.chooser
    assert chooser is not None
    qtbot.waitUntil(chooser.isVisible)
    unnamed += [f"chooser: {type(w).__name__}" for w in keyboard_focusable(chooser) if not accessible_name(w)]
    chooser.reject()
    assert not unnamed, "\n".join(unnamed)


def test_reprint_and_correct_from_the_persons_page(qtbot: Any, people: Any) -> None:
    ctx, window, made = people
    outbox.mark_needs_correction(ctx.store, made["ktp"].id, [{"field": "nik", "message": "NIK tidak dikenal"}])
    page = open_budi(qtbot, window)
    person = page.person
    assert person.apps_table.currentRow() == 0  # the newest, his KK: printable, not refused
    assert person.reprint_button.isEnabled() and not person.correct_button.isEnabled()
    assert person.apps_table.item(1, 1).text() == "Perlu perbaikan"
    assert "Perbaiki" in person.apps_table.item(1, 5).text()
    qtbot.mouseClick(person.reprint_button, Qt.MouseButton.LeftButton)
    dialog = window.desk_sync.reprint_dialog
    assert dialog is not None and dialog.receipt.application.id == made["kk"].id
    dialog.reject()
    person.apps_table.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # to his refused KTP-el
    assert person.correct_button.isEnabled()
    qtbot.mouseClick(person.correct_button, Qt.MouseButton.LeftButton)
    assert window.flow is not None and window.flow.state().correcting == made["ktp"].id
