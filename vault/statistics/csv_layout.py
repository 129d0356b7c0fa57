"""The CSV a local authority receives: one long table, one published figure per line.

Layout (UTF-8, comma-separated, ``\\n`` line ends, fields quoted only when needed)::

    quarter,table,population,row_dimension,row,column_dimension,column,value
    2026-Q3,enquiries_by_topic,enquiries received in the quarter,topic,Exclusion,,Total,15
    2026-Q3,enquiries_by_topic_and_outcome,...,topic,Exclusion,outcome,Advice given,[c]
    ...
    2026-Q3,notes,,,suppression,,,[c] = ...

* one line per cell: every category row of a table, then its ``Total`` row; within a row every
  category column, then ``Total``. One-way tables have an empty ``column_dimension`` and the
  single column ``Total``. Categories with no records appear with value ``0``.
* ``value`` is a whole number, or ``[c]`` (GSS/ONS "confidential") where suppressed.
* after the data, footnote lines with ``table`` = ``notes``: ``row`` names the note and ``value``
  is its text (period, suppression, rounding, zeros, protection, counting rules, one
  ``title:<table>`` line per table).

The column set and order, the ``Total`` label, ``[c]`` and the ``notes`` lines are the stable
contract; new tables or notes may be added, never renamed silently.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from vault.statistics.audit import verify
from vault.statistics.categories import TOTAL
from vault.statistics.control import DisclosureControl
from vault.statistics.errors import InvalidTables
from vault.statistics.quarter import Quarter
from vault.statistics.tables import SUPPRESSED, Cell, Table

__all__ = ["COLUMNS", "NOTES", "read_csv", "write_csv"]

COLUMNS = ("quarter", "table", "population", "row_dimension", "row", "column_dimension", "column", "value")
NOTES = "notes"


def write_csv(tables: Iterable[Table], out: TextIO) -> None:
    """Write the tables and their footnotes to the text stream ``out``.

    All tables must share one quarter and one set of disclosure-control settings. The tables are
    audited first: if any suppressed figure could be worked out from them, :class:`DisclosureRisk`
    is raised and nothing is written.
    """
    tables = list(tables)
    if not tables:
        raise InvalidTables("there are no tables to write")
    quarters = {table.quarter for table in tables}
    controls = {table.control for table in tables}
    if len(quarters) > 1 or len(controls) > 1:
        raise InvalidTables("one CSV holds one quarter made under one set of disclosure-control settings")
    if len({table.name for table in tables}) != len(tables):
        raise InvalidTables("two tables have the same name")
    verify(tables)
    quarter, control = str(tables[0].quarter), tables[0].control
    lines: list[tuple[str, ...]] = [COLUMNS]
    for table in tables:
        for cell in table.cells:
            lines.append(
                (
                    quarter,
                    table.name,
                    table.population,
                    table.row_dimension,
                    cell.row,
                    table.column_dimension or "",
                    cell.column,
                    cell.shown,
                )
            )
    for key, text in _notes(tables[0].quarter, control, tables):
        lines.append((quarter, NOTES, "", "", key, "", "", text))
    csv.writer(out, lineterminator="\n").writerows(lines)


def _notes(quarter: Quarter, control: DisclosureControl, tables: list[Table]) -> list[tuple[str, str]]:
    hidden = f"{control.min_count} to {control.max_suppressed}"
    rounding = (
        "Figures are exact (not rounded)."
        if control.rounding_base == 1
        else f"Figures are rounded to the nearest {control.rounding_base} (halves rounded up). Each total is "
        "rounded from its exact count, so a total may differ from the sum of the figures shown."
    )
    zeros = (
        "0 means no records in that category; a true zero is shown, not suppressed."
        if control.min_count == 1
        else "Zeros are suppressed like other small counts, so 0 is never shown."
    )
    notes = [
        ("period", f"Counts for the {quarter.description}."),
        (
            "suppression",
            f"{SUPPRESSED} = confidential: a count of {hidden}, or a figure suppressed so "
            "that such a count cannot be worked out from totals or from other tables.",
        ),
        ("rounding", rounding),
        ("zeros", zeros),
        (
            "protection",
            f"Given everything published, each {SUPPRESSED} figure could still be any of at "
            f"least {control.required_width + 1} consecutive values.",
        ),
        (
            "counting",
            "Enquiries are counted by the date received; cases by the date opened or closed; "
            "open cases are those still open at the end of the last day of the quarter.",
        ),
        ("identity", "Counts by category only: nothing in this return identifies a family or a child."),
    ]
    notes.extend((f"title:{table.name}", table.title) for table in tables)
    return notes


def read_csv(stream: TextIO, *, control: DisclosureControl) -> list[Table]:
    """Read a CSV written by :func:`write_csv` back into tables (for auditing a published file).

    ``control`` is the settings the file was made under (they are stated in its notes for a
    person, not parsed back).
    """
    reader = csv.reader(stream)
    if tuple(next(reader, ())) != COLUMNS:
        raise InvalidTables(f"not a statistics CSV: the header must be {','.join(COLUMNS)}")
    titles: dict[str, str] = {}
    grouped: dict[str, list[list[str]]] = {}
    for number, line in enumerate(reader, start=2):
        if len(line) != len(COLUMNS):
            raise InvalidTables(f"line {number} has {len(line)} fields, not {len(COLUMNS)}")
        if line[1] == NOTES:
            if line[4].startswith("title:"):
                titles[line[4].removeprefix("title:")] = line[7]
            continue
        grouped.setdefault(line[1], []).append(line)
    return [_table(name, lines, titles.get(name, name), control) for name, lines in grouped.items()]


def _table(name: str, lines: list[list[str]], title: str, control: DisclosureControl) -> Table:
    quarter, _, population, row_dimension, _, column_dimension, _, _ = lines[0]
    rows = tuple(dict.fromkeys(line[4] for line in lines if line[4] != TOTAL))
    columns = tuple(dict.fromkeys(line[6] for line in lines if line[6] != TOTAL))
    cells = []
    for line in lines:
        if (line[0], line[2], line[3], line[5]) != (quarter, population, row_dimension, column_dimension):
            raise InvalidTables(f"{name}: lines disagree about the table's quarter, population or dimensions")
        cells.append(Cell(line[4], line[6], _figure(name, line[7])))
    return Table(
        name=name,
        title=title,
        population=population,
        quarter=Quarter.parse(quarter),
        control=control,
        row_dimension=row_dimension,
        rows=rows,
        column_dimension=column_dimension or None,
        columns=columns,
        cells=tuple(cells),
    )


def _figure(name: str, text: str) -> int | None:
    if text == SUPPRESSED:
        return None
    if not text.isdigit():
        raise InvalidTables(f"{name}: {text!r} is neither a count nor {SUPPRESSED}")
    return int(text)
