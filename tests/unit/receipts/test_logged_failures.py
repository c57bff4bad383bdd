"""A receipt still prints when a requirement's condition fails, and the failure is logged (without the answers)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from mpp_assist import forms
from mpp_assist.receipts.content import relevant_requirements

from .conftest import FULL_NIK, Definition, Req


@dataclass(frozen=True)
class Conditional(Req):
    relevant: Any = field(default=None)


def _broken(env: Any) -> bool:
    raise ZeroDivisionError(f"answer {FULL_NIK}")  # what an error's message can quote: an answer


def test_a_failing_condition_keeps_its_requirement_and_is_logged(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(forms, "evaluate", lambda definition, answers: SimpleNamespace(env={}))
    definition = Definition(requirements=[Conditional("kk", Definition().requirements[0].name, relevant=_broken)])
    with caplog.at_level(logging.WARNING, logger="mpp_assist.receipts.content"):
        kept = relevant_requirements(definition, {"nik": FULL_NIK})
    assert [r.id for r in kept] == ["kk"]
    assert any("kk" in r.getMessage() and "ZeroDivisionError" in r.getMessage() for r in caplog.records)
    assert FULL_NIK not in caplog.text


def test_answers_that_do_not_evaluate_list_every_requirement_and_are_logged(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(definition: Any, answers: Any) -> Any:
        raise ValueError(f"answer {FULL_NIK}")

    monkeypatch.setattr(forms, "evaluate", fails)
    definition = Definition(requirements=[Conditional("kk", Definition().requirements[0].name, relevant=_broken)])
    with caplog.at_level(logging.WARNING, logger="mpp_assist.receipts.content"):
        kept = relevant_requirements(definition, {"nik": FULL_NIK})
    assert [r.id for r in kept] == ["kk"]
    assert "ValueError" in caplog.text and FULL_NIK not in caplog.text
