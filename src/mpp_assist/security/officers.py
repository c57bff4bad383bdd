"""Officer accounts on this machine: roles, passwords/PINs, and the lockout after wrong attempts.

The list of officers (name, role, failed attempts) is a JSON file under the data
home; it holds no secret. Each officer's wrapped copy of the data key lives in the
OS keyring, bound (as associated data) to the data home, the officer's name and
role: editing the role in the file makes that officer's key stop opening rather
than granting admin rights.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mpp_assist import process_lock
from mpp_assist.atomic import write_atomic
from mpp_assist.i18n import translate
from mpp_assist.security import keys, keystore
from mpp_assist.security.crypto import new_data_key
from mpp_assist.security.errors import (
    AccountLocked,
    KeyringUnavailable,
    SecurityError,
    UnknownOfficer,
    WrongCredentials,
)

ROLES = ("officer", "supervisor", "admin")
MAX_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_SECRET = 6
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,31}$")

# Demo only: a fresh data home gets this admin so the app and CLI work out of the box.
# Its PIN is public; set a real one (``mpp-assist officer passwd demo``) or remove it before real use.
DEMO_OFFICER = "demo"
DEMO_PIN = "123456"

_bootstrap_lock = threading.RLock()


@dataclass
class Officer:
    name: str
    role: str
    demo: bool = False          # still has the public demo PIN
    failed: int = 0
    locked_until: str | None = None
    created_at: str = ""

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def registry_file(home: Path) -> Path:
    return home / "security" / "officers.json"


class Registry:
    """The officers of one data home, persisted atomically after every change."""

    def __init__(self, home: Path, home_id: str, officers: dict[str, Officer]) -> None:
        self.home, self.home_id, self.officers = home, home_id, officers

    @classmethod
    def load(cls, home: Path) -> Registry | None:
        try:
            raw = json.loads(registry_file(home).read_text(encoding="utf-8"))
            officers = {
                name: Officer(**{**o, "name": name})
                for name, o in raw["officers"].items()
                if o.get("role") in ROLES
            }
            for o in officers.values():
                if not (isinstance(o.failed, int) and isinstance(o.demo, bool)
                        and isinstance(o.locked_until, str | None)):
                    raise ValueError(o.name)
                if o.locked_until:
                    datetime.fromisoformat(o.locked_until)
            return cls(home, str(raw["home_id"]), officers)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise SecurityError(
                translate("Security", "Daftar petugas {path} rusak ({error}). Berkas tidak diubah.").format(
                    path=registry_file(home), error=exc
                )
            ) from exc

    def save(self) -> None:
        data = {
            "home_id": self.home_id,
            "officers": {
                n: {k: v for k, v in asdict(o).items() if k != "name"} for n, o in self.officers.items()
            },
        }
        text = json.dumps(data, indent=2, sort_keys=True)
        write_atomic(registry_file(self.home), text.encode("utf-8"), private=True)  # roles, password records

    def aad(self, officer: Officer) -> str:
        return f"mpp-assist data key|{self.home_id}|{officer.name}|{officer.role}"

    def get(self, name: str) -> Officer:
        officer = self.officers.get(name)
        if officer is None:
            raise UnknownOfficer(name)
        return officer

    # -- where wrapped keys live ---------------------------------------------------

    def demo_key_file(self) -> Path:
        return self.home / "security" / "demo-key.json"

    def _put(self, officer: Officer, record: dict) -> None:
        """The OS keyring; for the demo account only, a file when this machine has no keyring at all.

        The demo PIN is public, so on such a machine the demo database is readable by whoever holds
        the disk: demo only. A real password/PIN always needs the OS keyring.
        """
        try:
            keystore.put(self.home_id, officer.name, record)
        except KeyringUnavailable:
            if not officer.demo:
                raise
            # A wrapped data key: key material, private.
            write_atomic(self.demo_key_file(), json.dumps({officer.name: record}).encode("utf-8"), private=True)

    def _get(self, officer: Officer) -> dict | None:
        try:
            record = keystore.get(self.home_id, officer.name)
        except KeyringUnavailable:
            if not officer.demo:
                raise
            record = None
        if record is None and officer.demo:
            try:
                record = json.loads(self.demo_key_file().read_text(encoding="utf-8")).get(officer.name)
            except (OSError, ValueError, AttributeError):
                record = None
        return record if isinstance(record, dict) else None

    # -- signing in -------------------------------------------------------------

    def verify(self, name: str, secret: str, now: datetime | None = None) -> bytes:
        """The data key if ``secret`` is right; counts wrong attempts and locks after MAX_ATTEMPTS."""
        now = now or datetime.now(UTC)
        officer = self.get(name)
        dirty = False
        if officer.locked_until:
            until = datetime.fromisoformat(officer.locked_until)
            if now < until:
                raise AccountLocked(name, until)
            officer.locked_until, officer.failed, dirty = None, 0, True
        record = self._get(officer)
        if record is None:  # not a wrong PIN: the keyring lost the entry (or this is another OS user)
            raise SecurityError(
                translate(
                    "Security",
                    "Kunci petugas {name} tidak ada di brankas kunci (keyring) pengguna komputer ini."
                    " Data tidak diubah; masuk sebagai pengguna komputer yang biasa, atau hubungi admin.",
                ).format(name=name)
            )
        data_key = keys.unwrap(record, secret, self.aad(officer))
        if data_key is None:
            officer.failed += 1
            if officer.failed >= MAX_ATTEMPTS:
                officer.locked_until = (now + LOCKOUT).isoformat(timespec="seconds")
                self.save()
                raise AccountLocked(name, now + LOCKOUT)
            self.save()
            raise WrongCredentials(MAX_ATTEMPTS - officer.failed)
        if officer.failed or dirty:
            officer.failed = 0
            self.save()
        return data_key

    # -- managing accounts (the caller checks the acting officer's role) ---------

    def add(self, data_key: bytes, name: str, role: str, secret: str, *, demo: bool = False) -> Officer:
        check_name(name)
        if role not in ROLES:
            raise SecurityError(translate("Security", "Peran tidak dikenal: {role}.").format(role=role))
        if name in self.officers:
            raise SecurityError(translate("Security", "Petugas {name} sudah terdaftar.").format(name=name))
        check_secret(secret)
        officer = Officer(name, role, demo=demo, created_at=datetime.now(UTC).isoformat(timespec="seconds"))
        self._put(officer, keys.wrap(data_key, secret, self.aad(officer)))
        self.officers[name] = officer
        self.save()
        return officer

    def set_secret(self, data_key: bytes, name: str, secret: str) -> None:
        officer = self.get(name)
        check_secret(secret)
        # A real password/PIN: the OS keyring only.
        keystore.put(self.home_id, name, keys.wrap(data_key, secret, self.aad(officer)))
        officer.demo, officer.failed, officer.locked_until = False, 0, None
        self.save()
        self.demo_key_file().unlink(missing_ok=True)

    def remove(self, name: str) -> None:
        officer = self.get(name)
        admins = [o for o in self.officers.values() if o.role == "admin"]
        if officer.role == "admin" and len(admins) == 1:
            raise SecurityError(translate("Security", "Admin terakhir tidak bisa dihapus."))
        del self.officers[name]
        self.save()
        if officer.demo:
            self.demo_key_file().unlink(missing_ok=True)
        try:
            keystore.delete(self.home_id, name)
        except KeyringUnavailable:
            if not officer.demo:
                raise


def check_name(name: str) -> None:
    if not NAME_RE.match(name):
        raise SecurityError(
            translate(
                "Security",
                "Nama petugas hanya boleh huruf kecil, angka, titik, garis bawah atau tanda hubung"
                " (paling banyak 32).",
            )
        )


def check_secret(secret: str) -> None:
    if len(secret) < MIN_SECRET:
        raise SecurityError(
            translate("Security", "Kata sandi/PIN minimal {n} karakter.").format(n=MIN_SECRET)
        )


def bootstrap(home: Path, first: tuple[str, str] | None = None) -> tuple[Registry, bytes]:
    """Create the data key and the first admin of a data home that has none.

    ``first`` is (name, password); without it the demo admin is created. Returns the
    registry and the new data key. Two processes starting at once on a fresh home
    (the window and a command, say) agree on one key: the one that holds the bootstrap lock
    creates it; the other waits for its registry and then signs in normally. The lock is the
    OS's (``process_lock``): a process killed half-way leaves nothing that makes the next start wait.
    """
    with _bootstrap_lock:
        if Registry.load(home) is not None:
            raise AlreadyBootstrapped
        folder = registry_file(home).parent
        folder.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + 30
        while True:
            with process_lock.held(folder / "bootstrap.lock") as mine:
                if mine:
                    if Registry.load(home) is not None:  # the other process finished first
                        raise AlreadyBootstrapped
                    registry = Registry(home, uuid.uuid4().hex, {})
                    data_key = new_data_key()
                    name, secret = first or (DEMO_OFFICER, DEMO_PIN)
                    registry.add(data_key, name, "admin", secret, demo=first is None)
                    return registry, data_key
            # Another live process is creating it: wait for its registry (or for it to die).
            if Registry.load(home) is not None or time.monotonic() > deadline:
                raise AlreadyBootstrapped
            time.sleep(0.05)


class AlreadyBootstrapped(SecurityError):
    def __init__(self) -> None:
        super().__init__(translate("Security", "Komputer ini sudah punya daftar petugas."))
