"""Paper forms: the official Dukcapil forms (Permendagri 109/2019) and a summary form, filled in from the answers.

Pure Python (reportlab), no Qt, like ``receipts`` (whose flow layout, font and QR it reuses):

    from mpp_assist.paperforms import available_forms, build_form
    for offered in available_forms(app, definition):        # which forms: data, by service
        pdf: bytes = build_form(app, definition, offered.code, paper="f4")

``available_forms(app, definition)`` lists the service's forms (``forms.json``: F-1.01, F-1.02,
F-1.03, F-2.01, or the summary form ``RINGKASAN``) and, for every relevant requirement a sworn
statement may replace, its SPTJM form (F-2.03, F-2.04, F-1.05, F-1.06 or the plain ``SPTJM``);
``OfferedForm.needed`` says whether the requirement checklist marked it as replaced.

``build_form(app, definition, code, *, paper="a4"|"f4", large_print=False, lang="id",
mpp_name="", public_base_url=…, officer_name="") -> bytes``: every answer on the paper, the
form code boxed top right, the receipt number and QR, the officer's name, the applicant's
signature (drawn from its strokes) or the box for an inked thumbprint with the officer's
attestation (KUHPerdata art. 1874), the read-back confirmation, and — when the consent record says
the applicant does not read for themselves (``reads_self=False``) — that it was *dibacakan kepada
pemohon*. ``UnknownForm`` for a code the application does not have; ``ValueError`` for unknown
paper. Print with ``printing.cups.print_form`` (``lp -o media=…``: F4 is 215 × 330 mm); record it
with ``record_print``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from mpp_assist.i18n import translate
from mpp_assist.paperforms import catalogue
from mpp_assist.paperforms.catalogue import FormSpec
from mpp_assist.paperforms.layouts import PAPER_NAMES, form_layout
from mpp_assist.receipts.content import DEFAULT_PUBLIC_URL, relevant_requirements, requirement_state

if TYPE_CHECKING:
    from mpp_assist.store import Application, Store

__all__ = ["PAPER_NAMES", "OfferedForm", "UnknownForm", "available_forms", "build_form", "record_print"]

PRINTED = "paper_form_printed"


class UnknownForm(KeyError):
    """This application has no paper form with that code; ``message`` names the ones it has."""

    def __init__(self, code: str, codes: list[str]) -> None:
        super().__init__(code)
        self.message = translate("PaperForm", "Formulir {code} tidak ada untuk permohonan ini. Yang ada: {codes}.") \
            .format(code=code, codes=", ".join(codes))


@dataclass(frozen=True)
class OfferedForm:
    code: str
    title: str
    kind: str  # official, sptjm, summary
    replaces: tuple[str, ...] = ()  # SPTJM: the requirement names it stands in for
    needed: bool = True  # SPTJM: False until the checklist marks the requirement as replaced


def available_forms(app: Application, definition: Any, lang: str = "id") -> list[OfferedForm]:
    """The paper forms this application has, main forms first (see the module docstring)."""
    from mpp_assist.attestation import split

    out = [_offer(catalogue.spec(code)) for code in catalogue.service_forms(app.service_id)]
    sptjm: dict[str, tuple[list[str], bool]] = {}
    for req in relevant_requirements(definition, split(app.answers)[0]):
        if not getattr(req, "sptjm_allowed", False):
            continue
        code = catalogue.sptjm_form(app.service_id, req.id)
        names, needed = sptjm.get(code, ([], False))
        names.append(req.name.get(lang))
        sptjm[code] = (names, needed or requirement_state(app.requirements.get(req.id)) == "sptjm")
    for code, (names, needed) in sptjm.items():
        spec = catalogue.spec(code)
        out.append(OfferedForm(code, spec.title, spec.kind, tuple(names), needed))
    return out


def _offer(spec: FormSpec) -> OfferedForm:
    return OfferedForm(spec.code, spec.title, spec.kind)


def build_form(
    app: Application,
    definition: Any,
    code: str | None = None,
    *,
    paper: str = "a4",
    large_print: bool = False,
    lang: str = "id",
    mpp_name: str = "",
    public_base_url: str = DEFAULT_PUBLIC_URL,
    officer_name: str = "",
    today: date | None = None,
    reads_self: bool | None = None,
) -> bytes:
    """The paper form ``code`` (default: the service's first) for ``app`` as PDF bytes; ``reads_self``
    from the consent record (``security.consent.reads_self_for``): False prints *dibacakan kepada pemohon*."""
    from mpp_assist.paperforms.content import build_content
    from mpp_assist.paperforms.pdf import render  # reportlab's drawing modules load on first use

    lay = form_layout(paper, large_print)
    codes = [f.code for f in available_forms(app, definition, lang)]
    code = code or codes[0]
    match = next((c for c in codes if c.lower() == code.strip().lower()), None)
    if match is None:
        raise UnknownForm(code, codes)
    content = build_content(app, definition, catalogue.spec(match), lang=lang, mpp_name=mpp_name,
                            public_base_url=public_base_url, officer_name=officer_name, today=today,
                            reads_self=reads_self)
    return render(content, lay)


def record_print(store: Store, app_id: str, officer: str, *, code: str, paper: str) -> None:
    """The print (or save) of a paper form in the audit trail, durable before the caller reports it."""
    store.audit(officer, PRINTED, app_id, f"{code} ({paper})")
