"""A date of birth a form asks for in boxes, one digit a box, that a scanner or a copy-paste gives back with each
digit apart: "1 2 / 0 3 / 2 0 1 5", "0  4  0  9  2  0  1  3" under a "D D M M Y Y Y Y" guide, "|2|7|0|1|2|0|1|4|",
"[1][2][0][3][2][0][1][5]".

Digits one at a time are no date a reader meets in prose: what makes them a birth date is the form's label, which
stands on the same line, on one of the three lines above (a guide line "(please use DD/MM/YYYY)" or "D D M M Y Y Y Y"
and blank lines may come between) or on the line below, as forms print a label under its boxes. The nearest label
decides: when another date's label ("Date of review", "Signed", "Date:") is nearer the digits than the birth label,
they are that date. The digits must read as a real day (day, month, then a four-digit year, or a two-digit one) not
after today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.birth_cue import BIRTH_LABEL

__all__ = ["BoxedBirthDateRecognizer", "boxed_day"]

# One digit a box: every digit parted from the next by spaces, a box's rules ("|", "][") or a date's separator.
_SEP = r"(?:[ \t]*[|/.\-][ \t]*|[ \t]*\][ \t]*\[[ \t]*|[ \t]+)"
_BOXED = regex.compile(rf"(?<![\w|\[\]/.\-])(?<!\d[ \t|/.\-\]\[]{1,3})[|\[]?[ \t]*\d(?:{_SEP}\d){{5,7}}[ \t]*[|\]]?(?![\w/.\-]|[ \t]*\d)")
# Another date's label: the boxes are that date's when it stands nearer.
_OTHER_LABEL = regex.compile(
    r"(?i)\b(?:date[ ]+of[ ]+(?!birth\b)\p{L}+|date(?:[ ]+signed)?[ ]*[:\-–]|today['’]?s[ ]+date|signed|dated|review"
    r"|meeting|appointment|issued?|expir\p{L}*|valid|start(?:ed|ing)?|received|completed|returned|admission)\b")


def boxed_day(digits: str) -> dt.date | None:
    """The day boxed digits ("12032015", "120315") denote, or ``None``."""
    try:
        if len(digits) == 8:
            day = dt.date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        elif len(digits) == 6:
            year = int(digits[4:])
            year += 2000 if 2000 + year <= dt.date.today().year else 1900
            day = dt.date(year, int(digits[2:4]), int(digits[:2]))
        else:
            return None
    except ValueError:
        return None
    return day if day.year >= 1900 and day <= dt.date.today() else None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


class BoxedBirthDateRecognizer(UkPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [Pattern("birth date in boxes", _BOXED.pattern, 0.85)]  # for Presidio's registry
    SCORE = 0.85

    def find(self, text: str) -> Iterator[Span]:
        lines: list[tuple[int, int]] | None = None
        for match in _BOXED.finditer(text):
            digits = regex.sub(r"\D", "", match.group())
            if boxed_day(digits) is None:
                continue
            if lines is None:
                lines = _lines(text)
            here = next(i for i, (s, e) in enumerate(lines) if s <= match.start() <= e)
            if self._birth_label_nearest(text, lines, here, match.start(), match.end()):
                start = match.start() + len(match.group()) - len(match.group().lstrip("|[ \t"))
                end = match.end() - (len(match.group()) - len(match.group().rstrip("|] \t")))
                yield Span(start, end, self.ENTITY, self.SCORE, "pattern")

    @staticmethod
    def _birth_label_nearest(text: str, lines: list[tuple[int, int]], here: int, start: int, end: int) -> bool:
        """Whether the label nearest the boxes (same line first, then a line above or below) is a birth label."""
        line_start, line_end = lines[here]
        # the same line: the label nearest the boxes on either side
        same = [(start - m.end(), True) for m in BIRTH_LABEL.finditer(text, line_start, start)]
        same += [(m.start() - end, True) for m in BIRTH_LABEL.finditer(text, end, line_end)]
        same += [(start - m.end(), False) for m in _OTHER_LABEL.finditer(text, line_start, start)]
        same += [(m.start() - end, False) for m in _OTHER_LABEL.finditer(text, end, line_end)]
        if same:
            return min(same)[1]
        for offset in (-1, 1, -2, -3):
            other = here + offset
            if not 0 <= other < len(lines):
                continue
            s, e = lines[other]
            birth = BIRTH_LABEL.search(text, s, e) is not None
            if _OTHER_LABEL.search(text, s, e) is not None and not birth:
                return False
            if birth:
                return True
        return False
