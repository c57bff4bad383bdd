"""Reading answers against a definition: values, relevance, calculations, problems.

``evaluate`` walks the whole form once, in document order, and returns an
``Evaluation``: each answer's canonical value, which fields and sections are
relevant now, calculated values, and every problem. ``validate`` and
``normalise`` (the public functions), and ``FormSession`` (the desk), all use it,
so the desk, ``mpp-assist apply`` and the backend can never disagree.

Answers are a JSON object: field id -> value, a repeat group -> list of objects.
Values may be raw text as typed ("17 agustus 1945", "0812 3456 7890") or the
canonical form ("1945-08-17", "+6281234567890"); both read the same.
"""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mpp_assist.forms import regions
from mpp_assist.forms.attachments import RECORD_KEYS, is_record
from mpp_assist.forms.dates import format_date, parse_date
from mpp_assist.forms.dates import today as today_in_indonesia
from mpp_assist.forms.model import REGION_LEVELS, Field, FormDefinition
from mpp_assist.forms.problems import ERROR, WARNING, Problem
from mpp_assist.forms.text import Text
from mpp_assist.forms.validators import CHECKERS, Check, check_name, check_postcode, hidden_characters, nik_info

_TRUE = {"ya", "y", "yes", "true", "benar", "1"}
_FALSE = {"tidak", "t", "no", "n", "false", "salah", "0"}
_INT = re.compile(r"^[+-]?\d+$")
_INT_GROUPED = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")  # 1.000.000 as Indonesians write it
_DEC_ID = re.compile(r"^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$")
_DEC_DOT = re.compile(r"^[+-]?\d+\.\d+$")


def is_empty(raw: Any) -> bool:
    return (
        raw is None
        or (isinstance(raw, str) and not raw.strip())
        or (isinstance(raw, list | dict) and not raw)
    )


def _err(code: str, /, **params: Any) -> tuple[str, str, dict[str, Any]]:
    return (ERROR, code, params)


def _read_integer(raw: Any) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        text = raw.strip().replace(" ", "")
        if _INT.match(text):
            return int(text)
        if _INT_GROUPED.match(text):
            return int(text.replace(".", ""))
    return None


def _read_decimal(raw: Any) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw) if raw == raw and abs(raw) != float("inf") else None
    if isinstance(raw, str):
        text = raw.strip().replace(" ", "")
        if _DEC_ID.match(text):
            return float(text.replace(".", "").replace(",", "."))
        if _DEC_DOT.match(text):
            return float(text)
    return None


def _read_boolean(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        t = raw.strip().lower()
        if t in _TRUE:
            return True
        if t in _FALSE:
            return False
    return None


def read_value(
    f: Field,
    raw: Any,
    *,
    today: date,
    context: Mapping[str, Any] | None = None,
    choices: list[str] | None = None,
) -> Check:
    """Read one non-empty answer: its canonical JSON value (None if unreadable) and findings.

    ``context`` holds the other typed values in scope (for a postcode's village);
    ``choices`` the choice values allowed now (after the choice filter).
    """
    t = f.type
    label = f.label
    if isinstance(raw, str) and f.max_length and len(raw) > 4 * f.max_length + 64:
        # Far past the limit however it is tidied (spaces collapsed, ends stripped): refused before
        # anything walks it character by character (a 2 MB name took 9 s to reach the 120 limit).
        return Check(None, [_err("too_long", label=label, max=f.max_length)])
    if isinstance(raw, str) and hidden_characters(raw, multiline=t == "long_text"):
        return Check(None, [_err("hidden_characters", label=label)])
    if t in ("text", "long_text"):
        if not isinstance(raw, str | int | float) or isinstance(raw, bool):
            return Check(None, [_err("wrong_type", label=label)])
        text = str(raw).strip() if t == "text" else str(raw).strip("\n ")
        if f.max_length and len(text) > f.max_length:
            return Check(text, [_err("too_long", label=label, max=f.max_length)])
        return Check(text)
    if t == "name":
        c = check_name(raw)
        findings = [(sev, code, {"label": label, **p}) for sev, code, p in c.findings]
        if c.value and f.max_length and len(c.value) > f.max_length:
            findings.append(_err("too_long", label=label, max=f.max_length))
        return Check(c.value, findings)
    if t in ("integer", "decimal"):
        n = _read_integer(raw) if t == "integer" else _read_decimal(raw)
        if n is None:
            return Check(None, [_err(f"{t}_invalid", label=label)])
        if f.min is not None and n < f.min:
            return Check(n, [_err("number_min", label=label, min=_num_text(f.min))])
        if f.max is not None and n > f.max:
            return Check(n, [_err("number_max", label=label, max=_num_text(f.max))])
        return Check(n)
    if t == "date":
        if isinstance(raw, date):
            raw = raw.isoformat()
        r = parse_date(raw)
        if r.value is None:
            return Check(None, [_err(r.code or "date_format", label=label, **(r.params or {}))])
        if f.past and r.value > today:
            return Check(r.value.isoformat(), [_err("date_future", label=label)])
        if f.future and r.value < today:
            return Check(r.value.isoformat(), [_err("date_past", label=label)])
        return Check(r.value.isoformat())
    if t == "boolean":
        b = _read_boolean(raw)
        return Check(b) if b is not None else Check(None, [_err("boolean_invalid", label=label)])
    if t == "select_one":
        allowed = choices if choices is not None else [c.value for c in f.choices]
        if not isinstance(raw, str) or raw not in allowed:
            return Check(None, [_err("choice_invalid", label=label)])
        return Check(raw)
    if t == "select_many":
        allowed = choices if choices is not None else [c.value for c in f.choices]
        items = [s.strip() for s in raw.split(",")] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not all(isinstance(i, str) and i in allowed for i in items):
            return Check(None, [_err("choice_invalid", label=label)])
        chosen = [c.value for c in f.choices if c.value in items]
        if len(chosen) < f.min_count:
            return Check(chosen, [_err("choices_min", label=label, min=f.min_count)])
        if f.max_count is not None and len(chosen) > f.max_count:
            return Check(chosen, [_err("choices_max", label=label, max=f.max_count)])
        return Check(chosen)
    if t == "postcode":
        expected = None
        village_id = f.checks.get("village")
        if village_id and context is not None:
            village = context.get(village_id)
            if isinstance(village, str):
                expected = regions.postcode(village)
        return check_postcode(raw, expected=expected)
    if t == "nik":
        return CHECKERS["nik"](raw, today=today)
    if t in ("kk", "npwp"):
        return CHECKERS[t](raw, today=today)
    if t in CHECKERS:
        return CHECKERS[t](raw)
    if t == "region":
        code = regions.canonical(raw) if isinstance(raw, str) else None
        level = REGION_LEVELS.get(f.level, 4)
        if code is None or not regions.exists(code, level):
            return Check(None, [_err("region_invalid", label=label)])
        return Check(code)
    if t == "attachment":
        if isinstance(raw, str) and raw.strip():
            return Check(raw.strip())
        if is_record(raw):  # as stored and sent (forms.attachments)
            return Check({k: raw[k] for k in RECORD_KEYS})
        return Check(None, [_err("attachment_invalid", label=label)])
    return Check(None, [_err("wrong_type", label=label)])


def _num_text(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def typed(f: Field, value: Any) -> Any:
    """A canonical value as expressions see it (dates as ``date``)."""
    if value is None:
        return None
    if f.type == "date" or (f.calculate is not None and f.calculate.type == "date"):
        try:
            return date.fromisoformat(value) if isinstance(value, str) else value
        except ValueError:
            return None
    if f.type == "repeat":
        return value
    return value


def item_path(group: Field, index: int, child: Field | None = None) -> str:
    base = f"{group.id}[{index}]"
    return f"{base}.{child.id}" if child is not None else base


@dataclass
class Evaluation:
    """Everything known about one set of answers."""

    values: dict[str, Any] = field(default_factory=dict)  # canonical, relevant answers (nested for repeats)
    relevant: dict[str, bool] = field(
        default_factory=dict
    )  # path -> relevant now (fields and "section:<id>")
    calculated: dict[str, Any] = field(default_factory=dict)  # path -> canonical calculated value
    problems: list[Problem] = field(default_factory=list)
    env: dict[str, Any] = field(default_factory=dict)  # top-level typed values used by expressions

    def problems_for(self, path: str) -> list[Problem]:
        return [
            p
            for p in self.problems
            if p.field == path or p.field.startswith(path + "[") or p.field.startswith(path + ".")
        ]


def _to_canonical_calc(f: Field, v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    if f.type == "integer" and isinstance(v, float):
        return int(v) if v == v and abs(v) != float("inf") else None
    return v


class _Walker:
    def __init__(
        self, definition: FormDefinition, answers: Mapping[str, Any], today: date, cache: dict | None
    ) -> None:
        self.d = definition
        self.answers = answers if isinstance(answers, Mapping) else {}
        self.today = today
        self.cache = cache
        self.out = Evaluation()

    def read(
        self, f: Field, path: str, raw: Any, scope: Mapping[str, Any], allowed: list[str] | None
    ) -> Check:
        extra: tuple = ()
        if f.type == "postcode" and f.checks.get("village"):
            extra = (scope.get(f.checks["village"]),)
        if self.cache is not None and isinstance(raw, str | int | float | bool | type(None)):
            # type(raw) too: True == 1 and 1 == 1.0 would otherwise share a cached reading.
            allowed_key = tuple(allowed) if allowed is not None else None
            key = (path, f.type, type(raw), raw, extra, allowed_key, self.today)
            hit = self.cache.get(key)
            if hit is None:
                hit = read_value(f, raw, today=self.today, context=scope, choices=allowed)
                if len(self.cache) > 5000:
                    self.cache.clear()
                self.cache[key] = hit
            return hit
        return read_value(f, raw, today=self.today, context=scope, choices=allowed)

    def allowed_choices(self, f: Field, env: Mapping[str, Any]) -> list[str] | None:
        if f.choice_filter is None:
            return None
        out = []
        for c in f.choices:
            local = ChainMap({"value": c.value, **c.data}, env)  # type: ignore[arg-type]
            if f.choice_filter(local):
                out.append(c.value)
        return out

    def preliminary(self, fields: list[Field], answers: Mapping[str, Any]) -> dict[str, Any]:
        """Typed values of every answer, before relevance (what expressions may read)."""
        env: dict[str, Any] = {"__today__": self.today}
        for f in fields:
            if not f.has_value or f.calculate is not None:
                continue
            raw = answers.get(f.id)
            if f.type == "repeat":
                env[f.id] = raw if isinstance(raw, list) else []
                continue
            if is_empty(raw):
                raw = f.default
            if is_empty(raw):
                env[f.id] = None
                continue
            c = (
                self.read(f, f.id, raw, {}, None)
                if f.type != "postcode"
                else read_value(f, raw, today=self.today)
            )
            env[f.id] = typed(f, c.value) if c.ok else None
        return env

    def calculate(self, fields: list[Field], env: dict[str, Any] | ChainMap) -> None:
        calcs = [f for f in fields if f.calculate is not None]
        for _ in range(len(calcs) + 1):  # no cycles (checked at load), so this settles
            changed = False
            for f in calcs:
                v = f.calculate(env) if f.calculate else None
                if env.get(f.id) != v:
                    env[f.id] = v
                    changed = True
            if not changed:
                break

    def walk(self) -> Evaluation:
        top = self.d.fields()
        env = self.preliminary(top, self.answers)
        self.calculate(top, env)
        self.out.env = env
        known = {f.id for f in top}
        for key in self.answers:
            if key not in known:
                self.out.problems.append(Problem(key, WARNING, "unknown_field", {"field": key}))
        for section in self.d.sections:
            s_rel = section.relevant is None or bool(section.relevant(env))
            self.out.relevant[f"section:{section.id}"] = s_rel
            for f in section.fields:
                self.field(f, f.id, self.answers.get(f.id), env, env, s_rel, self.out.values)
            self.calculate(top, env)  # values blanked by relevance feed later calculations
        return self.out

    def field(
        self,
        f: Field,
        path: str,
        raw: Any,
        env: Any,
        scope_values: Any,
        parent_relevant: bool,
        sink: dict[str, Any],
    ) -> None:
        rel = parent_relevant and (f.relevant is None or bool(f.relevant(env)))
        self.out.relevant[path] = rel
        if not rel:
            if f.has_value:
                scope_values[f.id] = [] if f.type == "repeat" else None
            return
        if not f.has_value:
            return
        if f.calculate is not None:
            # Recalculate here: answers blanked by relevance earlier in the form count as empty.
            env[f.id] = f.calculate(env)
            v = _to_canonical_calc(f, env[f.id])
            self.out.calculated[path] = v
            if v is not None:
                sink[f.id] = v
            return
        if f.type == "repeat":
            self.repeat(f, raw, env, sink)
            return
        if is_empty(raw) and f.default is not None:
            raw = f.default
        if is_empty(raw):
            scope_values[f.id] = None
            if f.required:
                code = (
                    "required_boolean"
                    if f.type == "boolean"
                    else "required_choices"
                    if f.type == "select_many"
                    else "required_choice"
                    if f.type in ("select_one", "region")
                    else "required_attachment"
                    if f.type == "attachment"
                    else "required"
                )
                self.out.problems.append(Problem(path, ERROR, code, {"label": f.label}))
            return
        c = self.read(f, path, raw, env, self.allowed_choices(f, env))
        for sev, code, params in c.findings:
            params = {"label": f.label, **params}
            self.out.problems.append(Problem(path, sev, code, params))
        if not c.ok:
            scope_values[f.id] = None
            return
        sink[f.id] = c.value
        value = typed(f, c.value)
        scope_values[f.id] = value
        # A constraint that reads other answers waits until they are given (no cascade of errors).
        if (
            f.constraint is not None
            and all(env.get(r) is not None for r in f.constraint.references - {"."})
            and not f.constraint(ChainMap({".": value}, env))
        ):
            self.out.problems.append(
                Problem(path, ERROR, "constraint", {"label": f.label}, f.constraint_message)
            )
        if f.type == "nik" and f.checks:
            self.cross_check_nik(f, path, c.value, env)

    def cross_check_nik(self, f: Field, path: str, nik: str, env: Any) -> None:
        info = nik_info(nik, self.today)
        if info is None:
            return
        prefix = path.rsplit(".", 1)[0] + "." if "." in path else ""
        bd_id, sex_id = f.checks.get("birth_date"), f.checks.get("sex")
        if bd_id:
            born = env.get(bd_id)
            if isinstance(born, date) and born not in info.birth_dates:
                self.out.problems.append(
                    Problem(
                        prefix + bd_id,
                        ERROR,
                        "nik_birth_mismatch",
                        {"date": _date_text(info.birth_dates)},
                    )
                )
        if sex_id:
            sex = env.get(sex_id)
            if sex in ("L", "P") and sex != info.sex:
                self.out.problems.append(
                    Problem(
                        prefix + sex_id,
                        ERROR,
                        "nik_sex_mismatch",
                        {
                            "sex": Text({"id": "laki-laki", "en": "male"})
                            if info.sex == "L"
                            else Text({"id": "perempuan", "en": "female"})
                        },
                    )
                )

    def repeat(self, f: Field, raw: Any, env: Any, sink: dict[str, Any]) -> None:
        items = raw if isinstance(raw, list) else []
        if raw is not None and not isinstance(raw, list):
            self.out.problems.append(Problem(f.id, ERROR, "wrong_type", {"label": f.label}))
        elif len(items) < f.min_count:
            self.out.problems.append(
                Problem(f.id, ERROR, "repeat_min", {"label": f.label, "min": f.min_count})
            )
        if f.max_count is not None and len(items) > f.max_count:
            self.out.problems.append(
                Problem(f.id, ERROR, "repeat_max", {"label": f.label, "max": f.max_count})
            )
        out_items: list[dict[str, Any]] = []
        for i, item in enumerate(items):
            item = item if isinstance(item, Mapping) else {}
            item_env = ChainMap(self.preliminary(f.fields, item), env)
            self.calculate(f.fields, item_env)
            item_sink: dict[str, Any] = {}
            for child in f.fields:
                self.field(
                    child,
                    item_path(f, i, child),
                    item.get(child.id),
                    item_env,
                    item_env.maps[0],
                    True,
                    item_sink,
                )
            self.calculate(f.fields, item_env)
            out_items.append(item_sink)
        sink[f.id] = out_items
        for child in f.fields:
            if child.unique:
                self.duplicates(f, child, out_items)

    def duplicates(self, group: Field, child: Field, items: list[dict[str, Any]]) -> None:
        """The same person twice (a NIK in two items): the later item names the earlier one."""
        first: dict[Any, int] = {}
        for i, item in enumerate(items):
            v = item.get(child.id)
            if v is None or isinstance(v, dict | list):
                continue
            if v in first:
                other = first[v]
                label = group.item_label or Text(
                    {"id": f"{group.label.get('id')} {{n}}", "en": f"{group.label.get('en')} {{n}}"}
                )
                self.out.problems.append(
                    Problem(
                        item_path(group, i, child),
                        ERROR,
                        "duplicate",
                        {
                            "label": child.label,
                            "other": Text(
                                {lang: label.get(lang).format(n=other + 1) for lang in ("id", "en")}
                            ),
                        },
                    )
                )
            else:
                first[v] = i


def _date_text(dates: tuple[date, ...]) -> Text:
    return Text({lang: " / ".join(format_date(d, lang) for d in dates) for lang in ("id", "en")})


def evaluate(
    definition: FormDefinition,
    answers: Mapping[str, Any],
    *,
    today: date | None = None,
    cache: dict | None = None,
) -> Evaluation:
    return _Walker(definition, answers, today or today_in_indonesia(), cache).walk()


def validate(
    definition: FormDefinition, answers: Mapping[str, Any], *, today: date | None = None
) -> list[Problem]:
    """Every problem with ``answers``: errors block submission, warnings are the officer's call."""
    return evaluate(definition, answers, today=today).problems


def normalise(
    definition: FormDefinition, answers: Mapping[str, Any], *, today: date | None = None
) -> dict[str, Any]:
    """The canonical stored form of relevant answers.

    NIK/KK/NIB/postcode digits only, phone E.164, dates ISO, numbers as numbers, region
    codes dotted, calculated values included. Skipped (irrelevant) and unknown fields
    are dropped; an answer that cannot be read is kept as given, so nothing is lost.
    """
    ev = evaluate(definition, answers, today=today)
    out = dict(ev.values)
    for p in ev.problems:
        if p.severity == ERROR and "[" not in p.field and "." not in p.field and p.field in answers:
            f = definition._index.get(p.field)
            if f is not None and f.type != "repeat" and ev.relevant.get(p.field):
                out.setdefault(p.field, answers[p.field])
    return out
