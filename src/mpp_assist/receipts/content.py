"""What a receipt says, worked out once from the application and its service definition.

The PDF layouts and the ESC/POS printer both render a ``ReceiptContent``, so a
paper receipt and a thermal one never disagree. Everything here is already in
the receipt's language (``id``, ``en`` or ``both``: Indonesian / English), and
the applicant's full NIK is masked before it gets here; ``scrub`` removes it
from every other text too, in case an answer repeats it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timezone
from typing import TYPE_CHECKING, Any

from mpp_assist import clock
from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate
from mpp_assist.masking import mask_nik, scrub
from mpp_assist.receipts.money import english_number_words, rupiah_figures
from mpp_assist.receipts.workdays import HolidayCalendar, load_calendar
from mpp_assist.speech.verbalise import rupiah_words

if TYPE_CHECKING:  # the reference backend uses these modules and must not load the store
    from mpp_assist.store import Application

logger = logging.getLogger(__name__)

RECEIPT_LANGS = ("id", "en", "both")
CTX = "Receipt"
DEFAULT_PUBLIC_URL = "https://lacak.mpp-assist.example"

# Requirement states the desk records per document (store: requirement id -> state).
ORIGINAL_SEEN = "original_seen"
COPY_RECEIVED = "copy_received"
SPTJM = "sptjm"
TO_BRING = "to_bring"
REQUIREMENT_STATES = (ORIGINAL_SEEN, COPY_RECEIVED, SPTJM, TO_BRING)
_STATE_ALIASES = {"original": ORIGINAL_SEEN, "seen": ORIGINAL_SEEN, "copy": COPY_RECEIVED,
                  "missing": TO_BRING, "pending": TO_BRING, "": TO_BRING}
STATE_LABELS = {
    ORIGINAL_SEEN: QT_TRANSLATE_NOOP("Receipt", "asli sudah diperlihatkan"),
    COPY_RECEIVED: QT_TRANSLATE_NOOP("Receipt", "fotokopi diterima"),
    SPTJM: QT_TRANSLATE_NOOP("Receipt", "diganti SPTJM (surat pernyataan)"),
    TO_BRING: QT_TRANSLATE_NOOP("Receipt", "masih harus dibawa"),
}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Receipt", "Senin"), QT_TRANSLATE_NOOP("Receipt", "Selasa"),
    QT_TRANSLATE_NOOP("Receipt", "Rabu"), QT_TRANSLATE_NOOP("Receipt", "Kamis"),
    QT_TRANSLATE_NOOP("Receipt", "Jumat"), QT_TRANSLATE_NOOP("Receipt", "Sabtu"),
    QT_TRANSLATE_NOOP("Receipt", "Minggu"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Receipt", "Januari"), QT_TRANSLATE_NOOP("Receipt", "Februari"),
    QT_TRANSLATE_NOOP("Receipt", "Maret"), QT_TRANSLATE_NOOP("Receipt", "April"),
    QT_TRANSLATE_NOOP("Receipt", "Mei"), QT_TRANSLATE_NOOP("Receipt", "Juni"),
    QT_TRANSLATE_NOOP("Receipt", "Juli"), QT_TRANSLATE_NOOP("Receipt", "Agustus"),
    QT_TRANSLATE_NOOP("Receipt", "September"), QT_TRANSLATE_NOOP("Receipt", "Oktober"),
    QT_TRANSLATE_NOOP("Receipt", "November"), QT_TRANSLATE_NOOP("Receipt", "Desember"),
)
SPTJM_NUMBERED = QT_TRANSLATE_NOOP("Receipt", "diganti SPTJM {form} (surat pernyataan)")
# Roll receipts group the requirements under these headings instead of a state after each name.
STATE_HEADINGS = {
    ORIGINAL_SEEN: QT_TRANSLATE_NOOP("Receipt", "Asli sudah diperlihatkan"),
    COPY_RECEIVED: QT_TRANSLATE_NOOP("Receipt", "Fotokopi diterima"),
    SPTJM: QT_TRANSLATE_NOOP("Receipt", "Diganti SPTJM (surat pernyataan)"),
    TO_BRING: QT_TRANSLATE_NOOP("Receipt", "Masih harus dibawa"),
}
# A service's kind (catalogue ``kind``): an appointment (passport) is not collected at the desk.
KIND_APPLICATION = "application"
KIND_APPOINTMENT = "appointment"
PICKUP_HEADINGS = {
    KIND_APPLICATION: QT_TRANSLATE_NOOP("Receipt", "Saat mengambil hasil, bawa"),
    KIND_APPOINTMENT: QT_TRANSLATE_NOOP("Receipt", "Saat datang pada janji temu, bawa"),
}
# The person the document is about, when not the applicant (a birth certificate names the child).
SUBJECT_KEYS = ("nama_anak", "nama_bayi", "nama_jenazah", "nama_almarhum")
# A legal citation in a fee note: "(UU 24/2013 Pasal 79A)", "(Law 24/2013 Article 79A)".
_BASIS = re.compile(r"\(([^()]*(?:UU|Undang|Law|Pasal|Article|PP|Perpres|Permen|Perda|Peraturan|Regulation)"
                    r"[^()]*)\)")
_FREE_SENTENCE = re.compile(r"(tidak dipungut biaya|tanpa biaya|gratis|free of charge|is free)", re.IGNORECASE)
# Answer ids tried, in order, when the definition does not mark the applicant's name and NIK.
NAME_KEYS = ("nama_lengkap", "nama", "nama_pemohon", "full_name", "name")
NIK_KEYS = ("nik", "nik_pemohon")


@dataclass(frozen=True)
class Row:
    label: str
    value: str


@dataclass(frozen=True)
class RequirementLine:
    name: str
    state: str  # label in the receipt's language
    done: bool  # False: still to bring
    key: str = TO_BRING  # the state's id (REQUIREMENT_STATES)
    sptjm_form: str = ""  # the number of the SPTJM form that replaced the document (F-2.03 …)


@dataclass
class ReceiptContent:
    lang: str
    mpp_name: str
    desk: str
    title: str
    reprint: str | None
    service: str
    agency: str
    number_label: str
    receipt_number: str
    official: Row
    tracking: Row
    tracking_url: str
    applicant: list[Row]
    requirements_heading: str
    requirements: list[RequirementLine]
    fee: Row  # the amount in figures, or "Tidak dipungut biaya"
    fee_words: str  # the amount in words ("" when free)
    estimate: Row
    pickup_heading: str
    pickup: list[str]
    status_heading: str
    status: str
    privacy: str
    fee_note: str = ""  # the catalogue's note on the fee; for a free service its legal basis
    to_bring: list[str] = field(default_factory=list)  # the documents still to bring, by name
    pickup_missing: str = ""  # the pickup item naming them (also in ``pickup``)
    state_headings: dict[str, str] = field(default_factory=dict)  # roll receipts' group headings
    status_short: str = ""  # the status hint where the QR is printed first (rolls)
    privacy_short: str = ""  # the data-protection notice in one short sentence (large-print rolls)
    extra: dict[str, Any] = field(default_factory=dict)


def tr(lang: str, source: str, context: str = CTX) -> str:
    """An Indonesian source string in the receipt's language; ``both``: "Indonesia / English"."""
    if lang == "both":
        en = translate(context, source, "en")
        return source if en == source else f"{source} / {en}"
    return translate(context, source, lang)


def per_lang(lang: str, make: Callable[[str], str]) -> str:
    """``make(lang)``, or for ``both`` the Indonesian and English results joined (once if equal)."""
    if lang != "both":
        return make(lang)
    a, b = make("id"), make("en")
    return a if a == b else f"{a} / {b}"


def _text(value: Any, lang: str) -> str:
    """A ``forms.Text`` (or plain string, or {"id", "en"} dict) in one language."""
    if value is None:
        return ""
    if hasattr(value, "get") and not isinstance(value, dict):
        return value.get(lang)
    if isinstance(value, dict):
        return value.get(lang) or value.get("id") or ""
    return str(value)


def tracking_url(public_base_url: str, code: str) -> str:
    """The address in the QR code: ``<public base>/lacak/<tracking code>``."""
    return f"{(public_base_url or DEFAULT_PUBLIC_URL).rstrip('/')}/lacak/{code}"


def format_date(d: date, lang: str, weekday: bool = True) -> str:
    def one(lg: str) -> str:
        text = f"{d.day} {translate(CTX, MONTHS[d.month - 1], lg)} {d.year}"
        return f"{translate(CTX, WEEKDAYS[d.weekday()], lg)}, {text}" if weekday else text

    return per_lang(lang, one)


def format_datetime(moment: datetime, lang: str) -> str:
    # The desk's own zone (its setting), not the host clock's: a desk PC kept in UTC still prints WITA.
    local = clock.local(moment)
    shown = f"{local:%H.%M}" if lang != "en" else f"{local:%H:%M}"
    return f"{format_date(local.date(), lang)}, {shown} {clock.abbreviation()}"


def _created(app: Application) -> datetime:
    try:
        moment = datetime.fromisoformat(app.created_at)
    except (TypeError, ValueError):
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)  # noqa: UP017


def _field_answer(definition: Any, answers: dict[str, Any], kind: str, keys: tuple[str, ...]) -> str:
    """The answer to the field of type ``kind`` (``nik``) or with a conventional id (``nama``)."""
    fields = getattr(definition, "fields", None)
    found: list[str] = []
    try:
        items = fields() if callable(fields) else (fields or [])
        found = [f.id for f in items if getattr(f, "type", None) == kind and f.id in answers]
    except (TypeError, AttributeError):
        found = []
    for key in (*found, *keys):
        value = answers.get(key)
        if isinstance(value, str | int) and str(value).strip():
            return str(value).strip()
    return ""


def relevant_requirements(definition: Any, answers: dict[str, Any]) -> list[Any]:
    """The requirements that apply to these answers (a lost card needs a police letter, a new one not)."""
    listed = list(getattr(definition, "requirements", None) or [])
    if not any(getattr(r, "relevant", None) is not None for r in listed):
        return listed
    from mpp_assist.forms import evaluate  # the same engine that checked the answers

    service = getattr(definition, "id", "?")
    try:
        env = evaluate(definition, answers).env
    except Exception as exc:  # a receipt must still print: list every requirement rather than none
        # The type only: an error's message may quote an answer (personal data).
        logger.warning("receipt for %s lists every requirement: its answers did not evaluate (%s)",
                       service, type(exc).__name__)
        return listed
    kept = []
    for req in listed:
        try:
            if req.relevant is None or req.relevant(env):
                kept.append(req)
        except Exception as exc:  # a condition that fails keeps its requirement: better one too many
            logger.warning("receipt for %s keeps requirement %s: its condition failed (%s)",
                           service, getattr(req, "id", "?"), type(exc).__name__)
            kept.append(req)
    return kept


def requirement_state(raw: Any) -> str:
    state = str(raw or "").strip().lower()
    state = _STATE_ALIASES.get(state, state)
    return state if state in REQUIREMENT_STATES else TO_BRING


def service_kind(definition: Any) -> str:
    """``appointment`` (the result comes later, elsewhere: a passport's interview) or ``application``."""
    kind = getattr(definition, "kind", None) or (getattr(definition, "raw", None) or {}).get("kind")
    return KIND_APPOINTMENT if kind == KIND_APPOINTMENT else KIND_APPLICATION


def fee_basis(note: str) -> str:
    """The legal citation in a fee note ("UU 24/2013 Pasal 79A"), or ""."""
    found = _BASIS.search(note or "")
    return found.group(1).strip() if found else ""


def free_note(note: str, lang: str) -> str:
    """What a free service's receipt says under *Tidak dipungut biaya*: its legal basis, and any
    sentence of the catalogue's note that says more than that it is free (a monthly contribution)."""
    basis = fee_basis(note)
    rest = [s.strip() for s in re.split(r"(?<=\.)\s+", note or "") if s.strip()]
    rest = [s for s in rest if not _FREE_SENTENCE.search(s)]
    parts = [tr(lang, QT_TRANSLATE_NOOP("Receipt", "Dasar hukum: {basis}.")).format(basis=basis)] if basis else []
    return " ".join(parts + rest)


def subject_rows(definition: Any, answers: dict[str, Any], lang: str) -> list[Row]:
    """The person the document is about when not the applicant (the child of a birth certificate)."""
    rows = []
    for key in SUBJECT_KEYS:
        value = answers.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        label = ""
        try:
            label = per_lang(lang, lambda lg, k=key: _text(definition.field(k).label, lg))
        except (AttributeError, KeyError, TypeError):
            label = ""
        rows.append(Row(label or tr(lang, QT_TRANSLATE_NOOP("Receipt", "Nama anak")), value.strip()))
    return rows


def fee_words(fee: int, lang: str) -> str:
    def one(lg: str) -> str:
        if lg == "en":
            return f"{english_number_words(fee)} rupiah"
        return rupiah_words(fee)

    return per_lang(lang, one)


def build_content(
    app: Application,
    definition: Any,
    *,
    lang: str = "id",
    mpp_name: str = "",
    desk: str | None = None,
    public_base_url: str = DEFAULT_PUBLIC_URL,
    reprint: bool = False,
    now: datetime | None = None,
    calendar: HolidayCalendar | None = None,
) -> ReceiptContent:
    """Everything the receipt says, in ``lang`` (``id``, ``en`` or ``both``)."""
    if lang not in RECEIPT_LANGS:
        raise ValueError(f"unknown receipt language {lang!r}; choose one of {', '.join(RECEIPT_LANGS)}")
    calendar = calendar or load_calendar()
    now = now or datetime.now(UTC)
    created = _created(app)
    nik = "".join(ch for ch in _field_answer(definition, app.answers, "nik", NIK_KEYS) if ch.isdigit())
    name = _field_answer(definition, app.answers, "name", NAME_KEYS)
    url = tracking_url(public_base_url, app.tracking_code)

    applicant = [Row(tr(lang, QT_TRANSLATE_NOOP("Receipt", "Nama pemohon")), name or "—")]
    applicant += subject_rows(definition, app.answers, lang)
    if nik:
        applicant.append(Row(tr(lang, QT_TRANSLATE_NOOP("Receipt", "NIK")), mask_nik(nik)))
    applicant += [
        Row(tr(lang, QT_TRANSLATE_NOOP("Receipt", "Tanggal daftar")), format_datetime(created, lang)),
        Row(tr(lang, QT_TRANSLATE_NOOP("Receipt", "Petugas")), app.officer),
    ]

    requirements = []
    still_to_bring = []
    for req in relevant_requirements(definition, app.answers):
        req_name = per_lang(lang, lambda lg, r=req: _text(getattr(r, "name", r), lg))
        state = requirement_state(app.requirements.get(getattr(req, "id", ""), ""))
        form = _sptjm_form(app.service_id, getattr(req, "id", "")) if state == SPTJM else ""
        label = tr(lang, SPTJM_NUMBERED).format(form=form) if form else tr(lang, STATE_LABELS[state])
        requirements.append(RequirementLine(req_name, label, state != TO_BRING, state, form))
        if state == TO_BRING:
            still_to_bring.append(req)

    fee = int(getattr(definition, "fee", 0) or 0)
    fee_label = tr(lang, QT_TRANSLATE_NOOP("Receipt", "Biaya"))
    if fee:
        note = per_lang(lang, lambda lg: _text(getattr(definition, "fee_note", None), lg))
        fee_row = Row(fee_label, rupiah_figures(fee))
        words = fee_words(fee, lang)
    else:
        fee_row = Row(fee_label, tr(lang, QT_TRANSLATE_NOOP("Receipt", "Tidak dipungut biaya")))
        note = per_lang(lang, lambda lg: free_note(_text(getattr(definition, "fee_note", None), lg), lg))
        words = ""

    days = int(getattr(definition, "service_days", 0) or 0)
    ready = calendar.add_working_days(clock.local(created).date(), days)
    if days > 1:
        template = QT_TRANSLATE_NOOP("Receipt", "{date} ({days} hari kerja)")
    elif days == 1:
        template = QT_TRANSLATE_NOOP("Receipt", "{date} (1 hari kerja)")
    else:
        template = QT_TRANSLATE_NOOP("Receipt", "{date} (hari yang sama)")
    when = per_lang(lang, lambda lg: tr(lg, template).format(date=format_date(ready, lg), days=days))
    if not calendar.covers(ready) or calendar.years[ready.year].provisional:
        when += " " + tr(lang, QT_TRANSLATE_NOOP("Receipt", "— perkiraan, hari libur tahun itu belum pasti"))

    pickup = [
        tr(lang, QT_TRANSLATE_NOOP("Receipt", "Tanda terima ini.")),
        tr(lang, QT_TRANSLATE_NOOP("Receipt", "Kartu identitas asli pemohon (KTP-el atau Kartu Keluarga).")),
    ]
    for extra in getattr(definition, "pickup", None) or []:
        pickup.append(per_lang(lang, lambda lg, e=extra: _text(e, lg)))
    pickup_missing = ""
    if still_to_bring:
        missing = QT_TRANSLATE_NOOP("Receipt", "Dokumen yang belum lengkap: {items}.")
        pickup_missing = per_lang(lang, lambda lg: tr(lg, missing).format(
            items="; ".join(_text(getattr(r, "name", r), lg) for r in still_to_bring)
        ))
        pickup.append(pickup_missing)

    if app.official_number:
        official = Row(tr(lang, QT_TRANSLATE_NOOP("Receipt", "Nomor registrasi resmi")), app.official_number)
    else:
        official = Row(
            tr(lang, QT_TRANSLATE_NOOP("Receipt", "Nomor registrasi resmi")),
            tr(lang, QT_TRANSLATE_NOOP("Receipt", "menyusul setelah data terkirim")),
        )

    content = ReceiptContent(
        lang=lang,
        mpp_name=mpp_name or tr(lang, QT_TRANSLATE_NOOP("Receipt", "Mal Pelayanan Publik")),
        desk=tr(lang, QT_TRANSLATE_NOOP("Receipt", "Loket")) + f" {desk or app.desk}",
        title=tr(lang, QT_TRANSLATE_NOOP("Receipt", "TANDA TERIMA PENDAFTARAN")),
        reprint=(
            per_lang(lang, lambda lg: tr(lg, QT_TRANSLATE_NOOP("Receipt", "CETAK ULANG {when}")).format(
                when=format_datetime(now, lg)
            ))
            if reprint else None
        ),
        service=per_lang(lang, lambda lg: _text(getattr(definition, "name", app.service_id), lg)),
        agency=per_lang(lang, lambda lg: _text(getattr(definition, "agency", ""), lg)),
        number_label=tr(lang, QT_TRANSLATE_NOOP("Receipt", "Nomor tanda terima")),
        receipt_number=app.receipt_number,
        official=official,
        tracking=Row(tr(lang, QT_TRANSLATE_NOOP("Receipt", "Kode lacak")), app.tracking_code),
        tracking_url=url,
        applicant=applicant,
        requirements_heading=tr(lang, QT_TRANSLATE_NOOP("Receipt", "Persyaratan")),
        requirements=requirements,
        fee=fee_row,
        fee_words=words,
        fee_note=note,
        to_bring=[line.name for line in requirements if not line.done],
        pickup_missing=pickup_missing,
        state_headings={state: tr(lang, text) for state, text in STATE_HEADINGS.items()},
        status_short=tr(lang, QT_TRANSLATE_NOOP(
            "Receipt", "Pindai kode QR di atas, atau tanya di loket dengan nomor tanda terima.")),
        privacy_short=tr(lang, QT_TRANSLATE_NOOP("Receipt", "Data pribadi dilindungi UU No. 27/2022.")),
        estimate=Row(tr(lang, QT_TRANSLATE_NOOP("Receipt", "Perkiraan selesai")), when),
        pickup_heading=tr(lang, PICKUP_HEADINGS[service_kind(definition)]),
        pickup=pickup,
        status_heading=tr(lang, QT_TRANSLATE_NOOP("Receipt", "Cek status")),
        status=tr(
            lang,
            QT_TRANSLATE_NOOP(
                "Receipt",
                "Pindai kode QR atau buka alamat ini. Bisa juga bertanya di loket dengan nomor tanda terima.",
            ),
        ),
        privacy=tr(
            lang,
            QT_TRANSLATE_NOOP(
                "Receipt",
                "Data pribadi Anda hanya dipakai untuk layanan ini dan dilindungi menurut UU No. 27/2022 "
                "tentang Pelindungan Data Pribadi.",
            ),
        ),
    )
    from mpp_assist.attestation import word_of  # the applicant's signature or witnessed thumbprint, if any

    content.extra["word"] = word_of(app.answers)
    content.extra["official_known"] = bool(app.official_number)
    # Any identity number among the answers (the applicant's, a witness's) must not leak by accident.
    secrets = {nik} | {v for v in _answer_strings(app.answers) if len(v) == 16 and v.isdigit()}
    _scrub_content(content, sorted(s for s in secrets if s))
    return content


def _sptjm_form(service_id: str, requirement_id: str) -> str:
    """The SPTJM form number (F-2.03 …) the checklist and *Formulir kertas* use, or "" (plain SPTJM)."""
    from mpp_assist.paperforms.catalogue import sptjm_number

    try:
        return sptjm_number(service_id, requirement_id) if service_id and requirement_id else ""
    except (OSError, KeyError, ValueError):  # a receipt still prints without the paper-forms data
        return ""


def _answer_strings(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _answer_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _answer_strings(v)
    elif isinstance(value, str | int) and not isinstance(value, bool):
        yield "".join(ch for ch in str(value) if ch.isdigit())


def _scrub_content(content: ReceiptContent, secrets: list[str]) -> None:
    """Mask the full NIK wherever an answer or a definition text may have repeated it."""
    for name, value in vars(content).items():
        if isinstance(value, str):
            setattr(content, name, scrub(value, secrets))
        elif isinstance(value, Row):
            setattr(content, name, Row(scrub(value.label, secrets), scrub(value.value, secrets)))
        elif isinstance(value, list):
            setattr(content, name, [_scrub_item(v, secrets) for v in value])


def _scrub_item(item: Any, secrets: list[str]) -> Any:
    if isinstance(item, str):
        return scrub(item, secrets)
    if isinstance(item, Row):
        return Row(scrub(item.label, secrets), scrub(item.value, secrets))
    if isinstance(item, RequirementLine):
        return replace(item, name=scrub(item.name, secrets))
    return item
