"""Data exports: one register of pupils written out the ways systems export tables.

Each document of the ``data_export`` genre holds one export in one serialisation:

- ``markdown``: pipes with a row of dashes under the header (``| Surname | Forename | DOB |``);
- ``csv``: a header row in the export's own spelling (``ref,uln,surname,forename,dob,sex,postcode``),
  a name column quoted (``"WARDAK, Abdul"``) or split in surname and forename columns;
- ``tsv``: tabs; ``aligned``: columns padded with spaces;
- ``records``: one pupil per record, each field on its own line with a dotted leader
  (``Date of birth.........: 2016-02-29``), records apart by a blank line;
- ``headerless``: contact rows with no header at all (``| WARDAK, Abdul | 01/01/1981 | 07700 900123 |``).

Cells look like nothing on their own on purpose: forenames alone, surnames in capitals with hyphens, ISO
dates, a review date beside the date of birth (a date that is no identifier).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from benchmarks.text_corpus import identifiers as ids
from benchmarks.text_corpus.case import Case, Person
from benchmarks.text_corpus.formats import date_text
from benchmarks.text_corpus.render import Segment

__all__ = ["EXPORT", "export_fields"]

Cell = Callable[[Person, bool], Segment]
_STYLES = ("markdown", "csv", "tsv", "aligned", "records", "headerless")


def _pupils(case: Case, rng: random.Random) -> list[tuple[Person, bool]]:
    pupils = [(case.child, True)] + [(p, False) for p in rng.sample(case.others, rng.randint(2, 4))]
    rng.shuffle(pupils)
    return pupils


def _person(p: Person, mine: bool, text: str) -> Segment:
    return Segment(text, "PERSON", "child" if mine else None, "child" if mine else f"pupil:{p.full}")


def _columns(case: Case, rng: random.Random, *, lower: bool) -> list[tuple[str, Cell]]:
    """Header names (in an export's spelling) with how each row's cell is written."""
    def spelt(*names: str) -> str:
        name = rng.choice(names)
        return name.lower().replace(" ", "_") if lower else name

    iso = rng.random() < 0.6

    def born(p: Person, mine: bool) -> dt.date:
        return case.dob if mine else dt.date(case.dob.year + rng.randint(-1, 1), rng.randint(1, 12), rng.randint(1, 28))

    def dob(p: Person, mine: bool) -> Segment:
        day = born(p, mine)
        return Segment(day.isoformat() if iso else date_text(day, rng), "DATE_OF_BIRTH", "dob" if mine else None)

    def review(p: Person, mine: bool) -> Segment:
        day = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 300))
        return Segment(day.isoformat() if iso else day.strftime("%d/%m/%Y"), "NEG")

    def value(kind: str, make: Callable[[], str], mine_value: str) -> Cell:
        return lambda p, mine: Segment(mine_value if mine else make(), kind, kind.lower() if mine else None)

    columns: list[tuple[str, Cell]] = [
        (spelt("Surname", "Last Name", "Family Name", "SURNAME"), lambda p, mine: _person(p, mine, p.last.upper())),
        (spelt("Forename", "First Name", "Given Name", "Forename(s)"), lambda p, mine: _person(p, mine, p.first)),
        (spelt("DOB", "Date of Birth", "Birth Date", "D.O.B."), dob),
    ]
    if rng.random() < 0.3:
        columns.insert(2, (spelt("Middle Name"), lambda p, mine: Segment(p.middle or "-", "PERSON" if p.middle else None,
                                                                           "child" if mine and p.middle else None,
                                                                           ("child" if mine else f"pupil:{p.full}") if p.middle else None)))
    optional: list[tuple[str, Cell]] = [
        (spelt("Ref", "Case ID", "ID"), value("CASE_REF", lambda: ids.case_ref(rng), case.ref)),
        (spelt("UPN"), value("UPN", lambda: ids.upn(rng), case.upn)),
        (spelt("ULN"), value("ULN", lambda: ids.uln(rng), case.uln)),
        (spelt("NHS Number", "NHS No"), value("NHS_NUMBER", lambda: ids.nhs_number(rng), case.nhs)),
        (spelt("NINO", "NI Number"), value("NI_NUMBER", lambda: ids.ni_number(rng), case.ni)),
        (spelt("Postcode", "Post Code"), value("POSTCODE", lambda: ids.postcode(rng), case.postcode)),
        (spelt("Phone", "Contact Number", "Mobile"), value("PHONE", lambda: ids.phone(rng), case.phone)),
        (spelt("Sex", "Gender"), lambda p, mine: Segment(rng.choice("MF"))),
        (spelt("Year Group", "NC Year"), lambda p, mine: Segment(str(rng.randint(1, 11)))),
        (spelt("Primary Need", "SEN Type"), lambda p, mine: Segment(rng.choice(["ASD", "SEMH", "SLCN", "MLD"]), "NEG")),
        (spelt("Review Date", "Next Review"), review),
    ]
    return columns + rng.sample(optional, rng.randint(2, 5))


def _delimited(columns: list[tuple[str, Cell]], pupils: list[tuple[Person, bool]], style: str,
               rng: random.Random) -> list[Segment]:
    cut = {"markdown": " | ", "csv": ",", "tsv": "\t"}[style]
    headers = [h for h, _ in columns]
    if style == "csv" and rng.random() < 0.5:  # one name column, quoted: "WARDAK, Abdul"
        headers = ["name" if headers[0].islower() else "Name"] + headers[2:]
        columns = [(headers[0], lambda p, mine: _person(p, mine, f"{p.last.upper()}, {p.first}")), *columns[2:]]
    out = [Segment(_row(headers, cut, style) + "\n")]
    if style == "markdown":
        out.append(Segment("|" + "|".join("---" for _ in headers) + "|\n"))
    for p, mine in pupils:
        cells = [cell(p, mine) for _, cell in columns]
        out.append(Segment("| " if style == "markdown" else ""))
        for i, segment in enumerate(cells):
            quoted = style == "csv" and "," in segment.text
            out += [Segment('"'), segment, Segment('"')] if quoted else [segment]
            out.append(Segment(cut if i < len(cells) - 1 else (" |\n" if style == "markdown" else "\n")))
    return out


def _row(cells: list[str], cut: str, style: str) -> str:
    return f"| {cut.join(cells)} |" if style == "markdown" else cut.join(cells)


def _aligned(columns: list[tuple[str, Cell]], pupils: list[tuple[Person, bool]]) -> list[Segment]:
    rows = [[cell(p, mine) for _, cell in columns] for p, mine in pupils]
    widths = [max(len(h), *(len(r[i].text) for r in rows)) + 2 for i, (h, _) in enumerate(columns)]
    out = [Segment("".join(h.ljust(w) for (h, _), w in zip(columns, widths)).rstrip() + "\n")]
    for row in rows:
        for i, segment in enumerate(row):
            out.append(segment)
            out.append(Segment(" " * (widths[i] - len(segment.text)) if i < len(row) - 1 else "\n"))
    return out


def _records(columns: list[tuple[str, Cell]], pupils: list[tuple[Person, bool]]) -> list[Segment]:
    width = max(len(h) for h, _ in columns) + 8
    out: list[Segment] = []
    for p, mine in pupils:
        for header, cell in columns:
            out += [Segment(header + "." * (width - len(header)) + ": "), cell(p, mine), Segment("\n")]
        out.append(Segment("\n"))
    return out


def _headerless(case: Case, pupils: list[tuple[Person, bool]], rng: random.Random) -> list[Segment]:
    out: list[Segment] = []
    for p, mine in pupils:
        day = case.dob if mine else dt.date(case.dob.year + rng.randint(-1, 1), rng.randint(1, 12), rng.randint(1, 28))
        name = f"{p.last.upper()}, {p.first}" if rng.random() < 0.6 else f"{p.first} {p.last.upper()}"
        out += [Segment("| "), _person(p, mine, name), Segment(" | "),
                Segment(date_text(day, rng), "DATE_OF_BIRTH", "dob" if mine else None), Segment(" | "),
                Segment(case.phone if mine else ids.phone(rng), "PHONE", "phone" if mine else None), Segment(" |\n")]
    return out


def export_fields(case: Case, rng: random.Random) -> dict[str, list[Segment]]:
    """``export``: one register in one serialisation, with its title."""
    style = rng.choice(_STYLES)
    pupils = _pupils(case, rng)
    if style == "headerless":
        body = _headerless(case, pupils, rng)
    else:
        columns = _columns(case, rng, lower=style == "csv" and rng.random() < 0.6)
        if style in ("markdown", "csv", "tsv"):
            body = _delimited(columns, pupils, style, rng)
        elif style == "aligned":
            body = _aligned(columns, pupils)
        else:
            body = _records(columns, pupils)
    return {"export": body}


EXPORT = (
    ["Export from {!SIMS} - {!SEN Support} cohort\nRun {date0}\n\n{export}\n",
     "{~la} {!EHC} caseload extract ({!OFFICIAL-SENSITIVE})\n\n{export}\n",
     "Emergency contacts - {school}\n\n{export}\n"],
    [
        "Checked against the census by {senco.init} on {date1}. {!Will} you confirm the {!DOBs} before {date2}?\n\n",
        "{child.first}'s record was updated after {mother.title}'s call.\n\n",
    ],
    ["{page}\n", "End of extract.\n"],
)
