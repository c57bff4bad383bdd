"""Hostile input to the parsers that read files and network data: form definitions and expressions.

Whatever arrives (from the backend's catalogue or a file), the result is either a
usable definition or a list of plain problems — never another exception, never code run.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mpp_assist.forms.expressions import ExpressionError, compile_expression
from mpp_assist.forms.loader import MAX_DEFINITION_BYTES, DefinitionError, check_data, load_definition
from mpp_assist.paths import resource

SERVICES = Path(__file__).resolve().parents[3] / "src" / "mpp_assist" / "forms" / "services"
KTP = json.loads((SERVICES / "ktp-el.json").read_text(encoding="utf-8"))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)


def paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += paths(v, (*prefix, i))
    return out


KTP_PATHS = [p for p in paths(KTP) if p]


def replaced(data: Any, path: tuple, value: Any) -> Any:
    data = copy.deepcopy(data)
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(KTP_PATHS), json_values)
def test_a_definition_with_any_part_replaced_is_accepted_or_refused_with_problems(
    path: tuple, value: Any
) -> None:
    definition, problems = check_data(replaced(KTP, path, value))
    assert (definition is None) == bool(problems)
    assert all(isinstance(p.message, str) and p.message for p in problems)


@settings(max_examples=150)
@given(json_values)
def test_any_json_at_all_is_refused_with_problems(value: Any) -> None:
    definition, problems = check_data(value)
    assert definition is None and problems


@pytest.mark.parametrize("kind", ["unknown-type", "expression-as-code", "dunder", "lambda"])
def test_unknown_types_and_code_are_refused_naming_where(kind: str, tmp_path: Path) -> None:
    sentinel = tmp_path / "pwned"
    code = {
        "unknown-type": None,
        "expression-as-code": f"__import__('os').system('touch {sentinel}')",
        "dunder": "nik.__class__.__bases__",
        "lambda": "(lambda: open('/etc/passwd').read())()",
    }[kind]
    field = KTP["sections"][0]["fields"][0]
    path = ("sections", 0, "fields", 0, "type") if code is None else ("sections", 0, "fields", 0, "relevant")
    data = replaced(KTP, path, "exec" if code is None else code)
    definition, problems = check_data(data)
    assert definition is None
    assert any(p.location.startswith("sections[0].fields[0]") for p in problems), problems
    assert not sentinel.exists()
    assert field["id"]  # the original is untouched


def test_a_deeply_nested_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(DefinitionError) as e:
        load_definition(path)
    assert "dalam" in str(e.value)


def test_a_huge_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    huge = copy.deepcopy(KTP)
    base = huge["sections"][0]["fields"][0]
    huge["sections"][0]["fields"] = [dict(base, id=f"f{i}") for i in range(20_000)]
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(huge))
    assert path.stat().st_size > MAX_DEFINITION_BYTES
    with pytest.raises(DefinitionError, match="terlalu besar"):
        load_definition(path)


def test_a_definition_that_is_not_json_or_not_text_is_refused(tmp_path: Path) -> None:
    for name, data in (("half.json", json.dumps(KTP)[:500].encode()), ("bin.json", b"\xff\xfe\x00garbage")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(DefinitionError):
            load_definition(tmp_path / name)


def _resolve(name: str) -> str | None:
    return {"umur": "number", "nama": "text", "tgl": "date"}.get(name)


@settings(max_examples=400)
@given(st.text(max_size=80))
def test_any_expression_text_compiles_or_is_an_expression_error(source: str) -> None:
    try:
        compile_expression(source, _resolve)
    except ExpressionError as exc:
        assert str(exc)


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(["(", ")", "not ", "-", "umur", "1", "+", "and", "'x'", "[", "]", ",", "="]),
        max_size=60,
    )
)
def test_token_soup_compiles_or_is_an_expression_error(parts: list[str]) -> None:
    try:
        compile_expression(" ".join(parts), _resolve)
    except ExpressionError:
        pass


@pytest.mark.parametrize(
    "source",
    [
        "(" * 5000 + "1" + ")" * 5000,
        "not " * 5000 + "true",
        "-" * 5000 + "1",
        "1" + " + 1" * 20000,
        "[" * 3000 + "]" * 3000,
    ],
)
def test_pathological_expressions_are_refused_not_crashing(source: str) -> None:
    try:
        compile_expression(source, _resolve)
    except ExpressionError:
        pass


def test_the_packaged_catalogue_still_loads() -> None:
    assert resource("data").is_dir()
    for path in sorted(SERVICES.glob("*.json")):
        if not path.name.endswith(".example.json"):
            load_definition(path)


# -- bundles (files carried between desks) and the keyring record -------------------------


@settings(max_examples=100)
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_bundle_are_a_bundle_error(tmp_path_factory: Any, data: bytes) -> None:
    from mpp_assist.sync.bundle import BundleError, open_bundle

    path = tmp_path_factory.mktemp("b") / "x.mpp"
    path.write_bytes(data)
    with pytest.raises(BundleError):
        open_bundle(path, "kata sandi")


@pytest.mark.parametrize("text", ["[" * 200_000 + "]" * 200_000, '{"a":' * 100_000 + "1" + "}" * 100_000])
def test_a_bundle_nested_absurdly_deep_is_a_bundle_error(tmp_path: Path, text: str) -> None:
    from mpp_assist.sync.bundle import BundleError, open_bundle

    path = tmp_path / "deep.mpp"
    path.write_text(text)
    with pytest.raises(BundleError):
        open_bundle(path, "kata sandi")


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(["v", "kdf", "m", "t", "p", "salt", "nonce", "ct"]), json_values))
def test_a_hostile_keyring_record_never_unwraps_or_crashes(record: dict) -> None:
    from mpp_assist.security import keys

    assert keys.unwrap(record, "123456", "aad") is None


def test_a_keyring_record_asking_for_huge_memory_is_refused_without_allocating() -> None:
    from mpp_assist.security import keys

    record = keys.wrap(b"k" * 32, "123456", "aad")
    assert keys.unwrap(record, "123456", "aad") == b"k" * 32
    assert keys.unwrap({**record, "m": 64 * 1024 * 1024}, "123456", "aad") is None  # 64 GiB


b64 = st.binary(max_size=40).map(lambda b: __import__("base64").b64encode(b).decode())


@settings(max_examples=60, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "kdf": st.just("argon2id"),
            "m": st.integers(-5, 9000),
            "t": st.integers(-2, 3),
            "p": st.integers(-2, 3),
            "salt": b64,
            "nonce": b64,
            "ct": b64,
        }
    )
)
def test_a_well_formed_but_hostile_keyring_record_never_crashes(record: dict) -> None:
    from mpp_assist.security import keys

    assert keys.unwrap(record, "123456", "aad") is None


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries({"home_id": st.text(max_size=5), "officers": json_values}),
        st.fixed_dictionaries(
            {
                "home_id": st.just("h"),
                "officers": st.dictionaries(
                    st.text(max_size=5),
                    st.fixed_dictionaries(
                        {"role": st.just("admin")},
                        optional={"failed": json_values, "demo": json_values, "locked_until": json_values},
                    ),
                ),
            }
        ),
    )
)
def test_a_hostile_officer_list_loads_or_is_refused_plainly(data_home: Path, raw: Any) -> None:
    from mpp_assist.security.errors import SecurityError
    from mpp_assist.security.officers import Registry, registry_file

    path = registry_file(data_home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(raw))
    try:
        reg = Registry.load(data_home)
    except SecurityError as exc:
        assert "tidak diubah" in exc.message
        assert path.read_text() == json.dumps(raw)  # never rewritten
        return
    assert reg is not None
    for officer in reg.officers.values():
        assert isinstance(officer.failed, int)


@pytest.mark.parametrize("field", ["m", "t", "p"])
@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), 1e300, "9" * 5000])
def test_a_keyring_record_with_an_infinite_or_huge_number_is_refused(field: str, value: Any) -> None:
    """``1e999`` reads as infinity in JSON; ``int(inf)`` raised OverflowError out of unwrap."""
    from mpp_assist.security import keys

    record = keys.wrap(b"k" * 32, "123456", "aad")
    assert keys.unwrap({**record, field: value}, "123456", "aad") is None
