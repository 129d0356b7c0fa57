"""People in a case: what may be kept about them, sealed, and the pseudonymous case code.

Without the parent's consent to keeping personal details only initials and a date of birth are kept
(the policies' "coded information"); names, address and contact details are refused, not dropped
silently, so the supporter knows what was not recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault.clock import years_between
from vault.db.models import Case, Person
from vault.errors import InvalidRequest
from vault.fields import FieldSealer, Place
from vault.services.states import Relation
from vault.statistics import NOT_KNOWN, StatisticsError, age_band

__all__ = ["PersonInput", "PersonView", "age_band_of", "case_code", "new_person", "person_view"]

_INITIALS = re.compile(r"[A-Z]{1,4}")
DETAIL_FIELDS = ("name", "address", "phone", "email")


@dataclass(frozen=True)
class PersonInput:
    relation: Relation
    initials: str
    birth_date: date | None = None
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None

    def details(self) -> dict[str, str]:
        return {key: value for key in DETAIL_FIELDS if (value := getattr(self, key))}


@dataclass(frozen=True)
class PersonView:
    id: str
    relation: str
    initials: str
    birth_date: date | None
    age: int | None
    own_right_of_access: bool  # a child of 12 or over may ask for their own data
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None


def new_person(
    fields: FieldSealer, *, case: Case, person_id: str, person: PersonInput, created_at: Any, today: date
) -> Person:
    initials = person.initials.replace(".", "").replace(" ", "").upper()
    if not _INITIALS.fullmatch(initials):
        raise InvalidRequest("initials must be 1-4 letters (e.g. 'LW')")
    if person.birth_date is not None and person.birth_date > today:
        raise InvalidRequest("a date of birth cannot be in the future")
    if person.relation == Relation.CHILD and person.birth_date is None:
        raise InvalidRequest("a child's date of birth is needed (their rights change at 12)")
    details = person.details()
    if details and not case.details_consent:
        raise InvalidRequest(
            "the parent has not consented to personal details being kept: record initials and date of "
            f"birth only (refused: {', '.join(sorted(details))})"
        )
    row = Person(id=person_id, case_id=case.id, relation=str(person.relation), created_at=created_at)
    row.initials_sealed = fields.seal_text(case.id, Place("people", "initials", person_id), initials)
    if person.birth_date is not None:
        row.birth_date_sealed = fields.seal_text(
            case.id, Place("people", "birth_date", person_id), person.birth_date.isoformat()
        )
    if details:
        row.details_sealed = fields.seal_json(case.id, Place("people", "details", person_id), details)
    return row


def person_view(fields: FieldSealer, row: Person, *, today: date, adult_age: int) -> PersonView:
    initials = fields.open_text(row.case_id, Place("people", "initials", row.id), row.initials_sealed)
    birth = fields.open_optional(row.case_id, Place("people", "birth_date", row.id), row.birth_date_sealed)
    birth_date = date.fromisoformat(birth) if birth else None
    age = years_between(birth_date, today) if birth_date else None
    details = (
        fields.open_json(row.case_id, Place("people", "details", row.id), row.details_sealed)
        if row.details_sealed
        else {}
    )
    return PersonView(
        id=row.id,
        relation=row.relation,
        initials=initials,
        birth_date=birth_date,
        age=age,
        own_right_of_access=row.relation == Relation.CHILD and age is not None and age >= adult_age,
        **details,
    )


def case_code(people: list[PersonInput], reference: str) -> str:
    """Initials and date of birth of the (first) child, e.g. ``LW140314``; the policies' coded form."""
    children = [p for p in people if p.relation == Relation.CHILD and p.birth_date]
    chosen = children[0] if children else (people[0] if people else None)
    if chosen is None:
        return f"X-{reference[:4]}"
    initials = chosen.initials.replace(".", "").replace(" ", "").upper()
    if chosen.birth_date is None:
        return f"{initials}-{reference[:4]}"
    return f"{initials}{chosen.birth_date:%d%m%y}"


def age_band_of(people: list[PersonInput], on: date) -> str:
    """The (first) child's age band when the case opened: all the statistics keep of a birth date."""
    for person in people:
        if person.relation == Relation.CHILD and person.birth_date is not None:
            try:
                return age_band(person.birth_date, on=on)
            except StatisticsError:
                return NOT_KNOWN  # outside the 0-25 range, or born after the case opened
    return NOT_KNOWN
