"""Form definitions as objects: services, requirements, sections, fields, choices.

Built from a definition's JSON (after the JSON Schema check) by ``loader``. Every
expression is already parsed and type-checked here, so nothing about a
definition can fail at the desk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mpp_assist.forms.expressions import ANY, BOOL, DATE, LIST, NUMBER, REPEAT, TEXT, Expression
from mpp_assist.forms.text import Text

# Field type -> the type its value has inside expressions.
FIELD_TYPES: dict[str, str] = {
    "text": TEXT,
    "long_text": TEXT,
    "name": TEXT,
    "integer": NUMBER,
    "decimal": NUMBER,
    "date": DATE,
    "boolean": BOOL,
    "select_one": TEXT,
    "select_many": LIST,
    "nik": TEXT,
    "kk": TEXT,
    "npwp": TEXT,
    "phone": TEXT,
    "email": TEXT,
    "postcode": TEXT,
    "nib": TEXT,
    "region": TEXT,
    "attachment": TEXT,
    "note": ANY,
    "repeat": REPEAT,
}
CHOICE_TYPES = {"select_one", "select_many"}
NO_VALUE_TYPES = {"note"}
REGION_LEVELS = {"province": 1, "regency": 2, "district": 3, "village": 4}


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text
    data: dict[str, str] = field(default_factory=dict)  # extra attributes for choice filters


@dataclass(frozen=True)
class Requirement:
    """One document in the persyaratan list."""

    id: str
    name: Text
    hint: Text
    original_shown: bool = False  # the original must be shown to the officer
    copy_kept: bool = False  # a photocopy/scan is kept with the application
    sptjm_allowed: bool = False  # a sworn statement (SPTJM) may stand in for it
    relevant: Expression | None = None


@dataclass
class Field:
    id: str
    type: str
    label: Text
    hint: Text = field(default_factory=Text)
    prompt: Text | None = None
    required: bool = False
    read_only: bool = False
    constraint: Expression | None = None
    constraint_message: Text | None = None
    relevant: Expression | None = None
    calculate: Expression | None = None
    default: Any = None
    prefill_field: str | None = None  # copy another field's answer when this one is empty
    prefill_when: Expression | None = None  # … only while this holds (the reporter is the father)
    profile_key: str | None = None  # fact about the applicant: read from and written to the profile
    choices: list[Choice] = field(default_factory=list)
    choice_filter: Expression | None = None
    min: float | None = None
    max: float | None = None
    max_length: int | None = None
    min_count: int = 0  # select_many: choices; repeat: items
    max_count: int | None = None
    past: bool = False  # date must not be after today
    future: bool = False  # date must not be before today
    level: str = "village"  # region: how deep the pick goes
    checks: dict[str, str] = field(
        default_factory=dict
    )  # nik: {"birth_date": id, "sex": id}; postcode: {"village": id}
    fields: list[Field] = field(default_factory=list)  # repeat: the fields of one item
    item_label: Text | None = None  # repeat: "Saksi {n}"
    unique: bool = False  # in a repeat: no two items may give the same answer (a NIK)
    accept: list[str] = field(default_factory=list)  # attachment: file kinds
    glossary: list[str] = field(default_factory=list)  # glossary terms this field uses
    path: str = ""  # location in the definition JSON, for messages
    group: Field | None = field(default=None, repr=False)  # the repeat this field belongs to

    @property
    def spoken_prompt(self) -> Text:
        """What text-to-speech reads for this field: its prompt, or label + hint."""
        if self.prompt:
            return self.prompt
        return self.label + self.hint if self.hint else self.label

    @property
    def expr_type(self) -> str:
        return self.calculate.type if self.calculate is not None else FIELD_TYPES[self.type]

    @property
    def has_value(self) -> bool:
        return self.type not in NO_VALUE_TYPES

    def field(self, field_id: str) -> Field:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def choice(self, value: str) -> Choice | None:
        for c in self.choices:
            if c.value == value:
                return c
        return None


@dataclass
class Section:
    id: str
    title: Text
    fields: list[Field]
    description: Text = field(default_factory=Text)
    relevant: Expression | None = None


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    meaning: Text


@dataclass(frozen=True)
class ServiceGroup:
    """The kiosk's button for several services of one counter (*Kependudukan*: KTP-el, KK, akta, pindah);
    the queue's number prefix follows it. A definition without one is grouped by its agency."""

    id: str
    name: Text


@dataclass
class FormDefinition:
    """One service's application form: what it is, what documents it needs, and its questions."""

    id: str
    version: str
    name: Text
    description: Text
    agency: Text
    legal_basis: list[Text]
    fee: int  # rupiah; 0 for free services
    service_days: int  # working days from a complete application
    requirements: list[Requirement]
    sections: list[Section]
    glossary: list[GlossaryTerm] = field(default_factory=list)
    fee_note: Text = field(default_factory=Text)
    group: ServiceGroup | None = None  # None only before loading: the loader always sets one
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    source: Path | None = None
    _index: dict[str, Field] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for section in self.sections:
            for f in section.fields:
                self._index[f.id] = f

    # -- look-ups ---------------------------------------------------------------------------------

    def field(self, field_id: str) -> Field:
        """A top-level field by id, or a repeat's field by ``"group.field"`` / ``"group[0].field"``."""
        if field_id in self._index:
            return self._index[field_id]
        if "." in field_id:
            group_part, _, child = field_id.rpartition(".")
            group_id = group_part.split("[", 1)[0]
            group = self._index.get(group_id)
            if group is not None and group.type == "repeat":
                return group.field(child)
        raise KeyError(field_id)

    def fields(self) -> list[Field]:
        """Every top-level field in order (repeat groups as one field)."""
        return [f for s in self.sections for f in s.fields]

    def section_of(self, field_id: str) -> Section:
        top = field_id.split("[", 1)[0].split(".", 1)[0]
        for s in self.sections:
            if any(f.id == top for f in s.fields):
                return s
        raise KeyError(field_id)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def requirement(self, requirement_id: str) -> Requirement:
        for r in self.requirements:
            if r.id == requirement_id:
                return r
        raise KeyError(requirement_id)

    # -- data -------------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The definition as it was loaded (a deep copy: callers may not change the definition)."""
        return json.loads(json.dumps(self.raw))

    def example_answers(self) -> dict[str, Any]:
        """The complete example answers shipped beside the definition (``<id>.example.json``)."""
        if self.source is None:
            return {}
        path = self.source.with_name(f"{self.id}.example.json")
        if not path.exists():
            return {}
        return json.loads(path.read_text(encoding="utf-8"))

    def requirements_for(self, answers: dict[str, Any], *, today: Any = None) -> list[Requirement]:
        """The documents these answers call for (requirements whose relevance holds)."""
        from mpp_assist.forms.engine import evaluate

        env = evaluate(self, answers, today=today).env
        return [r for r in self.requirements if r.relevant is None or r.relevant(env)]

    def normalise(self, answers: dict[str, Any], *, today: Any = None) -> dict[str, Any]:
        """The canonical stored form (see ``engine.normalise``)."""
        from mpp_assist.forms.engine import normalise

        return normalise(self, answers, today=today)


__all__ = [
    "BOOL",
    "CHOICE_TYPES",
    "DATE",
    "FIELD_TYPES",
    "LIST",
    "NUMBER",
    "REPEAT",
    "TEXT",
    "Choice",
    "Field",
    "FormDefinition",
    "GlossaryTerm",
    "Requirement",
    "Section",
]
