"""The forms engine: service definitions, the expression language, Indonesian validators, regions.

Plain Python (no Qt, no store, no settings), so the desk, the CLI and the
reference backend check answers with exactly the same code.

Catalogue and definitions
-------------------------
``load_catalogue(*, home=None)`` (cached) -> ``Catalogue``: ``.services()`` (desk order),
``.get(id)`` (raises ``UnknownService``), ``.version(id, version)`` (that exact version, or
None), ``.versions(id)``, ``.broken`` (file name -> ``DefinitionError`` for definitions that
failed their checks and were left out). The catalogue is the shipped definitions merged with the
one the sync pass fetched from the backend (``catalogue.fetched_path(home)``:
``<data home>/catalogue/remote.json``): a fetched definition replaces the shipped one of the same
id only when its version is newer (``catalogue.is_newer``: dotted whole numbers compared part by
part, trailing zeros ignored, so ``2025.10`` > ``2025.9``); each is checked exactly like a shipped
one, a bad one is left out (``.broken["remote.json: services[i] (id)"]``) and a file that is too
big, nested too deeply or not a catalogue is refused whole (``.broken["remote.json"]``) while
the shipped catalogue stays. The cache follows that file; ``catalogue.invalidate()`` drops it.
``catalogue.build_catalogue(folders, fetched)`` builds one uncached (the backend's ``--forms``).
Every valid version stays reachable through ``.version`` (applications keep their
``form_version``). A ``FormDefinition`` has ``id``,
``version``, ``name``/``description``/``agency``/``fee_note`` (``Text``:
``.get(lang=None)``), ``legal_basis`` (list of Text), ``fee`` (rupiah int),
``service_days`` (working days), ``requirements`` (``Requirement``: ``id``, ``name``,
``hint``, ``original_shown``, ``copy_kept``, ``sptjm_allowed``), ``glossary``,
``sections`` (``Section``: ``id``, ``title``, ``description``, ``fields``),
``field(id)`` (``"group.child"`` for a repeat's field), ``to_json()``,
``example_answers()``, ``normalise(answers)``, ``requirements_for(answers)`` (the
documents these answers call for, e.g. for a receipt's checklist).

A ``Field`` has ``id``, ``type`` (text, long_text, name, integer, decimal, date,
boolean, select_one, select_many, nik, kk, npwp, phone, email, postcode, nib,
region, attachment, note, repeat), ``label``, ``hint``, ``spoken_prompt`` (Text:
the prompt, or label + hint), ``required``, ``read_only`` (calculated fields),
``choices`` (``Choice``: ``value``, ``label``), ``level`` (region depth),
``fields``/``min_count``/``max_count``/``item_label`` (repeat), ``accept``
(attachment kinds), ``glossary`` (terms to explain), ``max_length``. An attachment
answer is a file path while typed and a record ``{"id", "name", "sha256", "size"}``
once stored (``forms.attachments``); the engine accepts both.

Definitions live in ``forms/services/<id>.json`` beside ``<id>.example.json``
and are checked against ``form-definition.schema.json`` and for meaning (ids,
references, expression syntax and types) when loaded: ``mpp-assist validate-form
FILE`` lists every problem as ``sections[2].fields[4].relevant: unknown field
'tgl_lahir'``. The expression language is documented in ``forms.expressions``.

Checking answers
----------------
``validate(definition, answers, *, today=None) -> list[Problem]`` (``today`` defaults to the
date in Indonesia's easternmost zone, ``forms.dates.today()``, so desk and server agree): the whole form,
skipping irrelevant sections/fields, repeat groups, cross-checks (NIK against
date of birth and sex, postcode against the village). ``Problem``: ``field``
(``"nik"``, ``"anggota_keluarga[2].nik"``, 0-based), ``severity`` ("error" blocks,
"warning" is the officer's call), ``code``, ``message(lang=None)`` (GOV.UK style:
"Masukkan NIK 16 angka"). ``normalise`` gives the stored form: NIK/KK digits,
phone E.164, dates ISO, region codes dotted, calculated values included,
irrelevant answers dropped.

At the desk: ``FormSession``
----------------------------
``FormSession(definition, answers=None, *, profile=None, today=None)`` holds one
applicant's answers exactly as typed; ``answers`` is a stored draft, ``profile``
the applicant's known facts (``{"nik": …, "nama_lengkap": …}``) so nothing is asked
twice. Paths are ``"nik"`` or ``"saksi[1].nama"``.

- ``set(path, raw) -> list[Problem]``: store the raw value (text as typed; a list
  for select_many; bool for boolean; a region code) and get that field's problems
  now (validation as typed; show them when the officer leaves the field or presses
  "Lanjut"). Then save ``answers()`` as the draft. ``raw(path)`` gives it back.
- ``relevant_sections()``, ``next_section(id|None)``, ``previous_section(id)``: one
  section per page, skipping sections that do not apply. ``visible_fields(section_id)``
  (repeats included) and ``visible_item_fields(group, i) -> [(path, field)]``;
  ``is_relevant(path)``.
- Repeat groups: ``item_count``, ``add_item(group) -> index``, ``remove_item(group, i)``,
  ``can_add_item``, ``can_remove_item``, ``item_label(group, i)`` ("Saksi 2").
- ``value(path)`` canonical value; ``calculated(path)`` for read-only computed
  fields (e.g. age); ``display(path, lang=None)`` ("17 Agustus 1990",
  "0812-3456-7890", region path, "Tidak diisi", or the text as typed when it cannot be
  read); ``answered(path)``; ``choices(path)`` after the choice
  filter (cascading selects); ``prompt(path, lang=None)`` for text-to-speech;
  ``prefilled(path)`` when we filled it in (from the profile, another field, a default,
  or the chosen village's postcode).
- ``problems(section_id=None, *, errors_only=False)`` for the error summary at the
  top of a page; ``describe(problem, lang=None)`` its line there ("Saksi 2: Isi nama
  saksi"); ``field_problems(path)`` for the message next to a field; ``can_submit()``.
- ``requirements()``: the documents this applicant needs (for the checklist page).
- ``summary(lang=None) -> [SummarySection(id, title, rows=[SummaryRow(path, section_id,
  label, value, answered, problems)])]`` for the check-answers page ("Ubah" links to
  ``row.path``).
- ``normalised()`` and ``profile_updates()`` (facts to carry to the applicant's next form).

Regions (``forms.regions``)
---------------------------
``children(code|None) -> [Region(code, name, level)]`` (provinces for None),
``get(code)``, ``path(code)`` ("Desa Cibadak, Kec. Cibadak, Kab. Sukabumi, Prov. Jawa
Barat"), ``search(text, level=4, limit=200) -> [Match(region, path)]`` over all
villages, ``postcode(village_code)``, ``all_district_codes_ever()`` (NIK checks),
``source()`` (decree and source for the About dialog: Kepmendagri No
300.2.2-2138/2025, data by Cahya DSN, MIT). Codes accept ``"3201012001"`` or
``"32.01.01.2001"``; answers store the dotted form.

Validators (``forms.validators``) are usable on their own: ``check_nik``,
``check_kk``, ``check_npwp``, ``check_phone``, ``check_email``, ``check_postcode``,
``check_nib``, ``check_name``; ``nik_info``; ``format_phone``, ``format_npwp``;
``forms.dates.parse_date``.
"""

from __future__ import annotations

from mpp_assist.forms.catalogue import Catalogue, UnknownService, load_catalogue
from mpp_assist.forms.engine import Evaluation, evaluate, normalise, validate
from mpp_assist.forms.loader import DefinitionError, DefinitionProblem, check_data, load_definition
from mpp_assist.forms.model import Choice, Field, FormDefinition, GlossaryTerm, Requirement, Section
from mpp_assist.forms.problems import ERROR, WARNING, Problem
from mpp_assist.forms.session import FormSession, PathError, SummaryRow, SummarySection
from mpp_assist.forms.text import Text

__all__ = [
    "ERROR",
    "WARNING",
    "Catalogue",
    "Choice",
    "DefinitionError",
    "DefinitionProblem",
    "Evaluation",
    "Field",
    "FormDefinition",
    "FormSession",
    "GlossaryTerm",
    "PathError",
    "Problem",
    "Requirement",
    "Section",
    "SummaryRow",
    "SummarySection",
    "Text",
    "UnknownService",
    "check_data",
    "evaluate",
    "load_catalogue",
    "load_definition",
    "normalise",
    "validate",
]
