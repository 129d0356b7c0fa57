"""One cell of a table, typed by its column; and rows flattened to single spaces, read by cell shape.

A cell is taken as its column says when it could hold such a value at all: a name holds no digit, a
date of birth or an identifier holds one, an e-mail an ``@``; placeholders ("N/A", "-", "not known")
hold nothing. A row flattened to single spaces is read left to right in the header's order: a date, a
number or a code by its shape; a run of capitals for a surname column; the words up to the next
column's shape for a name or a school.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from redaction.text.code_shape import code_shaped
from redaction.text.dates import DATE_SPACED_REGEX
from redaction.text.table_vocabulary import NAME_PARTS

__all__ = ["Cell", "as_child", "flattened_cells", "span_type", "typed_cell"]


@dataclass(frozen=True, slots=True)
class Cell:
    """``text[start:end]`` holds a value of ``kind`` (a span type, or a name part: SURNAME, FORENAME);
    cells sharing a ``group`` are parts of one person's name; ``role`` says whose name it is when the table
    or record says so."""

    start: int
    end: int
    kind: str
    group: str | None = None
    role: str | None = None  # "child": a name in a pupils' register or a child's record


def span_type(kind: str) -> str:
    return "PERSON" if kind in NAME_PARTS else kind


def as_child(cell: Cell, *, owner: str | None, kinds: list[str]) -> Cell:
    """A name cell is a child's when its column or label says so ("Pupil", "Child's surname"), or when no
    adult's label claims it and the table or record holds pupil numbers or dates of birth."""
    if cell.kind not in _NAMES or owner == "adult":
        return cell
    if owner == "child" or any(k in ("UPN", "ULN", "DATE_OF_BIRTH") for k in kinds):
        return Cell(cell.start, cell.end, cell.kind, cell.group, "child")
    return cell


_PLACEHOLDERS = frozenset("n/a na n.a. none nil - -- ? x unknown tbc tbd not known see above same as above "
                          "as above not applicable withheld not given".split(" ")) | {
    "not known", "see above", "same as above", "as above", "not applicable", "not given"}
# What a school column holds when a child has no school: no school's name.
_NO_SCHOOL = frozenset({"home educated", "home-educated", "home education", "ehe", "eotas", "not in school",
                        "no school", "no setting", "awaiting placement", "out of school", "elective home education"})
_DATE = regex.compile(rf"{DATE_SPACED_REGEX}")
_TRIM = " \t|,;\"'"
_NAMES = frozenset({"PERSON", "SURNAME", "FORENAME"})
# The fewest digits of a telephone number written anywhere (a local number without its area code); a phone
# column's cell with fewer holds no number: a form whose values were removed leaves "E-mail:  Mobile:" above
# the next field's words ("(A.R.P.), aged 12, who has ..."), which are no phone for their one "12".
PHONE_DIGITS = 7
_WORDY = frozenset({"ADDRESS", "LOCATION", "SCHOOL"})
# A year group, key stage or class stage in brackets after a value ("(Year 4)", "(S5)", "(P2)", "(Blwyddyn 6)").
_STAGE_AFTER = regex.compile(
    r"[ \t]*\((?i:(?:Year|Yr|Y|NC[ ]Year|Blwyddyn|Key[ ]Stage|KS|S|P)[ ]?\d{1,2}(?:[ ]?[-/&][ ]?\d{1,2})?"
    r"|Reception|Nursery|Sixth[ ]Form|Lower[ ]Sixth|Upper[ ]Sixth)\)[ \t.]*\Z")


def typed_cell(offset: int, line: str, kind: str, start: int, end: int, *, group: str | None,
               person_row: bool) -> Iterator[Cell]:
    """The cell ``line[start:end]`` as its column's ``kind`` (``UNKNOWN``: a date in a row about a person)."""
    while start < end and line[start] in _TRIM:
        start += 1
    while end > start and line[end - 1] in _TRIM:
        end -= 1
    value = line[start:end]
    if end <= start or kind == "OTHER" or value.casefold() in _PLACEHOLDERS or not any(ch.isalnum() for ch in value):
        return
    if kind == "UNKNOWN":
        if person_row and _DATE.fullmatch(value):
            yield Cell(offset + start, offset + end, "DATE_OF_BIRTH")
        return
    has_digit = any(ch.isdigit() for ch in value)
    if kind in _NAMES:
        if has_digit:
            return
        yield Cell(offset + start, offset + end, kind, group if kind in NAME_PARTS else None)
    elif kind == "EMAIL":
        if "@" in value:
            yield Cell(offset + start, offset + end, kind)
    elif kind in _WORDY:
        if kind == "SCHOOL" and value.casefold() in _NO_SCHOOL:
            return
        stage = _STAGE_AFTER.search(value)
        if stage is not None:  # "School: Rosehill Junior (Year 4)": the pupil's year group is no part of the school
            end = start + stage.start()
            value = line[start:end]
        if any(ch.isalpha() for ch in value):
            yield Cell(offset + start, offset + end, kind)
    elif kind == "PHONE" and sum(ch.isdigit() for ch in value) < PHONE_DIGITS:
        return
    elif kind == "CASE_REF" and not any(sum(ch.isdigit() for ch in t) >= 3 or "/" in t or "-" in t
                                        for t in _REF_TOKEN.findall(value)):
        return  # "Ref: SEN2 return", "Ref: F84.0": no token with three digits or separators ("OMBC/EHC/33")
    elif kind == "CASE_REF" and _NOT_A_REFERENCE.search(value):
        # "Ref: your email of 14/02/2025", "Reference: 12/03/2024": a date or a phrase under a reference label;
        # only a code-shaped token in it is the reference ("Ref: letter of 3 May, ours 4471/JK")
        for token in _REF_TOKEN.finditer(value):
            if code_shaped(token.group()) or _FOUR_DIGITS.fullmatch(token.group()):
                yield Cell(offset + start + token.start(), offset + start + token.end(), kind)
    elif has_digit:
        yield Cell(offset + start, offset + end, kind)


# A reference label's value that is no reference as a whole: a date alone, or two words of running text.
# Running text: two words of letters side by side, one with a small letter ("Letter dated", "Code of Practice").
_NOT_A_REFERENCE = regex.compile(
    rf"^(?:{DATE_SPACED_REGEX})$"
    r"|(?<![\p{L}\p{N}/\-])(?:(?=\p{L}*\p{Ll})\p{L}{2,}[ ]+\p{L}{2,}|\p{L}{2,}[ ]+(?=\p{L}*\p{Ll})\p{L}{2,})(?![\p{L}\p{N}/\-])")
_FOUR_DIGITS = regex.compile(r"(?!(?:19|20)\d\d$)\d{4}")  # under a reference label four digits are one, not a year
_REF_TOKEN = regex.compile(r"(?<![\p{L}\p{N}])[A-Za-z0-9]+(?:[/\-][A-Za-z0-9]+)*(?![\p{L}\p{N}])")


# Cell shapes for reading a single-spaced row left to right.
_SHAPES = {
    "DATE_OF_BIRTH": _DATE,
    "UPN": regex.compile(r"[A-Za-z]\d{11}[0-9A-Za-z]"),
    "ULN": regex.compile(r"\d{10}"),
    "NHS_NUMBER": regex.compile(r"\d{3}[ .\-]?\d{3}[ .\-]?\d{4}"),
    "NI_NUMBER": regex.compile(r"[A-Za-z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-Da-d]"),
    "POSTCODE": regex.compile(r"[A-Za-z]{1,2}\d[A-Za-z\d]?[ ]?\d[A-Za-z]{2}"),
    "PHONE": regex.compile(r"(?:\+44[ ]?|0)\d[\d ]{8,12}\d"),
    "EMAIL": regex.compile(r"\S+@\S+"),
    "CASE_REF": regex.compile(r"(?=\S*\d)[A-Za-z0-9][A-Za-z0-9/\-]*"),
    "OTHER": regex.compile(r"\S+"),
    "UNKNOWN": regex.compile(r"\S+"),
}
# Where a cell of words stops: the next column's shape; for other columns a number or a short code.
_STOPS = {**_SHAPES, "OTHER": regex.compile(r"(?:\d\S*|\p{Lu}{1,5}|[MF])(?=[ ,;]|$)")}
_END = regex.compile(r"(?=[ ,;]|$)")
_CAPS_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}(?:['’\-]?\p{Lu})+(?![\p{L}\p{N}])")
_CAPS_RUN = regex.compile(r"\p{L}['’]?\p{L}+(?:-\p{L}+)?(?![\p{L}\p{N}])")  # one word, in any case: the next column checks the row
_WORD = regex.compile(r"[\p{L}'’\-.,]+")


def flattened_cells(offset: int, row: str, kinds: list[str], group: str) -> Iterator[Cell]:
    """A row whose cells are separated by single spaces, read cell by cell in the header's order."""
    position = 0
    has_person = any(k in _NAMES for k in kinds)
    for column, kind in enumerate(kinds):
        while position < len(row) and row[position] == " ":
            position += 1
        if position >= len(row):
            return
        shape = _SHAPES.get(kind)
        if shape is not None:
            match = shape.match(row, position)
            if match is None or _END.match(row, match.end()) is None:
                return  # the row does not read as the header says: leave it to the other recognizers
            end = match.end()
        else:
            end = _words_end(row, position, kind, kinds[column + 1 :])
            if end <= position:
                return
        yield from typed_cell(offset, row, kind, position, end, group=f"{group}:", person_row=has_person)
        position = end


def _words_end(row: str, position: int, kind: str, after: list[str]) -> int:
    """Where a cell of words ends: a surname column takes a run of capitals, a forename one word, a name or
    school column everything up to where the next column's shape (or a capitals run) starts."""
    stop = _STOPS.get(after[0]) if after else None
    if kind == "SURNAME":  # words in capitals ("VAN DER MERWE"), up to where the next column's shape starts
        end = position
        for word in _CAPS_WORD.finditer(row, position):
            if word.start() != end and (row[end : word.start()] != " " or end == position):
                break
            if end > position and stop is not None and stop.match(row, word.start()):
                break
            end = word.end()
        if end == position and (single := _CAPS_RUN.match(row, position)):
            end = single.end()  # a surname not in capitals ("Okafor", "oyelaran")
        return end
    words = list(_WORD.finditer(row, position))
    # Before another column of words, a forename is one word and a name two (three after "SURNAME,").
    most = len(words) if not after or stop is not None else 1 if kind == "FORENAME" else 2
    end = position
    for count, word in enumerate(words):
        if word.start() != end and row[end : word.start()].strip():
            break
        if count and (stop is not None and stop.match(row, word.start()) or count >= most + row[position:end].endswith(",")):
            break
        if count and after and after[0] == "SURNAME" and word.group().isupper():
            break
        end = word.end()
    return end
