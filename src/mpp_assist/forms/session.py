"""One applicant's answers at the desk: typed as raw text, checked as typed, never asked twice.

See the package docstring for how the GUI uses it. Plain Python: the GUI owns
saving (``answers()`` is the draft to store after every ``set``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mpp_assist.forms import regions
from mpp_assist.forms.display import display_value
from mpp_assist.forms.engine import Evaluation, evaluate, is_empty, normalise
from mpp_assist.forms.model import Choice, Field, FormDefinition, Requirement, Section
from mpp_assist.forms.problems import ERROR, Problem
from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate

NOT_ANSWERED = QT_TRANSLATE_NOOP("Summary", "Tidak diisi")
_COUNT = QT_TRANSLATE_NOOP("Summary", "{n} data")

_PATH = re.compile(r"^([a-z][a-z0-9_]*)(?:\[(\d+)\]\.([a-z][a-z0-9_]*))?$")


class PathError(KeyError):
    """A field path that does not exist in this form (a programming error in the caller)."""


@dataclass(frozen=True)
class SummaryRow:
    path: str  # field path, for the "Ubah" (change) link
    section_id: str
    label: str
    value: str  # display value, or "Tidak diisi"
    answered: bool
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class SummarySection:
    id: str
    title: str
    rows: list[SummaryRow] = field(default_factory=list)


class FormSession:
    """Answers for one applicant to one service."""

    def __init__(
        self,
        definition: FormDefinition,
        answers: Mapping[str, Any] | None = None,
        *,
        profile: Mapping[str, Any] | None = None,
        today: date | None = None,
    ) -> None:
        self.definition = definition
        self.today = today
        self._raw: dict[str, Any] = copy.deepcopy(dict(answers or {}))
        self._auto: dict[str, Any] = {}  # path -> value we filled in (prefill); follows its source
        # Paths the officer has set: never filled in again. A draft holds only answers that were
        # given (a prefill whose source empties is dropped), so each answer it holds, even an
        # empty one (a cleared field), counts as set: the reopened draft shows what was saved.
        self._touched: set[str] = _given_paths(definition, self._raw)
        self._cache: dict = {}
        self._eval: Evaluation | None = None
        self.profile: dict[str, Any] = dict(profile or {})
        self._prefill_from_profile()
        self._prefill_defaults()
        self._prefill_fields()

    # -- paths ------------------------------------------------------------------------------------

    def _split(self, path: str) -> tuple[Field, Field | None, int | None]:
        m = _PATH.match(path)
        if not m:
            raise PathError(path)
        try:
            top = self.definition.field(m.group(1))
        except KeyError:
            raise PathError(path) from None
        if m.group(2) is None:
            return top, None, None
        if top.type != "repeat":
            raise PathError(path)
        try:
            return top, top.field(m.group(3)), int(m.group(2))
        except KeyError:
            raise PathError(path) from None

    def field(self, path: str) -> Field:
        top, child, _i = self._split(path)
        return child or top

    # -- answers ----------------------------------------------------------------------------------

    def set(self, path: str, raw: Any) -> list[Problem]:
        """Store what was typed (raw text, a list for select_many, bool, a region code) and return
        this field's problems now. Prefilled fields that follow this one update too."""
        top, child, index = self._split(path)
        if child is None:
            if top.type == "repeat":
                raise PathError(path)  # use add_item/remove_item
            self._raw[top.id] = raw
        else:
            items = self._items(top)
            if index is None or index >= len(items):
                raise PathError(path)
            items[index][child.id] = raw
        self._auto.pop(path, None)
        self._touched.add(path)
        self._prefill_fields()
        self._eval = None
        return self.field_problems(path)

    def clear(self, path: str) -> list[Problem]:
        return self.set(path, None)

    def raw(self, path: str) -> Any:
        """What was typed, to put back into the widget ("" when nothing)."""
        top, child, index = self._split(path)
        if child is None:
            v = self._raw.get(top.id)
        else:
            items = self._items(top)
            v = items[index].get(child.id) if index is not None and index < len(items) else None
        return "" if v is None else v

    def _items(self, group: Field) -> list[dict[str, Any]]:
        items = self._raw.get(group.id)
        if not isinstance(items, list):
            items = []
            self._raw[group.id] = items
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                items[i] = {}
        return items

    def item_count(self, group_id: str) -> int:
        return len(self._items(self.definition.field(group_id)))

    def add_item(self, group_id: str) -> int:
        """Add an empty item (a person) to a repeat group; returns its index."""
        group = self.definition.field(group_id)
        if group.type != "repeat":
            raise PathError(group_id)
        items = self._items(group)
        items.append({})
        self._item_defaults(group, len(items) - 1, items[-1])
        self._prefill_fields()
        self._eval = None
        return len(items) - 1

    def remove_item(self, group_id: str, index: int) -> None:
        group = self.definition.field(group_id)
        items = self._items(group)
        if 0 <= index < len(items):
            del items[index]
            prefix = f"{group_id}["
            self._auto = {p: v for p, v in self._auto.items() if not p.startswith(prefix)}
            # Items after the removed one move up: they count as the officer's own answers now.
            self._touched |= {f"{group_id}[{i}].{c.id}" for i in range(len(items)) for c in group.fields}
            self._eval = None

    def can_add_item(self, group_id: str) -> bool:
        g = self.definition.field(group_id)
        return g.max_count is None or self.item_count(group_id) < g.max_count

    def can_remove_item(self, group_id: str) -> bool:
        return self.item_count(group_id) > self.definition.field(group_id).min_count

    def item_label(self, group_id: str, index: int, lang: str | None = None) -> str:
        """ "Saksi 2" — the repeat's ``item_label`` with {n}, or its label and the number."""
        g = self.definition.field(group_id)
        if g.item_label:
            return g.item_label.get(lang).format(n=index + 1)
        return f"{g.label.get(lang)} {index + 1}"

    def answers(self) -> dict[str, Any]:
        """Everything typed so far, JSON-safe: the draft to store after each change."""
        return copy.deepcopy(self._raw)

    def normalised(self) -> dict[str, Any]:
        """The canonical answers ``applications.submit`` stores."""
        return normalise(self.definition, self._raw, today=self.today)

    # -- prefill (never ask twice) ----------------------------------------------------------------

    def _prefill_from_profile(self) -> None:
        for f in self.definition.fields():
            # Only answers never given: a field cleared in a draft stays cleared.
            if f.profile_key and f.id not in self._raw and not is_empty(self.profile.get(f.profile_key)):
                self._raw[f.id] = self.profile[f.profile_key]
                self._auto[f.id] = self._raw[f.id]

    def _prefill_defaults(self) -> None:
        """Show each field's default in its widget, as if typed, until the officer changes it."""
        for f in self.definition.fields():
            if f.default is not None and f.calculate is None and f.id not in self._raw:
                self._raw[f.id] = copy.deepcopy(f.default)
                self._auto[f.id] = self._raw[f.id]
            if f.type == "repeat":
                for i, item in enumerate(self._items(f)):
                    self._item_defaults(f, i, item)

    def _item_defaults(self, group: Field, index: int, item: dict[str, Any]) -> None:
        for c in group.fields:
            if c.default is not None and c.calculate is None and c.id not in item:
                item[c.id] = copy.deepcopy(c.default)
                self._auto[f"{group.id}[{index}].{c.id}"] = item[c.id]

    def _prefill_fields(self) -> None:
        """Copy a field's answer into empty fields that say ``prefill: {field: …}`` (while their
        ``when`` holds, if they have one), and keep them in step while the officer has not changed them."""
        env = None
        for f in self.definition.fields():
            if f.prefill_field:
                source = self._raw.get(f.prefill_field)
                if f.prefill_when is not None:  # the reporter's NIK is the father's only while he reports
                    if env is None:
                        env = evaluate(self.definition, self._raw, today=self.today, cache=self._cache).env
                    source = source if f.prefill_when(env) else None
                self._follow(f.id, self._raw, f, source)
            if f.type == "postcode" and f.checks.get("village"):
                # The chosen village's postcode, so it is typed only when it differs.
                self._follow(f.id, self._raw, f, _village_postcode(self._raw.get(f.checks["village"])))
            if f.type == "repeat":
                for i, item in enumerate(self._items(f)):
                    for c in f.fields:
                        if c.prefill_field:
                            src = (
                                item.get(c.prefill_field)
                                if c.prefill_field in {x.id for x in f.fields}
                                else self._raw.get(c.prefill_field)
                            )
                            self._follow(f"{f.id}[{i}].{c.id}", item, c, src)

    def _follow(self, path: str, holder: dict[str, Any], f: Field, source: Any) -> None:
        if path in self._touched:
            return
        current = holder.get(f.id)
        if is_empty(current) or (path in self._auto and self._auto[path] == current):
            if is_empty(source):
                if path in self._auto:
                    holder.pop(f.id, None)
                    del self._auto[path]
                return
            holder[f.id] = copy.deepcopy(source)
            self._auto[path] = holder[f.id]

    def prefilled(self, path: str) -> bool:
        """True when the value was filled in for the officer (show "diisi otomatis", let them change it)."""
        return path in self._auto

    def profile_updates(self) -> dict[str, Any]:
        """Facts this form learnt about the applicant (canonical values), for the next form."""
        values = self.evaluation().values
        return {
            f.profile_key: values[f.id] for f in self.definition.fields() if f.profile_key and f.id in values
        }

    # -- what the form says now -------------------------------------------------------------------

    def evaluation(self) -> Evaluation:
        if self._eval is None:
            self._eval = evaluate(self.definition, self._raw, today=self.today, cache=self._cache)
        return self._eval

    def is_relevant(self, path: str) -> bool:
        return self.evaluation().relevant.get(path, False)

    def relevant_sections(self) -> list[Section]:
        rel = self.evaluation().relevant
        return [s for s in self.definition.sections if rel.get(f"section:{s.id}", True)]

    def visible_fields(self, section_id: str) -> list[Field]:
        """The section's fields to show now (relevant ones), repeat groups included."""
        section = self.definition.section(section_id)
        rel = self.evaluation().relevant
        return [f for f in section.fields if rel.get(f.id, False)]

    def visible_item_fields(self, group_id: str, index: int) -> list[tuple[str, Field]]:
        """(path, field) for one repeat item's relevant fields."""
        g = self.definition.field(group_id)
        rel = self.evaluation().relevant
        out = []
        for c in g.fields:
            p = f"{group_id}[{index}].{c.id}"
            if rel.get(p, False):
                out.append((p, c))
        return out

    def next_section(self, section_id: str | None) -> Section | None:
        """The relevant section after ``section_id`` (the first for None); None at the end."""
        sections = self.relevant_sections()
        if section_id is None:
            return sections[0] if sections else None
        ids = [s.id for s in self.definition.sections]
        pos = ids.index(section_id)
        for s in sections:
            if ids.index(s.id) > pos:
                return s
        return None

    def previous_section(self, section_id: str) -> Section | None:
        ids = [s.id for s in self.definition.sections]
        pos = ids.index(section_id)
        before = [s for s in self.relevant_sections() if ids.index(s.id) < pos]
        return before[-1] if before else None

    def value(self, path: str) -> Any:
        """Canonical value of a relevant, readable answer (calculated ones included), else None."""
        ev = self.evaluation()
        if path in ev.calculated:
            return ev.calculated[path]
        top, child, index = self._split(path)
        if not ev.relevant.get(path):
            return None
        if child is None:
            return ev.values.get(top.id)
        items = ev.values.get(top.id) or []
        return items[index].get(child.id) if index is not None and index < len(items) else None

    def calculated(self, path: str) -> Any:
        return self.evaluation().calculated.get(path)

    def display(self, path: str, lang: str | None = None) -> str:
        """The answer as shown on the check-answers page: "Tidak diisi" when empty, and what was
        typed when it cannot be read (its problem says what is wrong), never a blank."""
        v = self.value(path)
        text = display_value(self.field(path), v, lang)
        if not text and v is None and self.is_relevant(path) and self.field(path).calculate is None:
            text = _typed_text(self.raw(path))
        return text or translate("Summary", NOT_ANSWERED, lang)

    def answered(self, path: str) -> bool:
        """Something was given (readable or not) or calculated."""
        if self.value(path) is not None and not is_empty(self.value(path)):
            return True
        return self.field(path).calculate is None and not is_empty(self.raw(path))

    def choices(self, path: str) -> list[Choice]:
        """The choices to offer now: after the field's choice filter (cascading selects)."""
        f = self.field(path)
        if f.choice_filter is None:
            return list(f.choices)
        from collections import ChainMap

        ev = self.evaluation()
        env: Any = ev.env
        top, child, index = self._split(path)
        if child is not None and index is not None:
            env = ChainMap(self._item_env(top, index), ev.env)
        return [c for c in f.choices if f.choice_filter(ChainMap({"value": c.value, **c.data}, env))]

    def _item_env(self, group: Field, index: int) -> dict[str, Any]:
        from mpp_assist.forms.engine import typed

        items = self.evaluation().values.get(group.id) or []
        item = items[index] if index < len(items) else {}
        return {c.id: typed(c, item.get(c.id)) for c in group.fields}

    def prompt(self, path: str, lang: str | None = None) -> str:
        """What text-to-speech says for the field (its prompt, or label and hint), with the
        repeat item first ("Saksi 2. NIK saksi. …") so the listener knows whose answer it is."""
        text = self.field(path).spoken_prompt.get(lang)
        m = _PATH.match(path)
        if m and m.group(2) is not None:
            return f"{self.item_label(m.group(1), int(m.group(2)), lang)}. {text}"
        return text

    # -- problems ---------------------------------------------------------------------------------

    def field_problems(self, path: str) -> list[Problem]:
        """Problems of this one field (and, for a repeat, of its items)."""
        return self.evaluation().problems_for(path)

    def problems(self, section_id: str | None = None, *, errors_only: bool = False) -> list[Problem]:
        """Problems in document order: the whole form, or one section (for its error summary)."""
        probs = self.evaluation().problems
        if section_id is not None:
            ids = {f.id for f in self.definition.section(section_id).fields}
            probs = [p for p in probs if _top(p.field) in ids]
        if errors_only:
            probs = [p for p in probs if p.severity == ERROR]
        return probs

    def describe(self, problem: Problem, lang: str | None = None) -> str:
        """The problem as the error summary lists it: "Saksi 2: Isi nama saksi" for a repeat item."""
        m = _PATH.match(problem.field)
        if m and m.group(2) is not None:
            try:
                return f"{self.item_label(m.group(1), int(m.group(2)), lang)}: {problem.message(lang)}"
            except KeyError:
                pass
        return problem.message(lang)

    def can_submit(self) -> bool:
        return not self.problems(errors_only=True)

    def requirements(self) -> list[Requirement]:
        """The documents this applicant needs (relevant requirements)."""
        env = self.evaluation().env
        return [r for r in self.definition.requirements if r.relevant is None or r.relevant(env)]

    # -- check answers ----------------------------------------------------------------------------

    def summary(self, lang: str | None = None) -> list[SummarySection]:
        """The check-answers page: every relevant section and field, "Tidak diisi" for skipped ones."""
        out = []
        for s in self.relevant_sections():
            rows: list[SummaryRow] = []
            for f in self.visible_fields(s.id):
                if not f.has_value:
                    continue
                if f.type == "repeat":
                    n = self.item_count(f.id)
                    rows.append(self._row(s.id, f.id, f.label.get(lang), _count_text(n, lang), n > 0))
                    for i in range(n):
                        head = self.item_label(f.id, i, lang)
                        for p, c in self.visible_item_fields(f.id, i):
                            if c.has_value:
                                label = f"{head}: {c.label.get(lang)}"
                                rows.append(
                                    self._row(s.id, p, label, self.display(p, lang), self.answered(p))
                                )
                    continue
                rows.append(
                    self._row(s.id, f.id, f.label.get(lang), self.display(f.id, lang), self.answered(f.id))
                )
            out.append(SummarySection(s.id, s.title.get(lang), rows))
        return out

    def _row(self, section_id: str, path: str, label: str, value: str, answered: bool) -> SummaryRow:
        probs = [p for p in self.evaluation().problems if p.field == path]
        return SummaryRow(path, section_id, label, value, answered, tuple(probs))


def _given_paths(definition: FormDefinition, answers: Mapping[str, Any]) -> set[str]:
    """Paths of the answers a stored draft holds (repeat items' fields included)."""
    paths: set[str] = set()
    for f in definition.fields():
        if f.id not in answers:
            continue
        if f.type != "repeat":
            paths.add(f.id)
            continue
        items = answers[f.id]
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict):
                paths |= {f"{f.id}[{i}].{c.id}" for c in f.fields if c.id in item}
    return paths


def _typed_text(raw: Any) -> str:
    """Raw input as text: date parts joined, lists comma-separated."""
    if isinstance(raw, dict):
        return " ".join(str(raw.get(k, "")) for k in ("day", "month", "year")).strip()
    if isinstance(raw, list):
        return ", ".join(map(str, raw))
    return "" if raw is None else str(raw).strip()


def _village_postcode(raw: Any) -> str | None:
    code = regions.canonical(raw) if isinstance(raw, str) else None
    return regions.postcode(code) if code else None


def _top(path: str) -> str:
    return path.split("[", 1)[0].split(".", 1)[0]


def _count_text(n: int, lang: str | None) -> str:
    if n == 0:
        return translate("Summary", NOT_ANSWERED, lang)
    return translate("Summary", _COUNT, lang).format(n=n)


__all__ = ["FormSession", "PathError", "SummaryRow", "SummarySection"]
