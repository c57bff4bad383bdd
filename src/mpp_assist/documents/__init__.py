"""Reading a KTP-el or a Kartu Keluarga from a picture: pure core, no Qt.

    from mpp_assist.documents import read_file, warm_up, DocumentError
    warm_up()                          # once, in the background, after start-up
    reading = read_file("ktp.jpg")     # or read_bytes(data) / read_image(rgb_array); kind="ktp"|"kk"|"auto"
    reading.kind, reading.fields["nik"].value, reading.fields["nik"].box, reading.members

Every field is a ``FieldReading`` (value or None, confidence 0–1, box in ``reading.image``,
raw text, problems). Values use the forms' value sets; nothing not read is filled in.
Bad files raise ``DocumentError`` with a message for the officer.
"""

from mpp_assist.documents.errors import DocumentError
from mpp_assist.documents.model import KK_FIELDS, KTP_FIELDS, MEMBER_FIELDS, FieldReading, Reading
from mpp_assist.documents.ocr import MODEL_LICENCE, warm_up
from mpp_assist.documents.reader import read_bytes, read_file, read_image

__all__ = [
    "KK_FIELDS", "KTP_FIELDS", "MEMBER_FIELDS", "MODEL_LICENCE", "DocumentError", "FieldReading", "Reading",
    "read_bytes", "read_file", "read_image", "warm_up",
]
