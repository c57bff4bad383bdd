"""Shared, expensive things for the document tests: one OCR engine, one set of generated cards.

Seeds below 1000 are the tests'; the benchmark draws from 10000 up, so nothing here is tuned
on what it measures.
"""

from __future__ import annotations

import random

import pytest

from documents import synth


@pytest.fixture(scope="session")
def engine_ready() -> None:
    from mpp_assist.documents import warm_up

    warm_up()


@pytest.fixture(scope="session")
def clean_ktp() -> tuple[synth.Ktp, bytes]:
    card = synth.make_ktp(random.Random(101))
    return card, synth.to_bytes(synth.render_ktp(card))


@pytest.fixture(scope="session")
def clean_kk() -> tuple[synth.Family, bytes]:
    family = synth.make_kk(random.Random(202), size=4)
    return family, synth.to_bytes(synth.render_kk(family))
