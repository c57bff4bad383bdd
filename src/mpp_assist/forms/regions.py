"""Indonesian administrative regions (kode wilayah Kemendagri) from the packaged SQLite resource.

Codes are written as Kemendagri writes them: ``32`` province, ``32.01`` regency/city,
``32.01.01`` district, ``32.01.01.2001`` village (4th part 1xxx kelurahan, 2xxx desa).
Data: Kepmendagri No 300.2.2-2138/2025 plus archived decrees since 2016, built by
``scripts/build_regions.py`` (see ``resources/data/LICENSE-wilayah``). Read-only;
one connection per thread, opened on first use.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache

from mpp_assist.paths import resource

LEVELS = {1: "province", 2: "regency", 3: "district", 4: "village"}
_PAPUA = {"91", "92", "93", "94", "95", "96"}  # districts there are called distrik
_local = threading.local()


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: int  # 1 province, 2 regency/city, 3 district, 4 village

    @property
    def parent(self) -> str | None:
        return self.code.rsplit(".", 1)[0] if "." in self.code else None

    def label(self) -> str:
        """The name with its kind, as on letters: "Desa Cibadak", "Kel. Menteng", "Kab. Bogor"."""
        return _labelled(self.code, self.name, self.level)


def _db() -> sqlite3.Connection:
    conn = getattr(_local, "conn", None)
    if conn is None:
        path = resource("data", "regions.sqlite")
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=True)
        _local.conn = conn
    return conn


def fold(text: str) -> str:
    """Search key: lower case, accents and punctuation dropped (same as the build script)."""
    nfkd = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in nfkd if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


_DIGITS = re.compile(r"^\d+$")


def canonical(code: str) -> str | None:
    """``"3201012001"`` or ``"32.01.01.2001"`` -> ``"32.01.01.2001"``; None if not code-shaped."""
    if not isinstance(code, str):
        return None
    c = code.strip().replace(" ", "")
    if "." not in c and _DIGITS.match(c) and len(c) in (2, 4, 6, 10):
        parts = [c[:2], c[2:4], c[4:6], c[6:]]
        c = ".".join(p for p in parts if p)
    if re.fullmatch(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?", c):
        return c
    return None


def get(code: str) -> Region | None:
    c = canonical(code)
    if c is None:
        return None
    row = _db().execute("SELECT code, name, level FROM region WHERE code = ?", (c,)).fetchone()
    return Region(*row) if row else None


def exists(code: str, level: int | None = None) -> bool:
    region = get(code)
    return region is not None and (level is None or region.level == level)


def provinces() -> list[Region]:
    return [
        Region(*r)
        for r in _db().execute("SELECT code, name, level FROM region WHERE level = 1 ORDER BY code")
    ]


def children(code: str | None) -> list[Region]:
    """The regions directly under ``code`` (provinces for None), in code order."""
    if code is None or code == "":
        return provinces()
    c = canonical(code)
    if c is None:
        return []
    level = c.count(".") + 2
    rows = _db().execute(
        "SELECT code, name, level FROM region WHERE code > ? AND code < ? AND level = ? ORDER BY code",
        (c + ".", c + "/", level),
    )
    return [Region(*r) for r in rows]


def _labelled(code: str, name: str, level: int) -> str:
    if level == 1:
        return f"Prov. {name}"
    if level == 2:
        return "Kab. " + name[len("Kabupaten ") :] if name.startswith("Kabupaten ") else name
    if level == 3:
        return f"{'Distrik' if code[:2] in _PAPUA else 'Kec.'} {name}"
    return f"{'Kel.' if code.rsplit('.', 1)[1].startswith('1') else 'Desa'} {name}"


def lineage(code: str) -> list[Region]:
    """The region and its ancestors, village first, province last."""
    c = canonical(code)
    if c is None:
        return []
    parts = c.split(".")
    codes = [".".join(parts[:i]) for i in range(len(parts), 0, -1)]
    padded = (codes + codes[:1] * 4)[:4]  # a fixed query: at most four levels
    rows = _db().execute("SELECT code, name, level FROM region WHERE code IN (?, ?, ?, ?)", padded).fetchall()
    by_code = {r[0]: Region(*r) for r in rows}
    return [by_code[c] for c in codes if c in by_code]


@cache
def _upper() -> dict[str, tuple[str, int]]:
    """Provinces, regencies and districts (about 7,800) kept in memory for fast paths."""
    rows = _db().execute("SELECT code, name, level FROM region WHERE level < 4").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


@cache
def _upper_keys() -> dict[str, str]:
    """Folded names of provinces, regencies and districts, for narrowing a search by place."""
    return {c: fold(name) for c, (name, _lvl) in _upper().items()}


def _path_of(code: str, name: str, level: int) -> str:
    parts = [_labelled(code, name, level)]
    upper = _upper()
    c = code
    while "." in c:
        c = c.rsplit(".", 1)[0]
        if c in upper:
            n, lvl = upper[c]
            parts.append(_labelled(c, n, lvl))
    return ", ".join(parts)


def path(code: str) -> str:
    """ "Desa Cibadak, Kec. Cibadak, Kab. Sukabumi, Prov. Jawa Barat" ("" if unknown)."""
    return ", ".join(r.label() for r in lineage(code))


def _contains(text: str) -> tuple[str, tuple[str, ...]]:
    """SQL and arguments for "the folded name contains ``text``".

    The trigram index narrows for three characters or more: it keeps no positions (a smaller file),
    so it finds the keys holding every trigram of the text (each quoted as an FTS5 string; folded
    keys hold only a-z, 0-9 and spaces) and ``instr`` keeps those that hold the text itself.
    Shorter texts scan, and match thousands of villages anyway.
    """
    if len(text) < 3:
        return "instr(key, ?) > 0", (text,)
    trigrams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
    query = " AND ".join(f'"{t}"' for t in trigrams)
    return "code IN (SELECT code FROM region_key WHERE region_key MATCH ?) AND instr(key, ?) > 0", (query, text)


@dataclass(frozen=True)
class Match:
    region: Region
    path: str


def search(text: str, *, level: int = 4, limit: int = 200) -> list[Match]:
    """Regions at ``level`` (villages by default) matching what was typed, best first.

    "cibadak" finds every village whose name contains it (exact names first, then names
    starting with it); more words narrow by the path ("cibadak sukabumi"); a code
    ("32.02.18.2001" or "3202182001") finds that region.
    """
    code = canonical(text) if isinstance(text, str) else None
    if code is not None:
        region = get(code)
        return [Match(region, path(region.code))] if region is not None and region.level == level else []
    words = fold(text or "").split()
    if not words or len(" ".join(words)) < 2:
        return []
    key = " ".join(words)
    # Exact name, then names starting with the text, then the rest; alphabetical within each.
    # Sorted and cut in SQLite: a two-letter query matches tens of thousands of villages.
    where, args = _contains(key)
    rows = (
        _db()
        .execute(
            f"SELECT code, name, level, key FROM region WHERE level = ? AND {where}"  # noqa: S608 - fixed SQL
            " ORDER BY key != ?, instr(key, ?) != 1, key, code LIMIT ?",
            (level, *args, key, key, limit),
        )
        .fetchall()
    )
    if not rows and len(words) > 1:
        rows = _search_by_place(words, level, limit)
    return [Match(Region(r[0], r[1], r[2]), _path_of(r[0], r[1], r[2])) for r in rows]


def _search_by_place(words: list[str], level: int, limit: int) -> list[tuple]:
    """ "cibadak sukabumi": one word names the region, the others a place above it.

    Each word is tried as the region's name in turn (the first usually is).
    """
    upper = _upper_keys()
    for i, head in enumerate(words):
        if len(head) < 2:
            continue
        rest = words[:i] + words[i + 1 :]
        wanted = [{c for c, k in upper.items() if w in k} for w in rest]

        def fits(r: tuple, rest: list[str] = rest, wanted: list[set[str]] = wanted) -> bool:
            parts = r[0].split(".")
            ancestors = {".".join(parts[:n]) for n in range(1, len(parts))}
            return all(w in r[3] or ancestors & codes for w, codes in zip(rest, wanted, strict=True))

        where, args = _contains(head)
        candidates = (
            _db()
            .execute(f"SELECT code, name, level, key FROM region WHERE level = ? AND {where}", (level, *args))  # noqa: S608
            .fetchall()
        )
        rows = [r for r in candidates if fits(r)]
        if rows:
            rows.sort(key=lambda r, head=head: (r[3] != head, not r[3].startswith(head), r[3], r[0]))
            return rows[:limit]
    return []


def postcode(village_code: str) -> str | None:
    c = canonical(village_code)
    if c is None:
        return None
    row = _db().execute("SELECT postcode FROM region WHERE code = ? AND level = 4", (c,)).fetchone()
    return row[0] if row and row[0] else None


@cache
def all_district_codes_ever() -> frozenset[str]:
    """Every 6-digit district code (``"327301"``) in the current decree or any archived one since 2016."""
    return frozenset(r[0] for r in _db().execute("SELECT code FROM district_ever"))


def source() -> dict[str, str]:
    """Where the data came from: decree, source, archive years, build date (for the About dialog)."""
    return dict(_db().execute("SELECT key, value FROM meta").fetchall())
