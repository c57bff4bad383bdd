"""What the hall hears and sees for a call: "Nomor antrean A dua belas, silakan ke loket tiga".

The words are always Indonesian (the hall's language; numbers by our verbaliser), so the
spoken sentence is not translated; what is shown on screens goes through ``i18n``.
"""

from __future__ import annotations

import re

from mpp_assist.speech.verbalise import number_words

_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_DESK_WORDS = ("loket", "desk", "counter", "meja")


def code_words(code: str) -> str:
    """A ticket number or desk code read aloud: short letter runs spelled, digit runs as a number.

    "A012" → "A dua belas"; "DESK-A-A003" → "desk A A tiga".
    """
    words: list[str] = []
    for token in _TOKEN.findall(code):
        if token.isdigit():
            words.append(number_words(int(token)))
        elif len(token) <= 3:
            words.extend(token.upper())
        else:
            words.append(token.lower())
    return " ".join(words)


def desk_words(desk: str) -> str:
    """A desk code as the hall hears it after "silakan ke loket": "LOKET-03" → "tiga"."""
    spoken = code_words(desk)
    for word in _DESK_WORDS:
        if spoken.startswith(word + " "):
            return spoken[len(word) + 1 :]
    return spoken


def call_sentence(number: str, desk: str) -> str:
    return f"Nomor antrean {code_words(number)}, silakan ke loket {desk_words(desk)}"
