"""Tables, registers and form records: the column header or field label tells what each value is.

A thin recognizer over :mod:`redaction.text.tables`, which reads every serialisation (pipes and markdown,
tabs, CSV, aligned columns, single spaces, key-value records with dotted leaders) and types each cell by
its column. Name parts (surname, forename) are PERSON spans.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.code_shape import code_end
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.field_person import EXACT_SCORE
from redaction.text.table_cells import span_type
from redaction.text.tables import read_tables

__all__ = ["UkTableRecognizer", "header_lines"]


def header_lines(text: str) -> list[tuple[int, int]]:
    """Where the tables' header lines are: they hold column names, never an identifier."""
    return list(read_tables(text).headers)


_PHONE_RUN = regex.compile(r"[ \t]*\+?[\d(][\d \t().\-]*\d")


class UkTableRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("table header", r"(?im)^.*\b(?:name|surname|forename|dob|d\.o\.b|birth|upn|uln)\b.*$", 0.85)]

    def find(self, text: str) -> Iterator[Span]:
        for cell in read_tables(text).cells:
            kind = span_type(cell.kind)
            # "Your ref: 2023/0071 - thanks": a reference's value ends at its code
            end = code_end(text, cell.start, cell.end) if kind == "CASE_REF" else cell.end
            if kind == "PHONE":  # "Mobile  +84 912 345 678 (in Vietnam until March)": the number, not the aside
                number = _PHONE_RUN.match(text, cell.start, end)
                end = number.end() if number is not None else end
            yield Span(cell.start, end, kind, EXACT_SCORE, "pattern")
