"""The service catalogue: every definition shipped in ``forms/services/``, loaded once."""

from __future__ import annotations

import threading
from pathlib import Path

from mpp_assist.forms.loader import DefinitionError, load_definition
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
    def __init__(
        self, definitions: list[FormDefinition], broken: dict[str, DefinitionError] | None = None
    ) -> None:
        # Definitions that failed their checks, by file name: left out, so one bad file added
        # by an agency never stops the desk; ``mpp-assist validate-form`` says what is wrong.
        self.broken: dict[str, DefinitionError] = dict(broken or {})
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

    A definition that fails its checks is left out and listed in ``Catalogue.broken``
    (the catalogue tests require that list to be empty for what we ship).
    """
    global _cached
    with _lock:
        if _cached is None or reload:
            good: list[FormDefinition] = []
            broken: dict[str, DefinitionError] = {}
            for path in definition_files():
                try:
                    good.append(load_definition(path))
                except DefinitionError as exc:
                    broken[path.name] = exc
            _cached = Catalogue(good, broken)
        return _cached
