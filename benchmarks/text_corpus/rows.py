"""Registers and minutes: the flattened tables and attendee lists of real SEND paperwork.

A register is a header of column names and one row per pupil; the separators vary the way text comes
out of spreadsheets and PDFs (single spaces, pipes, tabs, aligned columns, commas). Minutes list who
was present (full names with their initials, first names alone, roles in brackets) and then refer to
people by initials only ("JP explained", "Action: AK").
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from benchmarks.text_corpus import identifiers as ids
from benchmarks.text_corpus import pools
from benchmarks.text_corpus.case import Case, Person
from benchmarks.text_corpus.formats import date_text
from benchmarks.text_corpus.render import Segment

__all__ = ["minutes_fields", "register"]

Cell = Callable[[Person, bool], Segment]


def _columns(case: Case, rng: random.Random) -> list[tuple[str, Cell]]:
    """Column headers, each with how a row's cell is written (``mine``: the case's own child)."""
    def name(kind: str) -> Cell:
        def cell(p: Person, mine: bool) -> Segment:
            entity = "child" if mine else None
            person = "child" if mine else f"pupil:{p.full}"
            text = {"surname": p.last.upper() if caps else p.last, "forename": p.first,
                    "name": f"{p.last.upper()}, {p.first}" if comma else f"{p.first} {p.last}"}[kind]
            return Segment(text, "PERSON", entity, person)
        return cell

    caps, comma = rng.random() < 0.6, rng.random() < 0.5
    school_short = rng.choice([case.school_short, case.school])

    def dob(p: Person, mine: bool) -> Segment:
        day = case.dob if mine else dt.date(case.dob.year + rng.randint(-1, 1), rng.randint(1, 12), rng.randint(1, 28))
        return Segment(date_text(day, rng) if rng.random() < 0.3 else day.strftime(date_format), "DATE_OF_BIRTH",
                       "dob" if mine else None)

    def value(kind: str, make: Callable[[], str], entity_value: str) -> Cell:
        return lambda p, mine: Segment(entity_value if mine else make(), kind, kind.lower() if mine else None)

    date_format = rng.choice(["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%y", "%d-%b-%Y"])
    split_name = rng.random() < 0.75
    names: list[tuple[str, Cell]] = (
        [(rng.choice(["SURNAME", "Surname", "Last name", "Family name"]), name("surname")),
         (rng.choice(["Forename", "First name", "Forename(s)", "Given name"]), name("forename"))]
        if split_name else [(rng.choice(["Name", "Pupil", "Child", "Learner"]), name("name"))])
    if split_name and rng.random() < 0.3:
        names.reverse()
    optional: list[tuple[str, Cell]] = [
        (rng.choice(["REF", "Ref", "Case ID", "ID"]), value("CASE_REF", lambda: ids.case_ref(rng), case.ref)),
        (rng.choice(["UPN", "Pupil No"]), value("UPN", lambda: ids.upn(rng), case.upn)),
        ("ULN", value("ULN", lambda: ids.uln(rng), case.uln)),
        (rng.choice(["NHS No", "NHS number"]), value("NHS_NUMBER", lambda: ids.nhs_number(rng), case.nhs)),
        (rng.choice(["Postcode", "Post code"]), value("POSTCODE", lambda: ids.postcode(rng), case.postcode)),
        (rng.choice(["School", "Setting", "Establishment"]),
         lambda p, mine: Segment(school_short if mine else rng.choice(pools.SCHOOL_STEMS) + " Primary", "SCHOOL",
                                 "school" if mine else None)),
        (rng.choice(["Year", "NC Yr", "Yr Grp"]), lambda p, mine: Segment(str(rng.randint(1, 11)))),
        (rng.choice(["Need", "Primary need", "SEN type"]),
         lambda p, mine: Segment(rng.choice(["ASD", "SEMH", "SLCN", "MLD", "SpLD"]), "NEG")),
    ]
    picked = rng.sample(optional, rng.randint(2, 5))
    dob_column = (rng.choice(["DOB", "D.O.B.", "Date of Birth", "Birth date", "DoB"]), dob)
    columns = names + [dob_column] + picked if rng.random() < 0.85 else names + picked
    head = columns[:1] + rng.sample(columns[1:], len(columns) - 1) if rng.random() < 0.3 else columns
    return head


def register(case: Case, rng: random.Random) -> list[Segment]:
    columns = _columns(case, rng)
    separator = rng.choice([" ", " | ", "\t", "  ", ", ", "   "])
    aligned = separator in ("  ", "   ")
    pupils = [(case.child, True)] + [(p, False) for p in rng.sample(case.others, rng.randint(2, 5))]
    rng.shuffle(pupils)
    rows = [[cell(p, mine) for _, cell in columns] for p, mine in pupils]
    widths = [max(len(h), *(len(r[i].text) for r in rows)) + 2 for i, (h, _) in enumerate(columns)]
    header = [h.upper() if separator == " " and rng.random() < 0.5 else h for h, _ in columns]
    out = [Segment(_join(header, separator, widths if aligned else None) + "\n")]
    for row in rows:
        for i, segment in enumerate(row):
            out.append(segment)
            if i < len(row) - 1:
                out.append(Segment(" " * (widths[i] - len(segment.text)) if aligned else separator))
        out.append(Segment("\n"))
    return out


def _join(cells: list[str], separator: str, widths: list[int] | None) -> str:
    if widths is None:
        return separator.join(cells)
    return "".join(c.ljust(w) for c, w in zip(cells[:-1], widths)) + cells[-1]


_ATTENDEE_ROLES = ["Chair", "Social Worker", "SW", "EP", "Family Support Worker", "School Nurse", "SENDIASS",
                   "Virtual School", "Headteacher", "Class Teacher", "SENCo"]


def minutes_fields(case: Case, rng: random.Random, initial_of: Callable[[str], list[Segment]]) -> dict[str, list[Segment]]:
    """``present``: an attendee line (or list) naming everyone with initials or first names alone."""
    keys = ["mother", "father", "senco", "teacher", "officer", "psychologist", "other0", "other1", "other2"]
    rng.shuffle(keys)
    items: list[list[Segment]] = []
    for key in keys:
        person: Person = getattr(case, key) if hasattr(case, key) else case.others[int(key[-1])]
        entity = key if key in ("mother", "father") else None
        role = {"mother": "Parent", "father": "Parent", "senco": "SENCo", "teacher": "Class Teacher",
                "officer": "EHC Co-ordinator", "psychologist": "EP"}.get(key, rng.choice(_ATTENDEE_ROLES))
        style = rng.random()
        if style < 0.45:
            items.append([Segment(person.full, "PERSON", entity, key), Segment(" ("), *initial_of(key),
                          Segment(f") – {role}" if rng.random() < 0.5 else ")")])
        elif style < 0.75:
            items.append([Segment(person.first, "PERSON", entity, key), Segment(f" ({role})")])
        elif style < 0.9:
            items.append([Segment(person.first, "PERSON", entity, key)])
        else:
            items.append([Segment(f"{person.title} "), Segment(person.last, "PERSON", entity, key), Segment(f", {role}")])
    joiner = rng.choice(["; ", ", ", "\n"])
    present: list[Segment] = [Segment(rng.choice(["Present: ", "Attendees: ", "In attendance: ", "Present:\n"]))]
    for i, item in enumerate(items[:-2]):
        present += item + ([Segment(joiner)] if i < len(items) - 3 else [])
    apologies = [Segment("\nApologies: "), *items[-2], Segment(", "), *items[-1], Segment("\n")]
    return {"present": present + apologies}
