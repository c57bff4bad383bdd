"""Text lines grouped the way a person reads a form: rows, and "label : value" within a row."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from mpp_assist.documents.model import Box
from mpp_assist.documents.normalise import key
from mpp_assist.documents.ocr import TextLine


@dataclass
class Row:
    lines: list[TextLine]

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.lines)

    @property
    def top(self) -> int:
        return min(t.box[1] for t in self.lines)

    @property
    def bottom(self) -> int:
        return max(t.box[3] for t in self.lines)

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


def union(lines: list[TextLine]) -> Box | None:
    if not lines:
        return None
    return (min(t.box[0] for t in lines), min(t.box[1] for t in lines),
            max(t.box[2] for t in lines), max(t.box[3] for t in lines))


def mean_confidence(lines: list[TextLine]) -> float:
    return sum(t.confidence for t in lines) / len(lines) if lines else 0.0


def rows(lines: list[TextLine]) -> list[Row]:
    """Lines whose vertical middles lie within half a line height of each other share a row."""
    out: list[Row] = []
    for line in sorted(lines, key=lambda t: t.cy):
        for row in out[-3:]:
            h = max(1, min(line.height, row.bottom - row.top))
            if abs(row.cy - line.cy) < 0.5 * h:
                row.lines.append(line)
                break
        else:
            out.append(Row([line]))
    for row in out:
        row.lines.sort(key=lambda t: t.box[0])
    out.sort(key=lambda r: r.cy)
    return out


def label_score(text: str, label: str) -> float:
    """How well the start of ``text`` reads as ``label`` (both compared by ``key``, spaces ignored)."""
    k = key(text).replace(" ", "")
    lab = key(label).replace(" ", "")
    if not k:
        return 0.0
    return difflib.SequenceMatcher(None, k[: len(lab)], lab).ratio()


@dataclass
class Labelled:
    label: str
    value: str
    lines: list[TextLine]  # the lines the value was read from
    row: Row


def split_label(row: Row, labels: dict[str, str], cutoff: float = 0.8) -> Labelled | None:
    """The row as ``label : value`` for the best-matching label (by its printed form), or None."""
    text = row.text
    best, score = None, 0.0
    for name, printed in labels.items():
        s = label_score(text, printed)
        # a longer label that fits wins over its prefix ("KEL/DESA" over "KEL")
        if s > score + 1e-9 or (abs(s - score) < 1e-9 and best and len(printed) > len(labels[best])):
            best, score = name, s
    if best is None or score < cutoff:
        return None
    printed = labels[best]
    value_lines = _value_lines(row, printed)
    value = " ".join(t.text for t in value_lines)
    value = _strip_label(value, printed)
    return Labelled(best, value.strip(" :;"), value_lines, row)


def _value_lines(row: Row, printed: str) -> list[TextLine]:
    """The lines right of the label; the label's own line too when it also holds the value."""
    lab = key(printed).replace(" ", "")
    consumed = ""
    for i, line in enumerate(row.lines):
        consumed += key(line.text).replace(" ", "")
        if len(consumed) >= len(lab) - 1:
            rest = row.lines[i + 1 :]
            rest = [t for t in rest if key(t.text)] or rest
            if len(consumed) > len(lab) + 1 or not rest:
                return row.lines[i:]
            return rest
    return row.lines


def _strip_label(value: str, printed: str) -> str:
    """Drop the label from the start of ``value`` when the label's line was included."""
    if ":" in value:
        head, _sep, tail = value.partition(":")
        if label_score(head, printed) >= 0.7 or len(key(head)) <= 2:
            return tail
        return value
    if label_score(value, printed) >= 0.8:
        words = value.split()
        n = len(key(printed).split())
        return " ".join(words[n:])
    return value
