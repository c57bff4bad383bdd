"""Opening pictures: hostile files refused with a clear message before they are decoded; PDF pages."""

from __future__ import annotations

import io
import tracemalloc

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from documents import hostile
from mpp_assist import i18n
from mpp_assist.documents import images
from mpp_assist.documents.errors import DocumentError

EXPECTED = {
    "huge.png": "too_large", "bomb.png": "too_large", "truncated.jpg": "corrupt", "tiny.png": "too_small",
    "not-an-image.jpg": "not_image", "empty.png": "not_image", "broken.pdf": "corrupt",
}


@pytest.mark.parametrize("name", sorted(hostile.FILES))
def test_hostile_files_are_refused_by_name(name: str) -> None:
    data = hostile.FILES[name]()
    with pytest.raises(DocumentError) as err:
        images.load(data)
    assert err.value.code == EXPECTED[name]
    assert err.value.message and "Traceback" not in err.value.message


def test_a_huge_png_is_refused_without_decoding_it() -> None:
    data = hostile.huge_png()
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError):
            images.load(data)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 2**20  # decoding it would take 400 MB


def test_the_message_follows_the_language() -> None:
    i18n.set_language("en")
    try:
        with pytest.raises(DocumentError) as err:
            images.load(hostile.tiny_png())
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
    assert "small" in err.value.message


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path) -> None:
    big = tmp_path / "big.jpg"
    with big.open("wb") as fh:
        fh.truncate(images.MAX_FILE_BYTES + 1)
    with pytest.raises(DocumentError) as err:
        images.read_file(big)
    assert err.value.code == "too_large"


def test_missing_file_and_folder(tmp_path) -> None:
    with pytest.raises(DocumentError) as err:
        images.read_file(tmp_path / "nothing.jpg")
    assert err.value.code == "not_found"
    with pytest.raises(DocumentError) as err:
        images.read_file(tmp_path)
    assert err.value.code == "not_image"


def test_a_pdf_page_is_rendered() -> None:
    picture = Image.new("RGB", (800, 500), (30, 60, 200))
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(842, 595))
    canvas.drawImage(ImageReader(picture), 0, 0, width=842, height=595)
    canvas.showPage()
    canvas.save()
    pixels = images.load(buf.getvalue())
    assert pixels.shape[1] > pixels.shape[0] >= images.MIN_SIDE
    assert tuple(pixels[pixels.shape[0] // 2, pixels.shape[1] // 2]) == pytest.approx((30, 60, 200), abs=3)


def test_exif_rotation_is_applied() -> None:
    img = Image.new("RGB", (600, 400), "white")
    exif = img.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    assert images.load(buf.getvalue()).shape[:2] == (600, 400)


def test_a_large_photo_is_scaled_down_for_reading() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (3600, 2000), "white").save(buf, "JPEG")
    assert max(images.load(buf.getvalue()).shape[:2]) == images.WORK_SIDE
