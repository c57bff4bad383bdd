"""Attachment answers: a file path while typed, a small record once stored.

At the desk (or in a CLI answers file) an attachment answer is the path of a scan
or photo. ``applications.submit`` seals that file under the data home, queues it
for upload, and stores this record instead of the host path — it is also what
the server receives in ``PUT /applications/{id}``::

    {"id": "pindaian_kk", "name": "kk.jpg", "sha256": "<64 hex>", "size": 123456}

``id`` is the attachment id the file is uploaded under
(``/applications/{uuid}/attachments/{id}``): the answer's path, with repeat items
written ``group.2.field``. ``name`` is the safe file name (never a path),
``sha256`` and ``size`` describe the exact bytes uploaded.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from mpp_assist.forms.model import Field, FormDefinition
from mpp_assist.forms.text import Text

RECORD_KEYS = ("id", "name", "sha256", "size")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")

# What the officer is told a field takes (the ``accept`` kinds of the definition schema).
KIND_NAMES = {
    ("image",): Text({"id": "gambar (JPG atau PNG)", "en": "an image (JPG or PNG)"}),
    ("pdf",): Text({"id": "PDF", "en": "a PDF"}),
    ("image", "pdf"): Text({"id": "gambar (JPG atau PNG) atau PDF", "en": "an image (JPG or PNG) or a PDF"}),
}


def is_record(value: Any) -> bool:
    """A stored attachment answer (see the module docstring), exactly."""
    return (
        isinstance(value, Mapping)
        and set(value) == set(RECORD_KEYS)
        and isinstance(value["id"], str)
        and bool(_ID.match(value["id"]))
        and isinstance(value["name"], str)
        and bool(value["name"].strip())
        and isinstance(value["sha256"], str)
        and bool(_SHA256.match(value["sha256"]))
        and isinstance(value["size"], int)
        and not isinstance(value["size"], bool)
        and value["size"] >= 0
    )


def attachment_id(path: str) -> str:
    """The upload id for the answer at ``path`` (``"anggota[2].scan"`` -> ``"anggota.2.scan"``)."""
    aid = path.replace("[", ".").replace("]", "")
    if _ID.match(aid):
        return aid
    return "att-" + hashlib.sha256(path.encode()).hexdigest()[:32]  # a very long path: still unique


def kind(data: bytes) -> str | None:
    """``"image"`` or ``"pdf"`` from the file's first bytes (its name may lie); None if neither."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if (
        data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*"))
        or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")
    ):
        return "image"
    return None


def kind_name(f: Field) -> Text:
    return KIND_NAMES.get(tuple(sorted(set(f.accept))), KIND_NAMES[("image", "pdf")])


def iter_answers(
    definition: FormDefinition, answers: Mapping[str, Any]
) -> Iterator[tuple[str, Field, dict[str, Any], str]]:
    """Every non-empty attachment answer: (problem path, field, the dict holding it, its key).

    Top-level fields and fields inside repeat items; the holder is yielded so the
    caller can replace the answer in place.
    """
    for f in definition.fields():
        if f.type == "attachment" and answers.get(f.id) not in (None, ""):
            yield f.id, f, answers, f.id  # type: ignore[misc]
        elif f.type == "repeat" and isinstance(answers.get(f.id), list):
            for i, item in enumerate(answers[f.id]):
                if not isinstance(item, dict):
                    continue
                for child in f.fields:
                    if child.type == "attachment" and item.get(child.id) not in (None, ""):
                        yield f"{f.id}[{i}].{child.id}", child, item, child.id
