"""A dump of the metadata database shows no family: names, birth dates, addresses, titles, file names,
notes, consents, concerns are sealed; the audit log holds ids only. Without consent to keep details,
only the pseudonymous code (initials and date of birth) is kept, and names are refused."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import text
from vault_world import Cast

from vault.app import Vault
from vault.db import Base
from vault.errors import ContentUnavailable, InvalidRequest
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    DisclosureInput,
    NewCase,
    NewDocument,
    PersonInput,
    RecipientKind,
    Relation,
)

MARKERS = ["Whitfield", "Sarah", "Meadow Lane", "07700 900123", "2014-03-14", "140314", "school-report-leo",
           "Leo's report", "annual review went badly", "Dr Okafor", "bruising", "Fellside"]


def dump(vault: Vault) -> str:
    """Every value of every table, as the database would hand it to anyone who can read it."""
    chunks = []
    with vault.database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(text(f'SELECT * FROM "{table.name}"')):
                for value in row:
                    chunks.append(value.decode("latin-1") if isinstance(value, bytes | memoryview) else str(value))
    return "\n".join(chunks)


def test_a_database_dump_reveals_no_family(vault: Vault, cast: Cast) -> None:
    supporter = cast.supporter
    vault.documents.upload(supporter, cast.own, io.BytesIO(b"%PDF"), NewDocument(title="Leo's report", filename="school-report-leo.pdf"))
    vault.notes.add(supporter, cast.own, "The annual review went badly; mum upset.")
    vault.consents.record(supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ROLE, recipient="Dr Okafor, paediatrician", decision=ConsentDecision.GIVEN,
        method=ConsentMethod.TELEPHONE, obtained_on=date(2026, 6, 30), method_note="Sarah agreed on the phone"))
    vault.disclosures.disclose(supporter, cast.own, DisclosureInput(
        organisation="Fellside Primary", purpose="EHC needs assessment", shared="report", recipient_role="Dr Okafor, paediatrician"))
    vault.overrides.request(supporter, cast.own, concern="bruising seen at the meeting")
    dumped = dump(vault)
    assert "Whitfield family" not in dumped
    found = [marker for marker in MARKERS if marker.lower() in dumped.lower()]
    assert found == []
    # ... while the vault itself reads them back:
    assert vault.cases.details(supporter, cast.own).summary.label == "Whitfield family"


def test_without_consent_only_initials_and_birth_date_are_kept(vault: Vault, cast: Cast) -> None:
    with pytest.raises(InvalidRequest, match="not consented to personal details"):
        vault.cases.open(cast.supporter, NewCase(need="Hearing impairment", people=(PersonInput(Relation.PARENT, "JB", name="Jo Brown"),)))
    with pytest.raises(InvalidRequest, match="needs the parent's consent"):
        vault.cases.open(cast.supporter, NewCase(need="Hearing impairment", label="Brown family"))
    case = vault.cases.open(cast.supporter, NewCase(need="Hearing impairment", people=(PersonInput(Relation.CHILD, "m.b.", birth_date=date(2015, 9, 2)),)))
    assert case.code == "MB020915" and case.label is None
    child = vault.cases.details(cast.supporter, case.id).people[0]
    assert (child.initials, child.birth_date, child.name, child.age) == ("MB", date(2015, 9, 2), None, 10)


def test_withdrawing_consent_to_keep_details_erases_them(vault: Vault, cast: Cast) -> None:
    vault.cases.set_details_consent(cast.supporter, cast.own, given=False)
    details = vault.cases.details(cast.supporter, cast.own)
    assert details.summary.label is None and all(p.name is None and p.phone is None for p in details.people)
    assert {p.initials for p in details.people} == {"SW", "LW"}
    assert "Sarah" not in dump(vault)


def test_a_referral_from_a_professional_needs_the_parents_permission(vault: Vault, cast: Cast) -> None:
    with pytest.raises(InvalidRequest, match="needs the parent's permission"):
        vault.cases.open(cast.supporter, NewCase(need="Hearing impairment", referral_source="School or setting"))
    made = vault.cases.open(cast.supporter, NewCase(need="Hearing impairment", referral_source="School or setting", referrer_has_parent_permission=True))
    assert made.status == "open"


def test_a_sealed_field_moved_to_another_row_fails_to_open(vault: Vault, cast: Cast) -> None:
    first = vault.notes.add(cast.supporter, cast.own, "first note")
    second = vault.notes.add(cast.supporter, cast.own, "second note")
    with vault.database.engine.begin() as connection:
        body = connection.execute(text("SELECT body_sealed FROM notes WHERE id = :id"), {"id": first.id}).scalar_one()
        connection.execute(text("UPDATE notes SET body_sealed = :body WHERE id = :id"), {"body": body, "id": second.id})
    with pytest.raises(ContentUnavailable):
        vault.notes.read(cast.supporter, second.id)
