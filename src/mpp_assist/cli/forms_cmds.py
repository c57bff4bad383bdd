"""Form definition commands: validate-form."""

from __future__ import annotations

import argparse

from mpp_assist.cli.common import CliError, read_json_file
from mpp_assist.forms import check_data, validate
from mpp_assist.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "validate-form",
        help=translate("Cli", "periksa berkas definisi formulir (skema, isian, ekspresi)"),
        description=translate(
            "Cli", "Periksa berkas definisi formulir dan tampilkan setiap masalah beserta letaknya."
        ),
    )
    p.add_argument("file", metavar="FILE.json")
    p.add_argument(
        "--answers",
        metavar="ANSWERS.json",
        help=translate("Cli", "periksa juga berkas jawaban terhadap definisi ini"),
    )
    p.set_defaults(func=cmd_validate_form)


def cmd_validate_form(args: argparse.Namespace) -> int:
    data = read_json_file(args.file)
    definition, problems = check_data(data)
    if problems or definition is None:
        for problem in problems:
            print(f"{args.file}: {problem}")
        raise CliError(
            translate("Cli", "{count} masalah ditemukan di {path}.").format(
                count=len(problems), path=args.file
            ),
            1,
        )
    fields = sum(len(s.fields) for s in definition.sections)
    print(
        translate(
            "Cli", "Benar: {id} versi {version}, {sections} bagian, {fields} isian, {reqs} persyaratan."
        ).format(
            id=definition.id,
            version=definition.version,
            sections=len(definition.sections),
            fields=fields,
            reqs=len(definition.requirements),
        )
    )
    if args.answers:
        answers = read_json_file(args.answers)
        if not isinstance(answers, dict):
            raise CliError(translate("Cli", "Berkas jawaban harus berisi objek JSON (isian → jawaban)."))
        found = validate(definition, answers)
        for p in found:
            kind = translate("Cli", "galat") if p.severity == "error" else translate("Cli", "peringatan")
            print(f"{args.answers}: {p.field}: {kind}: {p.message()}")
        if any(p.severity == "error" for p in found):
            return 2
        print(translate("Cli", "Jawaban {path} bisa diterima.").format(path=args.answers))
    return 0
