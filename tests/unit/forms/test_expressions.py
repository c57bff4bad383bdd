"""The expression language: parsed to a tree, type-checked at load, evaluated without eval."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mpp_assist.forms.expressions import (
    BOOL,
    DATE,
    LIST,
    NUMBER,
    REPEAT,
    TEXT,
    Binary,
    ExpressionError,
    compile_expression,
    parse,
)

TYPES = {
    "umur": NUMBER,
    "tgl": DATE,
    "jk": TEXT,
    "anggota": REPEAT,
    "pilihan": LIST,
    "setuju": BOOL,
    ".": TEXT,
}
ENV = {
    "umur": 16,
    "tgl": date(2000, 1, 31),
    "jk": "P",
    "anggota": [{}, {}],
    "pilihan": ["a", "c"],
    "setuju": True,
    ".": "12345",
    "__today__": date(2026, 11, 27),
}


def run(source: str, env: dict | None = None):
    return compile_expression(source, TYPES.get)(ENV if env is None else env)


@pytest.mark.parametrize(
    "source,expected",
    [
        ("umur >= 17", False),
        ("umur >= 17 or jk != 'L'", True),
        ("not (umur < 17) and setuju", False),
        ("umur + 2 * 3 = 22", True),
        ("(umur + 2) * 3", 54),
        ("umur / 0", None),  # no exception: null
        ("-umur % 5", 4),
        ("jk in ['L', 'P']", True),
        ("jk not in ['L']", True),
        ("'a' in pilihan", True),
        ("pilihan in ['a', 'b']", True),  # any of the chosen values
        ("age(tgl)", 26),
        ("age(tgl) >= 17", True),
        ("year(tgl)", 2000),
        ("today()", date(2026, 11, 27)),
        ("days(tgl, date('2000-02-02'))", 2),
        ("tgl + 1 = date('2000-02-01')", True),
        ("tgl < today()", True),
        ("len(jk) = 1", True),
        ("len(pilihan)", 2),
        ("count(anggota)", 2),
        ("regex(., '[0-9]{5}')", True),
        ("regex(., '[0-9]{4}')", False),  # whole-text match
        ("if(jk = 'P', 'Ibu', 'Bapak')", "Ibu"),
        ("jk + '!'", "P!"),
        ("\"dua\" = 'dua'", True),
        ("1.5 * 2", 3.0),
        ("null = null", True),
        ("tgl != null", True),
    ],
)
def test_evaluation(source: str, expected: object) -> None:
    assert run(source) == expected


def test_unanswered_fields_are_null_and_never_raise() -> None:
    empty = {"__today__": date(2026, 11, 27)}
    assert run("umur >= 17", empty) is False
    assert run("umur < 17", empty) is False
    assert run("umur + 1", empty) is None
    assert run("age(tgl)", empty) is None
    assert run("count(anggota)", empty) == 0
    assert run("not (jk = 'P')", empty) is True
    assert run("jk = null", empty) is True


def test_and_or_short_circuit() -> None:
    assert run("false and umur / 0 > 1") is False
    assert run("true or umur / 0 > 1") is True


@pytest.mark.parametrize(
    "source,message,position",
    [
        ("tgl_lahir > today()", "isian 'tgl_lahir' tidak dikenal", 0),
        ("umur >= ", "akhir ekspresi tidak diharapkan di sini", 8),
        ("umur >= 17)", "')' tidak diharapkan di sini", 10),
        ("(umur >= 17", "')' diharapkan, tetapi ada akhir ekspresi", 11),
        ("umur > 'tujuh belas'", "'>' tidak bisa dipakai antara number dan text", 5),
        ("jk - 1", "'-' tidak bisa dipakai antara text dan number", 3),
        ("age(jk)", "fungsi 'age' tidak menerima text", 4),
        ("age()", "fungsi 'age' perlu 1 argumen, bukan 0", 0),
        ("__import__('os')", "fungsi '__import__' tidak dikenal", 0),
        ("eval('1')", "fungsi 'eval' tidak dikenal", 0),
        ("umur ; 1", "tanda ';' tidak dikenal", 5),
        ("regex(jk, '[')", "pola regex salah", 10),
        ("date('17-08-1945')", "tanggal harus ditulis YYYY-MM-DD", 5),
        ("", "ekspresi kosong", 0),
        ("and", "'and' tidak diharapkan di sini", 0),
        ("count(jk)", "fungsi 'count' tidak menerima text", 6),
        ("umur in jk", "'in' tidak bisa dipakai antara number dan text", 5),
    ],
)
def test_errors_are_found_at_load_with_a_position(source: str, message: str, position: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        compile_expression(source, TYPES.get)
    assert caught.value.message.startswith(message)
    assert caught.value.position == position


def test_relevance_must_be_a_condition() -> None:
    with pytest.raises(ExpressionError, match="menghasilkan number"):
        compile_expression("umur + 1", TYPES.get, want=BOOL)


def test_the_dot_is_only_for_constraints() -> None:
    with pytest.raises(ExpressionError, match="syarat isian"):
        compile_expression(". = 'a'", {"jk": TEXT}.get)


def test_parse_gives_a_tree_with_precedence() -> None:
    tree = parse("a or b and c")
    assert isinstance(tree, Binary) and tree.op == "or"
    assert isinstance(tree.right, Binary) and tree.right.op == "and"


def test_references_are_listed() -> None:
    assert compile_expression("age(tgl) >= 17 or jk = 'P'", TYPES.get).references == {"tgl", "jk"}


def test_overlong_expressions_are_refused() -> None:
    with pytest.raises(ExpressionError, match="terlalu panjang"):
        parse("1 + " * 1000 + "1")


# -- regex(): patterns from a fetched catalogue run while the officer types ----------------------


@pytest.mark.parametrize("pattern", [
    "(a+)+b", "(a*)*", "(a|a)*b", "(a|ab)*c", r"(\\w+\\s?)*$", r"(?:[a-z]+ ?)+", r"\\d*\\d*\\d*x",
    r"(.*a){12}", ".{0,400}.{0,400}.{0,400}x",
])
def test_a_pattern_that_can_backtrack_without_bound_is_refused_at_load(pattern: str) -> None:
    with pytest.raises(ExpressionError) as refused:
        compile_expression(f"regex(., '{pattern}')", TYPES.get, want=BOOL)
    assert "pola regex bisa sangat lambat" in refused.value.message
    assert refused.value.position == 9  # the pattern itself


@pytest.mark.parametrize(("source", "message"), [
    ("regex(., '(a)\\\\1')", "rujukan balik"),
    ("regex(., '" + "a" * 201 + "')", "pola regex terlalu panjang"),
    ("regex(., jk)", "pola regex harus ditulis langsung"),  # a pattern typed by the officer
])
def test_back_references_long_and_typed_patterns_are_refused(source: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=message):
        compile_expression(source, TYPES.get, want=BOOL)


@pytest.mark.parametrize("pattern", [
    "([01]?[0-9]|2[0-3])[:.][0-5][0-9]", "[A-Za-z]{1,2}[0-9]{6,7}", "[0-9]{6,20}", ".*@.*",
    "[A-Z][a-z]++( [A-Z][a-z]++)*", "(?>a|ab)*c",
])
def test_patterns_with_bounded_backtracking_are_kept(pattern: str) -> None:
    assert compile_expression(f"regex(., '{pattern}')", TYPES.get, want=BOOL) is not None


def test_a_text_longer_than_any_field_does_not_match() -> None:
    from mpp_assist.forms.expressions import MAX_REGEX_SUBJECT

    expr = compile_expression("regex(., '[0-9]*')", TYPES.get, want=BOOL)
    assert expr({**ENV, ".": "1" * MAX_REGEX_SUBJECT}) is True
    # cut to its start it would match; the whole text is not checked, so it is not accepted
    assert expr({**ENV, ".": "1" * 1000 + "x"}) is False
    assert expr({**ENV, ".": "1" * (MAX_REGEX_SUBJECT + 1)}) is False


def test_a_fetched_definition_with_a_slow_pattern_is_refused_naming_the_field(data_home: Path) -> None:
    import json

    from mpp_assist.forms import load_catalogue
    from mpp_assist.forms.catalogue import fetched_path

    shipped = load_catalogue().get("ktp-el")
    hostile = {**shipped.to_json(), "version": "2099.1"}
    hostile["sections"][0]["fields"][0]["constraint"] = "regex(., '(a+)+$')"
    fetched_path(data_home).parent.mkdir(parents=True, exist_ok=True)
    fetched_path(data_home).write_text(json.dumps({"services": [hostile]}), encoding="utf-8")
    catalogue = load_catalogue()
    assert catalogue.get("ktp-el").version == shipped.version  # the shipped one stays
    problems = [str(p) for p in catalogue.broken["remote.json: services[0] (ktp-el)"].problems]
    assert any("fields[0]" in p and "pola regex bisa sangat lambat" in p for p in problems), problems
