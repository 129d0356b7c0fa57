"""Records of form exports: one field after another, each a label, a leader and a value.

"Date of birth.........: 2016-02-29", "Surname: OKAFOR    Forename(s): Chidi", "Postcode   LA9 6NN",
"NHS No = 943 476 5919". A label is a column name of :mod:`.table_vocabulary` (qualified or not) at a
line's start or after a cell gap; the leader is a colon, dotted leader, equals sign, tab or a run of
spaces; the value runs to the end of its cell (a gap, a tab, ``|``, ``;``) or to the next label on the
line. The value is typed by the label: names are read as names (:func:`name_runs`), a date of birth is
the date the value opens with, identifiers and places the whole value. Consecutive lines of fields are
one record: its surname and forename fields (of the same person: "Child's surname", "Child's forename")
are one person's name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from redaction.text.dates import DATE_SPACED_REGEX
from redaction.text.table_cells import Cell, as_child, typed_cell
from redaction.text.table_vocabulary import NAME_PARTS, column_owner, header_kind, qualifier_of

__all__ = ["read_records"]

_FIELD = regex.compile(
    r"(?:^|(?<=[ \t\u00a0]{2}|\t|[|;]))[ \t]*(?P<label>\p{L}[\p{L}'’/()&\-.# ]{0,40}?)"
    r"(?P<leader>[ \t]*\.{2,}[ \t]*:?[ \t]*|[ \t]*[:=][ \t]*|\t+|[ \u00a0]{2,})(?=[^\s.:=])",
    regex.MULTILINE,
)
_SPACED_LABEL = regex.compile(
    r"(?P<label>\p{L}[\p{L}'’/()&\-#]*(?:[ ]{1,2}[\p{L}'’/()&\-#]+){1,5})[ \t]*(?:\.{2,}[ \t]*:?|:)[ \t]*(?=[^\s.:=])"
)
_CELL_END = regex.compile(r"[ \t\u00a0]{2,}|\t|[|;]|$", regex.MULTILINE)
_INLINE_LABEL = regex.compile(r"(?<=\S)[ ]+(?P<label>\p{L}[\p{L}'’/()&\-. ]{0,30}?)[ \t]*(?:\.{2,}[ \t]*:?|:)")
_DATE = regex.compile(rf"(?:(?:is|was|on|the)[ ]+)?(?P<date>{DATE_SPACED_REGEX})(?![\w/\-]|\.\d)")
_NAMES = frozenset({"PERSON", "SURNAME", "FORENAME"})
_WORDY = frozenset({"ADDRESS", "LOCATION", "SCHOOL"})


_PROSE_LINE = regex.compile(r"[^\n:|\t]*?\p{L}(?:[ ]\S+){4,}[\p{L},]")


def _prose_runs_on(text: str, line_start: int) -> bool:
    """Whether the line before ``line_start`` is a sentence running on into this line: five words or more, no
    label, cell gap or separator, and no full stop at its end."""
    if line_start == 0:
        return False
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return "  " not in previous and _PROSE_LINE.fullmatch(previous.strip()) is not None


def _value_end(text: str, start: int) -> int:
    """Where a field's value ends: its cell's end, or a next label on the same line ("X Forename: Y")."""
    end = _CELL_END.search(text, start).start()  # type: ignore[union-attr]
    for label in _INLINE_LABEL.finditer(text, start, end):
        words = label["label"].split(" ")
        for first in range(len(words)):  # "OKAFOR Forename(s)": the label is the last words before the colon
            candidate = " ".join(words[first:])
            if header_kind(candidate) is not None:
                return label.start("label") + len(" ".join(words[:first])) + (1 if first else 0)
    return end


def _values(text: str, kind: str, start: int, end: int, group: str | None) -> Iterator[Cell]:
    if kind in _NAMES:
        # Imported here: the recognizers package imports this module through the table recognizer.
        from redaction.text.recognizers.field_person import name_runs

        for run_start, run_end in name_runs(text, start, end, allow_lower=True):
            yield Cell(run_start, run_end, kind, group if kind in NAME_PARTS else None)
    elif kind == "DATE_OF_BIRTH":
        date = _DATE.match(text, start, end)
        if date is not None:
            yield Cell(date.start("date"), date.end("date"), kind)
    elif kind in _WORDY:
        value = text[start:end]
        words = value.split()
        if len(words) <= 8 and (any(ch.isdigit() for ch in value) or any(w[:1].isupper() for w in words)
                                or value.islower()):
            yield from typed_cell(start, value, kind, 0, len(value), group=None, person_row=False)
    elif kind not in ("OTHER", "UNKNOWN"):
        yield from typed_cell(start, text[start:end], kind, 0, end - start, group=None, person_row=False)


def read_records(text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Iterator[Cell]:
    """Typed values of every labelled field in ``text`` outside the ranges in ``skip`` (tables)."""
    record: list[tuple[str, str, int, int]] = []  # (label, kind, value start, value end) of one record
    last_line_end = -2
    for field in _FIELD.finditer(text):
        label_start = field.start("label")
        if any(start <= label_start < end for start, end in skip):
            continue
        label = field["label"].strip()
        kind = header_kind(label)
        value_start = field.end()
        gap_leader = not field["leader"].strip(" \u00a0")
        if kind in (None, "OTHER") and gap_leader and (wider := _SPACED_LABEL.match(text, label_start)) \
                and header_kind(" ".join(wider["label"].split())) not in (None, "OTHER"):
            # "Date  of Birth........: 2013-03-24": a label typed with a doubled space, the gap inside it no leader
            label, value_start, gap_leader = " ".join(wider["label"].split()), wider.end(), False
            kind = header_kind(label)
        if kind is None:
            continue
        line_start = text.rfind("\n", 0, label_start) + 1
        if gap_leader and _prose_runs_on(text, line_start):
            continue  # "... names castlerigg primary⏎school  (castlerigg) as the setting.": a wrapped sentence
        if line_start > last_line_end + 1:  # not on the line after the previous field's: a new record
            yield from _record(text, record)
            record = []
        newline = text.find("\n", label_start)
        last_line_end = max(last_line_end, newline if newline >= 0 else len(text))
        value_end = _value_end(text, value_start)
        if value_end > value_start:
            record.append((label, kind, value_start, value_end))
    yield from _record(text, record)


def _record(text: str, fields: list[tuple[str, str, int, int]]) -> Iterator[Cell]:
    """The values of one record's fields; its name parts of one person share a group."""
    if not fields:
        return
    kinds = [kind for _, kind, _, _ in fields]
    for label, kind, start, end in fields:
        group = f"record@{fields[0][2]}:{qualifier_of(label)}"
        for cell in _values(text, kind, start, end, group):
            yield as_child(cell, owner=column_owner(label), kinds=kinds)
