"""``mpp-assist apply`` with a scan named relative to the answers file, as a real process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from mpp_assist.forms import load_catalogue
from mpp_assist.store import Store
from mpp_assist.sync import outbox

PNG = bytes.fromhex(  # a 1x1 PNG
    "89504e470d0a1a0a0000000d49484452000000010000000108020000009077053e"
    "0000000c4944415478da63f8ffff3f0005fe02fea7d6a4e00000000049454e44ae426082"
)


def run(*args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mpp_assist", *args],
        capture_output=True, text=True, env={**os.environ, "MPP_ASSIST_HOME": str(home)},
        cwd=cwd, timeout=120, check=False,
    )


def test_apply_reads_a_scan_relative_to_the_answers_file(tmp_path: Path, data_home: Path) -> None:
    folder = tmp_path / "berkas"
    (folder / "pindaian").mkdir(parents=True)
    (folder / "pindaian" / "kk.png").write_bytes(PNG)
    answers = {
        **load_catalogue().get("ktp-el").example_answers(),
        "jenis_permohonan": "rusak",
        "pindaian_kk": "pindaian/kk.png",
    }
    (folder / "jawaban.json").write_text(json.dumps(answers), encoding="utf-8")
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()

    done = run("apply", "ktp-el", "--answers", str(folder / "jawaban.json"), "--json", home=data_home, cwd=elsewhere)
    assert done.returncode == 0, done.stdout + done.stderr
    app_id = json.loads(done.stdout)["id"]
    with Store() as store:
        app = store.get_application(app_id)
        assert app.answers["pindaian_kk"] == {
            "id": "pindaian_kk", "name": "kk.png", "sha256": hashlib.sha256(PNG).hexdigest(), "size": len(PNG)
        }
        [pending] = outbox.pending_attachments(store, app_id)
        assert outbox.read_attachment(store, app_id, pending) == PNG

    # A scan that is not there: exit 2 naming the field, nothing stored.
    answers["pindaian_kk"] = "pindaian/tidak-ada.png"
    (folder / "jawaban.json").write_text(json.dumps(answers), encoding="utf-8")
    again = ("--answers", str(folder / "jawaban.json"), "--again")  # a new one, not the same one again
    missing = run("apply", "ktp-el", *again, home=data_home, cwd=elsewhere)
    assert missing.returncode == 2 and missing.stdout.startswith("pindaian_kk: ")
    with Store() as store:
        assert [a.id for a in store.list_applications()] == [app_id]
