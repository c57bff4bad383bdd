"""A large page carries only the widgets it shows: each one costs its style sheet when the page opens.

The kartu-keluarga *anggota* page with a family of nine held 1,027 widgets, a quarter of them hidden
labels (a "filled in for you" note, a message and an empty hint for every question). Speed itself is
measured in benchmarks/; this keeps the cause from coming back.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from mpp_assist.forms import load_catalogue
from mpp_assist.ui.desk.fields.row import FieldRow

pytestmark = pytest.mark.gui

KK = load_catalogue().get("kartu-keluarga")


def test_a_family_of_nine_has_no_hidden_labels_until_a_message_comes(qtbot: Any, open_desk: Any) -> None:
    _ctx, window = open_desk("id", size=(1366, 768))
    window.protection.asks_consent = False
    window.start_service(KK.id)
    flow = window.flow
    [member] = KK.example_answers()["anggota_keluarga"][:1]
    for _ in range(9):
        index = flow.add_item("anggota_keluarga")
        for child, value in member.items():
            flow.set_answer(f"anggota_keluarga[{index}].{child}", value)
    flow.go("section:anggota")
    QApplication.processEvents()
    page = flow.page
    rows = page.findChildren(FieldRow)
    assert len(rows) > 90
    hidden = [w for w in page.findChildren(QLabel) if not w.isVisibleTo(page) and w.parent() in rows]
    assert hidden == []
    # A message still comes, in its place between the question and the editor, and goes again.
    row = next(r for r in rows if r.path == "anggota_keluarga[0].nik")
    row.show_problem("Masukkan NIK 16 angka (sekarang 5 angka)")
    layout = row.layout()
    assert layout.indexOf(row.error) == layout.indexOf(row.editor) - 1 and row.error.isVisibleTo(page)
    assert "NIK 16 angka" in row.focus_targets()[0].accessibleDescription()
    row.show_prefilled("Diisi otomatis dari dokumen")
    assert layout.indexOf(row.prefilled_note) < layout.indexOf(row.error) < layout.indexOf(row.editor)
    row.show_problem(None)
    assert not row.error.isVisibleTo(page) and "NIK 16 angka" not in row.focus_targets()[0].accessibleDescription()
