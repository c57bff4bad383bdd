"""Submitting an application: check the answers, store them durably, queue them for sync.

The one way both the GUI and the CLI turn answers into an application, so the
desk and ``mpp-assist apply`` can never disagree about what is valid.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from mpp_assist.forms import FormDefinition, Problem, validate
from mpp_assist.store import Application, Store


class InvalidAnswers(Exception):
    """The answers have errors; nothing was stored. ``problems`` says what and where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def submit(
    store: Store,
    definition: FormDefinition,
    answers: dict[str, Any],
    *,
    officer: str,
    desk: str,
    requirements: dict[str, str] | None = None,
    draft_id: str | None = None,
    today: date | None = None,
) -> Application:
    """Store ``answers`` as a new application queued for sync, or raise InvalidAnswers.

    Warnings (an unknown NIK region code, a postcode that differs from the village's)
    are the officer's call and do not block; errors do.
    """
    problems = validate(definition, answers, today=today)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InvalidAnswers(errors)
    return store.create_application(
        service_id=definition.id,
        form_version=definition.version,
        answers=definition.normalise(answers),
        officer=officer,
        desk=desk,
        requirements=requirements,
        draft_id=draft_id,
    )
