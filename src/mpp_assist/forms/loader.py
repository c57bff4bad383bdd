"""Reading a form definition: JSON Schema first, then meaning (ids, expressions, references).

Every problem is collected with its location in the JSON (``sections[2].fields[4].relevant``)
and a plain message, so ``mpp-assist validate-form`` can list them all at once and a
broken definition never reaches the desk.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mpp_assist.forms.dates import today as today_in_indonesia
from mpp_assist.forms.expressions import (
    ANY,
    BOOL,
    DATE,
    LIST,
    NUMBER,
    TEXT,
    Expression,
    ExpressionError,
    compile_expression,
)
from mpp_assist.forms.model import (
    CHOICE_TYPES,
    FIELD_TYPES,
    Choice,
    Field,
    FormDefinition,
    GlossaryTerm,
    Requirement,
    Section,
    ServiceGroup,
)
from mpp_assist.forms.text import Text
from mpp_assist.i18n import translate

SCHEMA_PATH = Path(__file__).with_name("form-definition.schema.json")


@dataclass(frozen=True)
class DefinitionProblem:
    location: str  # "sections[2].fields[4].relevant"; "" for the whole file
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class DefinitionError(Exception):
    """A definition that cannot be used; ``problems`` lists every problem found."""

    def __init__(self, problems: list[DefinitionProblem], source: str = "") -> None:
        super().__init__("; ".join(map(str, problems[:5])))
        self.problems = problems
        self.source = source


@cache
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


if TYPE_CHECKING:
    import jsonschema


@cache
def _validator() -> jsonschema.protocols.Validator:
    import jsonschema  # on first check, not at import: half a second of every start otherwise

    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    return cls(schema())


def location(parts: Any) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _schema_message(err: jsonschema.ValidationError) -> str:
    v = err.validator
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        return translate("Definition", "'{name}' wajib ada").format(name=missing)
    if v == "additionalProperties":
        extra = (
            sorted(set(err.instance) - set(err.schema.get("properties", {})))
            if isinstance(err.instance, dict)
            else []
        )
        return translate("Definition", "kunci tidak dikenal: {names}").format(
            names=", ".join(map(repr, extra))
        )
    if v == "type":
        return translate("Definition", "harus bertipe {type}").format(type=err.validator_value)
    if v == "enum":
        return translate("Definition", "{value!r} tidak dikenal; pilih salah satu: {choices}").format(
            value=err.instance, choices=", ".join(map(str, err.validator_value))
        )
    if v in ("oneOf", "anyOf"):
        message = translate("Definition", 'harus teks, atau objek {{"id": …, "en": …}} tanpa teks kosong')
        return message.format()  # unescapes the braces
    if v == "pattern":
        return translate("Definition", "{value!r} tidak sesuai pola {pattern}").format(
            value=err.instance, pattern=err.validator_value
        )
    if v in ("minItems", "minLength", "minProperties"):
        return translate("Definition", "tidak boleh kosong")
    if v == "minimum":
        return translate("Definition", "paling kecil {min}").format(min=err.validator_value)
    if v == "not":
        return translate("Definition", "'fields' hanya untuk isian bertipe repeat")
    return err.message


def schema_problems(data: Any) -> list[DefinitionProblem]:
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    out = []
    for err in errors:
        # if/then wrappers say nothing useful: report their inner error instead.
        if err.validator in ("if", "then", "allOf") and err.context:
            err = err.context[0]
        out.append(DefinitionProblem(location(err.absolute_path), _schema_message(err)))
    return out


# --- building the model --------------------------------------------------------------------------

_CALC_TARGET = {
    "integer": NUMBER,
    "decimal": NUMBER,
    "date": DATE,
    "boolean": BOOL,
    "select_many": LIST,
}


# A value of the first type is always a valid answer of the second.
_PREFILL_COMPATIBLE = {
    ("nik", "npwp"),
    ("name", "text"),
    ("text", "long_text"),
    ("name", "long_text"),
    ("text", "name"),
}


class _Builder:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.problems: list[DefinitionProblem] = []
        self.top: dict[str, dict[str, Any]] = {}  # id -> raw field (top level)

    def problem(self, where: str, message: str) -> None:
        self.problems.append(DefinitionProblem(where, message))

    def group(self, d: dict[str, Any]) -> ServiceGroup:
        """The definition's service group; without one, its agency's (one button per agency)."""
        raw = d.get("group")
        if isinstance(raw, dict):
            return ServiceGroup(id=raw["id"], name=self.text(raw["name"]))
        agency = self.text(d["agency"])
        return ServiceGroup(id="agency-" + re.sub(r"[^a-z0-9]+", "-", agency.get("id").lower()).strip("-"), name=agency)

    def text(self, value: Any) -> Text:
        return Text(value) if value is not None else Text()

    # Expression scope: sibling fields of a repeat first, then top-level fields.
    def _type_of(self, raw: dict[str, Any]) -> str:
        if raw.get("calculate"):
            # Calculations take the declared field type's expression type.
            return _CALC_TARGET.get(raw["type"], FIELD_TYPES[raw["type"]])
        return FIELD_TYPES[raw["type"]]

    def resolver(
        self,
        siblings: dict[str, dict[str, Any]] | None,
        own: dict[str, Any] | None = None,
        extra: dict[str, str] | None = None,
    ):
        def resolve(name: str) -> str | None:
            if extra and name in extra:
                return extra[name]
            if name == ".":
                return self._type_of(own) if own is not None else None
            if siblings and name in siblings:
                return self._type_of(siblings[name])
            if name in self.top:
                return self._type_of(self.top[name])
            return None

        return resolve

    def expr(self, source: str | None, where: str, resolve, want: str | None = None) -> Expression | None:
        if source is None:
            return None
        try:
            return compile_expression(source, resolve, want=want)
        except ExpressionError as exc:
            self.problem(where, exc.message)
            return None

    def build(self) -> FormDefinition:
        d = self.data
        section_ids: set[str] = set()
        for si, s in enumerate(d["sections"]):
            if s["id"] in section_ids:
                self.problem(
                    f"sections[{si}].id",
                    translate("Definition", "id bagian '{id}' dipakai dua kali").format(id=s["id"]),
                )
            section_ids.add(s["id"])
            for fi, f in enumerate(s["fields"]):
                if f["id"] in self.top:
                    self.problem(
                        f"sections[{si}].fields[{fi}].id",
                        translate("Definition", "id isian '{id}' dipakai dua kali").format(id=f["id"]),
                    )
                self.top.setdefault(f["id"], f)
        glossary = [GlossaryTerm(g["term"], self.text(g["meaning"])) for g in d.get("glossary", [])]
        terms = {g.term.lower() for g in glossary}
        top_resolve = self.resolver(None)
        requirements = []
        req_ids: set[str] = set()
        for ri, r in enumerate(d["requirements"]):
            if r["id"] in req_ids:
                self.problem(
                    f"requirements[{ri}].id",
                    translate("Definition", "id persyaratan '{id}' dipakai dua kali").format(id=r["id"]),
                )
            req_ids.add(r["id"])
            requirements.append(
                Requirement(
                    id=r["id"],
                    name=self.text(r["name"]),
                    hint=self.text(r.get("hint")),
                    original_shown=r.get("original_shown", False),
                    copy_kept=r.get("copy_kept", False),
                    sptjm_allowed=r.get("sptjm_allowed", False),
                    relevant=self.expr(r.get("relevant"), f"requirements[{ri}].relevant", top_resolve, BOOL),
                )
            )
        sections = []
        for si, s in enumerate(d["sections"]):
            fields = [
                self.field(f, f"sections[{si}].fields[{fi}]", None, terms) for fi, f in enumerate(s["fields"])
            ]
            sections.append(
                Section(
                    id=s["id"],
                    title=self.text(s["title"]),
                    description=self.text(s.get("description")),
                    relevant=self.expr(s.get("relevant"), f"sections[{si}].relevant", top_resolve, BOOL),
                    fields=fields,
                )
            )
        definition = FormDefinition(
            id=d["id"],
            version=d["version"],
            name=self.text(d["name"]),
            description=self.text(d.get("description")),
            agency=self.text(d["agency"]),
            group=self.group(d),
            legal_basis=[self.text(t) for t in d.get("legal_basis", [])],
            fee=d["fee"],
            fee_note=self.text(d.get("fee_note")),
            service_days=d["service_days"],
            requirements=requirements,
            sections=sections,
            glossary=glossary,
            raw=d,
        )
        self.check_calculation_cycles(definition)
        return definition

    def field(
        self,
        f: dict[str, Any],
        where: str,
        siblings: dict[str, dict[str, Any]] | None,
        terms: set[str],
        group: Field | None = None,
    ) -> Field:
        ftype = f["type"]
        resolve = self.resolver(siblings, None)
        own_resolve = self.resolver(siblings, f)
        choices = [
            Choice(c["value"], self.text(c["label"]), dict(c.get("data", {}))) for c in f.get("choices", [])
        ]
        seen: set[str] = set()
        for ci, c in enumerate(choices):
            if c.value in seen:
                self.problem(
                    f"{where}.choices[{ci}].value",
                    translate("Definition", "nilai pilihan '{value}' dipakai dua kali").format(value=c.value),
                )
            seen.add(c.value)
        if f.get("choices") and ftype not in CHOICE_TYPES:
            self.problem(
                f"{where}.choices", translate("Definition", "'choices' hanya untuk select_one/select_many")
            )
        data_keys = {k for c in choices for k in c.data}
        filter_scope = {"value": TEXT, **dict.fromkeys(data_keys, TEXT)}
        calculate = self.expr(f.get("calculate"), f"{where}.calculate", resolve)
        if calculate is not None:
            want = _CALC_TARGET.get(ftype, FIELD_TYPES[ftype])
            if calculate.type not in (want, ANY):
                self.problem(
                    f"{where}.calculate",
                    translate(
                        "Definition", "hasil perhitungan bertipe {got}, padahal isian ini bertipe {want}"
                    ).format(got=calculate.type, want=want),
                )
        prefill = f.get("prefill", {})
        if "field" in prefill:
            target = (siblings or {}).get(prefill["field"]) or self.top.get(prefill["field"])
            if target is None:
                self.problem(
                    f"{where}.prefill.field",
                    translate("Definition", "isian '{name}' tidak dikenal").format(name=prefill["field"]),
                )
            elif target["type"] != ftype and (target["type"], ftype) not in _PREFILL_COMPATIBLE:
                self.problem(
                    f"{where}.prefill.field",
                    translate(
                        "Definition", "isian '{name}' bertipe {got}, padahal isian ini bertipe {want}"
                    ).format(name=prefill["field"], got=target["type"], want=ftype),
                )
        if "when" in prefill and ("field" not in prefill or siblings is not None):
            self.problem(
                f"{where}.prefill.when",
                translate("Definition", "'when' hanya bersama 'field', di luar kelompok berulang"),
            )
        checks = dict(f.get("checks", {}))
        wanted_check_types = {"birth_date": ("date",), "sex": ("select_one",), "village": ("region",)}
        for key, target_id in checks.items():
            target = (siblings or {}).get(target_id) or self.top.get(target_id)
            if target is None:
                self.problem(
                    f"{where}.checks.{key}",
                    translate("Definition", "isian '{name}' tidak dikenal").format(name=target_id),
                )
            elif target["type"] not in wanted_check_types[key]:
                self.problem(
                    f"{where}.checks.{key}",
                    translate(
                        "Definition", "isian '{name}' bertipe {got}, padahal yang diperlukan {want}"
                    ).format(name=target_id, got=target["type"], want=wanted_check_types[key][0]),
                )
            elif key == "sex" and {c["value"] for c in target.get("choices", [])} != {"L", "P"}:
                self.problem(
                    f"{where}.checks.sex",
                    translate(
                        "Definition", "isian jenis kelamin '{name}' harus punya pilihan 'L' dan 'P'"
                    ).format(name=target_id),
                )
        if (
            (ftype == "nik" and set(checks) - {"birth_date", "sex"})
            or (ftype == "postcode" and set(checks) - {"village"})
            or (checks and ftype not in ("nik", "postcode"))
        ):
            self.problem(
                f"{where}.checks",
                translate("Definition", "'checks' hanya untuk nik (birth_date, sex) dan postcode (village)"),
            )
        for gi, term in enumerate(f.get("glossary", [])):
            if term.lower() not in terms:
                self.problem(
                    f"{where}.glossary[{gi}]",
                    translate("Definition", "istilah '{term}' tidak ada di glossary").format(term=term),
                )
        if "min" in f and "max" in f and f["min"] > f["max"]:
            self.problem(f"{where}.min", translate("Definition", "'min' lebih besar dari 'max'"))
        if f.get("min_count", 0) > f.get("max_count", 10**9):
            self.problem(
                f"{where}.min_count", translate("Definition", "'min_count' lebih besar dari 'max_count'")
            )
        default = f.get("default")
        if default is not None and choices:
            values = default if isinstance(default, list) else [default]
            for v in values:
                if v not in seen:
                    self.problem(
                        f"{where}.default",
                        translate("Definition", "nilai bawaan '{value}' tidak ada di pilihan").format(
                            value=v
                        ),
                    )
        field = Field(
            id=f["id"],
            type=ftype,
            label=self.text(f["label"]),
            hint=self.text(f.get("hint")),
            prompt=self.text(f["prompt"]) if f.get("prompt") else None,
            required=f.get("required", False),
            read_only=f.get("read_only", False) or "calculate" in f,
            constraint=self.expr(f.get("constraint"), f"{where}.constraint", own_resolve, BOOL),
            constraint_message=self.text(f["constraint_message"]) if f.get("constraint_message") else None,
            relevant=self.expr(f.get("relevant"), f"{where}.relevant", resolve, BOOL),
            calculate=calculate,
            default=default,
            prefill_field=prefill.get("field"),
            prefill_when=self.expr(prefill.get("when"), f"{where}.prefill.when", resolve, BOOL)
            if siblings is None else None,
            profile_key=prefill.get("profile"),
            choices=choices,
            choice_filter=self.expr(
                f.get("choice_filter"),
                f"{where}.choice_filter",
                self.resolver(siblings, None, filter_scope),
                BOOL,
            ),
            min=f.get("min"),
            max=f.get("max"),
            max_length=f.get("max_length"),
            min_count=f.get("min_count", 0),
            max_count=f.get("max_count"),
            past=f.get("past", False),
            future=f.get("future", False),
            level=f.get("level", "village"),
            checks=checks,
            item_label=self.text(f["item_label"]) if f.get("item_label") else None,
            accept=list(f.get("accept", [])),
            unique=f.get("unique", False),
            glossary=list(f.get("glossary", [])),
            path=where,
            group=group,
        )
        if default is not None and not choices and ftype not in ("repeat", "note"):
            from mpp_assist.forms.engine import read_value  # the engine builds on this module's output

            if not read_value(field, default, today=today_in_indonesia()).ok:
                self.problem(
                    f"{where}.default",
                    translate(
                        "Definition", "nilai bawaan {value!r} tidak sesuai untuk isian bertipe {type}"
                    ).format(value=default, type=ftype),
                )
        if f.get("unique") and group is None:
            self.problem(
                f"{where}.unique", translate("Definition", "'unique' hanya untuk isian di dalam repeat")
            )
        if ftype == "repeat":
            children = {c["id"]: c for c in f["fields"]}
            ids: set[str] = set()
            for ci, c in enumerate(f["fields"]):
                if c["id"] in ids:
                    self.problem(
                        f"{where}.fields[{ci}].id",
                        translate("Definition", "id isian '{id}' dipakai dua kali").format(id=c["id"]),
                    )
                ids.add(c["id"])
                if c["type"] == "repeat":
                    self.problem(
                        f"{where}.fields[{ci}].type",
                        translate("Definition", "repeat di dalam repeat belum didukung"),
                    )
            field.fields = [
                self.field(c, f"{where}.fields[{ci}]", children, terms, field)
                for ci, c in enumerate(f["fields"])
                if c["type"] != "repeat"
            ]
        return field

    def check_calculation_cycles(self, definition: FormDefinition) -> None:
        def scope_fields(fields: list[Field]) -> dict[str, Field]:
            return {f.id: f for f in fields}

        scopes = [scope_fields(definition.fields())]
        scopes += [scope_fields(f.fields) for f in definition.fields() if f.type == "repeat"]
        for scope in scopes:
            state: dict[str, int] = {}

            def visit(fid: str, scope: dict[str, Field] = scope, state: dict[str, int] = state) -> bool:
                f = scope.get(fid)
                if f is None or f.calculate is None:
                    return False
                if state.get(fid) == 1:
                    return True
                if state.get(fid) == 2:
                    return False
                state[fid] = 1
                cyclic = any(visit(r) for r in f.calculate.references)
                state[fid] = 2
                return cyclic

            for fid, f in scope.items():
                if f.calculate is not None and state.get(fid) is None and visit(fid):
                    self.problem(
                        f"{f.path}.calculate",
                        translate("Definition", "perhitungan '{id}' bergantung pada dirinya sendiri").format(
                            id=fid
                        ),
                    )


def check_data(data: Any) -> tuple[FormDefinition | None, list[DefinitionProblem]]:
    """Check a parsed definition; the definition (if usable) and every problem found."""
    problems = schema_problems(data)
    if problems:
        return None, problems
    builder = _Builder(data)
    definition = builder.build()
    return (definition if not builder.problems else None), builder.problems


# Real definitions are tens of KB; a hostile or broken file must not cost minutes and gigabytes.
MAX_DEFINITION_BYTES = 1024 * 1024


def load_definition(path: Path) -> FormDefinition:
    """Load and check one definition file; raise DefinitionError listing every problem."""
    try:
        size = path.stat().st_size
        if size > MAX_DEFINITION_BYTES:
            raise DefinitionError(
                [
                    DefinitionProblem(
                        "",
                        translate(
                            "Definition", "berkas terlalu besar: {size} KB (paling besar {max} KB)"
                        ).format(size=size // 1024, max=MAX_DEFINITION_BYTES // 1024),
                    )
                ],
                str(path),
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError:
        raise DefinitionError(
            [DefinitionProblem("", translate("Definition", "JSON bersarang terlalu dalam"))], str(path)
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DefinitionError(
            [
                DefinitionProblem(
                    "", translate("Definition", "berkas tidak bisa dibaca: {error}").format(error=exc)
                )
            ],
            str(path),
        ) from None
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            [
                DefinitionProblem(
                    "",
                    translate("Definition", "bukan JSON yang benar: baris {line}, kolom {col}: {msg}").format(
                        line=exc.lineno, col=exc.colno, msg=exc.msg
                    ),
                )
            ],
            str(path),
        ) from None
    definition, problems = check_data(data)
    if definition is None:
        raise DefinitionError(problems, str(path))
    definition.source = path
    return definition
