"""The IKM as Permen PANRB 14/2017 computes it, checked against a worked example done by hand.

Source of the figures: we could not verify a published SKM report's respondent-level data from
memory, so the worked example (``conftest.WORKED_EXAMPLE``, ten respondents) was built and
worked out BY HAND from the regulation's formula, before running the code:

    element sums   U1 35  U2 33  U3 27  U4 39  U5 32  U6 33  U7 37  U8 23  U9 32   (total 291)
    NRR (sum/10)   3.50   3.30   2.70   3.90   3.20   3.30   3.70   2.30   3.20
    weighted sum   Σ NRR × 1/9 = 29.10 / 9 = 3.2333…
    IKM            3.2333… × 25 = 80.8333… → 80.83, mutu B, kinerja "Baik" (76.61 – 88.30)
    lowest         U8 2.30, U3 2.70, then U5 3.20 (tied with U9; the earlier element first)

For comparison, multiplying by the rounded weight 0.11 some reports use gives 29.10 × 0.11 × 25
= 80.03, which is why the code keeps the exact ninth.

A published SKM processing table (Disdukcapil Tulang Bawang Barat, 2023) is reproduced too, cited
in ``test_a_published_skm_table_is_reproduced`` with what it can and cannot check.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from mpp_assist.survey import ikm
from mpp_assist.survey.questionnaire import KEYS

from .conftest import responses


def test_the_worked_example(worked) -> None:
    index = ikm.compute(worked)
    assert index.respondents == 10
    assert [e.total for e in index.elements] == [35, 33, 27, 39, 32, 33, 37, 23, 32]
    assert [str(v) for v in index.nrr().values()] == [
        "3.50", "3.30", "2.70", "3.90", "3.20", "3.30", "3.70", "2.30", "3.20"
    ]
    assert index.ikm_exact == Fraction(291, 90) * 25
    assert index.ikm == Decimal("80.83")
    assert index.grade == ikm.Grade("B", "Baik")
    assert index.lowest() == ["u8", "u3", "u5"]
    assert index.to_json() == {
        "respondents": 10,
        "nrr": {"u1": 3.5, "u2": 3.3, "u3": 2.7, "u4": 3.9, "u5": 3.2, "u6": 3.3, "u7": 3.7, "u8": 2.3, "u9": 3.2},
        "ikm": 80.83,
        "mutu": "B",
        "kinerja": "Baik",
        "lowest": ["u8", "u3", "u5"],
    }
    # The rounded weight would have given another figure: the code does not use it.
    assert ikm.rounded(sum(e.nrr for e in index.elements) * Fraction(11, 100) * 25) == Decimal("80.03")


def test_all_best_is_100_and_all_worst_is_25() -> None:
    assert ikm.compute(responses([(4,) * 9] * 3)).ikm == Decimal("100.00")
    assert ikm.compute(responses([(4,) * 9] * 3)).grade == ikm.Grade("A", "Sangat baik")
    assert ikm.compute(responses([(1,) * 9])).ikm == Decimal("25.00")
    assert ikm.compute(responses([(1,) * 9])).grade == ikm.Grade("D", "Tidak baik")


def test_each_element_is_divided_by_its_own_respondents() -> None:
    rows = [(4, 4, 4, 4, 4, 4, 4, 4, None), (2, 2, 2, 2, 2, 2, 2, 2, 3)]
    index = ikm.compute(responses(rows))
    assert index.respondents == 2
    assert index.elements[8].respondents == 1 and index.elements[8].nrr == 3
    assert index.elements[0].nrr == 3
    assert index.ikm == Decimal("75.00")


def test_no_ikm_until_every_element_has_an_answer() -> None:
    index = ikm.compute(responses([(4, 4, 4, 4, 4, 4, 4, 4, None)]))
    assert index.ikm is None and index.grade is None
    assert index.nrr()["u9"] is None
    assert index.to_json()["ikm"] is None
    assert "u9" not in index.lowest(9)
    empty = ikm.compute([])
    assert empty.respondents == 0 and empty.ikm is None and empty.lowest() == []


@pytest.mark.parametrize(
    ("value", "mutu"),
    [
        ("100", "A"), ("88.31", "A"), ("88.30", "B"), ("76.61", "B"), ("76.60", "C"),
        ("65.00", "C"), ("64.99", "D"), ("25", "D"), ("88.305", "A"), ("76.604", "C"),
    ],
)
def test_grade_intervals(value: str, mutu: str) -> None:
    assert ikm.grade(Decimal(value)).mutu == mutu


def test_outside_the_scale_is_refused() -> None:
    for value in ("24.99", "100.01"):
        with pytest.raises(ValueError):
            ikm.grade(Decimal(value))


def test_the_regulation_unit_intervals_are_the_converted_ones_over_25() -> None:
    # NI 1,00–2,5996 / 2,60–3,064 / 3,0644–3,532 / 3,5324–4,00  ×25  =  NIK 25–64,99 / 65–76,60 / …
    assert [lower * 25 for lower in ikm.NI_LOWER] == [g[0] for g in ikm.GRADES]
    upper_ni = (Decimal("4.00"), Decimal("3.532"), Decimal("3.064"), Decimal("2.5996"))
    assert [u * 25 for u in upper_ni] == [Decimal("100"), Decimal("88.30"), Decimal("76.60"), Decimal("64.99")]
    for ni, mutu in (("3.5324", "A"), ("3.532", "B"), ("3.0644", "B"), ("3.064", "C"), ("2.60", "C"),
                     ("2.5996", "D"), ("1.00", "D")):
        assert ikm.grade_of_nrr(Fraction(ni)).mutu == mutu


def test_the_sample_table_is_krejcie_and_morgan() -> None:
    # s = X²NP(1−P) / (d²(N−1) + X²P(1−P)), X² = 3.841, P = 0.5, d = 0.05 (Krejcie & Morgan 1970).
    for population, sample in ikm.KREJCIE_MORGAN:
        formula = 3.841 * population * 0.25 / (0.0025 * (population - 1) + 3.841 * 0.25)
        if population < 100_000:
            assert abs(formula - sample) <= 1, population
        else:  # the table ends on the infinite-population limit
            assert sample == round(3.841 * 0.25 / 0.0025) == 384
    populations = [n for n, _ in ikm.KREJCIE_MORGAN]
    assert populations == sorted(populations)
    samples = [s for _, s in ikm.KREJCIE_MORGAN]
    assert samples == sorted(samples)


@pytest.mark.parametrize(
    ("population", "sample"),
    [(0, 0), (7, 7), (10, 10), (11, 14), (100, 80), (101, 86), (550, 226), (1000, 278), (5_000_000, 384)],
)
def test_required_sample(population: int, sample: int) -> None:
    assert ikm.required_sample(population) == sample


def test_lowest_keeps_the_regulation_order_on_ties() -> None:
    index = ikm.compute(responses([(3,) * 9]))
    assert index.lowest(9) == list(KEYS)


def test_a_published_skm_table_is_reproduced() -> None:
    """The one published SKM processing table with per-element NRR values we could find and read whole.

    Source: "Laporan Survey Kepuasan Masyarakat (SKM) (Online)", Dinas Kependudukan dan Pencatatan
    Sipil Tulang Bawang Barat, Tahun 2023 Semester 1 — https://e-smile.tubaba.go.id/main/skm/laporan/online
    ("PENGOLAHAN DATA SURVEI KEPUASAN MASYARAKAT PER RESPONDEN DAN PER UNSUR PELAYANAN"). It lays out
    the regulation's annex table: one respondent answering 4 to U1…U9; "Σ Nilai / Unsur" 4 each;
    "NRR / Unsur" 4 each; "NRR Tertimbang / Unsur" 0.44 each, summed to 4; "IKM UNIT PELAYANAN 100
    (Sangat Baik)"; with the page's own rules "NRR tertimbang per unsur = NRR per unsur x 0,111",
    IKM = "Jumlah NRR Tertimbang x 25" and mutu A 88,31–100,00, B 76,61–88,30, C 65,00–76,60,
    D 25,00–64,99. (The page orders U8/U9 as sarana, pengaduan; with all answers equal it does not
    matter.)

    Honest limits: the example is degenerate — one respondent, every answer the best — so it checks
    the chain NRR → weighted NRR → sum → ×25 → grade and the weight, not the averaging (the hand-
    worked ten-respondent example above does that). Its published IKM of 100 is what the exact ninth
    gives; the rounded weight 0,111 it quotes would give 4 × 0,111 × 9 × 25 = 99,90. A second
    published table (Kabupaten Sekadau, "NILAI HASIL SURVEY KEPUASAN MASYARAKAT SEMESTER I 2019",
    https://sekadaukab.go.id/index.php/artikel/baca/923/NILAI-HASIL-SURVEY-KEPUASAN-MASYARAKAT-SEMESTER-I-2019.html)
    lists answers per respondent, but the copy we could read stops at respondent 49, before its sums
    and NRR, so it is not used. We found no copy of the regulation's own annex worked example.
    """
    index = ikm.compute(responses([(4,) * 9]))
    assert index.respondents == 1
    assert [e.total for e in index.elements] == [4] * 9  # Σ Nilai / Unsur
    assert [e.nrr for e in index.elements] == [4] * 9  # NRR / Unsur
    assert [ikm.rounded(e.weighted) for e in index.elements] == [Decimal("0.44")] * 9  # NRR Tertimbang
    assert ikm.rounded(sum(e.weighted for e in index.elements)) == Decimal("4.00")  # their "4"
    assert index.ikm == Decimal("100.00")  # IKM UNIT PELAYANAN 100
    assert index.grade == ikm.Grade("A", "Sangat baik")  # (Sangat Baik)
    # The page's rounded weight would not have printed 100: the code keeps the exact ninth.
    assert ikm.rounded(4 * Fraction(111, 1000) * 9 * 25) == Decimal("99.90")
    # The page's grade intervals, at each edge.
    for value, mutu in (("100.00", "A"), ("88.31", "A"), ("88.30", "B"), ("76.61", "B"), ("76.60", "C"),
                        ("65.00", "C"), ("64.99", "D"), ("25.00", "D")):
        assert ikm.grade(Decimal(value)).mutu == mutu
