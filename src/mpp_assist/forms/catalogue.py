"""The service catalogue: the definitions shipped in ``forms/services/``, merged with the
catalogue the desk fetched from the backend (newer versions win), checked and cached."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mpp_assist.forms.loader import DefinitionError, DefinitionProblem, check_data, load_definition
from mpp_assist.forms.model import FormDefinition, ServiceGroup
from mpp_assist.i18n import translate
from mpp_assist.paths import data_home

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
        self,
        definitions: list[FormDefinition],
        broken: dict[str, DefinitionError] | None = None,
        *,
        older: list[FormDefinition] | None = None,
    ) -> None:
        # Definitions that failed their checks, by file name: left out, so one bad file added
        # by an agency never stops the desk; ``mpp-assist validate-form`` says what is wrong.
        self.broken: dict[str, DefinitionError] = dict(broken or {})
        rank = {sid: i for i, sid in enumerate(ORDER)}
        self._list = sorted(definitions, key=lambda d: (rank.get(d.id, len(ORDER)), d.id))
        self._by_id = {d.id: d for d in self._list}
        # Every valid version seen (current ones included), by (id, normalised version).
        self._versions = {(d.id, _norm(d.version)): d for d in [*(older or []), *self._list]}

    def services(self) -> list[FormDefinition]:
        return list(self._list)

    def groups(self) -> list[tuple[ServiceGroup, list[FormDefinition]]]:
        """The service groups (the kiosk's buttons), each where its first service is in desk order,
        with its services in that order."""
        out: dict[str, tuple[ServiceGroup, list[FormDefinition]]] = {}
        for d in self._list:
            group = d.group or ServiceGroup(d.id, d.name)
            out.setdefault(group.id, (group, []))[1].append(d)
        return list(out.values())

    def get(self, service_id: str) -> FormDefinition:
        try:
            return self._by_id[service_id]
        except KeyError:
            raise UnknownService(service_id) from None

    def version(self, service_id: str, version: str) -> FormDefinition | None:
        """That exact version of a service's definition, if this catalogue has seen it."""
        return self._versions.get((service_id, _norm(version)))

    def versions(self, service_id: str) -> list[str]:
        """The versions known for a service, oldest first."""
        found = [d.version for (sid, _v), d in self._versions.items() if sid == service_id]
        return sorted(found, key=version_key)

    def __contains__(self, service_id: object) -> bool:
        return service_id in self._by_id

    def __len__(self) -> int:
        return len(self._list)


def definition_files(folder: Path = SERVICES_DIR) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".example.json"))


def version_key(version: str) -> tuple[int, ...]:
    """Definition versions are dotted whole numbers compared part by part ("2025.10" > "2025.9").

    Trailing zeros do not count ("2025" and "2025.0" are the same version); the schema
    allows nothing else, and anything that is not a version sorts below every version.
    """
    try:
        parts = [int(p) for p in version.split(".")]
    except (AttributeError, ValueError):
        return (-1,)
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def is_newer(candidate: str, current: str) -> bool:
    return version_key(candidate) > version_key(current)


# The catalogue the desk fetched from the backend: ``{"services": [definition, …]}``.
FETCHED_NAME = "remote.json"
MAX_FETCHED_BYTES = 8 * 1024 * 1024


def _norm(version: str) -> str:
    return ".".join(map(str, version_key(version)))


def fetched_path(home: Path | None = None) -> Path:
    """Where the sync pass keeps the catalogue fetched from the backend (under the data home)."""
    return (home or data_home()) / "catalogue" / FETCHED_NAME


def _refused(where: str, message: str) -> DefinitionError:
    return DefinitionError([DefinitionProblem("", message)], where)


def read_fetched(path: Path) -> tuple[list[FormDefinition], dict[str, DefinitionError]]:
    """The definitions in a fetched catalogue file, each checked like a shipped one.

    A bad definition is left out (listed by ``"remote.json: services[i] (id)"``); a file that is
    too big, not JSON, nested too deeply or not a catalogue is refused whole (``"remote.json"``).
    """
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return [], {}
    except OSError as exc:
        return [], {name: _refused(str(path), str(exc))}
    if size > MAX_FETCHED_BYTES:
        return [], {
            name: _refused(
                str(path),
                translate("Catalogue", "katalog dari server terlalu besar: {size} KB (paling besar {max} KB)").format(
                    size=size // 1024, max=MAX_FETCHED_BYTES // 1024
                ),
            )
        }
    try:
        services = json.loads(path.read_bytes())["services"]
        if not isinstance(services, list):
            raise TypeError
    except RecursionError:
        return [], {name: _refused(str(path), translate("Catalogue", "katalog dari server bersarang terlalu dalam"))}
    except (OSError, ValueError, KeyError, TypeError):
        return [], {
            name: _refused(str(path), translate("Catalogue", "katalog dari server bukan JSON berisi daftar 'services'"))
        }
    good: list[FormDefinition] = []
    broken: dict[str, DefinitionError] = {}
    for i, data in enumerate(services):
        sid = data.get("id") if isinstance(data, dict) else None
        key = f"{name}: services[{i}]" + (f" ({str(sid)[:64]})" if sid else "")
        try:
            definition, problems = check_data(data)
        except RecursionError:
            definition, problems = (
                None,
                [DefinitionProblem("", translate("Catalogue", "definisi bersarang terlalu dalam"))],
            )
        if definition is None:
            broken[key] = DefinitionError(problems, str(path))
            continue
        definition.source = path
        good.append(definition)
    return good, broken


def build_catalogue(folders: Sequence[Path] | None = None, fetched: Path | None = None) -> Catalogue:
    """Definitions from ``folders`` (default: the shipped ones), then the fetched catalogue file, if any.

    Every definition is checked the same way. For each service the newest version wins; a
    later source replaces an earlier one only when its version is newer (``is_newer``), so an
    older or equal fetched definition never undoes a newer shipped one. Every valid version
    is kept for ``Catalogue.version`` (applications keep the form version they were made with).
    """
    loaded: list[FormDefinition] = []
    broken: dict[str, DefinitionError] = {}
    for folder in (SERVICES_DIR,) if folders is None else folders:
        for path in definition_files(folder):
            try:
                loaded.append(load_definition(path))
            except DefinitionError as exc:
                broken[path.name] = exc
    if fetched is not None:
        good, bad = read_fetched(fetched)
        loaded += good
        broken.update(bad)
    current: dict[str, FormDefinition] = {}
    versions: dict[tuple[str, str], FormDefinition] = {}
    for d in loaded:
        versions.setdefault((d.id, _norm(d.version)), d)
        if d.id not in current or is_newer(d.version, current[d.id].version):
            current[d.id] = d
    return Catalogue(list(current.values()), broken, older=list(versions.values()))


_lock = threading.Lock()
_cached: tuple[tuple, Catalogue] | None = None


def _signature(path: Path) -> tuple:
    try:
        st = path.stat()
    except OSError:
        return (str(path),)
    return (str(path), st.st_mtime_ns, st.st_size)


def load_catalogue(*, reload: bool = False, home: Path | None = None) -> Catalogue:
    """The shipped catalogue merged with the one fetched from the backend (thread-safe, cached).

    The fetched file is ``fetched_path(home)`` (``<data home>/catalogue/remote.json``, written by
    the sync pass); the cache is rebuilt when that file changes or after ``invalidate()``. A
    definition that fails its checks is left out and listed in ``Catalogue.broken`` (the
    catalogue tests require that list to be empty for what we ship); a hostile fetched file is
    refused whole and the shipped catalogue stays.
    """
    global _cached
    fetched = fetched_path(home)
    signature = _signature(fetched)
    with _lock:
        if _cached is None or reload or _cached[0] != signature:
            _cached = (signature, build_catalogue(fetched=fetched))
        return _cached[1]


def invalidate() -> None:
    """Forget the cached catalogue (the sync pass calls this after keeping a new fetched one)."""
    global _cached
    with _lock:
        _cached = None


class LiveCatalogue:
    """The current catalogue each time it is asked: for a desk window that stays open across syncs.

    Same interface as ``Catalogue``; a sync pass that keeps a newer catalogue changes what the
    next ``get``/``services`` call answers, without a restart.
    """

    def __getattr__(self, name: str) -> Any:
        return getattr(load_catalogue(), name)

    def __contains__(self, service_id: object) -> bool:
        return service_id in load_catalogue()

    def __len__(self) -> int:
        return len(load_catalogue())
