"""The case's own identifiers, as the redactors take them, and the literal checks made on every output.

From the sealed case record: each person's name and initials (with their relation as the pseudonym's
role), address, phone, e-mail and date of birth; and, as plain terms, what the vault itself calls the
family (the coded form "LW140314", the family label) and the case's reference. The supporter adds what
the record does not hold (the school, a sibling, a pet's unusual name) as extra identifiers or terms.

The literal checks (``redaction.verify.known_leaks``) are deliberately simple and independent of the
redactor: after redaction, no name, name part, number or term of the record may be left outside a
replacement, in any written form.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from redaction.spans import SPAN_TYPES
from vault.db.models import Case, Person
from vault.errors import InvalidRequest
from vault.fields import FieldSealer, Place
from vault.services.people import person_view

__all__ = ["Identifiers", "case_identifiers", "literal_leaks", "validate_extra"]

# The types a supporter may add, as the text pipeline names them (a role may follow a colon): every identifier
# type the detector knows, so a new one (a hospital number, a vehicle registration) can be added the day it is.
# Not DATE (a date alone identifies no one) nor TERM (terms are their own list).
EXTRA_TYPES = tuple(kind for kind in SPAN_TYPES if kind not in ("DATE", "TERM"))
MAX_VALUE_CHARS = 200


@dataclass(frozen=True)
class Identifiers:
    """``known``: span type (with an optional role) -> strings; ``terms``: strings removed verbatim."""

    known: Mapping[str, tuple[str, ...]]
    terms: tuple[str, ...]

    def with_additions(self, extra: Mapping[str, Sequence[str]], terms: Iterable[str]) -> Identifiers:
        merged = {key: list(values) for key, values in self.known.items()}
        for key, values in extra.items():
            merged.setdefault(key, []).extend(values)
        return Identifiers({k: tuple(dict.fromkeys(v)) for k, v in merged.items() if v},
                           tuple(dict.fromkeys([*self.terms, *terms])))

    def for_text(self) -> dict[str, list[str]]:
        """One mapping for the text redactor: terms ride as the ``TERM`` type."""
        mapping = {key: list(values) for key, values in self.known.items()}
        if self.terms:
            mapping["TERM"] = list(self.terms)
        return mapping


def case_identifiers(fields: FieldSealer, case: Case, people: Iterable[Person], *, today: object, adult_age: int) -> Identifiers:
    known: dict[str, list[str]] = {}

    def add(key: str, value: str | None) -> None:
        if value and value.strip():
            known.setdefault(key, []).append(value.strip())

    for row in people:
        person = person_view(fields, row, today=today, adult_age=adult_age)  # type: ignore[arg-type]
        role = "child" if person.relation == "child" else ("carer" if person.relation == "carer" else "parent")
        add(f"PERSON:{role}", person.name)
        add(f"PERSON:{role}", person.initials)
        add("ADDRESS", person.address)
        add("PHONE", person.phone)
        add("EMAIL", person.email)
        if person.birth_date is not None:
            add("DATE_OF_BIRTH", person.birth_date.isoformat())
    terms = [case.reference]
    for column, sealed in (("code", case.code_sealed), ("label", case.label_sealed)):
        value = fields.open_optional(case.id, Place("cases", column, case.id), sealed)
        if value and value.strip():
            terms.append(value.strip())
    return Identifiers({k: tuple(dict.fromkeys(v)) for k, v in known.items()}, tuple(dict.fromkeys(terms)))


def validate_extra(extra: Mapping[str, Sequence[str]], terms: Sequence[str]) -> tuple[dict[str, list[str]], list[str]]:
    """The supporter's additions, checked: known types only, non-empty strings of sensible length."""
    cleaned: dict[str, list[str]] = {}
    for raw_key, values in extra.items():
        kind, _, role = raw_key.partition(":")
        kind = kind.strip().upper()
        if kind not in EXTRA_TYPES:
            raise InvalidRequest(f"unknown identifier type {raw_key!r}; use one of {', '.join(EXTRA_TYPES)}")
        key = f"{kind}:{role.strip().lower()}" if role.strip() else kind
        for value in values:
            cleaned.setdefault(key, []).append(_value(value, f"identifier of type {kind}"))
    return cleaned, [_value(term, "term") for term in terms]


def _value(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequest(f"a {what} is a non-empty string")
    if len(value) > MAX_VALUE_CHARS:
        raise InvalidRequest(f"a {what} is at most {MAX_VALUE_CHARS} characters")
    return " ".join(value.split())


def literal_leaks(text: str, identifiers: Identifiers, *, outside: Sequence[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """Occurrences of the record's strings in ``text`` that no replacement covers, as (type, start, end).

    ``redaction.verify.known_leaks`` is the one implementation: full values in any case and any
    written form (NFKC, letter-spaced, zero-width characters and soft hyphens, line breaks), name parts
    alone as names are written, numbers with any spacing, dates of birth in written forms, terms.
    Initials are left to the redactor (two capitals are too common)."""
    from redaction.verify import known_leaks

    return [(leak.type, leak.start, leak.end) for leak in known_leaks(text, identifiers.for_text(), ignore=outside)]
