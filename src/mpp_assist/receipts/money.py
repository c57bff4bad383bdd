"""Money on receipts: rupiah in figures, and English words (Indonesian words come from
``mpp_assist.speech.verbalise``, shared with speech)."""

from __future__ import annotations

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def rupiah_figures(amount: int) -> str:
    """``1250000`` → ``Rp 1.250.000`` (Indonesian thousands separator)."""
    return "Rp " + f"{amount:,}".replace(",", ".")


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        words.append(_ONES[rest])
    return words


def english_number_words(n: int) -> str:
    """``1250000`` → ``one million two hundred fifty thousand``."""
    if n < 0:
        return "minus " + english_number_words(-n)
    if n == 0:
        return "zero"
    words: list[str] = []
    rest = n
    for value, name in _SCALES:
        count, rest = divmod(rest, value)
        if count:
            words += [*(_below_thousand(count) if count < 1000 else [english_number_words(count)]), name]
    words += _below_thousand(rest)
    return " ".join(words)
