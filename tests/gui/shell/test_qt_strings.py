"""Qt's own words (Yes/No, Cancel, the text field's menu) speak the desk's language, Indonesian first."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from mpp_assist.paths import resources_dir
from mpp_assist.ui.shell import translations

pytestmark = pytest.mark.gui

QTBASE_ID = resources_dir() / "translations" / "qtbase_id.ts"


@pytest.fixture
def language() -> Iterator[Any]:
    yield translations.install
    translations.install("id")


def box_texts() -> set[str]:
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                           | QMessageBox.StandardButton.Cancel)
    texts = {b.text() for b in box.buttons()}
    box.deleteLater()
    return texts


def menu_texts() -> set[str]:
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    texts = {a.text().split("\t")[0] for a in menu.actions() if a.text()}
    menu.deleteLater()
    edit.deleteLater()
    return texts


def test_message_boxes_and_menus_are_indonesian_on_an_indonesian_desk(qtbot: Any, language: Any) -> None:
    language("id")
    assert box_texts() == {"&Ya", "&Tidak", "Batal"}
    assert {"&Batalkan", "&Salin", "&Tempel", "Pilih semua"} <= menu_texts()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"Simpan", "Tutup"}

    language("en")  # and English when the desk is switched to English
    assert box_texts() == {"&Yes", "&No", "Cancel"}
    assert "&Copy" in menu_texts()


def test_every_qt_string_has_indonesian_that_keeps_its_placeholders_and_accelerator() -> None:
    root = ET.parse(QTBASE_ID).getroot()  # noqa: S314 - our own file
    messages = [(c.findtext("name"), m) for c in root.iter("context") for m in c.iter("message")]
    assert len(messages) > 200
    for context, m in messages:
        source, target = m.findtext("source") or "", m.findtext("translation") or ""
        assert target, f"{context}: {source!r} has no Indonesian"
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", target)), (context, source)
        # One accelerator (&x) where Qt has one: Alt+letter must still work in the dialog.
        assert ("&" in source.replace("&&", "")) == ("&" in target.replace("&&", "")), (context, source)
