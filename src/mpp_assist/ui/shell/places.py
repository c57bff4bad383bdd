"""The places of the desk (the navigation rail's entries) and the registry they join.

A place is one job of the desk: *Layanan* (a new application), *Permohonan* (the queue),
*Pemohon*, *Antrian*, *Laporan*, *Pengaturan*, *Bantuan*. The module that owns a place
describes it with a ``Place`` and the composition root (``mpp_assist.app``) registers it;
the window builds its rail from the registry and never names a place itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from mpp_assist.ui.shell.context import AppContext


class PlaceHost(Protocol):
    """What a place's page may ask of the window that shows it."""

    ctx: AppContext
    application_submitted: SignalInstance  # (Application) a new application, once it is stored
    receipt_printed: SignalInstance  # (application id) its receipt went to the printer

    def show_place(self, place_id: str) -> None:
        """Go to another place (its page is built if needed)."""

    def start_service(
        self,
        service_id: str,
        prefill: dict[str, Any] | None = None,
        *,
        members: list[dict[str, Any]] | None = None,
        person: bool = False,
    ) -> None:
        """Begin a new application for ``service_id``, with answers already known filled in
        (``members``: the family for a form that lists it; ``person``: replace what was known)."""

    def announce(self, text: str) -> None:
        """Tell the officer (status line) and assistive technology one short thing."""

    def speak(self, text: str) -> None:
        """Say ``text`` aloud to the applicant (silent on a desk without speech)."""

    def speak_call(self, text: str) -> None:
        """Say a queue call: the chime (unless the desk turned it off), then ``text``."""

    def go_services(self) -> None:
        """*Layanan*: the service list (a form left half-done stays as its draft)."""

    def open_settings(self) -> None:
        """The settings dialog."""

    def show_help(self) -> None:
        """The help dialog (keys, and the meaning of the words of the form being filled in)."""

    def reprint(self, app_id: str) -> None:
        """Print one application's receipt again, as the queue does."""

    def correct(self, app_id: str) -> None:
        """Open one application for correction, as the queue does."""

    def has_daily_report(self) -> bool:
        """Whether this desk keeps a queue whose daily report can be saved."""

    def save_report(self) -> Path | None:
        """Save today's report as the queue does; where it went, or None."""


@dataclass(frozen=True)
class Place:
    id: str
    # Called each time the rail is (re)translated, so a live language switch renames it.
    label: Callable[[], str]
    icon: str  # an icon name (ui.shell.icons), e.g. "mdi6.file-document-edit-outline"
    # Builds the place's page when it is first shown; None for a place that only acts (opens a dialog).
    factory: Callable[[PlaceHost], QWidget] | None = None
    # Runs when the place is chosen instead of showing a page (e.g. Pengaturan opens its dialog).
    activate: Callable[[PlaceHost], None] | None = None
    description: Callable[[], str] | None = None  # the tooltip and accessible description
    order: int = 100  # position in the rail; Alt+1 … follow it
    roles: frozenset[str] = field(default_factory=frozenset)  # empty: every officer
    # Kept across "Pemohon baru"? (A page that shows one applicant's data must not be.)
    keep_applicant: bool = False


class PlaceRegistry:
    """The places this desk offers, in rail order."""

    def __init__(self) -> None:
        self._places: dict[str, Place] = {}

    def register(self, place: Place) -> None:
        if place.id in self._places:
            raise ValueError(f"place {place.id!r} is registered twice")
        self._places[place.id] = place

    def get(self, place_id: str) -> Place:
        return self._places[place_id]

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    def __iter__(self) -> Iterator[Place]:
        return iter(sorted(self._places.values(), key=lambda p: (p.order, p.id)))

    def __len__(self) -> int:
        return len(self._places)
