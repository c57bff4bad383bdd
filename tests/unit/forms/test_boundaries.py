"""The forms package stays plain Python, and the region build script reads both dump styles."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mpp_assist.forms import regions

ROOT = Path(__file__).resolve().parents[3]


def test_forms_imports_no_qt_store_or_settings() -> None:
    code = (
        "import sys, pkgutil, importlib, mpp_assist.forms as f\n"
        "for m in pkgutil.walk_packages(f.__path__, 'mpp_assist.forms.'): importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'mpp_assist.store', 'mpp_assist.settings',"
        " 'mpp_assist.ui', 'mpp_assist.cli'))]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_build_script_reads_both_quote_styles(tmp_path: Path) -> None:
    src = tmp_path / "wilayah"
    (src / "archive").mkdir(parents=True)
    (src / "wilayah_2025.sql").write_text(
        "INSERT INTO wilayah (kode, nama) VALUES\n"
        "('11','Aceh'),\n('11.01','Kabupaten Aceh Selatan'),\n('11.01.02','Kluet Utara'),\n"
        "('11.01.02.2018','Pasi Kuala Ba''u');\n",
        encoding="utf-8",
    )
    (src / "archive" / "wilayah_2016.sql").write_text(
        'INSERT INTO wilayah(kode,nama) VALUES\n("11","ACEH"),\n'
        '("11.01.99","Lama"),\n("11.01.02","Kluet Utara");\n',
        encoding="utf-8",
    )
    (src / "wilayah_kodepos.sql").write_text("VALUES\n('11.01.02.2018', '23772');\n", encoding="utf-8")
    out = tmp_path / "regions.sqlite"
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_regions
    finally:
        sys.path.pop(0)
    build_regions.build(src, out)
    db = sqlite3.connect(out)
    assert db.execute("SELECT name, postcode FROM region WHERE code = '11.01.02.2018'").fetchone() == (
        "Pasi Kuala Ba'u",
        "23772",
    )
    assert dict(db.execute("SELECT code, years FROM district_ever").fetchall()) == {
        "110102": "2016,2025",
        "110199": "2016",
    }
    assert db.execute("SELECT value FROM meta WHERE key = 'decree'").fetchone() == (
        "Kepmendagri No 300.2.2-2138/2025",
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_region_lookups_never_crash(text: str) -> None:
    for match in regions.search(text):
        assert match.path
    regions.children(text)
    regions.path(text)
    regions.postcode(text)
    regions.get(text)
