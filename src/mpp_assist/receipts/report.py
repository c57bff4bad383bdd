"""The daily desk report: applications of one day per service (sent vs waiting) and per officer, with a chart.

What an MPP coordinator reports upward. Counts only: no applicant's name or
number appears in it.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mpp_assist import clock
from mpp_assist.i18n import QT_TRANSLATE_NOOP
from mpp_assist.receipts import fonts
from mpp_assist.receipts.content import format_date, tr
from mpp_assist.store import Application

SENT = ("sent",)
WAITING = ("waiting", "sending")
CORRECTION = ("needs_correction",)
SENT_COLOUR = colors.HexColor("#1b7a3a")
WAITING_COLOUR = colors.HexColor("#c77700")


@dataclass
class Line:
    name: str
    total: int = 0
    sent: int = 0
    waiting: int = 0
    correction: int = 0

    def add(self, status: str) -> None:
        self.total += 1
        self.sent += status in SENT
        self.waiting += status in WAITING
        self.correction += status in CORRECTION


def local_day(app: Application) -> date | None:
    """The desk's date of the application (its zone setting, not the host clock's: 23.30 UTC is tomorrow in WITA)."""
    return clock.day_of(app.created_at)


def summarise(apps: list[Application], day: date, service_name: Any) -> tuple[Line, list[Line], list[Line]]:
    """Totals, lines per service (busiest first) and per officer, for applications made on ``day``."""
    total = Line("")
    services: dict[str, Line] = {}
    officers: dict[str, Line] = {}
    for app in apps:
        if local_day(app) != day:
            continue
        total.add(app.status)
        services.setdefault(app.service_id, Line(service_name(app.service_id))).add(app.status)
        officers.setdefault(app.officer, Line(app.officer)).add(app.status)
    order = Counter({k: v.total for k, v in services.items()})
    return (
        total,
        [services[k] for k, _ in order.most_common()],
        sorted(officers.values(), key=lambda x: (-x.total, x.name)),
    )


def _chart(lines: list[Line], lang: str, width: float) -> Drawing:
    height = max(len(lines), 1) * 11 * mm + 22 * mm
    d = Drawing(width, height, initialFontName=fonts.REGULAR)
    chart = HorizontalBarChart()
    chart.x, chart.y = 55 * mm, 14 * mm
    chart.width, chart.height = width - 60 * mm, height - 20 * mm
    # Reversed so the busiest service is at the top, as in the table.
    chart.data = [[x.sent for x in reversed(lines)] or [0], [x.waiting for x in reversed(lines)] or [0]]
    chart.categoryAxis.categoryNames = [x.name[:32] for x in reversed(lines)] or ["—"]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((x.sent + x.waiting for x in lines), default=0)
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.bars[0].fillColor = SENT_COLOUR
    chart.bars[1].fillColor = WAITING_COLOUR
    chart.barWidth, chart.groupSpacing = 10, 6  # relative: bars take 10/16 of each row
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 55 * mm, 5 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = fonts.REGULAR
    legend.fontSize = 9
    legend.colorNamePairs = [
        (SENT_COLOUR, rt(lang, QT_TRANSLATE_NOOP("Report", "terkirim"))),
        (WAITING_COLOUR, rt(lang, QT_TRANSLATE_NOOP("Report", "menunggu"))),
    ]
    legend.dx = legend.dy = 8
    legend.deltax = 40 * mm
    d.add(legend)
    return d


def rt(lang: str, source: str) -> str:
    return tr(lang, source, "Report")


def _table(head: list[str], lines: list[Line], total: Line, total_label: str) -> Table:
    rows = [head] + [[x.name, x.total, x.sent, x.waiting, x.correction] for x in lines]
    rows.append([total_label, total.total, total.sent, total.waiting, total.correction])
    table = Table(rows, colWidths=[62 * mm, 22 * mm, 24 * mm, 26 * mm, 36 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9.5),
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, 9.5),
        ("FONT", (0, -1), (-1, -1), fonts.BOLD, 9.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f2f2f2")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def build_report(
    apps: list[Application],
    day: date,
    *,
    service_name: Any = str,
    lang: str = "id",
    mpp_name: str = "",
    desk: str = "",
    generated_at: datetime | None = None,
    sla: dict[str, Any] | None = None,
) -> bytes:
    """The day's desk report as PDF bytes (A4). ``service_name(service_id)`` gives a display name.

    ``sla``: the day's queue and promised-time report (``GET /api/v1/queue/report`` for the day), added
    as a section when the desk has one.
    """
    fonts.register()
    total, services, officers = summarise(apps, day, service_name)
    buf = io.BytesIO()
    title = rt(lang, QT_TRANSLATE_NOOP("Report", "Laporan harian loket"))
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=title, author=mpp_name, creator="MPP Assist",
                            invariant=True)
    h1 = ParagraphStyle("h1", fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=2 * mm)
    h2 = ParagraphStyle("h2", fontName=fonts.BOLD, fontSize=12.5, leading=16, spaceBefore=5 * mm,
                        spaceAfter=2 * mm)
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), style)

    when = clock.local(generated_at) if generated_at else clock.now()
    head = [
        rt(lang, QT_TRANSLATE_NOOP("Report", "Layanan")), rt(lang, QT_TRANSLATE_NOOP("Report", "Jumlah")),
        rt(lang, QT_TRANSLATE_NOOP("Report", "Terkirim")), rt(lang, QT_TRANSLATE_NOOP("Report", "Menunggu")),
        rt(lang, QT_TRANSLATE_NOOP("Report", "Perlu perbaikan")),
    ]
    total_label = rt(lang, QT_TRANSLATE_NOOP("Report", "Jumlah"))
    summary = tr(lang, QT_TRANSLATE_NOOP(
        "Report", "{total} permohonan: {sent} terkirim, {waiting} menunggu, {correction} perlu perbaikan."
    )).format(total=total.total, sent=total.sent, waiting=total.waiting, correction=total.correction)
    story: list[Any] = [
        para(title, h1),
        para(" · ".join(x for x in (mpp_name, desk, format_date(day, lang)) if x), body),
        Spacer(1, 3 * mm),
        para(summary, body),
        para(rt(lang, QT_TRANSLATE_NOOP("Report", "Per layanan")), h2),
    ]
    if services:
        story += [_chart(services, lang, doc.width), Spacer(1, 3 * mm),
                  _table(head, services, total, total_label)]
    else:
        story.append(para(rt(lang, QT_TRANSLATE_NOOP("Report", "Tidak ada permohonan pada hari ini.")), body))
    story.append(para(rt(lang, QT_TRANSLATE_NOOP("Report", "Per petugas")), h2))
    if officers:
        head_officer = [rt(lang, QT_TRANSLATE_NOOP("Report", "Petugas")), *head[1:]]
        story.append(_table(head_officer, officers, total, total_label))
    if sla is not None:
        from mpp_assist.receipts.sla_report import sla_flowables

        story.append(para(rt(lang, QT_TRANSLATE_NOOP("Report", "Antrean dan janji waktu layanan")), h2))
        story += sla_flowables(sla, lang, doc.width, body, small, h2)
    footer = rt(lang, QT_TRANSLATE_NOOP("Report", "Dibuat {when} oleh MPP Assist. Tanpa data pribadi."))
    stamp = f"{format_date(when.date(), lang)} {when:%H.%M} {clock.abbreviation()}"
    story += [Spacer(1, 6 * mm), para(footer.format(when=stamp), small)]
    doc.build(story)
    return buf.getvalue()

