"""The service catalogue: every definition shipped in ``forms/services/``, loaded once."""

from __future__ import annotations

import threading
from pathlib import Path

from mpp_assist.forms.loader import load_definition
from mpp_assist.forms.model import FormDefinition

SERVICES_DIR = Path(__file__).with_name("services")

# Desk order: the services people come for most, Dukcapil first.
ORDER = [
    "ktp-el",
    "kartu-keluarga",
    "akta-kelahiran",
    "pindah-datang",
    "skck",
    "paspor",
    "bpjs-kesehatan",
    "nib",
]


class UnknownService(KeyError):
    """No service with that id in the catalogue."""

    def __init__(self, service_id: str) -> None:
        super().__init__(service_id)
        self.service_id = service_id


class Catalogue:
    def __init__(self, definitions: list[FormDefinition]) -> None:
        rank = {sid: i for i, sid in enumerate(ORDER)}
        self._list = sorted(definitions, key=lambda d: (rank.get(d.id, len(ORDER)), d.id))
        self._by_id = {d.id: d for d in self._list}

    def services(self) -> list[FormDefinition]:
        return list(self._list)

    def get(self, service_id: str) -> FormDefinition:
        try:
            return self._by_id[service_id]
        except KeyError:
            raise UnknownService(service_id) from None

    def __contains__(self, service_id: object) -> bool:
        return service_id in self._by_id

    def __len__(self) -> int:
        return len(self._list)


def definition_files(folder: Path = SERVICES_DIR) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".example.json"))


_lock = threading.Lock()
_cached: Catalogue | None = None


def load_catalogue(*, reload: bool = False) -> Catalogue:
    """The shipped catalogue, loaded and checked once per process (thread-safe).

    A broken shipped definition raises ``DefinitionError``: that is a release bug the
    catalogue tests catch, not something an officer can fix.
    """
    global _cached
    with _lock:
        if _cached is None or reload:
            _cached = Catalogue([load_definition(p) for p in definition_files()])
        return _cached
