"""Property tests: no input crashes the parser or a validator; generated valid numbers always pass."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mpp_assist.forms import load_catalogue, normalise, validate
from mpp_assist.forms.dates import parse_date
from mpp_assist.forms.expressions import NUMBER, TEXT, ExpressionError, compile_expression, parse
from mpp_assist.forms.regions import all_district_codes_ever
from mpp_assist.forms.validators import (
    check_email,
    check_kk,
    check_name,
    check_nib,
    check_nik,
    check_npwp,
    check_phone,
    check_postcode,
    nik_info,
    npwp_check_digit,
)

TODAY = date(2026, 11, 27)
DISTRICTS = sorted(all_district_codes_ever())
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(),
    st.binary(),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)
digits_text = st.text(alphabet="0123456789 .-/", max_size=24)
expression_alphabet = "abcxyz_019 .,'\"()[]=!<>+-*/%andortinulfse"


@SETTINGS
@given(st.one_of(st.text(max_size=80), st.text(alphabet=expression_alphabet, max_size=80)))
def test_the_parser_never_crashes(source: str) -> None:
    try:
        parse(source)
    except ExpressionError as exc:
        assert exc.message and exc.position is not None and 0 <= exc.position <= len(source)


TYPES = {"a": NUMBER, "b": NUMBER, "t": TEXT}.get


@SETTINGS
@given(
    st.text(alphabet=expression_alphabet, max_size=60),
    st.integers(-(10**6), 10**6),
    st.one_of(st.none(), st.text()),
)
def test_checked_expressions_evaluate_without_raising(source: str, a: int, t: str | None) -> None:
    try:
        expression = compile_expression(source, TYPES)
    except ExpressionError:
        return
    expression({"a": a, "b": None, "t": t, "__today__": TODAY})


@st.composite
def valid_niks(draw) -> tuple[str, date, str]:
    district = draw(st.sampled_from(DISTRICTS))
    born = draw(st.dates(min_value=TODAY - timedelta(days=365 * 109), max_value=TODAY))
    sex = draw(st.sampled_from("LP"))
    serial = draw(st.integers(1, 9999))
    day = born.day + (40 if sex == "P" else 0)
    return f"{district}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}", born, sex


@SETTINGS
@given(valid_niks())
def test_generated_valid_niks_always_pass(case: tuple[str, date, str]) -> None:
    nik, born, sex = case
    result = check_nik(nik, today=TODAY)
    assert result.ok and result.findings == [] and result.value == nik
    info = nik_info(nik, TODAY)
    assert info.sex == sex and born in info.birth_dates
    assert check_npwp(nik, today=TODAY).ok  # a resident's NIK is their NPWP


@SETTINGS
@given(st.integers(0, 99_999_999), st.integers(0, 999), st.integers(0, 999))
def test_generated_valid_npwps_always_pass(taxpayer: int, office: int, branch: int) -> None:
    first8 = f"{taxpayer:08d}"
    npwp = f"{first8}{npwp_check_digit(first8)}{office:03d}{branch:03d}"
    assert check_npwp(npwp).value == npwp
    assert check_npwp("0" + npwp).value == "0" + npwp
    wrong = f"{first8}{(npwp_check_digit(first8) + 1) % 10}{office:03d}{branch:03d}"
    assert not check_npwp(wrong).ok


@SETTINGS
@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from(["iso", "slash", "id", "en"]),
)
def test_every_real_date_reads_back(d: date, style: str) -> None:
    from mpp_assist.forms.dates import MONTHS

    text = {
        "iso": d.isoformat(),
        "slash": f"{d.day}/{d.month}/{d.year}",
        "id": f"{d.day} {MONTHS[d.month - 1].get('id')} {d.year}",
        "en": f"{MONTHS[d.month - 1].get('en')} {d.day}, {d.year}",
    }[style]
    assert parse_date(text).value == d


@SETTINGS
@given(st.one_of(anything, digits_text))
def test_no_validator_crashes(raw: object) -> None:
    for check in (check_phone, check_email, check_nib, check_name, check_postcode):
        result = check(raw)
        assert result.ok == (result.value is not None) or result.findings
    for check in (check_nik, check_kk, check_npwp):
        check(raw, today=TODAY)
    result = parse_date(raw)
    assert (result.value is None) == (result.code is not None)


@SETTINGS
@given(st.text(min_size=1, max_size=60).filter(lambda s: s.strip()))
def test_names_are_never_rejected(name: str) -> None:
    assert check_name(name).ok


CATALOGUE = load_catalogue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([d.id for d in CATALOGUE.services()]), st.data())
def test_mangled_answers_never_crash_validation(service_id: str, data) -> None:
    d = CATALOGUE.get(service_id)
    answers = d.example_answers()
    for key in data.draw(st.lists(st.sampled_from(sorted(answers)), max_size=4)):
        answers[key] = data.draw(anything)
    problems = validate(d, answers, today=TODAY)
    for p in problems:
        assert p.message("id") and p.message("en")
    normalise(d, answers, today=TODAY)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([d.id for d in CATALOGUE.services()]), st.data())
def test_any_sequence_of_typing_keeps_the_session_consistent(service_id: str, data) -> None:
    from mpp_assist.forms import FormSession

    d = CATALOGUE.get(service_id)
    s = FormSession(d, today=TODAY)
    groups = [f for f in d.fields() if f.type == "repeat"]
    for _ in range(data.draw(st.integers(1, 12))):
        if groups and data.draw(st.booleans()):
            g = data.draw(st.sampled_from(groups))
            if s.can_add_item(g.id):
                s.add_item(g.id)
            elif data.draw(st.booleans()):
                s.remove_item(g.id, 0)
            continue
        f = data.draw(st.sampled_from([f for f in d.fields() if f.type != "repeat" and f.calculate is None]))
        raw = data.draw(
            st.one_of(
                st.text(max_size=20), digits_text, st.sampled_from([c.value for c in f.choices] or [""])
            )
        )
        problems = s.set(f.id, raw)
        assert all(
            p.field == f.id for p in problems if p.code not in ("nik_birth_mismatch", "nik_sex_mismatch")
        )
        assert s.raw(f.id) == raw
    again = FormSession(d, s.answers(), today=TODAY)  # a draft reopens with the same answers
    assert again.answers() == s.answers()
    assert [p.field for p in again.problems()] == [p.field for p in s.problems()]
    for section in s.summary():
        assert all(row.value for row in section.rows)


def test_a_cleared_field_prefilled_from_another_stays_cleared_when_the_draft_reopens() -> None:
    # The example the property above found: NPWP (prefilled from the NIK) cleared, then a NIK typed.
    from mpp_assist.forms import FormSession

    d = CATALOGUE.get("nib")
    assert d.field("npwp").prefill_field == "nik"
    s = FormSession(d, today=TODAY)
    s.set("npwp", "")
    s.set("nik", "0")
    assert s.answers() == {"npwp": "", "nik": "0"}
    again = FormSession(d, s.answers(), today=TODAY)
    assert again.answers() == s.answers() and again.raw("npwp") == "" and not again.prefilled("npwp")
    again.set("nik", "1")  # and it stays cleared while typing goes on
    assert again.raw("npwp") == ""


def test_a_cleared_postcode_stays_cleared_when_the_draft_reopens() -> None:
    # Same rule for the postcode the chosen village fills in.
    from mpp_assist.forms import FormSession

    d = CATALOGUE.get("ktp-el")
    s = FormSession(d, today=TODAY)
    s.set("desa", "32.73.01.1001")
    assert s.raw("kode_pos") == "40152"
    s.clear("kode_pos")
    again = FormSession(d, s.answers(), today=TODAY)
    assert again.answers() == s.answers() and again.raw("kode_pos") == ""
