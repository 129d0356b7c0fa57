"""Negatives: candidates removed because the text itself shows they are no identifier, each with its reason.

- ``table-cells``: a table's header line holds column names, never an identifier; a one-word code in a
  column that holds none ("SpLD" under "SEN type") is no town, whatever the model says (a person stays:
  the cell reader has its own view of names);
- ``not-a-person``: eponyms of conditions and instruments ("Down syndrome", "the Boxall Profile") and
  English-word names used as words ("Will you send it?"), :mod:`redaction.text.negatives`, unless a table's name
  column holds the word ("Castle" under "Surname"); named things
  (SEND programmes and tools, charities and national bodies, apps and brands, medicines, festivals, kin words
  of other languages), places inside an institution's or a law's name, job titles, class and group names,
  and places that identify no one (a country alone, a town abroad named as a holiday or family visit),
  :mod:`redaction.text.named_things`; a statutory instrument's number taken for a reference; and an
  organisation's registration number (a charity's, a company's) taken for a reference or a telephone number,
  :mod:`redaction.text.organisation_numbers`; a number its label says is an organisation's own (a form,
  template, post, course, meeting, inspection, the council's policy), :mod:`redaction.text.organisation_references`;
- ``foreign-reading``: in a text that is not English (or has Welsh passages, or a line in Welsh) a
  candidate name is cut to the words that may be names in that language, :mod:`redaction.text.other_languages`.

None of them looks at the case record's matches.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.negatives import why_not_a_person
from redaction.text.organisation_numbers import why_organisation_number
from redaction.text.organisation_references import why_organisation_reference
from redaction.text.other_languages import foreign_cut
from redaction.text.pipeline.contract import Pass
from redaction.text.pipeline.reading import Reading
from redaction.text.recognizers.case_ref import statutory_instrument
from redaction.text.send_things import why_thing_number
from redaction.text.table_cells import span_type

__all__ = ["NAME_TYPES", "WORD_ALONE", "ForeignReading", "NotAPerson", "TableCells"]

NAME_TYPES = frozenset({"PERSON", "LOCATION", "SCHOOL", "ADDRESS"})


def _inside(span: Span, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= span.start and span.end <= end for start, end in ranges)


# The negative that weighs a capitalised word alone ("dictionary words no list of names holds"): a table's name
# column says otherwise of its one-word cells ("Castle" under "Surname").
WORD_ALONE = "dictionary words no list of names holds"


_ONE_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,}")


def _in_a_name_cell(reading: Reading, span: Span) -> bool:
    """Whether ``span`` is a whole cell of a table's name column (a surname's, a forename's) in a row whose name
    cells are each one capitalised word ("Castle" beside "Jude"; not a flattened form's "Health" beside "and Care
    Number")."""
    text, cells = reading.text, reading.tables.cells
    cell = next((c for c in cells if (c.start, c.end) == (span.start, span.end) and c.group is not None
                 and span_type(c.kind) == "PERSON"), None)
    return cell is not None and all(_ONE_WORD.fullmatch(text, c.start, c.end) for c in cells
                                     if c.group == cell.group and span_type(c.kind) == "PERSON")


class TableCells(Pass):
    name = "table-cells"

    def run(self, reading: Reading) -> None:
        tables = reading.tables
        if not tables.headers and not tables.codes:
            return
        kept = []
        for span in reading.detected:
            if _inside(span, tables.headers):
                reading.reject(span, self.name, "in a table's header line: column names, never an identifier")
            elif span.type != "PERSON" and _inside(span, tables.codes):
                reading.reject(span, self.name, "a code in a table column that holds no identifier")
            else:
                kept.append(span)
        reading.keep_detected(kept)


class NotAPerson(Pass):
    name = "not-a-person"

    def why(self, reading: Reading, span: Span) -> str | None:
        """Why ``span`` (of a name type) is not a person, or ``None``; of other types only a statutory
        instrument's number taken for a reference goes ("SI 2014/1530", "Ref 2014/1530 of the SI"), and an
        organisation's registration number ("Registered charity no. 1128844")."""
        if span.type in NAME_TYPES:
            why = why_not_a_person(reading.text, span)
            if why is not None and span.type == "PERSON" and why.startswith(WORD_ALONE) and _ONE_WORD.fullmatch(
                    reading.text, span.start, span.end) and _in_a_name_cell(reading, span):
                return None  # "Surname,Forename⏎Castle,Jude": the column says the word is a name
            return why
        if statutory_instrument(reading.text, span.start, span.end):
            return "a statutory instrument's number ('SI 2014/1530'): it names a law, no one"
        return (why_organisation_number(reading.text, span.start, span.end)
                or why_organisation_reference(reading.text, span.start, span.end, span.type)
                or why_thing_number(reading.text, span.start, span.end))

    def run(self, reading: Reading) -> None:
        kept = []
        for span in reading.detected:
            why = self.why(reading, span)
            if why is None:
                kept.append(span)
            else:
                reading.reject(span, self.name, why)
        reading.keep_detected(kept)


class ForeignReading(Pass):
    """Runs twice: on the candidates before resolution, and again after widening and propagation (which
    may have grown or copied a name over ordinary words of the language)."""

    name = "foreign-reading"

    def run(self, reading: Reading) -> None:
        language = reading.language  # an English text is read line by line: a Welsh line is read as Welsh
        out = []
        for span in reading.spans:
            read, why = foreign_cut(reading.text, span, language)
            if why:
                reading.reject(span, self.name, why)
            if read is not None and read != span and read.type in NAME_TYPES and read.source != "known":
                # The cut is a new candidate: vetted as every candidate was ("Mae yn Dosbarth Glas" cut to
                # "Glas", a class's name; "Cydlynydd ADY" to "ADY").
                not_one = why_not_a_person(reading.text, read)
                if not_one is not None:
                    reading.reject(read, self.name, f"cut, then: {not_one}")
                    continue
            if read is not None:
                out.append(read)
        reading.spans = out
