"""The period report of promised times (``mpp-assist report sla -o FILE.pdf``), A4 with charts.

Per service: tickets, served, no-shows, waiting time (taken → called) and service time
(called → served) as median / p90 minutes, and the share of applications finished within the
service's *jangka waktu*. Takes the report as JSON (``queue.sla.PeriodReport.as_json``: what the
backend's ``GET /api/v1/queue/report`` answers). Counts and times only: no personal data.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mpp_assist import clock
from mpp_assist.i18n import QT_TRANSLATE_NOOP
from mpp_assist.receipts import fonts
from mpp_assist.receipts.content import format_date
from mpp_assist.receipts.report import SENT_COLOUR, WAITING_COLOUR, rt

LATE_COLOUR = colors.HexColor("#b3261e")


def _minutes(value: Any) -> str:
    return "–" if value is None else f"{value:g}".replace(".", ",")


def _share(line: dict[str, Any]) -> str:
    share = line.get("on_time_share")
    if share is None:
        return "–"
    return f"{round(100 * share)}% ({line['on_time']}/{line['on_time'] + line['late']})"


def _bars(names: list[str], series: list[list[float]], legend: list[tuple[Any, str]], width: float,
          value_max: float | None = None) -> Drawing:
    height = max(len(names), 1) * 11 * mm + 22 * mm
    d = Drawing(width, height, initialFontName=fonts.REGULAR)
    chart = HorizontalBarChart()
    chart.x, chart.y = 60 * mm, 14 * mm
    chart.width, chart.height = width - 65 * mm, height - 20 * mm
    chart.data = [list(reversed(s)) or [0] for s in series]  # busiest at the top, as in the table
    chart.categoryAxis.categoryNames = [n[:34] for n in reversed(names)] or ["—"]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((v for s in series for v in s), default=0)
    chart.valueAxis.valueMax = value_max or max(1.0, top * 1.1)
    chart.valueAxis.valueStep = max(1.0, round(chart.valueAxis.valueMax / 5))
    for i, (colour, _label) in enumerate(legend):
        chart.bars[i].fillColor = colour
    d.add(chart)
    key = Legend()
    key.x, key.y = 60 * mm, 5 * mm
    key.alignment = "right"
    key.columnMaximum = 1
    key.fontName = fonts.REGULAR
    key.fontSize = 9
    key.colorNamePairs = legend
    key.dx = key.dy = 8
    key.deltax = 45 * mm
    d.add(key)
    return d


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), style)


def sla_flowables(report: dict[str, Any], lang: str, width: float, body: ParagraphStyle, small: ParagraphStyle,
                  h2: ParagraphStyle) -> list[Any]:
    """The summary, the table per service and the charts: for this report and the daily desk report."""
    para = _para
    lines, total = report["services"], report["total"]
    summary = rt(lang, QT_TRANSLATE_NOOP(
        "Report", "{tickets} karcis: {served} dilayani, {no_shows} tidak hadir. {applications} permohonan; "
        "selesai tepat waktu: {share}."
    )).format(tickets=total["tickets"], served=total["served"], no_shows=total["no_shows"],
              applications=total["applications"], share=_share(total))
    story: list[Any] = [para(summary, body)]
    head = [rt(lang, s) for s in (
        QT_TRANSLATE_NOOP("Report", "Layanan"), QT_TRANSLATE_NOOP("Report", "Karcis"),
        QT_TRANSLATE_NOOP("Report", "Dilayani"), QT_TRANSLATE_NOOP("Report", "Tidak hadir"),
        QT_TRANSLATE_NOOP("Report", "Tunggu (mnt) median / p90"),
        QT_TRANSLATE_NOOP("Report", "Layanan (mnt) median / p90"),
        QT_TRANSLATE_NOOP("Report", "Permohonan"), QT_TRANSLATE_NOOP("Report", "Selesai tepat waktu"),
    )]
    rows: list[list[Any]] = [[para(h, small) for h in head]]
    for line in [*lines, {**total, "name": rt(lang, QT_TRANSLATE_NOOP("Report", "Jumlah"))}]:
        rows.append([
            para(line["name"] or line["service_id"], body), line["tickets"], line["served"], line["no_shows"],
            f"{_minutes(line['wait_median'])} / {_minutes(line['wait_p90'])}",
            f"{_minutes(line['service_median'])} / {_minutes(line['service_p90'])}",
            line["applications"], _share(line),
        ])
    widths = (70, 18, 20, 22, 36, 36, 24, 40)  # mm on landscape A4; scaled to the page given
    scale = width / (sum(widths) * mm)
    table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9.5),
        ("FONT", (0, -1), (-1, -1), fonts.BOLD, 9.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f2f2f2")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [para(rt(lang, QT_TRANSLATE_NOOP("Report", "Per layanan")), h2), table]
    if lines:
        names = [x["name"] or x["service_id"] for x in lines]
        story += [
            para(rt(lang, QT_TRANSLATE_NOOP("Report", "Permohonan selesai dalam janji layanan")), h2),
            _bars(names, [[x["on_time"] for x in lines], [x["late"] for x in lines]],
                  [(SENT_COLOUR, rt(lang, QT_TRANSLATE_NOOP("Report", "tepat waktu"))),
                   (LATE_COLOUR, rt(lang, QT_TRANSLATE_NOOP("Report", "terlambat")))], width),
            para(rt(lang, QT_TRANSLATE_NOOP("Report", "Waktu tunggu (menit)")), h2),
            _bars(names, [[x["wait_median"] or 0 for x in lines], [x["wait_p90"] or 0 for x in lines]],
                  [(SENT_COLOUR, "median"), (WAITING_COLOUR, "p90")], width),
        ]
    else:
        story.append(para(rt(lang, QT_TRANSLATE_NOOP("Report", "Tidak ada karcis atau permohonan pada periode ini.")),
                          body))
    return story


def build_sla_report(report: dict[str, Any], *, lang: str = "id", mpp_name: str = "",
                     generated_at: datetime | None = None) -> bytes:
    fonts.register()
    buf = io.BytesIO()
    title = rt(lang, QT_TRANSLATE_NOOP("Report", "Laporan waktu layanan"))
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm, title=title, author=mpp_name,
                            creator="MPP Assist", invariant=True)
    h1 = ParagraphStyle("h1", fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=2 * mm)
    h2 = ParagraphStyle("h2", fontName=fonts.BOLD, fontSize=12.5, leading=16, spaceBefore=5 * mm, spaceAfter=2 * mm)
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))

    para = _para
    start, end = date.fromisoformat(report["from"]), date.fromisoformat(report["to"])
    period = format_date(start, lang) if start == end else f"{format_date(start, lang)} – {format_date(end, lang)}"
    story: list[Any] = [para(title, h1), para(" · ".join(x for x in (mpp_name, period) if x), body), Spacer(1, 3 * mm)]
    story += sla_flowables(report, lang, doc.width, body, small, h2)
    when = clock.local(generated_at) if generated_at else clock.now()  # the desk's zone
    footer = rt(lang, QT_TRANSLATE_NOOP(
        "Report", "Tepat waktu dihitung dari permohonan yang sudah selesai atau sudah lewat batas waktunya. "
        "Dibuat {when} oleh MPP Assist. Tanpa data pribadi."
    ))
    stamp = f"{format_date(when.date(), lang)} {when:%H.%M} {clock.abbreviation()}"
    story += [Spacer(1, 6 * mm), para(footer.format(when=stamp), small)]
    doc.build(story)
    return buf.getvalue()
