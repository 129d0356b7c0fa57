"""Tables and registers: the column header tells what each cell of the rows below it is.

"UPN | Surname | Forename | DOB | Year" or "REF SURNAME Forename DOB School ULN", then one row per
pupil. A header is a line made only of column names (at least two, one of them an identifier's); its
rows are the lines under it up to a blank line. Cells are split as the header is: by pipes, tabs, runs
of two or more spaces (aligned columns are matched by position) or commas; a table flattened to single
spaces (text extracted from a PDF or a spreadsheet) is read left to right, each cell taken by its shape:
a date, a number, a code; a run of capitals for a surname column; the words up to the next shaped cell
for a name or a school. Cells typed PERSON, DATE_OF_BIRTH, SCHOOL, identifiers; others are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import Pattern

from redaction.spans import Span
from redaction.text.dates import DATE_SPACED_REGEX
from redaction.text.recognizers._base import UkPatternRecognizer
from redaction.text.recognizers.field_person import EXACT_SCORE

__all__ = ["UkTableRecognizer", "header_lines"]

_HEADERS: dict[str, tuple[str, ...]] = {
    "SURNAME": ("surname", "last name", "family name", "legal surname"),
    "FORENAME": ("forename", "forenames", "forename(s)", "first name", "first names", "given name", "given names",
                 "preferred name", "known as", "middle name", "middle names"),
    "PERSON": ("name", "full name", "pupil", "pupil name", "child", "child name", "child's name", "learner",
               "learner name", "student", "student name", "young person", "parent", "parent name", "parent/carer",
               "carer", "contact", "contact name", "mother", "father", "keyworker", "key worker", "caseworker"),
    "DATE_OF_BIRTH": ("dob", "d.o.b.", "d.o.b", "date of birth", "birth date", "dob/age", "birthdate"),
    "SCHOOL": ("school", "setting", "establishment", "school/setting", "current school", "provider", "college",
               "nursery", "placement", "school name", "current setting"),
    "UPN": ("upn", "pupil no", "pupil number"),
    "ULN": ("uln", "learner number"),
    "NHS_NUMBER": ("nhs no", "nhs number", "nhs", "nhs no."),
    "POSTCODE": ("postcode", "post code"),
    "ADDRESS": ("address", "home address"),
    "PHONE": ("tel", "telephone", "phone", "mobile", "contact number", "tel no"),
    "EMAIL": ("email", "e-mail"),
    "CASE_REF": ("ref", "ref.", "reference", "case id", "case ref", "id", "case no", "la ref", "hosp no",
                 "hospital number", "hospital no", "mrn", "case number"),
    "OTHER": ("year", "yr", "nc year", "nc yr", "yr grp", "year group", "class", "gender", "sex", "need",
              "primary need", "sen type", "sen status", "status", "ethnicity", "eal", "fsm", "pp", "notes",
              "comments", "review date", "date", "due", "type", "reason", "outcome", "lac", "cla", "attendance",
              "age", "key stage", "ks", "group", "date of referral", "referral date", "ehcp", "sen", "plan",
              "sen support", "provision", "hours", "funding", "band", "tutor group", "form", "m/f"),
}
_KIND_OF = {name: kind for kind, names in _HEADERS.items() for name in names}
_IDENTIFYING = frozenset(_HEADERS) - {"OTHER"}
_HEADER_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:" + "|".join(regex.escape(n) for n in sorted(_KIND_OF, key=len, reverse=True)) + r")(?![\p{L}])"
)
_LINE = regex.compile(r"[^\n]+")

# Cell shapes for reading a single-spaced row left to right.
_SHAPES = {
    "DATE_OF_BIRTH": regex.compile(DATE_SPACED_REGEX),
    "UPN": regex.compile(r"[A-Za-z]\d{11}[0-9A-Za-z]"),
    "ULN": regex.compile(r"\d{10}"),
    "NHS_NUMBER": regex.compile(r"\d{3}[ .\-]?\d{3}[ .\-]?\d{4}"),
    "POSTCODE": regex.compile(r"[A-Za-z]{1,2}\d[A-Za-z\d]?[ ]?\d[A-Za-z]{2}"),
    "PHONE": regex.compile(r"(?:\+44[ ]?|0)\d[\d ]{8,12}\d"),
    "EMAIL": regex.compile(r"\S+@\S+"),
    "CASE_REF": regex.compile(r"(?=\S*\d)[A-Za-z0-9][A-Za-z0-9/\-]*"),
    "OTHER": regex.compile(r"\S+"),
}
# Where a cell of words stops: the next column's shape; for other columns a number or a short code.
_STOPS = {**_SHAPES, "OTHER": regex.compile(r"(?:\d\S*|\p{Lu}{1,5}|[MF])(?=[ ,;]|$)")}
_END = regex.compile(r"(?=[ ,;]|$)")
_CAPS_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}(?:['’\-]?\p{Lu})+(?![\p{L}\p{N}])")
_CAPS_RUN = regex.compile(r"\p{Lu}['’]?\p{L}+(?:-\p{L}+)?(?![\p{L}\p{N}])")
_WORD = regex.compile(r"[\p{L}'’\-.,]+")
_SEPARATORS = (regex.compile(r"[ \t]*\|[ \t]*"), regex.compile(r"\t+"), regex.compile(r"[ \u00a0]{2,}"),
               regex.compile(r",[ ]*"))


def _split(line: str, separator: regex.Pattern[str]) -> list[tuple[int, int]] | None:
    """Cell ranges of ``line`` (offsets within the line) cut at ``separator``; ``None`` if it never occurs."""
    cuts = list(separator.finditer(line))
    if not cuts:
        return None
    cells, start = [], 0
    for cut in cuts:
        cells.append((start, cut.start()))
        start = cut.end()
    cells.append((start, len(line)))
    return [(s, e) for s, e in cells]


def _header_kinds(line: str) -> tuple[list[str], regex.Pattern[str] | None, list[int]] | None:
    """The column kinds of a header line, the separator its cells use and where each column starts."""
    stripped = line.strip(" \t|")
    if not stripped or len(stripped) > 200:
        return None
    for separator in _SEPARATORS:
        cells = _split(line, separator)
        if cells is None:
            continue
        names = [line[s:e].strip(" \t|:").casefold() for s, e in cells]
        pairs = [(n, s) for n, (s, _) in zip(names, cells) if n]
        if len(pairs) >= 2 and all(n in _KIND_OF for n, _ in pairs):
            kinds = [_KIND_OF[n] for n, _ in pairs]
            return (kinds, separator, [s for _, s in pairs]) if _IDENTIFYING & set(kinds) else None
    # Single spaces: the line must be nothing but column names.
    kinds, position = [], 0
    for match in _HEADER_WORD.finditer(stripped):
        if stripped[position : match.start()].strip():
            return None
        kinds.append(_KIND_OF[match.group().casefold()])
        position = match.end()
    if stripped[position:].strip() or len(kinds) < 3 or not _IDENTIFYING & set(kinds):
        return None
    return kinds, None, []


def header_lines(text: str) -> list[tuple[int, int]]:
    """Where the tables' header lines are: they hold column names, never an identifier."""
    return [(line.start(), line.end()) for line in _LINE.finditer(text)
            if _HEADER_WORD.search(line.group()) and _header_kinds(line.group()) is not None]


class UkTableRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("table header", r"(?im)^.*\b(?:name|surname|forename|dob|d\.o\.b|birth|upn|uln)\b.*$", 0.85)]

    def find(self, text: str) -> Iterator[Span]:
        lines = list(_LINE.finditer(text))
        index = 0
        while index < len(lines):
            header = _header_kinds(lines[index].group()) if _HEADER_WORD.search(lines[index].group()) else None
            if header is None:
                index += 1
                continue
            kinds, separator, starts = header
            index += 1
            while index < len(lines) and lines[index].start() == lines[index - 1].end() + 1:
                row = lines[index]
                if _header_kinds(row.group()) is not None:
                    break
                yield from self._row(text, row.start(), row.group(), kinds, separator, starts)
                index += 1

    def _row(self, text: str, offset: int, row: str, kinds: list[str], separator: regex.Pattern[str] | None,
             starts: list[int]) -> Iterator[Span]:
        if separator is None:
            yield from _read_flattened(offset, row, kinds)
            return
        cells = [(s, e) for s, e in (_split(row, separator) or [(0, len(row))]) if row[s:e].strip(" \t|")]
        if not cells:
            return
        if len(cells) == len(kinds):
            typed = list(zip(kinds, cells))
        elif starts:  # aligned columns with an empty cell: each cell goes to the column it starts under
            typed = [(kinds[max(i for i, c in enumerate(starts) if c <= s + 1)] if any(c <= s + 1 for c in starts)
                      else kinds[0], (s, e)) for s, e in cells]
        else:
            return
        for kind, (start, end) in typed:
            yield from _cell(offset, row, kind, start, end)


def _cell(offset: int, row: str, kind: str, start: int, end: int) -> Iterator[Span]:
    while start < end and row[start] in " \t|,":
        start += 1
    while end > start and row[end - 1] in " \t|,":
        end -= 1
    if end <= start or kind == "OTHER" or not any(ch.isalnum() for ch in row[start:end]):
        return
    span_type = "PERSON" if kind in ("SURNAME", "FORENAME", "PERSON") else kind
    if span_type == "PERSON" and (any(ch.isdigit() for ch in row[start:end]) or row[start:end].casefold() in _KIND_OF):
        return
    yield Span(offset + start, offset + end, span_type, EXACT_SCORE, "pattern")


def _read_flattened(offset: int, row: str, kinds: list[str]) -> Iterator[Span]:
    """A row whose cells are separated by single spaces, read cell by cell in the header's order."""
    position = 0
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
        yield from _cell(offset, row, kind, position, end)
        position = end


def _words_end(row: str, position: int, kind: str, after: list[str]) -> int:
    """Where a cell of words ends: a surname column takes a run of capitals, a forename one word, a name or
    school column everything up to where the next column's shape (or a capitals run) starts."""
    if kind == "SURNAME":  # words in capitals ("VAN DER MERWE"), up to where the next column's shape starts
        stop = _STOPS.get(after[0]) if after else None
        end = position
        for word in _CAPS_WORD.finditer(row, position):
            if word.start() != end and (row[end : word.start()] != " " or end == position):
                break
            if end > position and stop is not None and stop.match(row, word.start()):
                break
            end = word.end()
        if end == position and (single := _CAPS_RUN.match(row, position)):
            end = single.end()  # a surname not in capitals ("Okafor")
        return end
    words = list(_WORD.finditer(row, position))
    stop = _STOPS.get(after[0]) if after else None
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
