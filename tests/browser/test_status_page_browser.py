"""The receipt's QR code opens the status page in a real browser on a phone-sized screen.

An application goes the whole way: stored at the desk, synced to a real server
process, moved on by the back office, printed as a receipt PDF, rendered at
300 dpi and its QR decoded with zbarimg. Debian's Chromium (driven by Playwright,
which is never allowed to download a browser of its own) opens that address.
axe-core (vendored in ``vendor/``, MPL-2.0) then checks the page in place.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backend_support import ServerProcess, seed_officers
from mpp_assist.applications import submit
from mpp_assist.forms import load_catalogue
from mpp_assist.receipts import build_receipt
from mpp_assist.store import Store
from mpp_assist.sync.client import BackendClient
from mpp_assist.sync.runner import SyncRunner

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True,
         "has_touch": True, "locale": "id-ID"}
NAME = "Sulastri Wirabhumi"


def speech_voices(*langs: str) -> str:
    """An init script standing in for the phone's text-to-speech voices (which a test cannot own).

    ``speak`` records each utterance in ``window.spoken`` instead of sounding it.
    """
    voices = json.dumps([{"name": f"voice {lang}", "lang": lang, "default": False, "localService": True,
                          "voiceURI": lang} for lang in langs])
    return f"""(() => {{
        const voices = {voices};
        window.spoken = [];
        speechSynthesis.getVoices = () => voices;
        speechSynthesis.speak = u => window.spoken.push({{text: u.text, lang: u.lang}});
    }})();"""


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Debian's Chromium under Playwright; the test is skipped only when that browser cannot start."""
    os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"
    from playwright.sync_api import Error, sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium; see .ci/run)")
    with sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        except Error as exc:
            pytest.skip(f"chromium cannot start here: {str(exc).splitlines()[0]}")
        yield browser
        browser.close()


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[ServerProcess]:
    db_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    seed_officers(db_url)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Asia/Jakarta")
        server = ServerProcess(db_url, tmp_path).start()
    yield server
    server.kill()


def tracking_url_from_receipt(tmp_path: Path, server: ServerProcess) -> tuple[str, str]:
    """Apply at the desk, sync, let the back office mark it ready, print the receipt, decode its QR."""
    definition = load_catalogue().get("ktp-el")
    with Store() as store:
        app = submit(store, definition, {**definition.example_answers(), "nama_lengkap": NAME},
                     officer="ana", desk="DESK-A")
        report = SyncRunner(store, BackendClient(server.url, server.token("ana"))).run_once()
        assert (report.sent, report.exit_code) == (1, 0)
        app = store.get_application(app.id)
        assert app is not None and app.official_number
        done = subprocess.run(
            [sys.executable, "-m", "mpp_assist", "server", "set-status", app.official_number,
             "ready_for_pickup", "--db", server.db_url], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        pdf = tmp_path / "receipt.pdf"
        pdf.write_bytes(build_receipt(app, definition, public_base_url=server.url, desk="DESK-A"))
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    png = next(tmp_path.glob("page*.png"))
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True,
                             check=False).stdout.split()
    assert len(decoded) == 1, decoded
    assert decoded[0] == f"{server.url}/lacak/{app.tracking_code}"
    return decoded[0], app.tracking_code


def axe_violations(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    assert len(result["passes"]) > 10, "axe ran its rules"
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["html"][:160] for n in v["nodes"]]} for v in result["violations"]]


def no_horizontal_scroll(page: Any) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_qr_on_the_receipt_opens_the_status_on_a_phone(chromium: Any, backend: ServerProcess,
                                                       tmp_path: Path) -> None:
    url, code = tracking_url_from_receipt(tmp_path, backend)

    context = chromium.new_context(**PHONE)
    context.add_init_script(speech_voices("en-US", "id-ID"))
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on("console", lambda msg: problems.append(msg.text) if msg.type in ("error", "warning") else None)
    response = page.goto(url)
    assert response is not None and response.status == 200
    status = page.get_by_role("heading", level=2, name="Status sekarang: Siap diambil")
    status.wait_for()
    assert "Dokumen siap diambil di loket DESK-A, bawa bukti pendaftaran ini" in page.inner_text("main")
    assert page.get_attribute("html", "lang") == "id"
    assert "S***i W***i" in page.inner_text("main") and NAME.split()[0] not in page.content()
    # The inline CSS passed the Content-Security-Policy (large text by default) and nothing was blocked.
    assert page.evaluate("getComputedStyle(document.body).fontSize") == "20px"
    assert no_horizontal_scroll(page)
    assert [page.locator(sel).count() for sel in ("header", "main", "footer", "nav", "h1")] == [1] * 5

    # "Bacakan" reads the current status, in an Indonesian voice.
    page.get_by_role("button", name="Bacakan").click()
    spoken = page.evaluate("window.spoken")
    assert [s["lang"] for s in spoken] == ["id-ID"]
    assert "Siap diambil" in spoken[0]["text"] and "loket DESK-A" in spoken[0]["text"]
    assert "Riwayat" not in spoken[0]["text"], "the summary, not the whole page"
    assert page.get_by_role("button", name="Berhenti").is_visible()
    assert problems == []

    # The English switch keeps the same case and marks the page's language.
    page.get_by_role("link", name="English").click()
    page.get_by_role("heading", level=2, name="Current status: Ready for pickup").wait_for()
    assert page.get_attribute("html", "lang") == "en"
    assert "Collect the document at desk DESK-A" in page.inner_text("main")
    page.get_by_role("button", name="Read aloud").click()
    assert [s["lang"] for s in page.evaluate("window.spoken")] == ["en-US"]
    assert problems == []
    context.close()

    # A phone with no Indonesian voice gets no button, rather than Indonesian read by an English voice.
    context = chromium.new_context(**PHONE)
    context.add_init_script(speech_voices("en-US"))
    page = context.new_page()
    page.goto(url)
    page.get_by_role("heading", level=2, name="Status sekarang: Siap diambil").wait_for()
    assert page.get_by_role("button", name="Bacakan").count() == 0
    page.goto(url + "?lang=en")
    assert page.get_by_role("button", name="Read aloud").is_visible()
    context.close()

    # 200 % zoom on that phone is a 180 px wide layout; 320 px is WCAG's reflow width.
    for width in (180, 320):
        context = chromium.new_context(**{**PHONE, "viewport": {"width": width, "height": 640}})
        page = context.new_page()
        for address in (url, f"{backend.url}/lacak", f"{backend.url}/lacak/{code}?lang=en"):
            page.goto(address)
            assert no_horizontal_scroll(page), f"horizontal scrolling at {width} px: {address}"
        context.close()


def test_no_javascript_needed_to_type_a_code(chromium: Any, backend: ServerProcess, tmp_path: Path) -> None:
    _url, code = tracking_url_from_receipt(tmp_path, backend)
    context = chromium.new_context(**PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{backend.url}/lacak")
    page.get_by_label("Kode lacak").fill(code.lower().replace("-", " "))
    page.get_by_role("button", name="Cek status").click()
    page.get_by_role("heading", level=2, name="Status sekarang: Siap diambil").wait_for()
    assert page.url == f"{backend.url}/lacak/{code}"
    assert not page.get_by_role("button", name="Bacakan").is_visible(), "no script: no read-aloud button"

    page.get_by_role("link", name="Cek kode lain").click()
    page.get_by_label("Kode lacak").fill("ABCD-EFGH")
    page.get_by_role("button", name="Cek status").click()
    page.get_by_role("heading", level=1, name="Kode lacak tidak ditemukan").wait_for()
    context.close()


def test_axe_finds_no_accessibility_violations(chromium: Any, backend: ServerProcess, tmp_path: Path) -> None:
    url, _code = tracking_url_from_receipt(tmp_path, backend)
    # axe is injected as a script, which the page's own Content-Security-Policy would rightly refuse.
    context = chromium.new_context(**PHONE, bypass_csp=True)
    context.add_init_script(speech_voices("id-ID", "en-US"))  # so the read-aloud button is checked too
    page = context.new_page()
    checked = {}
    for address in (url, url + "?lang=en", f"{backend.url}/lacak", f"{backend.url}/lacak/ABCD"):
        page.goto(address)
        checked[address] = axe_violations(page)
    assert checked == {a: [] for a in checked}, json.dumps(checked, indent=1)

    # The check can fail: the same page with an unlabelled image and grey-on-grey text does.
    page.goto(url)
    page.evaluate("""() => { document.querySelector('main').insertAdjacentHTML('beforeend',
        '<img src="data:,"><p style="color:#aaa;background:#bbb">kabur</p>'); }""")
    assert {v["id"] for v in axe_violations(page)} >= {"image-alt", "color-contrast"}
    context.close()
