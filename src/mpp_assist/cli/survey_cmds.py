"""Survey commands: ``survey add`` (one anonymous response) and ``survey report`` (the IKM of a period).

The same engine as the desk (``mpp_assist.survey``): a response is checked whole before
anything is written, so a wrong answer stores nothing.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mpp_assist import clock
from mpp_assist.cli.common import CliError, print_json
from mpp_assist.cli.core_cmds import open_store
from mpp_assist.cli.receipt_cmds import write_file
from mpp_assist.cli.security_cmds import signed_in
from mpp_assist.forms import load_catalogue
from mpp_assist.i18n import current_language, translate
from mpp_assist.settings import Settings
from mpp_assist.survey.model import MODES, SurveyError, make_response, parse_day
from mpp_assist.survey.questionnaire import ELEMENTS, PROFILE, age_band, profile_question

if TYPE_CHECKING:  # reportlab is loaded only when a report is asked for
    from mpp_assist.survey.report import Summary


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("survey", help=translate("Cli", "survei kepuasan masyarakat (Permen PANRB 14/2017)"))
    commands = p.add_subparsers(dest="survey_command", metavar="PERINTAH", required=True)

    add = commands.add_parser("add", help=translate("Cli", "simpan satu tanggapan survei (tanpa nama)"))
    add.add_argument("--service", required=True, metavar="ID", help=translate("Cli", "kode layanan"))
    add.add_argument(
        "--answers", required=True, metavar="4,3,4,4,3,3,4,2,3",
        help=translate("Cli", "sembilan jawaban U1…U9, masing-masing 1–4 (- bila tidak dijawab)"),
    )
    add.add_argument("--date", metavar="YYYY-MM-DD", help=translate("Cli", "tanggal survei (bawaan: hari ini)"))
    add.add_argument("--mode", choices=MODES, default="screen",
                     help=translate("Cli", "screen: diisi warga di layar; interview: dibacakan petugas"))
    for q in PROFILE:
        if q.field == "age":
            add.add_argument(
                "--age", metavar="TAHUN", help=translate("Cli", "usia dalam tahun (disimpan sebagai kelompok usia)")
            )
        else:
            add.add_argument(f"--{q.field}", metavar="|".join(q.ids()), help=translate("Survey", q.label))
    add.add_argument("--suggestion", default="", metavar="TEKS", help=translate("Cli", "saran dan masukan"))
    add.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    add.set_defaults(func=cmd_add)

    rep = commands.add_parser("report", help=translate("Cli", "IKM satu periode: JSON, PDF atau CSV"))
    rep.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    rep.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    rep.add_argument("--service", metavar="ID", help=translate("Cli", "hanya satu layanan"))
    rep.add_argument("--population", type=int, metavar="N",
                     help=translate("Cli", "jumlah orang yang dilayani pada periode (bawaan: permohonan di loket ini)"))
    rep.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON"))
    rep.add_argument("-o", "--output", metavar="FILE.pdf|FILE.csv", help=translate("Cli", "tulis laporan ke berkas"))
    rep.set_defaults(func=cmd_report)


def _check_service(service_id: str) -> None:
    if service_id not in load_catalogue():
        raise CliError(
            translate("Cli", "Layanan tidak dikenal: {id}. Lihat daftar dengan: mpp-assist services").format(
                id=service_id
            ),
            2,
        )


def parse_answers(text: str) -> list[int | str | None]:
    """``4,3,-,4`` → ``[4, 3, None, 4]``; anything else is kept as text for the checker to name."""
    values: list[int | str | None] = []
    for part in text.split(","):
        part = part.strip()
        if part in ("", "-"):
            values.append(None)
        elif part.isdigit() and len(part) < 4:
            values.append(int(part))
        else:
            values.append(part)
    return values


def _profile(args: argparse.Namespace) -> dict[str, str]:
    profile: dict[str, str] = {}
    if args.age:
        try:
            profile["age"] = age_band(int(args.age))
        except ValueError:
            if args.age not in profile_question("age").ids():
                raise CliError(translate("Cli", "Usia harus berupa angka tahun, misalnya 34: {value}").format(
                    value=args.age), 2) from None
            profile["age"] = args.age
    for q in PROFILE:
        value = getattr(args, q.field, None) if q.field != "age" else None
        if value:
            profile[q.field] = value.upper() if value.upper() in q.ids() else value
    return profile


def _problems(exc: SurveyError) -> CliError:
    return CliError(
        translate("Cli", "Tanggapan survei tidak disimpan:") + "\n" + "\n".join(f"- {p}" for p in exc.problems), 2
    )


def cmd_add(args: argparse.Namespace) -> int:
    _check_service(args.service)
    settings = Settings()
    try:
        day = parse_day(args.date) if args.date else clock.today()
        response = make_response(
            service_id=args.service,
            desk=settings.get("desk"),
            day=day,
            mode=args.mode,
            answers=parse_answers(args.answers),
            profile=_profile(args),
            suggestion=args.suggestion,
        )
    except SurveyError as exc:
        raise _problems(exc) from None
    from mpp_assist.survey import storage

    with open_store() as store:
        storage.save(store, response)
    if args.json:
        print_json({"id": response.id, **response.to_json()})
    else:
        print(translate("Cli", "Tanggapan survei tersimpan tanpa nama dan menunggu dikirim."))
    return 0


def _period(args: argparse.Namespace) -> tuple[date, date]:
    try:
        start, end = parse_day(args.start), parse_day(args.end)
    except SurveyError as exc:
        raise _problems(exc) from None
    if start > end:
        raise CliError(translate("Cli", "Tanggal --from harus sebelum atau sama dengan --to."), 2)
    return start, end


def cmd_report(args: argparse.Namespace) -> int:
    start, end = _period(args)
    if args.service:
        _check_service(args.service)
    if args.population is not None and args.population < 0:
        raise CliError(translate("Cli", "--population tidak boleh negatif."), 2)
    suffix = Path(args.output).suffix.lower() if args.output else ""
    if args.output and suffix not in (".pdf", ".csv"):
        raise CliError(translate("Cli", "Berkas laporan harus berakhiran .pdf atau .csv: {path}").format(
            path=args.output), 2)
    officer = signed_in("supervisor")  # the period's figures are for supervisors, as the desk report
    lang = current_language()
    catalogue = load_catalogue()

    def service_name(service_id: str) -> str:
        return catalogue.get(service_id).name.get(lang) if service_id in catalogue else service_id

    from mpp_assist.survey import report, storage

    settings = Settings()
    with open_store() as store:
        rows = storage.responses(store, start, end, args.service)
        summary = report.summarise(
            rows, start, end, populations=storage.served(store, start, end), service_id=args.service,
            service_name=service_name, population=args.population, lang=lang,
        )
        if args.output:
            if suffix == ".pdf":
                data = report.build_pdf(summary, lang=lang, mpp_name=settings.get("mpp_name"),
                                        desk=settings.get("desk"))
            else:
                data = report.build_csv(summary, rows, lang).encode("utf-8")
            target = write_file(args.output, data)
            store.audit(officer.officer, "export", None, detail=f"survey {start}..{end} {suffix[1:]}")
    if args.json:
        print_json(summary.to_json())
    elif args.output:
        print(translate("Cli", "Laporan survei ditulis ke {path}").format(path=target))
    else:
        _print_text(summary, lang)
    return 0


def _print_text(summary: Summary, lang: str) -> None:
    idx = summary.overall.index
    out = sys.stdout
    print(translate("Cli", "Survei {start} s.d. {end}: {n} responden, sampel minimum {required}.").format(
        start=summary.start, end=summary.end, n=idx.respondents, required=summary.overall.required), file=out)
    for e, value in zip(ELEMENTS, idx.nrr().values(), strict=True):
        print(f"  {e.code} {e.label(lang):<44} {'—' if value is None else value}", file=out)
    g = idx.grade
    if g is None:
        print(translate("Cli", "IKM belum dapat dihitung: ada unsur yang belum dijawab."), file=out)
    else:
        print(translate("Cli", "IKM {ikm}: mutu {mutu}, kinerja {kinerja}.").format(
            ikm=idx.ikm, mutu=g.mutu, kinerja=g.kinerja_text(lang)), file=out)
    if idx.lowest():
        print(translate("Cli", "Unsur terendah: {keys}").format(keys=", ".join(k.upper() for k in idx.lowest())),
              file=out)
