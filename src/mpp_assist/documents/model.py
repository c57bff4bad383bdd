"""What reading a document yields: fields with a value, a confidence and where each was read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in the corrected document image

KTP_FIELDS = (
    "nik", "nama_lengkap", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "golongan_darah", "alamat",
    "rt", "rw", "kel_desa", "kecamatan", "kabupaten_kota", "provinsi", "desa", "agama",
    "status_perkawinan", "pekerjaan", "kewarganegaraan",
)
KK_FIELDS = (
    "no_kk", "nama_kepala", "alamat", "rt", "rw", "kel_desa", "kecamatan", "kabupaten_kota", "provinsi",
    "kode_pos", "desa",
)
MEMBER_FIELDS = (
    "nik", "nama_lengkap", "jenis_kelamin", "tempat_lahir", "tanggal_lahir", "agama", "pendidikan",
    "pekerjaan", "status_perkawinan", "hubungan", "kewarganegaraan", "nama_ayah", "nama_ibu",
)


@dataclass
class FieldReading:
    """One value read. ``value`` is None when nothing usable was read: never a guess."""

    value: Any = None
    confidence: float = 0.0
    box: Box | None = None
    raw: str | None = None  # the text as read, for the officer to correct from
    problems: list[str] = field(default_factory=list)

    def doubt(self, problem: str, ceiling: float = 0.4) -> None:
        """A check failed: say why and lower the confidence so the UI asks first."""
        self.problems.append(problem)
        self.confidence = min(self.confidence, ceiling)

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "confidence": round(self.confidence, 3),
            "box": list(self.box) if self.box else None,
            "raw": self.raw,
            "problems": list(self.problems),
        }


def empty_fields(names: tuple[str, ...]) -> dict[str, FieldReading]:
    return {n: FieldReading() for n in names}


@dataclass
class Reading:
    """A KTP-el (``kind="ktp"``) or Kartu Keluarga (``kind="kk"``) as read from one picture.

    ``image`` is the corrected, upright document (RGB, numpy array) that every ``box`` refers to,
    for the confirmation page's crops; it is never stored.
    """

    kind: str
    fields: dict[str, FieldReading]
    members: list[dict[str, FieldReading]] = field(default_factory=list)
    image: Any = None

    @property
    def confidence(self) -> float:
        """The weakest field read decides: the officer must look at least that closely."""
        values = [f.confidence for f in self.fields.values() if f.value is not None]
        values += [f.confidence for m in self.members for f in m.values() if f.value is not None]
        return min(values) if values else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "fields": {k: v.to_json() for k, v in self.fields.items()},
            "members": [{k: v.to_json() for k, v in m.items()} for m in self.members],
            "confidence": round(self.confidence, 3),
        }

    def values(self) -> dict[str, Any]:
        """Plain values, for tests and for prefilling: ``{"fields": {...}, "members": [{...}]}``."""
        return {
            "fields": {k: v.value for k, v in self.fields.items()},
            "members": [{k: v.value for k, v in m.items()} for m in self.members],
        }
