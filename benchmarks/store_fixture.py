"""A desk database of N applications, made through the real store API, cached between runs.

``desk_database(n)`` returns (path, key): a copy-free path to a cached SQLite file under
``benchmarks/.cache/`` holding ``n`` applications from about ``0.6 n`` people (citizens
come back), made with ``Store.create_application`` in one outer transaction (the API's
transactions nest as savepoints), 70 % of them then sent with an official number and a
few to correct (``sync.outbox``), their dates spread over two years. A cached file made
by an older schema is brought up to date by the store's own migrations (opened once, in place),
as a desk's database would be; ``FIXTURE`` changes only when what is generated changes. The data is
made up; the key is fixed and lives only in this file.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

CACHE = Path(__file__).resolve().parent / ".cache"
KEY = hashlib.sha256(b"mpp-assist benchmark desk key (made-up data only)").digest()
FIRST = ("Siti Muhammad Ahmad Dewi Sri Budi Agus Nur Rina Joko Eko Fitri Wahyu Dian Ayu Putri Rizki Hendra"
         " Yusuf Fatimah Slamet Bambang Suharti Rahmat Indah Lestari Tri Dwi Andi Wayan Made Ketut Nyoman"
         " Aminah Hasan Ibrahim Ismail Kartini Sukarno Hadi Wulan Bayu Citra Gita Hana Imam Jamal Kurnia"
         " Lukman Maya Nanda Oki Pratiwi Qori Ratna Sari Taufik Umar Vina Wati Yanti Zainal").split()
LAST = ("Santoso Wijaya Pratama Saputra Hidayat Nugroho Kusuma Setiawan Wibowo Susanto Gunawan Rahayu"
        " Lestari Permana Hakim Siregar Nasution Harahap Lubis Simanjuntak Sitompul Tanjung Daulay Rangkuti"
        " Sembiring Ginting Tarigan Manurung Panjaitan Hutapea Purba Damanik Saragih Sinaga Silalahi Marpaung"
        " Fauzi Ramadhan Firmansyah Kurniawan Hartono Sulistyo Purnomo Utomo Wahyudi Mulyadi Suryadi").split()
FIXTURE = "v1"
SERVICES = ("ktp-el", "kartu-keluarga", "akta-kelahiran", "skck", "paspor", "bpjs-kesehatan", "nib")


def person(i: int) -> dict[str, str]:
    """The i-th made-up citizen (the same i gives the same person)."""
    r = random.Random(i * 7919 + 13)
    name = f"{r.choice(FIRST)} {r.choice(FIRST)} {r.choice(LAST)}" if r.random() < 0.5 else \
        f"{r.choice(FIRST)} {r.choice(LAST)}"
    return {
        "nik": f"3273{r.randrange(10**11, 10**12):012d}",
        "no_kk": f"3273{r.randrange(10**11, 10**12):012d}",
        "nama_lengkap": name,
        "telepon": f"08{r.randrange(10**9, 10**10)}",
        "desa": f"32.73.0{r.randrange(1, 9)}.100{r.randrange(1, 9)}",
        "alamat": f"Jl. {r.choice(LAST)} No. {r.randrange(1, 200)}",
        "tanggal_lahir": f"{r.randrange(1950, 2010)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}",
    }


def build(path: Path, n: int, seed: int = 1) -> None:
    from mpp_assist.store import Store
    from mpp_assist.sync import outbox

    rng = random.Random(seed)
    people = max(1, int(n * 0.6))
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with Store(path, key=KEY) as store, store.transaction() as c:
        sent: list[tuple[str, str, str | None]] = []
        for i in range(n):
            who = rng.randrange(people)
            service = SERVICES[rng.randrange(len(SERVICES))]
            answers = {**person(who), "jenis_permohonan": "baru", "pekerjaan": "Wiraswasta"}
            app = store.create_application(
                service_id=service, form_version="1", answers=answers, officer=f"petugas{i % 4}", desk="D1"
            )
            when = start + timedelta(minutes=i * (730 * 24 * 60) // max(n, 1))
            c.execute(
                "UPDATE applications SET created_at = ?, updated_at = ? WHERE id = ?",
                (when.isoformat(timespec="seconds"), when.isoformat(timespec="seconds"), app.id),
            )
            roll = rng.random()
            if roll < 0.7:
                sent.append((app.id, f"{service.upper()}-{i:07d}", "received"))
            elif roll < 0.75:
                outbox.mark_needs_correction(store, app.id, [{"field": "nik", "code": "x", "message": "NIK"}])
            if len(sent) >= 1000:
                outbox.mark_sent_many(store, sent)
                sent = []
        outbox.mark_sent_many(store, sent)
    # One checkpoint so the file alone (no WAL) is the cached database.
    with Store(path, key=KEY) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def desk_database(n: int, folder: Path | None = None) -> tuple[Path, bytes]:
    """A working copy of the cached database of ``n`` applications (built once), and its key."""
    CACHE.mkdir(parents=True, exist_ok=True)
    from mpp_assist.store import Store

    cached = CACHE / f"desk-{n}-{FIXTURE}.sqlite3"
    if not cached.exists():
        tmp = cached.with_suffix(".building")
        for p in tmp.parent.glob(tmp.name + "*"):
            p.unlink()
        build(tmp, n)
        tmp.replace(cached)
        for extra in ("-wal", "-shm", ".marker"):
            Path(str(tmp) + extra).unlink(missing_ok=True)
    with Store(cached, key=KEY) as store:  # the migrations of this version, once
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if folder is None:
        return cached, KEY
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "mpp-assist.sqlite3"
    shutil.copyfile(cached, copy)
    return copy, KEY


if __name__ == "__main__":
    for size in map(int, sys.argv[1:] or ["1000"]):
        print(desk_database(size)[0])
