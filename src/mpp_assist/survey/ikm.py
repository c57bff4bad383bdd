"""The Indeks Kepuasan Masyarakat exactly as Permen PANRB 14/2017 computes it.

* NRR per element (nilai rata-rata) = sum of the values given for that element / the number
  of respondents who answered it.
* Weighted NRR = NRR × 1/9 (every element weighs the same). The regulation writes the weight
  as "1/9 = 0,11"; we keep the exact ninth, because multiplying by a rounded 0,11 caps a
  perfect score at 99 and moves every index a little down.
* IKM = sum of the weighted NRRs (on the 1…4 scale) × 25 (the conversion to 25…100).
* Grade (mutu pelayanan) and performance (kinerja unit pelayanan) from the regulation's table:

  ======  ================  ==================  ====  ============
  value   NI (scale 1…4)    NIK (IKM, 25…100)   mutu  kinerja
  ======  ================  ==================  ====  ============
  1       1,00 – 2,5996     25,00 – 64,99       D     Tidak baik
  2       2,60 – 3,064      65,00 – 76,60       C     Kurang baik
  3       3,0644 – 3,532    76,61 – 88,30       B     Baik
  4       3,5324 – 4,00     88,31 – 100,00      A     Sangat baik
  ======  ================  ==================  ====  ============

  The NI bounds are the NIK bounds divided by 25 (64,99/25 = 2,5996; 76,61/25 = 3,0644;
  88,31/25 = 3,5324), so grading the IKM rounded to two decimals (as reports print it) is
  grading the NI: one rule, no value falls between two rows.

Exact arithmetic (``Fraction``) until the figures are rounded half up for display.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate
from mpp_assist.survey.model import Response
from mpp_assist.survey.questionnaire import ELEMENTS, KEYS

WEIGHT = Fraction(1, len(ELEMENTS))
CONVERSION = 25

# (lowest IKM of the row, mutu, kinerja), best first.
GRADES = (
    (Decimal("88.31"), "A", QT_TRANSLATE_NOOP("Survey", "Sangat baik")),
    (Decimal("76.61"), "B", QT_TRANSLATE_NOOP("Survey", "Baik")),
    (Decimal("65.00"), "C", QT_TRANSLATE_NOOP("Survey", "Kurang baik")),
    (Decimal("25.00"), "D", QT_TRANSLATE_NOOP("Survey", "Tidak baik")),
)
# The regulation's NI column (scale 1…4), lowest value of each row, best first.
NI_LOWER = (Decimal("3.5324"), Decimal("3.0644"), Decimal("2.60"), Decimal("1.00"))


def rounded(value: Fraction, places: int = 2) -> Decimal:
    """Half up, as the reports print figures (Python's ``round`` would round half to even)."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Grade:
    mutu: str  # A, B, C, D
    kinerja: str  # Indonesian, as the regulation names it

    def kinerja_text(self, lang: str | None = None) -> str:
        return translate("Survey", self.kinerja, lang)


def grade(ikm: Decimal) -> Grade:
    """Mutu and kinerja for an IKM on the 25…100 scale (rounded to two decimals first)."""
    value = ikm.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if not Decimal(25) <= value <= Decimal(100):
        raise ValueError(f"IKM {ikm} is outside 25…100")
    for lower, mutu, kinerja in GRADES:
        if value >= lower:
            return Grade(mutu, kinerja)
    raise AssertionError("unreachable")


def grade_of_nrr(nrr: Fraction) -> Grade:
    """The grade of one element's NRR (scale 1…4): its converted value NRR × 25."""
    return grade(rounded(nrr * CONVERSION))


@dataclass(frozen=True)
class ElementResult:
    key: str  # u1…u9
    respondents: int  # who answered this element
    total: int  # sum of the values
    nrr: Fraction | None  # None when nobody answered it

    @property
    def weighted(self) -> Fraction | None:
        return None if self.nrr is None else self.nrr * WEIGHT

    @property
    def converted(self) -> Decimal | None:
        return None if self.nrr is None else rounded(self.nrr * CONVERSION)


@dataclass(frozen=True)
class Index:
    """The result for a set of responses (a service or the whole MPP, over a period)."""

    respondents: int
    elements: tuple[ElementResult, ...]

    @property
    def complete(self) -> bool:
        """Every element answered at least once: only then is there an IKM."""
        return self.respondents > 0 and all(e.nrr is not None for e in self.elements)

    @property
    def ikm_exact(self) -> Fraction | None:
        if not self.complete:
            return None
        return sum((e.weighted for e in self.elements), Fraction(0)) * CONVERSION  # type: ignore[misc]

    @property
    def ikm(self) -> Decimal | None:
        exact = self.ikm_exact
        return None if exact is None else rounded(exact)

    @property
    def grade(self) -> Grade | None:
        return None if self.ikm is None else grade(self.ikm)

    def nrr(self) -> dict[str, Decimal | None]:
        """NRR per element, ``u1``…``u9``, rounded to two decimals (None: not answered)."""
        return {e.key: None if e.nrr is None else rounded(e.nrr) for e in self.elements}

    def lowest(self, count: int = 3) -> list[str]:
        """The elements to improve first: the lowest NRRs (ties in the regulation's order)."""
        answered = [e for e in self.elements if e.nrr is not None]
        answered.sort(key=lambda e: (e.nrr, KEYS.index(e.key)))
        return [e.key for e in answered[:count]]

    def to_json(self) -> dict[str, object]:
        """Plain JSON: numbers as floats rounded to two decimals, as reports print them."""
        g = self.grade
        return {
            "respondents": self.respondents,
            "nrr": {k: None if v is None else float(v) for k, v in self.nrr().items()},
            "ikm": None if self.ikm is None else float(self.ikm),
            "mutu": g.mutu if g else None,
            "kinerja": g.kinerja if g else None,
            "lowest": self.lowest(),
        }


def compute(responses: Iterable[Response]) -> Index:
    """The IKM of these responses (any number, any mix of services and desks)."""
    counts = [0] * len(ELEMENTS)
    totals = [0] * len(ELEMENTS)
    respondents = 0
    for r in responses:
        respondents += 1
        for i, value in enumerate(r.answers):
            if value is not None:
                counts[i] += 1
                totals[i] += value
    return from_totals(respondents, counts, totals)


def from_totals(respondents: int, counts: list[int], totals: list[int]) -> Index:
    """The same from per-element counts and sums (what a database ``GROUP BY`` gives)."""
    return Index(
        respondents,
        tuple(
            ElementResult(key, n, t, Fraction(t, n) if n else None)
            for key, n, t in zip(KEYS, counts, totals, strict=True)
        ),
    )


# -- the minimum sample ------------------------------------------------------------------

# The Krejcie & Morgan (1970) table the regulation reproduces: population N -> sample S
# (95 % confidence, 5 % margin, p = 0.5). Tested against their formula.
KREJCIE_MORGAN: tuple[tuple[int, int], ...] = (
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44),
    (55, 48), (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76),
    (100, 80), (110, 86), (120, 92), (130, 97), (140, 103), (150, 108), (160, 113), (170, 118),
    (180, 123), (190, 127), (200, 132), (210, 136), (220, 140), (230, 144), (240, 148),
    (250, 152), (260, 155), (270, 159), (280, 162), (290, 165), (300, 169), (320, 175),
    (340, 181), (360, 186), (380, 191), (400, 196), (420, 201), (440, 205), (460, 210),
    (480, 214), (500, 217), (550, 226), (600, 234), (650, 242), (700, 248), (750, 254),
    (800, 260), (850, 265), (900, 269), (950, 274), (1000, 278), (1100, 285), (1200, 291),
    (1300, 297), (1400, 302), (1500, 306), (1600, 310), (1700, 313), (1800, 317), (1900, 320),
    (2000, 322), (2200, 327), (2400, 331), (2600, 335), (2800, 338), (3000, 341), (3500, 346),
    (4000, 351), (4500, 354), (5000, 357), (6000, 361), (7000, 364), (8000, 367), (9000, 368),
    (10000, 370), (15000, 375), (20000, 377), (30000, 379), (40000, 380), (50000, 381),
    (75000, 382), (100000, 384), (1000000, 384),
)
_POPULATIONS = [n for n, _ in KREJCIE_MORGAN]


def required_sample(population: int) -> int:
    """The minimum number of respondents for a period in which ``population`` people were served.

    A population between two rows of the table takes the larger row (never too few); below 10
    everyone is asked; above the last row the sample stays 384.
    """
    if population < 0:
        raise ValueError(population)
    if population <= KREJCIE_MORGAN[0][0]:
        return population
    i = bisect.bisect_left(_POPULATIONS, population)
    return KREJCIE_MORGAN[min(i, len(KREJCIE_MORGAN) - 1)][1]
