"""``mpp-assist find`` and ``mpp-assist list --search/--state/--service/--since`` as an officer types them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from test_security_cmds import run

from mpp_assist.store import DB_NAME

SARI = {"MPP_ASSIST_OFFICER": "sari", "MPP_ASSIST_PASSWORD": "sari-pin-1"}


def _apply(service: str, env: dict[str, str] | None = None, **changes: str) -> dict:
    answers = json.loads(run("form", service, "--example").stdout)
    answers.update(changes)
    # --again: she comes back while her first is still open, and the officer means a new one.
    done = run("apply", service, "--answers", "-", "--json", "--again", env=env, stdin=json.dumps(answers))
    assert done.returncode == 0, done.stderr
    return {**json.loads(done.stdout), "answers": answers}


def test_find_people_and_list_with_filters_as_the_window_does(data_home: Path) -> None:
    assert run("officer", "add", "sari", "--role", "officer", "--password-stdin", stdin="sari-pin-1\n").returncode == 0
    first = _apply("ktp-el", nama_lengkap="Hj. Sitti Nurhaliza")
    second = _apply("ktp-el", nama_lengkap="Siti Nurhaliza")  # she came back
    other = _apply("ktp-el", env=SARI, nik="3273015708900099", nama_lengkap="Djoko Soesilo", telepon="081311112222")
    nik = first["answers"]["nik"]

    found = run("find", "siti nurhaliza", "--json")
    assert found.returncode == 0, found.stderr
    people = json.loads(found.stdout)["people"]
    assert len(people) == 1 and people[0]["nik"].startswith(nik[:4]) and nik not in found.stdout
    assert [a["id"] for a in people[0]["applications"]] == [second["id"], first["id"]]
    for query in (nik, first["receipt_number"], "Joko Susilo", "0813-1111-2222"):
        assert run("find", query, "--json").returncode == 0
    text = run("find", "Sitti")
    assert "Siti Nurhaliza" in text.stdout and first["receipt_number"] in text.stdout
    assert "Traceback" not in text.stderr
    english = run("--lang", "en", "find", "nobody-at-all")
    assert english.returncode == 0 and "No applicant matches" in english.stdout
    empty = run("find", "...")
    assert empty.returncode == 2 and "Tidak ada yang bisa dicari" in empty.stderr

    # What was shown is in the audit trail, as when the window opens a person.
    views = sqlite3.connect(data_home / DB_NAME).execute("SELECT count(*) FROM audit WHERE action = 'view'")
    assert views.fetchone()[0] >= 5

    # An officer finds by an identifier on the whole desk, by name only their own applicants.
    assert json.loads(run("find", nik, "--json", env=SARI).stdout)["total"] == 1
    assert json.loads(run("find", "Siti", "--json", env=SARI).stdout)["total"] == 0
    assert json.loads(run("find", "Djoko", "--json", env=SARI).stdout)["total"] == 1

    listed = json.loads(run("list", "--search", "siti", "--json").stdout)
    assert {a["id"] for a in listed} == {first["id"], second["id"]}
    assert {a["id"] for a in json.loads(run("list", "--state", "waiting", "--json").stdout)} == {
        first["id"], second["id"], other["id"]}
    assert json.loads(run("list", "--state", "sent", "--json").stdout) == []
    assert json.loads(run("list", "--service", "skck", "--json").stdout) == []
    assert len(json.loads(run("list", "--since", "2000-01-01", "--json").stdout)) == 3
    assert json.loads(run("list", "--since", "2999-01-01", "--json").stdout) == []
    assert json.loads(run("list", "--needs-action", "--json").stdout) == []
    bad = run("list", "--since", "kemarin")
    assert bad.returncode == 2 and "TTTT-BB-HH" in bad.stderr and "Traceback" not in bad.stderr
    plain = run("list", "--search", first["receipt_number"])
    assert plain.returncode == 0 and first["id"] in plain.stdout and other["id"] not in plain.stdout
