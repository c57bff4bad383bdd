"""The whole reader on generated documents: clean cards read exactly, turned and flattened ones too.

OCR is slow on a shared CPU, so this is a handful of pictures; accuracy over many degraded
ones is the benchmark's job (benchmarks/bench_documents.py).
"""

from __future__ import annotations

import random
import threading

import numpy as np
import pytest

from documents import synth
from mpp_assist.documents import KK_FIELDS, KTP_FIELDS, MEMBER_FIELDS, DocumentError, ocr, read_bytes, read_image

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("engine_ready")]


def test_a_clean_ktp_is_read_exactly(clean_ktp) -> None:
    card, data = clean_ktp
    reading = read_bytes(data)
    assert reading.kind == "ktp"
    assert tuple(reading.fields) == KTP_FIELDS
    assert reading.values()["fields"] == card.truth()
    nik = reading.fields["nik"]
    assert nik.confidence > 0.8 and nik.problems == []
    x0, y0, x1, y1 = nik.box  # inside the flattened card it refers to
    assert 0 <= x0 < x1 <= reading.image.shape[1] and 0 <= y0 < y1 <= reading.image.shape[0]


def test_a_clean_kk_is_read_exactly_with_its_members_matched(clean_kk) -> None:
    family, data = clean_kk
    reading = read_bytes(data, "kk")
    truth = family.truth()
    assert reading.kind == "kk" and tuple(reading.fields) == KK_FIELDS
    assert reading.values()["fields"] == truth["fields"]
    assert [tuple(m) for m in reading.members] == [MEMBER_FIELDS] * len(truth["members"])
    assert reading.values()["members"] == truth["members"]


def test_an_upside_down_photo_of_a_card_is_turned_and_flattened() -> None:
    card = synth.make_ktp(random.Random(103))
    img = synth.render_ktp(card)
    photo = synth.degrade(img, "photo", random.Random(7)).rotate(180)
    reading = read_image(np.asarray(photo))
    got = reading.values()["fields"]
    assert got["nik"] == card.truth()["nik"]
    assert got["nama_lengkap"] == card.truth()["nama_lengkap"]
    assert got["tanggal_lahir"] == card.truth()["tanggal_lahir"]


def test_a_picture_with_no_document_is_refused() -> None:
    plain = np.full((600, 900, 3), (90, 130, 70), dtype=np.uint8)
    with pytest.raises(DocumentError) as err:
        read_image(plain)
    assert err.value.code == "not_document"


def test_asking_for_a_kk_when_it_is_a_ktp_is_refused(clean_ktp) -> None:
    _card, data = clean_ktp
    with pytest.raises(DocumentError) as err:
        read_bytes(data, "kk")
    assert err.value.code == "not_document"


def test_the_engine_is_built_once_even_when_asked_from_many_threads(monkeypatch) -> None:
    monkeypatch.setattr(ocr, "_engine", None)
    built = []
    real = ocr._build
    monkeypatch.setattr(ocr, "_build", lambda: built.append(1) or real())
    threads = [threading.Thread(target=ocr.engine) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert built == [1]


def test_the_models_come_from_the_installed_package() -> None:
    folder = ocr.model_dir()
    assert folder is not None
    for name in ocr.MODEL_FILES.values():
        assert (folder / name).stat().st_size > 100_000



def test_the_desk_warms_the_reader_up_in_the_background(monkeypatch) -> None:
    from types import SimpleNamespace

    from mpp_assist.app import warm_up_documents
    from mpp_assist.documents import ocr
    from mpp_assist.ui.shell.taskman import TaskManager

    monkeypatch.setattr(ocr, "_engine", None)  # a fresh session of the app
    warm_up_documents(SimpleNamespace(tasks=TaskManager(synchronous=True)))  # the window's runner, inline
    eng = ocr._engine
    assert eng is not None  # loaded once; the first real scan does not wait for it
    assert eng.text_det is not None and eng.text_rec is not None  # both models, not detection alone
    for model in (eng.text_det, eng.text_rec):  # its threads wait without spinning on the desk's cores
        options = model.session.session.get_session_options()
        assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"


def test_a_card_is_searched_at_the_cards_size_and_a_kk_at_its_small_prints(clean_ktp, clean_kk,
                                                                           monkeypatch) -> None:
    sides: list[int] = []
    real = ocr.recognise
    monkeypatch.setattr(ocr, "recognise", lambda image, side=ocr.DETECT_SIDE: sides.append(side) or real(image, side))
    card, ktp = clean_ktp
    _family, kk = clean_kk
    assert read_bytes(ktp).values()["fields"] == card.truth()  # found at the card's size, still exact
    assert read_bytes(kk).kind == "kk"  # "auto": an A4 page is not taken for a card
    assert sides == [ocr.CARD_DETECT_SIDE, ocr.DETECT_SIDE]
    assert ocr.engine().text_det.limit_side_len == ocr.DETECT_SIDE  # the last call's size, as asked
