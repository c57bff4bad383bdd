"""The applicant's status page (``/lacak``) over real HTTP against the real server process.

Applications arrive through the sync protocol (``PUT /api/v1/applications``) with
distinctive personal data, then the back office walks each through its statuses.
The page must say where each stands, in Indonesian and English, and show none of
that personal data beyond the masked name.
"""

from __future__ import annotations

import html
import json
import re
import time
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests

from backend_support import ServerProcess, seed_officers
from mpp_assist.forms import load_catalogue
from mpp_assist.masking import mask_name
from mpp_assist.receipts.workdays import load_calendar
from mpp_assist.server import admin
from mpp_assist.server.db import STATUSES, open_engine, session_factory
from mpp_assist.server.queue import assign_desk
from mpp_assist.server.rate_limit import TokenBucket, client_key
from mpp_assist.server.status_page import (
    BURST,
    REFILL_PER_SECOND,
    STATUS_LABELS,
    STATUS_MEANINGS,
    STATUS_NEXT,
)
from mpp_assist.tracking import code_for, new_code

MPP_NAME = "MPP Kota Sukamaju"
OTHER_MPP_NAME = "MPP Kota Barat"
DESK_MPP_NAME = "MPP Nama Di Loket"  # a desk setting: never on the server's pages
LATE_EVENING = "2026-03-17T23:30:00+07:00"  # Tuesday in WIB, Wednesday 00.30 in WITA
PERSON = {
    "nama_lengkap": "Sulastri Wirabhumi",
    "nik": "3273015903910007",
    "tanggal_lahir": "1991-03-19",
    "jenis_kelamin": "P",
    "tempat_lahir": "Purwokerto",
    "no_kk": "3273012004110013",
    "alamat": "Jl. Cempaka Wangi Gang Mawar No. 88",
    "telepon": "0813-9876-5432",
    "email": "sulastri.wirabhumi@contoh.co.id",
    "pekerjaan": "Penjahit Kebaya",
}
MASKED = "S***i W***i"
CREATED = "2026-03-17T09:30:00+07:00"  # Tuesday; 18-24 March 2026 are holidays and cuti bersama
REASON = "Pas foto latar belakang harus merah; bawa pas foto 3x4 yang baru."
PATHS = {  # how the back office moves a case to each status
    "received": [],
    "verified": ["verified"],
    "in_process": ["verified", "in_process"],
    "ready_for_pickup": ["verified", "in_process", "ready_for_pickup"],
    "completed": ["verified", "in_process", "ready_for_pickup", "completed"],
    "rejected": ["verified", "rejected"],
}
LABELS = {
    "id": {"received": "Diterima", "verified": "Berkas sudah diperiksa", "in_process": "Sedang diproses",
           "ready_for_pickup": "Siap diambil", "completed": "Selesai", "rejected": "Ditolak"},
    "en": {"received": "Received", "verified": "Documents checked", "in_process": "Being processed",
           "ready_for_pickup": "Ready for pickup", "completed": "Completed", "rejected": "Rejected"},
}
NEXT = {
    "id": {"ready_for_pickup": "Dokumen siap diambil di loket DESK-A, bawa bukti pendaftaran ini",
           "rejected": "Datang ke loket DESK-A dengan bukti pendaftaran ini",
           "received": "Simpan bukti pendaftaran ini.",
           "completed": "Tidak ada lagi yang perlu Anda lakukan."},
    "en": {"ready_for_pickup": "Collect the document at desk DESK-A; bring this proof of registration",
           "rejected": "Come to desk DESK-A with this proof of registration",
           "received": "Keep this proof of registration.",
           "completed": "There is nothing more you need to do."},
}
_addresses = iter(range(1, 250))
Served = tuple[ServerProcess, dict[str, str]]  # the server and a tracking code per status


def new_address() -> str:
    """A client address of its own (sent as X-Forwarded-For), so tests do not share a rate-limit bucket."""
    return f"198.51.100.{next(_addresses)}"


class Browser:
    """A phone on one address: requests with ``X-Forwarded-For`` set, as a trusted local proxy sends it."""

    def __init__(self, server: ServerProcess, address: str | None = None) -> None:
        self.base = server.url
        self.session = requests.Session()
        self.session.headers["X-Forwarded-For"] = address or new_address()

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.session.get(self.base + path, timeout=30, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.session.post(self.base + path, timeout=30, **kw)


def put_application(
    server: ServerProcess, token: str, created_at: str = CREATED, **answers: Any
) -> dict[str, Any]:
    definition = load_catalogue().get("ktp-el")
    app_id = str(uuid.uuid4())
    body = {
        "service_id": "ktp-el",
        "form_version": definition.version,
        "answers": {**definition.example_answers(), **PERSON, **answers},
        "tracking_code": code_for(app_id),
        "receipt_number": "DESK-A-20260317-0001",
        "created_at": created_at,
    }
    resp = requests.put(f"{server.url}/api/v1/applications/{app_id}", json=body, timeout=30,
                        headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 201, resp.text
    return resp.json()


def walk(db_url: str, number: str, steps: list[str]) -> None:
    """The back office moves the case on, one status at a time (what ``server set-status`` does)."""
    engine = open_engine(db_url)
    try:
        with session_factory(engine)() as session:
            for step in steps:
                admin.set_status(session, number, step, REASON if step == "rejected" else None)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def status_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One server (SQLite) for two MPPs in its own time zone (WITA, from the admin's configuration file;
    the host's clock is kept in UTC), with one application per status. A desk's settings in the same
    data home name another MPP: the server never reads them."""
    root = tmp_path_factory.mktemp("status-page")
    home = root / "home"
    (home / "settings").mkdir(parents=True)
    (home / "settings" / "machine.json").write_text(json.dumps({"mpp_name": DESK_MPP_NAME}), encoding="utf-8")
    (root / "server.json").write_text(
        json.dumps({"zone": "WITA", "mpp_names": {"default": MPP_NAME, "mpp-barat": OTHER_MPP_NAME}}),
        encoding="utf-8",
    )
    db_url = f"sqlite:///{root / 'server.sqlite3'}"
    seed_officers(db_url)
    engine = open_engine(db_url)
    with session_factory(engine)() as session:
        assign_desk(session, "DESK-B", "mpp-barat")
        session.commit()
    engine.dispose()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MPP_ASSIST_HOME", str(home))
        mp.setenv("MPP_ASSIST_SERVER_CONFIG", str(root / "server.json"))
        mp.setenv("TZ", "UTC")
        server = ServerProcess(db_url, root).start()
    try:
        token = server.token("ana")
        codes = {}
        for status, steps in PATHS.items():
            out = put_application(server, token)
            walk(db_url, out["official_number"], steps)
            codes[status] = out["tracking_code"]
        # DESK-B is on the other MPP's floor; made at 23.30 WIB, which is already Wednesday in WITA.
        codes["other-mpp"] = put_application(server, server.token("budi"), created_at=LATE_EVENING)["tracking_code"]
        yield server, codes
    finally:
        server.kill()


def history_labels(page: str) -> list[str]:
    block = re.search(r'<ol class="history">(.*?)</ol>', page, re.S)
    assert block, "the page has a status history"
    return [html.unescape(x) for x in re.findall(r"<li><strong>(.*?)</strong>", block.group(1))]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("status", STATUSES)
def test_every_status(status_server: Served, status: str, lang: str) -> None:
    server, codes = status_server
    query = "?lang=en" if lang == "en" else ""
    resp = Browser(server).get(f"/lacak/{codes[status]}{query}")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    page = html.unescape(resp.text)
    assert f'<html lang="{lang}">' in page
    labels = LABELS[lang]
    assert re.search(rf'<h2 id="sekarang">[^<]*<span class="label">{re.escape(labels[status])}</span>', page)
    if status in NEXT[lang]:
        assert NEXT[lang][status] in page
    assert MASKED in page
    assert ("KTP Elektronik (KTP-el)" if lang == "id" else "Electronic identity card (KTP-el)") in page
    assert MPP_NAME in page and OTHER_MPP_NAME not in page and DESK_MPP_NAME not in page
    assert ("Loket DESK-A" if lang == "id" else "Desk DESK-A") in page
    assert codes[status] in page
    assert ("Selasa, 17 Maret 2026" if lang == "id" else "Tuesday, 17 March 2026") in page
    assert history_labels(page) == [labels[s] for s in ["received", *PATHS[status]]]
    zone = "WITA"  # the server's own zone (its configuration), not the host's UTC
    assert len(re.findall(rf"<time datetime=\"[^\"]+\">[^<]+, \d\d[.:]\d\d {zone}</time>", page)) == (
        1 + len(PATHS[status])
    )

    # The estimate counts working days over the receipts' holiday calendar (Nyepi, Idul Fitri, cuti bersama).
    expected = load_calendar().add_working_days(date(2026, 3, 17), 1)
    assert expected == date(2026, 3, 25)
    estimate = "Rabu, 25 Maret 2026" if lang == "id" else "Wednesday, 25 March 2026"
    one_day = {"id": "(1 hari kerja sejak tanggal daftar)",
               "en": "(1 working day after the date submitted)"}[lang]
    if status in ("received", "verified", "in_process"):
        assert f'<time datetime="2026-03-25">{estimate} {one_day}</time>' in page
    else:
        assert estimate not in page and "2026-03-25" not in page
    assert (REASON in page) == (status == "rejected")

    switch = "English" if lang == "id" else "Bahasa Indonesia"
    other = "en" if lang == "id" else "id"
    assert f'<a href="?lang={other}" lang="{other}" hreflang="{other}">{switch}</a>' in page


def test_each_application_shows_its_own_mpp_and_the_servers_date(status_server: Served) -> None:
    server, codes = status_server
    page = html.unescape(Browser(server).get(f"/lacak/{codes['other-mpp']}").text)
    assert OTHER_MPP_NAME in page and MPP_NAME not in page and DESK_MPP_NAME not in page
    assert "Rabu, 18 Maret 2026" in page  # the day in WITA, not in the host's UTC (Tuesday)
    assert '<time datetime="2026-03-18">' in page


def test_the_language_switch_and_bad_language_values(status_server: Served) -> None:
    server, codes = status_server
    phone = Browser(server)
    english = phone.get(f"/lacak/{codes['verified']}?lang=EN")
    assert '<html lang="en">' in english.text and "Documents checked" in english.text
    for odd in ("fr", "x" * 500, ""):
        page = phone.get(f"/lacak/{codes['verified']}", params={"lang": odd})
        assert page.status_code == 200 and '<html lang="id">' in page.text


def personal_data_variants() -> list[str]:
    nik = PERSON["nik"]
    phone_digits = re.sub(r"\D", "", PERSON["telepon"])
    variants = [
        nik, f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}", f"{nik[:4]} **** **** {nik[12:]}", nik[6:12],
        PERSON["no_kk"], PERSON["nama_lengkap"], *PERSON["nama_lengkap"].split(),
        PERSON["tempat_lahir"], PERSON["tanggal_lahir"], "19 Maret 1991", "19 March 1991", "19-03-1991",
        "19/03/1991", PERSON["alamat"], "Cempaka", PERSON["telepon"], phone_digits, phone_digits[1:],
        PERSON["email"], "contoh.co.id", PERSON["pekerjaan"], "Penjahit",
    ]
    # Every other answer of some length too (codes like "P" or "baru" would match anything).
    example = load_catalogue().get("ktp-el").example_answers()
    variants += [v for k, v in example.items() if isinstance(v, str) and len(v) >= 6 and k not in PERSON]
    return variants


def test_no_personal_data_beyond_the_masked_name(status_server: Served) -> None:
    server, codes = status_server
    phone = Browser(server)
    pages = []
    for code in codes.values():
        for query in ("", "?lang=en"):
            resp = phone.get(f"/lacak/{code}{query}")
            assert resp.status_code == 200
            pages.append(resp.text)
    pages.append(phone.get("/lacak/ZZZZ-ZZZZ-ZZZZ-ZZZZ").text)
    variants = personal_data_variants()
    assert len(variants) > 20
    for page in pages:
        text = html.unescape(page)
        for secret in variants:
            assert secret.lower() not in text.lower(), f"personal data on the status page: {secret!r}"


def test_every_back_office_status_has_words_for_the_applicant() -> None:
    # A status added to the backend fails here until the page can explain it.
    assert set(STATUS_LABELS) == set(STATUS_MEANINGS) == set(STATUS_NEXT) == set(STATUSES) == set(PATHS)


def test_masked_names() -> None:
    assert mask_name("Sulastri Wirabhumi") == "S***i W***i"
    assert mask_name("Siti Rahayu") == "S***i R***u"
    assert mask_name("  Al   Ng ") == "A* N*"
    assert mask_name("") == "—"


MALFORMED = ["x", "ABCD-EFGH", "ABCD-EFGH-JKMN-PQRS-TVWX", "ABCD-EFGH-JKMN-PQRU", "%F0%9F%98%80" * 4,
             "a" * 300, "..%2F..%2Fetc%2Fpasswd", "'%20OR%201=1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"]


def test_unknown_and_malformed_codes_get_one_and_the_same_404(status_server: Served) -> None:
    server, codes = status_server
    phone = Browser(server)
    unknown = [new_code() for _ in range(3)]
    answers = {code: phone.get(f"/lacak/{code}") for code in [*unknown, *MALFORMED]}
    bodies = {r.text for r in answers.values()}
    assert len(bodies) == 1, "one page for every code that is not found, whatever was wrong with it"
    first = next(iter(answers.values()))
    for code, resp in answers.items():
        assert resp.status_code == 404, code
        assert resp.headers["content-type"].startswith("text/html")
        assert resp.headers["cache-control"] == "no-store"
        assert {k.lower() for k in resp.headers} == {k.lower() for k in first.headers}
    page = next(iter(bodies))
    assert "Kode lacak tidak ditemukan" in page and '<form method="post" action="../lacak">' in page
    for code in unknown:
        assert code not in page, "the page never repeats the typed code"
    assert "<script" not in page and "alert(1)" not in page and "passwd" not in page

    # A known code as a person might type it: lower case, spaces, O for 0, I or L for 1.
    known = codes["received"]
    typed = known.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert phone.get(f"/lacak/{typed}").status_code == 200


def test_the_form_for_phones_without_a_camera(status_server: Served) -> None:
    server, codes = status_server
    phone = Browser(server)
    form = phone.get("/lacak")
    assert form.status_code == 200
    assert '<label for="kode">Kode lacak</label>' in form.text
    assert '<form method="post" action="lacak">' in form.text
    assert 'name="kode"' in form.text and "<h1>Cek status dengan kode lacak</h1>" in form.text
    assert '<html lang="en">' in phone.get("/lacak?lang=en").text

    code = codes["ready_for_pickup"]
    typed = " " + code.lower().replace("-", "  ") + " "
    moved = phone.get("/lacak", params={"kode": typed}, allow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"] == f"lacak/{code}"
    shown = phone.get("/lacak", params={"kode": typed})
    assert shown.status_code == 200 and shown.url.endswith(f"/lacak/{code}") and "Siap diambil" in shown.text

    posted = phone.post("/lacak", data={"kode": code.replace("-", ""), "lang": "en"}, allow_redirects=False)
    assert posted.status_code == 303 and posted.headers["location"] == f"lacak/{code}?lang=en"
    shown = phone.post("/lacak", data={"kode": code, "lang": "en"})
    assert shown.status_code == 200 and "Ready for pickup" in shown.text

    for bad in ("", "1234", "x" * 5000):
        wrong = phone.post("/lacak", data={"kode": bad})
        assert wrong.status_code == 404 and "Kode lacak tidak ditemukan" in wrong.text
        assert '<form method="post" action="lacak">' in wrong.text
    unknown = phone.post("/lacak", data={"kode": new_code(), "lang": "en"})
    assert unknown.status_code == 404 and "Tracking code not found" in unknown.text


def exhaust(get: Any) -> tuple[int, requests.Response, float]:
    """Look up unknown codes until refused: how many went through, the refusal, and when it came.

    The bucket refills while this runs (slowly: one every few seconds), so a slow machine may get
    a lookup or two more than ``BURST``; that is counted, never slept away.
    """
    start, allowed = time.monotonic(), 0
    while True:
        resp = get(allowed)
        if resp.status_code == 429:
            refused_at = time.monotonic()
            assert BURST <= allowed <= BURST + 1 + (refused_at - start) * REFILL_PER_SECOND
            return allowed, resp, refused_at
        assert resp.status_code == 404, resp.status_code
        allowed += 1
        assert allowed <= 10 * BURST, "never refused"


def test_lookups_are_rate_limited_per_address(status_server: Served) -> None:
    server, codes = status_server
    guesser = Browser(server)
    _allowed, refused, refused_at = exhaust(lambda i: guesser.get(f"/lacak/{new_code()}"))
    wait = int(refused.headers["retry-after"])
    assert 1 <= wait <= 1 / REFILL_PER_SECOND + 1
    assert "Terlalu banyak permintaan" in refused.text and f"Tunggu {wait} detik" in refused.text
    # A right code does not get past the limit either, and the form's lookups count too.
    later = [
        guesser.get(f"/lacak/{codes['received']}"),
        guesser.post("/lacak", data={"kode": "salah"}),
        guesser.get(f"/lacak/{new_code()}?lang=en"),
    ]
    if time.monotonic() - refused_at < wait - 1:  # no new token can have arrived yet
        assert [r.status_code for r in later] == [429, 429, 429]
        assert "Too many requests" in later[2].text
    # Another address is not held up by the guesser.
    assert Browser(server).get(f"/lacak/{codes['received']}").status_code == 200


def test_ipv6_clients_are_limited_per_64(status_server: Served) -> None:
    server, codes = status_server
    # Every request from another address in the same /64: they share one bucket.
    exhaust(lambda i: Browser(server, f"2001:db8:77:1::{i + 1:x}").get(f"/lacak/{new_code()}"))
    assert Browser(server, "2001:db8:77:2::1").get(f"/lacak/{codes['received']}").status_code == 200


def test_token_bucket_refills_with_time() -> None:
    now = [1000.0]
    bucket = TokenBucket(3, 0.5, clock=lambda: now[0])
    assert [bucket.take("a") for _ in range(3)] == [0, 0, 0]
    assert bucket.take("a") == pytest.approx(2.0)
    assert bucket.take("b") == 0
    now[0] += 2.0
    assert bucket.take("a") == 0 and bucket.take("a") > 0
    now[0] += 100
    assert [bucket.take("a") for _ in range(4)][:3] == [0, 0, 0]
    assert BURST >= 5 and 0 < REFILL_PER_SECOND <= 1


def test_token_bucket_forgets_idle_clients() -> None:
    now = [0.0]
    bucket = TokenBucket(2, 1.0, max_clients=10, clock=lambda: now[0])
    for i in range(10):
        bucket.take(f"c{i}")
    now[0] += 5
    bucket.take("new")
    assert len(bucket._buckets) == 1


def test_client_keys() -> None:
    assert client_key("203.0.113.9") == "203.0.113.9"
    assert client_key("2001:db8:1:2:aaaa::1") == client_key("2001:db8:1:2:bbbb::2") == "2001:db8:1:2::/64"
    assert client_key("2001:db8:1:3::1") != client_key("2001:db8:1:2::1")
    assert client_key("::ffff:203.0.113.9") == "203.0.113.9"
    assert client_key(None) == "?" and client_key("testclient") == "testclient"


def test_page_is_small_self_contained_and_private(status_server: Served) -> None:
    server, codes = status_server
    phone = Browser(server)
    for code in codes.values():
        for query in ("", "?lang=en"):
            resp = phone.get(f"/lacak/{code}{query}")
            assert len(resp.content) < 30 * 1024, "page and CSS within the 30 KB budget"
            page = resp.text
            # Nothing else to fetch: CSS inline, no web fonts, no external scripts, images or styles.
            assert re.findall(r"<link[^>]*>", page) == ['<link rel="icon" href="data:,">']  # no favicon fetch
            assert "@import" not in page and "url(" not in page
            assert not re.search(r"\bsrc=", page)
            assert not re.search(r'href="(?!\?lang=|\.\./lacak|#isi|data:,")', page)
            assert page.count("<script>") == 1 and "speechSynthesis" in page
            csp = resp.headers["content-security-policy"]
            assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp
            assert resp.headers["referrer-policy"] == "no-referrer"
            assert resp.headers["cache-control"] == "no-store"
            assert resp.headers["x-content-type-options"] == "nosniff"
            assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    form = phone.get("/lacak")
    assert len(form.content) < 30 * 1024 and "<script" not in form.text


def test_status_page_on_sqlite_and_postgresql(server: ServerProcess, tmp_path: Path) -> None:
    out = put_application(server, server.token("budi"))
    walk(server.db_url, out["official_number"], ["verified", "in_process", "ready_for_pickup"])
    page = Browser(server).get(f"/lacak/{out['tracking_code']}")
    assert page.status_code == 200
    assert "Dokumen siap diambil di loket DESK-B, bawa bukti pendaftaran ini" in page.text
    assert history_labels(page.text) == [LABELS["id"][s] for s in ["received", *PATHS["ready_for_pickup"]]]
    assert PERSON["nik"] not in page.text and PERSON["nama_lengkap"] not in page.text
    assert Browser(server).get(f"/lacak/{new_code()}").status_code == 404


def test_a_rejection_reason_repeating_personal_data_is_masked(status_server: Served) -> None:
    server, _codes = status_server
    out = put_application(server, server.token("ana"))
    careless = (f"NIK {PERSON['nik'][:8]} {PERSON['nik'][8:]} tidak cocok dengan KK {PERSON['no_kk']}; "
                f"hubungi sulastri wirabhumi di {PERSON['telepon']}. Lahir {PERSON['tanggal_lahir']}.")
    engine = open_engine(server.db_url)
    try:
        with session_factory(engine)() as session:
            admin.set_status(session, out["official_number"], "rejected", careless)
    finally:
        engine.dispose()
    page = html.unescape(Browser(server).get(f"/lacak/{out['tracking_code']}").text)
    reason = re.search(r'<p class="reason">(.*?)</p>', page, re.S)
    assert reason is not None
    assert reason.group(1) == (
        "<strong>Alasan:</strong> NIK •••• tidak cocok dengan KK ••••; "
        "hubungi S***i W***i di ••••. Lahir ••••."
    )
    for secret in personal_data_variants():
        assert secret.lower() not in page.lower()


def test_control_and_direction_characters_never_reach_the_page(status_server: Served) -> None:
    """Stored before the forms engine refused them (or typed by the back office): shown without them."""
    server, _codes = status_server
    out = put_application(server, server.token("ana"))
    sql = "UPDATE applications SET answers = replace(answers, 'Sulastri', 'Sul\u202eastri\u200b')"
    server.execute(sql + f" WHERE tracking_code = '{out['tracking_code']}'")
    engine = open_engine(server.db_url)
    try:
        with session_factory(engine)() as session:
            admin.set_status(session, out["official_number"], "rejected", "Foto \u202ebaru\x1b[31m\x07 perlu")
    finally:
        engine.dispose()
    page = Browser(server).get(f"/lacak/{out['tracking_code']}").text
    hidden = [ch for ch in page if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t\r"]
    assert hidden == [], [hex(ord(ch)) for ch in hidden]
    assert "Foto baru[31m perlu" in html.unescape(page)
