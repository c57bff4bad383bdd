"""The applicant's own word: the read-back, the signature or the witnessed thumbprint (issue 18).

- ``signature``: ``Signature.from_strokes(w, h, strokes)`` (checked), ``encode()``/``decode()``.
- ``record``: ``ApplicantWord`` (reads for themselves?, read-back confirmed, signature or
  ``Thumbprint`` attestation), kept inside the sealed answers under ``ANSWER_KEY``;
  ``applications.submit(..., word=…)`` checks, stores and audits it.
- ``readback``: the full read-back script, section by section, for speech and the applicant display.
"""

from __future__ import annotations

from mpp_assist.attestation.record import (
    ANSWER_KEY,
    IDENTIFIED_BY,
    MODES,
    READ_BACK_CONFIRMATION,
    SIGNATURE,
    THUMBPRINT,
    ApplicantWord,
    Thumbprint,
    WordError,
    split,
    with_word,
    word_of,
)
from mpp_assist.attestation.signature import Point, Signature, SignatureError

__all__ = [
    "ANSWER_KEY",
    "IDENTIFIED_BY",
    "MODES",
    "READ_BACK_CONFIRMATION",
    "SIGNATURE",
    "THUMBPRINT",
    "ApplicantWord",
    "Point",
    "Signature",
    "SignatureError",
    "Thumbprint",
    "WordError",
    "split",
    "with_word",
    "word_of",
]
