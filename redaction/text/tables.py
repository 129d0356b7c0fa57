"""Tables in every serialisation, read by their header: which cell of which row is what.

A header row names the columns (:mod:`.table_vocabulary`); the rows under it are cut the way the header
is and each cell is typed by its column, even when it looks like nothing on its own (a forename "Kim",
a surname "SMITH-GRANGER", an ISO date under "dob"). Serialisations:

- pipes, markdown included (``| Name | DOB |`` with a ``|---|---|`` separator row anywhere below it);
- tabs; commas (CSV, quoted cells too, and an unquoted "SURNAME, Forename" in a name column); semicolons (the CSV
  of a European locale's export, ``"Surname";"Forename";"DOB"``);
- aligned columns (runs of two or more spaces; a cell goes to the column it starts under);
- single spaces (text flattened out of a PDF or a spreadsheet), read left to right by cell shape;
- key-value records of form exports: "Date of birth.........: 2016-02-29", "Surname: OKAFOR    Forename:
  Chidi", "Postcode   LA9 6NN" (see :mod:`.records`).

Rows run on to a blank line (delimited rows may go on after one blank line) or the next header. A date
in a column no header word types is taken as a date of birth when its row names a person: such a date
is safer redacted than leaked; unless the header names a date-of-birth column too ("Name | DOB | ... | Last
PEP"), which says where the births stand. Rows without a header are typed when they plainly hold a person: a cell
that is a name written as registers write them ("WARDAK, Abdul", "Abdul WARDAK") beside a cell that is a
date, which is then that person's date of birth. A row's name parts (surname, forename) are one person:
they share a ``group``, which the labeller uses to give them one pseudonym.

``read_tables`` is cached per text: the detector and the recognizer read the same tables once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from redaction.text.dates import DATE_SPACED_REGEX
from redaction.text.english import is_english_word
from redaction.text.event_label import names_another_date
from redaction.text.lexicons import FIRST_NAMES, NOT_NAMES
from redaction.text.names import CAPS_NAME, NAME, TITLE
from redaction.text.records import read_records
from redaction.text.table_cells import Cell, as_child, flattened_cells, typed_cell
from redaction.text.table_vocabulary import IDENTIFYING, NAME_PARTS, column_owner, header_kind, qualifier_of
from redaction.text.text_caches import per_text

__all__ = ["Cell", "TableReading", "read_tables"]


@dataclass(frozen=True, slots=True)
class TableReading:
    """Typed cells of every table and record in a text, its header lines, and the full name of each group."""

    cells: tuple[Cell, ...]
    headers: tuple[tuple[int, int], ...]
    groups: dict[str, str]
    codes: tuple[tuple[int, int], ...] = ()  # one-word cells of columns that hold no identifier ("SpLD", "4")


_PIPE = regex.compile(r"[ \t]*\|[ \t]*")
_TAB = regex.compile(r"[ \t]*\t[ \t]*")
_GAP = regex.compile(r"[ \u00a0]{2,}")
_RULE = regex.compile(r"[ \t]*[|+]?[ \t]*:?[-=]{3,}:?[ \t]*(?:[|+][ \t]*:?[-=]{3,}:?[ \t]*)*[|+]?[ \t]*")
_DATE = regex.compile(rf"{DATE_SPACED_REGEX}")
_LABEL_LIKE = regex.compile(r"[\p{L}][\p{L}'’/()&._\- ]{0,30}[\p{L}.)?]?")  # "SEN_Stage": an export's own code
_NAME_CELL = regex.compile(
    rf"(?:{TITLE}[ ]+)?(?:(?P<caps>{CAPS_NAME}(?:[ ]{CAPS_NAME})*,?[ ]+{NAME}(?:[ ]{NAME})?)"
    rf"|(?P<trail>{NAME}(?:[ ]{NAME})?[ ]{CAPS_NAME}(?:[ ]{CAPS_NAME})*)|(?P<plain>{NAME},?(?:[ ]{NAME}){{1,2}}))"
)
_WORDS = regex.compile(r"\p{L}[\p{L}'’\-]*")
_ROW_NUMBER = regex.compile(r"(?i)#|no\.?|n[ºo°]")  # a sign-in sheet's row number column


def _split(line: str, kind: str) -> list[tuple[int, int]]:
    """Cell ranges of ``line`` cut at the separator ``kind`` (pipe, tab, comma, gap)."""
    if kind in ("comma", "semicolon"):
        return _split_csv(line, "," if kind == "comma" else ";")
    pattern = {"pipe": _PIPE, "tab": _TAB, "gap": _GAP}[kind]
    cells, start = [], 0
    for cut in pattern.finditer(line):
        cells.append((start, cut.start()))
        start = cut.end()
    cells.append((start, len(line)))
    if kind == "pipe":  # "| a | b |": the outer pipes open and close the row, they make no cells
        if cells and not line[cells[0][0] : cells[0][1]].strip():
            cells = cells[1:]
        if cells and not line[cells[-1][0] : cells[-1][1]].strip():
            cells = cells[:-1]
    return cells


def _split_csv(line: str, delimiter: str = ",") -> list[tuple[int, int]]:
    cells, start, quoted = [], 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            cells.append((start, i))
            start = i + 1
    cells.append((start, len(line)))
    return [_unquoted(line, s, e) for s, e in cells]


# A quoted delimited row ("a";"b" or "a","b") that a PDF's page width broke over two lines: the first part leaves a
# quote open, or ends at a separator, or the next part opens with one.
_QUOTED_ROW = regex.compile(r'"[;,]"')
_ENDS_AT_SEPARATOR = regex.compile(r'[;,][ \t]*"?[ \t]*$')
_OPENS_AT_SEPARATOR = regex.compile(r'^[ \t]*"?[;,]"')


def _rejoined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines with a quoted delimited row broken over two to five lines read as one line (the text between them,
    its line breaks included, is the text's own: offsets stay true); every other line as it is. A part that leaves
    a quote open goes on; one that ends (or whose next part opens) at a separator goes on while it holds fewer cells
    than the row before it, or when the next part holds half its cells or fewer (a row may end at an empty last
    cell: a next row of its own width stays a row)."""
    out: list[tuple[int, str]] = []
    index = width = 0
    while index < len(lines):
        offset, line = lines[index]
        last = index
        while (last + 1 < len(lines) and last - index < 4 and _QUOTED_ROW.search(line) is not None
               and lines[last + 1][1].strip() and (line.count('"') % 2 == 1 or (
                   _cell_count(line) < width or 2 * _cell_count(lines[last + 1][1]) <= _cell_count(line)) and (
                   _ENDS_AT_SEPARATOR.search(line) or _OPENS_AT_SEPARATOR.match(lines[last + 1][1])))):
            last += 1
            line = f"{line}\n{lines[last][1]}"
        if _QUOTED_ROW.search(line) is not None:
            width = _cell_count(line)
        out.append((offset, line))
        index = last + 1
    return out


def _cell_count(line: str) -> int:
    return len(_split_csv(line, ";" if '";"' in line else ","))


def _unquoted(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start] in ' "\n':
        start += 1
    while end > start and line[end - 1] in ' "\n':
        end -= 1
    return start, end


def _separator(line: str) -> str | None:
    if "|" in line and _PIPE.search(line):
        return "pipe"
    if "\t" in line:
        return "tab"
    if ";" in line and line.count(";") >= max(2, line.count(",")):  # a European CSV ("Surname";"Forename";"DOB")
        return "semicolon"
    if "," in line:
        return "comma"
    if _GAP.search(line.strip()):
        return "gap"
    return None


@dataclass(frozen=True, slots=True)
class _Header:
    kinds: list[str]
    qualifiers: list[str]
    separator: str | None  # None: single spaces
    starts: list[int]
    owners: list[str | None]  # whose names a column holds: "child", "adult" or unsaid


def _header(line: str) -> _Header | None:
    """The columns a line names, if it is a header: every cell a column name (one in three may be a
    label we do not know), at least one of them an identifier's."""
    stripped = line.strip(" \t|")
    if len(stripped) < 3 or len(stripped) > 300 or any(map(str.isdigit, stripped.replace("1", "").replace("2", ""))):
        return None
    separator = _separator(line)
    if separator is None:
        return _flat_header(stripped)
    cells = [(s, e) for s, e in _split(line, separator) if line[s:e].strip(" \t|")]
    names = [line[s:e].strip(" \t|:") for s, e in cells]
    if len(names) < 2 or separator in ("comma", "semicolon") and (stripped.endswith(".") or any(len(n.split()) > 4 for n in names)):
        return None
    # a spreadsheet copied with its row numbers: the header is its row "1" ("1⇥Forename⇥DOB")
    kinds = ["OTHER" if _ROW_NUMBER.fullmatch(n) or i == 0 and n == "1" else header_kind(n) for i, n in enumerate(names)]
    unknown = [n for n, k in zip(names, kinds) if k is None]
    identifying = [k for k in kinds if k in IDENTIFYING]
    # One column in three may be unknown; one in two where three or more name identifiers (an export's header
    # of its own codes: "LLDDHealthProb", "FundingLA" beside "ULN", "FamilyName", "DateOfBirth").
    allowed = len(names) / 2 if len(identifying) >= 3 else len(names) / 3
    if not identifying or (unknown and (len(unknown) > allowed or len(identifying) < 2 and len(names) < 3)):
        return None
    if any(_LABEL_LIKE.fullmatch(n) is None or len(n.split()) > 4 for n in unknown):
        return None
    if any(k is None and i > 0 and kinds[i - 1] in IDENTIFYING and _filled_name(names[i]) for i, k in enumerate(kinds)):
        return None  # "Name  Gareth Bowen  Relationship  Father": a flattened form's labels and values, no header
    return _Header([k or "UNKNOWN" for k in kinds], [qualifier_of(n) for n in names], separator, [s for s, _ in cells],
                   [column_owner(n) for n in names])


def _filled_name(cell: str) -> bool:
    """A cell that is a person's name (two to four capitalised words, the first a given name or no English word),
    not a column's name."""
    from redaction.text.given_names import is_given_name

    words = cell.split()
    first = words[0] if words else ""
    return (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            and (first in FIRST_NAMES or is_given_name(first) or not is_english_word(first)))


_FLAT_WORDS = regex.compile(r"[^\s]+(?:[ ][^\s]+)*")


def _flat_header(stripped: str) -> _Header | None:
    """A header flattened to single spaces: a run of column names and nothing else (three or more)."""
    words = stripped.split(" ")
    kinds: list[str] = []
    position = 0
    while position < len(words):
        for width in (4, 3, 2, 1):  # the longest column name first ("date of birth", "first name")
            kind = header_kind(" ".join(words[position : position + width]), qualified=False) \
                if position + width <= len(words) else None
            if kind is not None:
                kinds.append(kind)
                position += width
                break
        else:
            return None
    if len(kinds) < 3 or not IDENTIFYING & set(kinds):
        return None
    return _Header(kinds, [""] * len(kinds), None, [], [None] * len(kinds))


# More words than a cell of an aligned table holds, with no column gap among them; in a line cut by a gap,
# more than even a notes cell holds (a PDF's residual text has a double space where a name was removed).
PROSE_WORDS = 7
PROSE_RUN_WORDS = 10


def _prose(line: str) -> bool:
    """A line of running text below aligned columns: one run of words (no gap of two spaces) longer than a cell.
    The table has ended, though no blank line says so: text drawn out of a PDF has none between paragraphs, and
    a form whose values were removed leaves its labels ("Setting:    ULN    NI") looking like a header above
    the paragraphs that follow."""
    pieces = [line[start:end] for start, end in _split(line, "gap") if line[start:end].strip()]
    if len(pieces) < 2:
        return len(line.split()) >= PROSE_WORDS
    return any(len(piece.split()) >= PROSE_RUN_WORDS for piece in pieces)


def _name_cell(cell: str) -> bool:
    """A cell that is a person's name as registers write it, not a heading ("Annual Review")."""
    match = _NAME_CELL.fullmatch(cell)
    if match is None:
        return False
    words = _WORDS.findall(cell)
    if any(w in NOT_NAMES or w.capitalize() in NOT_NAMES for w in words):
        return False
    return match["plain"] is None or any(w in FIRST_NAMES or not is_english_word(w) for w in words)


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[tuple[int, str]] = []
        offset = 0
        for line in text.split("\n"):
            self.lines.append((offset, line))
            offset += len(line) + 1
        self.lines = _rejoined(self.lines)
        self.cells: list[Cell] = []
        self.headers: list[tuple[int, int]] = []
        self.groups: dict[str, list[Cell]] = {}
        self.table_lines: list[tuple[int, int]] = []
        self.codes: list[tuple[int, int]] = []
        # Rows without a header, read as a register's: (offset, line, separator, cells, columns typed a birth).
        self.loose_rows: list[tuple[int, str, str, list[tuple[int, int]], set[int]]] = []

    def read(self) -> TableReading:
        index = 0
        while index < len(self.lines):
            offset, line = self.lines[index]
            header = _header(line.replace("\n", "")) if line.strip() else None
            if header is None:
                self._headerless(offset, line)
                index += 1
                continue
            self.headers.append((offset, offset + len(line)))
            index = self._rows(index + 1, header)
        self._birth_columns()
        for cell in read_records(self.text, skip=self.headers + self.table_lines):
            self._add(cell)
        groups = {key: " ".join(self.text[c.start : c.end] for c in sorted(cells, key=_forename_first))
                  for key, cells in self.groups.items() if len(cells) > 1}
        cells = tuple(c if c.group in groups else _ungrouped(c) for c in self.cells)
        return TableReading(tuple(sorted(cells, key=lambda c: c.start)), tuple(self.headers), groups, tuple(self.codes))

    def _add(self, cell: Cell) -> None:
        self.cells.append(cell)
        if cell.group is not None:
            self.groups.setdefault(cell.group, []).append(cell)

    def _rows(self, index: int, header: _Header) -> int:
        blank = 0
        while index < len(self.lines):
            offset, line = self.lines[index]
            if not line.strip():
                blank += 1
                if blank > 1 or header.separator in (None, "gap"):
                    return index
                index += 1
                continue
            if _RULE.fullmatch(line):
                index += 1
                continue
            if _header(line.replace("\n", "")) is not None:
                return index
            if header.separator == "gap" and _prose(line):
                return index
            if header.separator in ("comma", "semicolon") and (
                    line.lstrip().startswith("#") or len(_split(line, header.separator)) * 2 < len(header.kinds)):
                return index  # an export's comment, or prose with a comma or two: fewer than half the columns
            if header.separator not in (None, "gap") and len(_split(line, header.separator)) < 2:
                if self._row_follows(index + 1, header):
                    index += 1  # a note between two rows ("(admission form had ...)"): the table goes on after it
                    continue
                return index  # a line without the separator is no row: the table has ended
            cells = list(self._row(offset, line, header, f"row@{offset}"))
            if blank and not cells:
                return index
            blank = 0
            for cell in cells:
                self._add(cell)
            self.table_lines.append((offset, offset + len(line)))
            index += 1
        return index

    def _row_follows(self, index: int, header: _Header) -> bool:
        """Whether the line at ``index`` is a full row of the table: as many cells as the header has columns."""
        if index >= len(self.lines) or header.separator is None:
            return False
        line = self.lines[index][1]
        pieces = [(s, e) for s, e in _split(line, header.separator) if line[s:e].strip(" \t|")]
        return len(pieces) == len(header.kinds) and _header(line) is None

    def _row(self, offset: int, line: str, header: _Header, row: str) -> Iterator[Cell]:
        kinds = header.kinds
        if header.separator is None:
            yield from (as_child(c, owner=None, kinds=kinds) for c in flattened_cells(offset, line, kinds, row))
            return
        pieces = [(s, e) for s, e in _split(line, header.separator) if line[s:e].strip(" \t|")]
        if len(pieces) < 2 and header.separator != "gap":
            return  # a line without the separator is no row: the table has ended
        if header.separator == "comma" and len(pieces) > len(kinds):
            pieces = _joined_names(line, pieces, kinds)
            if len(pieces) > len(kinds) and kinds[-1] in ("UNKNOWN", "OTHER"):
                # A free-text last column ("Notes") holding an unquoted comma ("element 3 £4,200"): it takes the rest.
                pieces = [*pieces[:len(kinds) - 1], (pieces[len(kinds) - 1][0], pieces[-1][1])]
        every = _split(line, header.separator) if header.separator != "gap" else []
        if len(pieces) < len(kinds) and len(every) == len(kinds):
            # A delimited row with empty cells ("DN33 1HU,,1,14"): each cell stays under its own column.
            typed = [(c, (s, e)) for c, (s, e) in enumerate(every) if line[s:e].strip(" \t|")]
        elif len(pieces) == len(kinds) or header.separator != "gap" and len(pieces) < len(kinds):
            typed = list(zip(range(len(pieces)), pieces))
        elif header.separator == "gap":  # aligned columns with an empty cell: each cell under its column
            typed = [(c, (s, e)) for s, e in pieces if (c := _column(header.starts, s)) is not None]
        else:
            return
        has_person = any(kinds[c] in NAME_PARTS or kinds[c] == "PERSON" for c, _ in typed)
        births_typed = "DATE_OF_BIRTH" in kinds
        for column, (start, end) in typed:
            kind, who = kinds[column], header.qualifiers[column]
            if kind == "UNKNOWN" and births_typed:
                continue  # "Last PEP" beside a "DOB" column: the header already says where the births stand
            value = line[start:end].strip(" \t|,\"")
            if kind == "OTHER" and value and " " not in value:
                first = start + line[start:end].index(value)
                self.codes.append((offset + first, offset + first + len(value)))
            for cell in typed_cell(offset, line, kind, start, end, group=f"{row}:{who}", person_row=has_person):
                yield as_child(cell, owner=header.owners[column], kinds=kinds)

    def _headerless(self, offset: int, line: str) -> None:
        """A register row with no header: a name cell beside a date cell."""
        separator = _separator(line)
        if separator not in ("pipe", "tab", "gap"):
            return
        pieces = [(s, e) for s, e in _split(line, separator) if line[s:e].strip(" \t|")]
        if len(pieces) < 2 or len(pieces) > 12:
            return
        names = [(s, e) for s, e in pieces if _name_cell(line[s:e].strip())]
        dates = [(s, e) for n, (s, e) in enumerate(pieces) if _DATE.fullmatch(line[s:e].strip())
                 and not (n and names_another_date(line[pieces[n - 1][0]:pieces[n - 1][1]]))]  # "Date  06/01/2026"
        births = {pieces.index(d) for d in dates} if len(names) == 1 else set()
        self.loose_rows.append((offset, line, separator, pieces, births))
        if len(names) != 1 or not dates:
            return
        self.table_lines.append((offset, offset + len(line)))
        for kind, pieces_of_kind in (("PERSON", names), ("DATE_OF_BIRTH", dates)):
            for start, end in pieces_of_kind:
                for cell in typed_cell(offset, line, kind, start, end, group=None, person_row=True):
                    self._add(cell)


    def _birth_columns(self) -> None:
        """One column, one kind: in a run of register rows without a header, cut alike, a column that two or more
        rows hold births in holds a birth in every row, even one whose name is not written as registers write
        it ("| thanh osei | 24 / 09 / 2016 |")."""
        run: list[tuple[int, str, str, list[tuple[int, int]], set[int]]] = []
        for row in [*self.loose_rows, (-1, "", "", [], set())]:
            if run and (row[0] != run[-1][0] + len(run[-1][1]) + 1 or row[2] != run[-1][2]
                        or len(row[3]) != len(run[-1][3])):
                self._fill_birth_columns(run)
                run = []
            run.append(row)

    def _fill_birth_columns(self, run: list[tuple[int, str, str, list[tuple[int, int]], set[int]]]) -> None:
        if len(run) < 3:
            return
        for column in {c for *_, births in run for c in births}:
            if sum(column in births for *_, births in run) < 2:
                continue
            for offset, line, _, pieces, births in run:
                start, end = pieces[column]
                if column not in births and _DATE.fullmatch(line[start:end].strip()):
                    for cell in typed_cell(offset, line, "DATE_OF_BIRTH", start, end, group=None, person_row=True):
                        self._add(cell)


def _column(starts: list[int], start: int) -> int | None:
    before = [i for i, s in enumerate(starts) if s <= start + 1]
    return before[-1] if before else None


def _joined_names(line: str, pieces: list[tuple[int, int]], kinds: list[str]) -> list[tuple[int, int]]:
    """An unquoted "WARDAK, Abdul" in the name column of a CSV row: two pieces that are one cell."""
    extra = len(pieces) - len(kinds)
    if extra != 1 or "PERSON" not in kinds:
        return pieces
    column = kinds.index("PERSON")
    if column + 1 >= len(pieces):
        return pieces
    first, second = pieces[column], pieces[column + 1]
    if not (line[first[0] : first[1]].isalpha() or "-" in line[first[0] : first[1]]) or not line[second[0]:second[1]][:1].isalpha():
        return pieces
    return [*pieces[:column], (first[0], second[1]), *pieces[column + 2 :]]


def _forename_first(cell: Cell) -> tuple[int, int]:
    return (0 if cell.kind == "FORENAME" else 1, cell.start)


def _ungrouped(cell: Cell) -> Cell:
    return cell if cell.group is None else Cell(cell.start, cell.end, cell.kind, None, cell.role)


@per_text(maxsize=512)  # a chunk of texts (see Detector) is read pass by pass: each text's tables are read once
def read_tables(text: str) -> TableReading:
    """Every table and record in ``text``, read once per text (cached)."""
    return _Reader(text).read()
