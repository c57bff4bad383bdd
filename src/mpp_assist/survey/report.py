"""The survey report for a period: what a unit publishes (PDF with charts, and CSV).

Per service and overall: respondents against the required sample, NRR per element, IKM, mutu
and kinerja, the lowest elements (what to improve first), the respondent profile and the
suggestions. Respondents are listed in a random order (by UUID) without a day or a time, and
suggestions are listed apart from the answers, so no row can be matched to a person.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mpp_assist import clock
from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate
from mpp_assist.receipts import fonts
from mpp_assist.receipts.content import format_date
from mpp_assist.survey import ikm
from mpp_assist.survey.model import Response
from mpp_assist.survey.questionnaire import ELEMENTS, KEYS, PROFILE

CTX = "SurveyReport"
BAR = colors.HexColor("#1b5e8c")
LOW = colors.HexColor("#b3261e")


def rt(source: str, lang: str) -> str:
    return translate(CTX, source, lang)


@dataclass
class Section:
    """One service (``service_id``) or the whole selection (``None``)."""

    service_id: str | None
    name: str
    index: ikm.Index
    population: int

    @property
    def required(self) -> int:
        return ikm.required_sample(self.population)

    def to_json(self) -> dict[str, Any]:
        return {
            "service_id": self.service_id,
            "population": self.population,
            "required_sample": self.required,
            **self.index.to_json(),
        }


@dataclass
class Summary:
    start: date
    end: date
    service_id: str | None
    overall: Section
    services: list[Section]
    profile: dict[str, Counter[str]]
    modes: Counter[str]
    suggestions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """What ``mpp-assist survey report --json`` prints: the selection's figures at the top level."""
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "service": self.service_id,
            **self.overall.to_json(),
            "services": [s.to_json() for s in self.services],
            "profile": {k: dict(sorted(v.items())) for k, v in self.profile.items()},
            "modes": dict(sorted(self.modes.items())),
            "suggestions": self.suggestions,
        }


def summarise(
    responses: Iterable[Response],
    start: date,
    end: date,
    *,
    populations: dict[str, int] | None = None,
    service_id: str | None = None,
    service_name: Callable[[str], str] = str,
    population: int | None = None,
    lang: str | None = None,
) -> Summary:
    """The figures of a period. ``populations``: people served per service; ``population`` overrides the total."""
    rows = [r for r in responses if start <= r.day <= end and (service_id is None or r.service_id == service_id)]
    populations = populations or {}
    by_service: dict[str, list[Response]] = {}
    for r in rows:
        by_service.setdefault(r.service_id, []).append(r)
    services = [
        Section(sid, service_name(sid), ikm.compute(group), populations.get(sid, 0))
        for sid, group in sorted(by_service.items())
    ]
    total = population if population is not None else (
        populations.get(service_id, 0) if service_id else sum(populations.values())
    )
    label = service_name(service_id) if service_id else rt(QT_TRANSLATE_NOOP("SurveyReport", "Semua layanan"), lang)
    profile = {q.field: Counter(r.profile[q.field] for r in rows if q.field in r.profile) for q in PROFILE}
    return Summary(
        start, end, service_id, Section(service_id, label, ikm.compute(rows), total), services, profile,
        Counter(r.mode for r in rows), sorted(r.suggestion for r in rows if r.suggestion),
    )


# -- CSV --------------------------------------------------------------------------------------


def _num(value: Any) -> str:
    return "" if value is None else str(value)


def build_csv(summary: Summary, responses: Iterable[Response], lang: str = "id") -> str:
    """One row per respondent (U1…U9 and the profile), then the per-element summary and per-service lines."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([rt(QT_TRANSLATE_NOOP("SurveyReport", "Survei Kepuasan Masyarakat (Permen PANRB 14/2017)"), lang)])
    w.writerow([rt(QT_TRANSLATE_NOOP("SurveyReport", "Periode"), lang), summary.start.isoformat(),
                summary.end.isoformat()])
    w.writerow([])
    profile_heads = [translate("Survey", q.label, lang) for q in PROFILE]
    w.writerow(["No", rt(QT_TRANSLATE_NOOP("SurveyReport", "Layanan"), lang), *[e.code for e in ELEMENTS],
                *profile_heads, rt(QT_TRANSLATE_NOOP("SurveyReport", "Cara"), lang)])
    chosen = [
        r for r in sorted(responses, key=lambda r: (r.service_id, r.id))
        if summary.start <= r.day <= summary.end and summary.service_id in (None, r.service_id)
    ]
    for n, r in enumerate(chosen, 1):
        w.writerow([n, r.service_id, *[_num(v) for v in r.answers], *[r.profile.get(q.field, "") for q in PROFILE],
                    r.mode])
    idx = summary.overall.index
    w.writerow([])
    w.writerow(["", rt(QT_TRANSLATE_NOOP("SurveyReport", "Jumlah nilai per unsur"), lang),
                *[e.total for e in idx.elements]])
    w.writerow(["", rt(QT_TRANSLATE_NOOP("SurveyReport", "Responden per unsur"), lang),
                *[e.respondents for e in idx.elements]])
    w.writerow(["", rt(QT_TRANSLATE_NOOP("SurveyReport", "NRR per unsur"), lang),
                *[_num(v) for v in idx.nrr().values()]])
    w.writerow(["", rt(QT_TRANSLATE_NOOP("SurveyReport", "NRR tertimbang per unsur"), lang),
                *[_num(None if e.weighted is None else ikm.rounded(e.weighted, 3)) for e in idx.elements]])
    w.writerow(["", "IKM", _num(idx.ikm)])
    g = idx.grade
    w.writerow(["", rt(QT_TRANSLATE_NOOP("SurveyReport", "Mutu pelayanan"), lang), g.mutu if g else ""])
    w.writerow(["", rt(QT_TRANSLATE_NOOP("SurveyReport", "Kinerja unit pelayanan"), lang),
                g.kinerja_text(lang) if g else ""])
    w.writerow([])
    w.writerow([rt(QT_TRANSLATE_NOOP("SurveyReport", "Layanan"), lang),
                rt(QT_TRANSLATE_NOOP("SurveyReport", "Responden"), lang),
                rt(QT_TRANSLATE_NOOP("SurveyReport", "Sampel minimum"), lang),
                *[f"NRR {e.code}" for e in ELEMENTS], "IKM",
                rt(QT_TRANSLATE_NOOP("SurveyReport", "Mutu"), lang),
                rt(QT_TRANSLATE_NOOP("SurveyReport", "Kinerja"), lang),
                rt(QT_TRANSLATE_NOOP("SurveyReport", "Unsur terendah"), lang)])
    for s in [*summary.services, summary.overall]:
        sg = s.index.grade
        w.writerow([s.service_id or s.name, s.index.respondents, s.required,
                    *[_num(v) for v in s.index.nrr().values()], _num(s.index.ikm), sg.mutu if sg else "",
                    sg.kinerja_text(lang) if sg else "", " ".join(k.upper() for k in s.index.lowest())])
    if summary.suggestions:
        w.writerow([])
        w.writerow([rt(QT_TRANSLATE_NOOP("SurveyReport", "Saran dan masukan"), lang)])
        for text in summary.suggestions:
            w.writerow([text])
    return "\ufeff" + out.getvalue()  # the BOM tells spreadsheet programs it is UTF-8


# -- PDF --------------------------------------------------------------------------------------


def _chart(index: ikm.Index, width: float, lang: str) -> Drawing:
    """NRR per element as vertical bars on the 1…4 scale; the lowest elements in red."""
    height = 62 * mm
    d = Drawing(width, height, initialFontName=fonts.REGULAR)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = width - 34 * mm, height - 20 * mm  # room on the right for the guide's name
    values = [float(v) if v is not None else 0.0 for v in index.nrr().values()]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [e.code for e in ELEMENTS]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 4, 1
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    lowest = set(index.lowest())
    for i, key in enumerate(KEYS):
        if key in lowest:
            chart.bars[(0, i)].fillColor = LOW
    chart.barLabelFormat = "%.2f"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    d.add(chart)
    # The regulation's "Baik" threshold (NI 3,0644) as a guide line.
    y = chart.y + chart.height * 3.0644 / 4
    d.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=colors.HexColor("#888888"), strokeDashArray=[2, 2]))
    d.add(String(chart.x + chart.width + 2, y - 2, rt(QT_TRANSLATE_NOOP("SurveyReport", "batas Baik"), lang),
                 fontName=fonts.REGULAR, fontSize=7, textAnchor="start", fillColor=colors.HexColor("#555555")))
    d.add(String(chart.x, 3 * mm, rt(QT_TRANSLATE_NOOP("SurveyReport", "NRR per unsur (skala 1–4)"), lang),
                 fontName=fonts.REGULAR, fontSize=8))
    return d


def _style(table: Table, header_rows: int = 1) -> Table:
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), fonts.BOLD, 8.5),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def build_pdf(
    summary: Summary, *, lang: str = "id", mpp_name: str = "", desk: str = "", generated_at: datetime | None = None
) -> bytes:
    fonts.register()
    buf = io.BytesIO()
    title = rt(QT_TRANSLATE_NOOP("SurveyReport", "Laporan Survei Kepuasan Masyarakat"), lang)
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=title, author=mpp_name, creator="MPP Assist",
                            invariant=True)
    h1 = ParagraphStyle("h1", fontName=fonts.BOLD, fontSize=16, leading=20, spaceAfter=2 * mm)
    h2 = ParagraphStyle("h2", fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=5 * mm, spaceAfter=2 * mm)
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))

    def para(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), style)

    period = f"{format_date(summary.start, lang, weekday=False)} – {format_date(summary.end, lang, weekday=False)}"
    story: list[Any] = [
        para(title, h1),
        para(" · ".join(x for x in (mpp_name, desk, period) if x)),
        para(rt(QT_TRANSLATE_NOOP(
            "SurveyReport",
            "Dihitung menurut Permen PANRB 14/2017: NRR per unsur = jumlah nilai / jumlah responden unsur itu;"
            " IKM = jumlah (NRR × 1/9) × 25. Sampel minimum dari tabel Krejcie dan Morgan."), lang), small),
    ]
    # One service asked for: its section is the overall one, not repeated.
    for section in [summary.overall, *([] if summary.service_id else summary.services)]:
        story += _section(section, doc.width, lang, para, h2, body)
        if section is summary.overall and summary.services and summary.service_id is None:
            story += [para(rt(QT_TRANSLATE_NOOP("SurveyReport", "Per layanan"), lang), h2),
                      _services_table(summary, lang)]
    story += _profile(summary, lang, para, h2)
    story.append(para(rt(QT_TRANSLATE_NOOP("SurveyReport", "Saran dan masukan"), lang), h2))
    if summary.suggestions:
        story += [para(f"• {text}") for text in summary.suggestions]
    else:
        story.append(para(rt(QT_TRANSLATE_NOOP("SurveyReport", "Tidak ada saran pada periode ini."), lang)))
    when = clock.local(generated_at) if generated_at else clock.now()  # the desk's zone
    footer = rt(QT_TRANSLATE_NOOP("SurveyReport", "Dibuat {when} oleh MPP Assist. Tanpa data pribadi."), lang)
    stamp = f"{format_date(when.date(), lang)} {when:%H.%M} {clock.abbreviation()}"
    story += [Spacer(1, 5 * mm), para(footer.format(when=stamp), small)]
    doc.build(story)
    return buf.getvalue()


def _section(section: Section, width: float, lang: str, para: Any, h2: ParagraphStyle,
             body: ParagraphStyle) -> list[Any]:
    idx = section.index
    heading = para(section.name, h2)
    if idx.respondents == 0:
        return [heading, para(rt(QT_TRANSLATE_NOOP("SurveyReport", "Belum ada responden pada periode ini."), lang))]
    g = idx.grade
    lines = [
        rt(QT_TRANSLATE_NOOP("SurveyReport", "Responden: {n} dari sampel minimum {required}"
                             " (populasi {population})."), lang).format(
            n=idx.respondents, required=section.required, population=section.population),
    ]
    if idx.respondents < section.required:
        lines.append(rt(QT_TRANSLATE_NOOP("SurveyReport", "Sampel belum cukup: kurang {missing} responden."),
                        lang).format(missing=section.required - idx.respondents))
    if g is not None:
        lines.append(rt(QT_TRANSLATE_NOOP("SurveyReport", "IKM {ikm} — mutu {mutu}, kinerja {kinerja}."),
                        lang).format(ikm=idx.ikm, mutu=g.mutu, kinerja=g.kinerja_text(lang)))
    else:
        lines.append(rt(QT_TRANSLATE_NOOP("SurveyReport", "IKM belum dapat dihitung: ada unsur yang belum dijawab."),
                        lang))
    lowest = ", ".join(f"{k.upper()} {ELEMENTS[KEYS.index(k)].label(lang)}" for k in idx.lowest())
    lines.append(rt(QT_TRANSLATE_NOOP("SurveyReport", "Unsur terendah (diperbaiki lebih dulu): {lowest}."),
                    lang).format(lowest=lowest))
    head = [rt(QT_TRANSLATE_NOOP("SurveyReport", "Unsur"), lang), "", "NRR",
            rt(QT_TRANSLATE_NOOP("SurveyReport", "Konversi"), lang),
            rt(QT_TRANSLATE_NOOP("SurveyReport", "Mutu"), lang)]
    rows: list[list[Any]] = [head]
    for e, result in zip(ELEMENTS, idx.elements, strict=True):
        eg = None if result.nrr is None else ikm.grade_of_nrr(result.nrr)
        rows.append([e.code, e.label(lang)[:48], "—" if result.nrr is None else str(ikm.rounded(result.nrr)),
                     "—" if result.converted is None else str(result.converted), eg.mutu if eg else "—"])
    table = _style(Table(rows, colWidths=[12 * mm, 88 * mm, 18 * mm, 22 * mm, 16 * mm]))
    return [KeepTogether([heading, *[para(x) for x in lines], Spacer(1, 2 * mm), _chart(idx, width, lang)]),
            table]


def _services_table(summary: Summary, lang: str) -> Table:
    rows: list[list[Any]] = [[
        rt(QT_TRANSLATE_NOOP("SurveyReport", "Layanan"), lang),
        rt(QT_TRANSLATE_NOOP("SurveyReport", "Responden"), lang),
        rt(QT_TRANSLATE_NOOP("SurveyReport", "Sampel minimum"), lang),
        "IKM",
        rt(QT_TRANSLATE_NOOP("SurveyReport", "Mutu"), lang),
        rt(QT_TRANSLATE_NOOP("SurveyReport", "Unsur terendah"), lang),
    ]]
    for s in summary.services:
        g = s.index.grade
        rows.append([s.name[:40], s.index.respondents, s.required, "—" if s.index.ikm is None else str(s.index.ikm),
                     g.mutu if g else "—", " ".join(k.upper() for k in s.index.lowest())])
    return _style(Table(rows, colWidths=[54 * mm, 22 * mm, 32 * mm, 18 * mm, 16 * mm, 36 * mm]))


def _profile(summary: Summary, lang: str, para: Any, h2: ParagraphStyle) -> list[Any]:
    total = summary.overall.index.respondents
    out: list[Any] = [para(rt(QT_TRANSLATE_NOOP("SurveyReport", "Profil responden"), lang), h2)]
    rows: list[list[Any]] = [[rt(QT_TRANSLATE_NOOP("SurveyReport", "Profil"), lang), "",
                              rt(QT_TRANSLATE_NOOP("SurveyReport", "Jumlah"), lang), "%"]]
    for q in PROFILE:
        counts = summary.profile.get(q.field, Counter())
        for i, choice in enumerate(q.ids()):
            n = counts.get(choice, 0)
            rows.append([translate("Survey", q.label, lang) if i == 0 else "", q.choice_label(choice, lang), n,
                         f"{100 * n / total:.1f}" if total else "—"])
        unanswered = total - sum(counts.values())
        rows.append(["", rt(QT_TRANSLATE_NOOP("SurveyReport", "tidak diisi"), lang), unanswered,
                     f"{100 * unanswered / total:.1f}" if total else "—"])
    for mode, label in (("screen", QT_TRANSLATE_NOOP("SurveyReport", "di layar pemohon")),
                        ("interview", QT_TRANSLATE_NOOP("SurveyReport", "wawancara petugas"))):
        n = summary.modes.get(mode, 0)
        rows.append([rt(QT_TRANSLATE_NOOP("SurveyReport", "Cara pengisian"), lang) if mode == "screen" else "",
                     rt(label, lang), n, f"{100 * n / total:.1f}" if total else "—"])
    if total:
        charts = [_profile_chart(q, summary.profile.get(q.field, Counter()), total, lang) for q in PROFILE]
        grid = Table([charts[:2], charts[2:]], colWidths=[89 * mm, 89 * mm])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out.append(grid)
    out.append(_style(Table(rows, colWidths=[40 * mm, 60 * mm, 22 * mm, 22 * mm], repeatRows=1)))
    return out


def _profile_chart(question: Any, counts: Counter[str], total: int, lang: str) -> Drawing:
    """Respondents per choice of one profile question (and those who left it out), as horizontal bars."""
    labels = [question.choice_label(c, lang) for c in question.ids()]
    labels.append(rt(QT_TRANSLATE_NOOP("SurveyReport", "tidak diisi"), lang))
    values = [counts.get(c, 0) for c in question.ids()]
    values.append(total - sum(values))
    width, height = 86 * mm, len(values) * 5 * mm + 16 * mm
    d = Drawing(width, height, initialFontName=fonts.REGULAR)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34 * mm, 6 * mm, width - 40 * mm, height - 14 * mm
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [x[:22] for x in reversed(labels)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, max(total, 1)
    chart.valueAxis.valueStep = max(1, (total + 3) // 4)
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    d.add(chart)
    d.add(String(0, height - 5 * mm, translate("Survey", question.label, lang), fontName=fonts.BOLD, fontSize=8.5))
    return d
