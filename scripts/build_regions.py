#!/usr/bin/env python3
"""Build ``resources/data/regions.sqlite`` from the Kemendagri region-code SQL dumps.

    python scripts/build_regions.py [SOURCE_DIR]    # default: ../shared/data/wilayah

Source: the ``wilayah`` and ``wilayah_kodepos`` datasets by Cahya DSN (MIT), following
Kepmendagri No 300.2.2-2138/2025 (current codes) plus the archived tables of
2016–2023 (every district code that has ever existed, because a NIK keeps the code
of where it was first issued). The output is committed, so a clone of the
repository never needs the source folder. The SQL dumps are read as text with a
regular expression (no SQL is executed).
"""

from __future__ import annotations

import re
import sqlite3
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "data" / "regions.sqlite"
DECREE = "Kepmendagri No 300.2.2-2138/2025"

# ('11.01','Kabupaten Aceh Selatan') or ("11.01","KAB. ACEH SELATAN"); '' and \' escape a quote.
_ROW = re.compile(r"""\(\s*(['"])([0-9.]+)\1\s*,\s*(?:'((?:[^'\\]|''|\\.)*)'|"((?:[^"\\]|""|\\.)*)")\s*\)""")


def rows(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    out: dict[str, str] = {}
    for m in _ROW.finditer(text):
        code = m.group(2)
        raw = m.group(3) if m.group(3) is not None else m.group(4)
        name = raw.replace("''", "'").replace('""', '"').replace("\\'", "'").replace('\\"', '"')
        out.setdefault(code, " ".join(name.split()))
    return out


def fold(name: str) -> str:
    """Search key: lower case, accents and punctuation dropped, spaces collapsed."""
    nfkd = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in nfkd if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def build(source: Path, out: Path = OUT) -> None:
    current = rows(source / "wilayah_2025.sql")
    postcodes = {code: pc for code, pc in rows_pairs(source / "wilayah_kodepos.sql")}
    archive_years = sorted(p.stem.rsplit("_", 1)[1] for p in (source / "archive").glob("wilayah_*.sql"))
    ever: dict[str, set[str]] = {}
    for year in [*archive_years, "2025"]:
        table = current if year == "2025" else rows(source / "archive" / f"wilayah_{year}.sql")
        for code in table:
            if code.count(".") == 2:
                ever.setdefault(code.replace(".", ""), set()).add(year)

    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        PRAGMA page_size = 4096;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- Current codes (dotted, as Kemendagri writes them): level 1 province … 4 village.
        CREATE TABLE region (
            code     TEXT PRIMARY KEY,   -- children of X are the range 'X.' < code < 'X/'
            level    INTEGER NOT NULL,
            name     TEXT NOT NULL,
            key      TEXT NOT NULL,      -- folded name for search
            postcode TEXT
        ) WITHOUT ROWID;
        -- Every 6-digit district code in any decree since 2016, with the years it appears in.
        CREATE TABLE district_ever (code TEXT PRIMARY KEY, years TEXT NOT NULL) WITHOUT ROWID;
        -- Substring search over the folded names: a trigram index answers "contains" without a scan.
        CREATE VIRTUAL TABLE region_key USING fts5(
            key, code UNINDEXED, level UNINDEXED, tokenize = 'trigram', detail = 'none'
        );
        """
    )
    db.executemany(
        "INSERT INTO region VALUES (?, ?, ?, ?, ?)",
        (
            (code, code.count(".") + 1, name, fold(name), postcodes.get(code))
            for code, name in sorted(current.items())
        ),
    )
    db.execute("INSERT INTO region_key (key, code, level) SELECT key, code, level FROM region")
    db.execute("INSERT INTO region_key (region_key) VALUES ('optimize')")
    db.executemany(
        "INSERT INTO district_ever VALUES (?, ?)", ((c, ",".join(sorted(y))) for c, y in sorted(ever.items()))
    )
    meta = {
        "decree": DECREE,
        "source": (
            "https://github.com/cahyadsn/wilayah (MIT) and https://github.com/cahyadsn/wilayah_kodepos (MIT)"
        ),
        "archive_years": ",".join(archive_years),
        "built_at": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(out)
    counts = {lvl: sum(1 for c in current if c.count(".") + 1 == lvl) for lvl in (1, 2, 3, 4)}
    print(
        f"{out}: provinces {counts[1]}, regencies {counts[2]}, districts {counts[3]}, villages {counts[4]}, "
        f"district codes ever {len(ever)}, postcodes {sum(1 for c in current if c in postcodes)}"
    )


_PAIR = re.compile(r"""\(\s*['"]([0-9.]+)['"]\s*,\s*['"](\d{5})['"]\s*\)""")


def rows_pairs(path: Path) -> list[tuple[str, str]]:
    return _PAIR.findall(path.read_text(encoding="utf-8", errors="replace"))


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "wilayah"
    build(src)
