"""What a paper form says, worked out from the application, its service and the form's spec.

Each answer is placed where the form's spec puts it (numbered items under headings, choice
boxes ticked, repeat groups one block per person, a region as its province/regency/district/
village); every answer the spec does not place is printed under "Data lain dari permohonan",
so the paper always carries the whole application the verifier checks against. Unlike the
receipt, the full NIK is printed: this *is* the application.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from mpp_assist import clock
from mpp_assist.attestation import ApplicantWord, split
from mpp_assist.forms import regions
from mpp_assist.forms.display import display_value
from mpp_assist.forms.session import FormSession
from mpp_assist.i18n import QT_TRANSLATE_NOOP
from mpp_assist.paperforms.catalogue import FormSpec
from mpp_assist.receipts.content import (
    NAME_KEYS,
    STATE_LABELS,
    _created,
    _field_answer,
    format_date,
    relevant_requirements,
    requirement_state,
    tr,
    tracking_url,
)

if TYPE_CHECKING:
    from mpp_assist.store import Application

CTX = "PaperForm"
LEVEL_LABELS = (
    QT_TRANSLATE_NOOP("PaperForm", "Provinsi"), QT_TRANSLATE_NOOP("PaperForm", "Kabupaten/Kota"),
    QT_TRANSLATE_NOOP("PaperForm", "Kecamatan"), QT_TRANSLATE_NOOP("PaperForm", "Desa/Kelurahan"),
)
OATH = QT_TRANSLATE_NOOP(
    "PaperForm",
    "Demikian surat pernyataan ini saya buat dengan sebenar-benarnya. Apabila di kemudian hari pernyataan ini "
    "ternyata tidak benar, saya bersedia diproses secara hukum sesuai dengan peraturan perundang-undangan, dan "
    "dokumen yang diterbitkan berdasarkan pernyataan ini menjadi tidak sah.",
)
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Line:
    label: str
    value: str


@dataclass(frozen=True)
class Choices:
    label: str
    options: tuple[tuple[str, bool], ...]  # (label, ticked)


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Group:
    title: str  # "Anggota keluarga 2"
    lines: tuple[Line, ...]


Block = Heading | Line | Choices | Para | Group


@dataclass
class FormContent:
    code: str
    title: str
    subtitle: str
    kind: str
    mpp_name: str
    agency: str
    service: str
    receipt_label: str
    receipt_number: str
    tracking_url: str
    blocks: list[Block]
    officer_label: str
    officer_name: str
    signer_label: str
    signer_name: str
    place_date: str
    second_signer_name: str = ""
    witnesses: list[str] = field(default_factory=list)
    word: ApplicantWord | None = None
    applicant_signs: bool = True  # the signer's box is the applicant's (F-2.04's declarants may be others)
    lang: str = "id"
    read_to: bool = False  # the applicant does not read for themselves: the form was read to them


class _Filler:
    def __init__(self, app: Application, definition: Any, lang: str, today: date | None) -> None:
        self.app = app
        self.definition = definition
        self.lang = lang
        self.answers, self.word = split(app.answers)
        self.session = FormSession(definition, self.answers, today=today)
        self.placed: set[str] = set()

    def known(self, field_id: str) -> bool:
        return field_id in self.definition._index and self.session.is_relevant(field_id)

    def shown(self, path: str) -> str:
        if not self.session.answered(path):
            return ""
        value = self.session.value(path)
        text = display_value(self.session.field(path), value, self.lang) if value is not None else ""
        return text or str(self.session.raw(path) or "")

    def blocks(self, spec: FormSpec) -> list[Block]:
        out: list[Block] = []
        number = 0
        for block in spec.blocks:
            if "heading" in block:
                out.append(Heading(block["heading"]))
                number = 0
            elif "item" in block and self.known(block["item"]) and block["item"] not in self.placed:
                number += 1
                self.placed.add(block["item"])
                out.append(Line(f"{number}. {block['label']}", self.shown(block["item"])))
            elif "choices" in block and self.known(block["choices"]) and block["choices"] not in self.placed:
                number += 1
                out.append(self._choices(block, number))
            elif "region" in block and self.known(block["region"]) and block["region"] not in self.placed:
                lines = self._region(block)
                for line in lines:
                    number += 1
                    out.append(Line(f"{number}. {line.label}", line.value))
            elif "group" in block and self.known(block["group"]):
                out += self._group(block)
            elif "text" in block:
                out.append(Para(self._fill(block["text"])))
            elif block.get("oath"):
                out.append(Para(tr(self.lang, OATH)))
            elif block.get("requirements") or block.get("replaced"):
                out += self._requirements(replaced_only=bool(block.get("replaced")))
        rest = self._rest()
        if rest:
            heading = (QT_TRANSLATE_NOOP("PaperForm", "LAMPIRAN: ISI PERMOHONAN YANG DINYATAKAN BENAR")
                       if spec.kind == "sptjm" else QT_TRANSLATE_NOOP("PaperForm", "DATA LAIN DARI PERMOHONAN"))
            out.append(Heading(tr(self.lang, heading)))
            out += rest
        return out

    def _choices(self, block: dict[str, Any], number: int) -> Choices:
        fid = block["choices"]
        self.placed.add(fid)
        f = self.definition.field(fid)
        value = self.session.value(fid)
        chosen = set(value) if isinstance(value, list) else {value}
        options = tuple((c.label.get(self.lang), c.value in chosen) for c in f.choices)
        return Choices(f"{number}. {block['label']}", options)

    def _region(self, block: dict[str, Any]) -> list[Line]:
        fid = block["region"]
        self.placed.add(fid)
        code = self.session.value(fid)
        if block.get("label"):
            return [Line(block["label"], self.shown(fid))]
        found = {r.level: r for r in regions.lineage(str(code))} if code else {}
        return [
            Line(tr(self.lang, LEVEL_LABELS[level - 1]),
                 f"{found[level].code} — {found[level].name}" if level in found else "")
            for level in (1, 2, 3, 4) if level in found or not code
        ]

    def _group(self, block: dict[str, Any]) -> list[Block]:
        gid = block["group"]
        self.placed.add(gid)
        group = self.definition.field(gid)
        columns = [c for c in block["columns"] if any(f.id == c["item"] for f in group.fields)]
        listed = {c["item"] for c in columns}
        out: list[Block] = []
        for i in range(self.session.item_count(gid)):
            lines = [Line(c["label"], self.shown(f"{gid}[{i}].{c['item']}")) for c in columns]
            for path, f in self.session.visible_item_fields(gid, i):  # the group's other answers too
                if f.id not in listed and f.has_value and self.session.answered(path):
                    lines.append(Line(f.label.get(self.lang), self.shown(path)))
            out.append(Group(f"{block['label']} {i + 1}", tuple(lines)))
        return out

    def _fill(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:
            fid = m.group(1)
            return (self.shown(fid) or "……") if fid in self.definition._index else m.group(0)

        return _PLACEHOLDER.sub(one, text)

    def _requirements(self, *, replaced_only: bool) -> list[Block]:
        out: list[Block] = []
        for req in relevant_requirements(self.definition, self.answers):
            state = requirement_state(self.app.requirements.get(req.id, ""))
            if replaced_only and not (req.sptjm_allowed and state == "sptjm"):
                continue
            out.append(Para(f"• {req.name.get(self.lang)} — {tr(self.lang, STATE_LABELS[state])}"))
        return out

    def _rest(self) -> list[Block]:
        out: list[Block] = []
        for section in self.session.summary(self.lang):
            for row in section.rows:
                top = row.path.split("[", 1)[0]
                if top in self.placed or not row.answered:
                    continue
                f = self.session.field(row.path)
                if f.type == "repeat":
                    continue  # its items follow, each labelled "Saksi 1: Nama"
                out.append(Line(row.label, self.shown(row.path)))
        return out


def build_content(
    app: Application,
    definition: Any,
    spec: FormSpec,
    *,
    lang: str = "id",
    mpp_name: str = "",
    public_base_url: str = "",
    officer_name: str = "",
    today: date | None = None,
    reads_self: bool | None = None,
) -> FormContent:
    """Everything the paper form ``spec`` says for ``app``; ``reads_self``: the consent record's answer
    (None: none recorded, the applicant's word decides)."""
    filler = _Filler(app, definition, lang, today)
    blocks = filler.blocks(spec)
    word = filler.word
    applicant = _field_answer(definition, filler.answers, "name", NAME_KEYS)  # who signed at the desk
    signer = (filler.shown(spec.signer_name) if spec.signer_name in definition._index else "") or applicant
    witnesses: list[str] = []
    if spec.witnesses and spec.witnesses in definition._index:
        for i in range(filler.session.item_count(spec.witnesses)):
            witnesses.append(filler.shown(f"{spec.witnesses}[{i}].nama"))
    officer = officer_name or (word.thumbprint.officer_name if word and word.thumbprint else "") or app.officer
    created = clock.local(_created(app)).date()  # the desk's date, as on its receipt
    return FormContent(
        code=spec.code,
        title=spec.title,
        subtitle=spec.subtitle,
        kind=spec.kind,
        mpp_name=mpp_name or tr(lang, QT_TRANSLATE_NOOP("PaperForm", "Mal Pelayanan Publik")),
        agency=definition.agency.get(lang),
        service=definition.name.get(lang),
        receipt_label=tr(lang, QT_TRANSLATE_NOOP("PaperForm", "Nomor tanda terima")),
        receipt_number=app.receipt_number,
        tracking_url=tracking_url(public_base_url, app.tracking_code),
        blocks=blocks,
        officer_label=tr(lang, QT_TRANSLATE_NOOP("PaperForm", "Petugas yang melayani")),
        officer_name=officer,
        signer_label=spec.signer,
        signer_name=signer,
        place_date=format_date(created, lang, weekday=False),
        second_signer_name=filler.shown(spec.second_signer) if spec.second_signer in definition._index else "",
        witnesses=witnesses,
        word=word,
        # The desk's signature or thumbprint is the applicant's: it goes on the paper only in their own box.
        applicant_signs=signer.casefold() == applicant.casefold(),
        lang=lang,
        read_to=reads_self is False or (reads_self is None and word is not None and not word.reads_self),
    )
