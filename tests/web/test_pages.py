"""The first journeys' pages as each role sees them, and the refusals: a case that is not the actor's
answers "Page not found", and the audit shows `denied` with no `viewed`."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from sqlalchemy import select
from vault_world import Cast

from vault.app import Vault
from vault.db.models import AuditEvent
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    GrantInput,
    NewDocument,
    RecipientKind,
)

SECTIONS = ("", "/documents", "/notes", "/consents", "/disclosures", "/returns", "/subject-access", "/case-studies", "/audit")


def _case_events(vault: Vault, case_id: str, actor_id: str) -> list[str]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.case_id == case_id, AuditEvent.actor_id == actor_id)))


def _title(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html)
    assert found
    return found.group(1)


def test_the_supporter_sees_every_section_of_their_family(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.notes.add(cast.supporter, cast.own, "Called Sarah about the annual review.")
    vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"%PDF-1.4 letter"), NewDocument(title="EP report", filename="ep.pdf"))
    vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient="Fellside Primary", decision=ConsentDecision.GIVEN,
        method=ConsentMethod.TELEPHONE, method_note="Sarah agreed by phone", obtained_on=date(2026, 6, 30), review_on=date(2026, 7, 20)))
    client = signed_in("sam")
    summary = client.get(f"/web/cases/{cast.own}")
    assert summary.status_code == 200
    assert "Whitfield family" in summary.text and "Sarah Whitfield" in summary.text and "27 Meadow Lane" in summary.text
    assert "14 March 2014" in summary.text and "Sam" in summary.text
    for part in SECTIONS:
        response = client.get(f"/web/cases/{cast.own}{part}")
        assert response.status_code == 200, part
        assert f'href="/web/cases/{cast.own}{part}" aria-current="page"' in response.text, part
        assert _title(response.text).endswith("– SEND vault")
    assert "Called Sarah about the annual review." in client.get(f"/web/cases/{cast.own}/notes").text
    documents = client.get(f"/web/cases/{cast.own}/documents").text
    assert "EP report" in documents and "Upload documents" in documents
    consents = client.get(f"/web/cases/{cast.own}/consents").text
    assert "Fellside Primary" in consents and "20 July 2026" in consents and "Sarah agreed by phone" in consents


@pytest.mark.parametrize("username", ["bea", "val"])
def test_another_family_is_not_found_and_the_refusal_is_audited(signed_in, cast: Cast, vault: Vault, username: str) -> None:  # type: ignore[no-untyped-def]
    client = signed_in(username)
    actor = {"bea": cast.other_supporter, "val": cast.volunteer}[username]
    for part in SECTIONS:
        response = client.get(f"/web/cases/{cast.own}{part}")
        assert response.status_code == 404, part
        assert "Page not found" in response.text and "Whitfield" not in response.text
    events = _case_events(vault, cast.own, actor.id)
    assert events and set(events) == {"denied"}  # and never `viewed`


def test_a_case_that_does_not_exist_looks_the_same(signed_in) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    for path in ("/web/cases/" + "0" * 32, "/web/cases/not-an-id/documents", "/web/nothing-here"):
        response = client.get(path)
        assert response.status_code == 404 and "Page not found" in response.text, path


def test_a_coordinator_sees_the_summary_by_reference_but_not_the_family(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("cora")
    summary = client.get(f"/web/cases/{cast.own}")
    assert summary.status_code == 200
    assert "Whitfield" not in summary.text and "Meadow Lane" not in summary.text
    assert "shown only to their supporter" in summary.text
    assert f'href="/web/cases/{cast.own}/documents"' not in summary.text  # not offered
    assert f'href="/web/cases/{cast.own}/audit"' in summary.text
    assert client.get(f"/web/cases/{cast.own}/documents").status_code == 404
    assert client.get(f"/web/cases/{cast.own}/audit").status_code == 200
    assert _case_events(vault, cast.own, cast.coordinator.id).count("denied") == 1


def test_a_parents_request_opens_what_it_names_to_a_volunteer(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.access.grant(cast.supporter, cast.own, GrantInput(grantee_id=cast.volunteer.id, request="Parent asked by phone",
                                                            include_details=True))
    client = signed_in("val")
    summary = client.get(f"/web/cases/{cast.own}")
    assert summary.status_code == 200 and "Sarah Whitfield" in summary.text
    assert client.get(f"/web/cases/{cast.own}/notes").status_code == 404


def test_my_cases_lists_the_supporters_families_only(signed_in, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    page = signed_in("sam").get("/web/cases").text
    assert "Whitfield family" in page and "Brown family" not in page
    assert "<title>My cases – SEND vault</title>" in page


def test_search_by_name_or_postcode_finds_only_what_the_actor_may_see(signed_in, cast: Cast, browser, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    found = client.get("/web/cases", params={"q": "leo whitfield"}).text
    assert "1 case found" in found and f"/web/cases/{cast.own}" in found
    assert "0 cases found" in client.get("/web/cases", params={"q": "Brown"}).text
    empty = client.get("/web/cases", params={"q": "   "})
    assert "There is a problem" in empty.text and "Enter a family name" in empty.text
    assert _title(empty.text).startswith("Error:")


def test_a_coordinator_finds_a_case_by_its_reference(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    reference = vault.cases.view(cast.coordinator, cast.own).reference
    client = signed_in("cora")
    page = client.get("/web/cases").text
    assert "<title>Cases – SEND vault</title>" in page and reference in page
    found = client.get("/web/cases", params={"q": reference.lower()}).text
    assert "1 case found" in found and f"/web/cases/{cast.own}" in found
    assert "0 cases found" in client.get("/web/cases", params={"q": "Whitfield"}).text


def test_the_dashboard_shows_what_needs_doing_for_each_role(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    document = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"report"), NewDocument(title="Report", filename="r.txt"))
    vault.returns.request(cast.supporter, document.id)
    details = vault.cases.details(cast.supporter, cast.own)
    parent = next(p for p in details.people if p.relation == "parent")
    vault.subject_access.record(cast.supporter, cast.own, subject_id=parent.id, requester_id=parent.id)
    vault.overrides.request(cast.coordinator, cast.other, concern="Worried", hours=4)
    reference = details.summary.reference

    supporter = signed_in("sam").get("/web/").text
    assert "Subject access requests" in supporter and "1 July 2026" in supporter and "1 August 2026" in supporter
    assert "Documents to return" in supporter and reference in supporter
    assert "Safeguarding overrides" not in supporter and "due for destruction" not in supporter

    from web_world import sign_in

    coordinator = signed_in("cora")
    sign_in(coordinator, "dev")
    text = coordinator.get("/web/").text
    assert "Safeguarding overrides awaiting a second coordinator" in text and "Cora" in text
    assert "Subject access requests" in text and "due for destruction" in text
    assert "Documents to return" not in text


def test_the_administrator_sees_a_dashboard_without_cases(signed_in, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("ada")
    page = client.get("/web/").text
    assert "Nothing needs doing today" in page and "/web/cases" not in page
    assert client.get(f"/web/cases/{cast.own}").status_code == 404


def test_navigation_is_by_role_and_shows_who_is_signed_in(signed_in) -> None:  # type: ignore[no-untyped-def]
    page = signed_in("cora").get("/web/cases").text
    assert "Signed in as cora (Coordinator)" in page
    assert re.search(r'aria-current="page">\s*<strong[^>]*>Cases</strong>', page)
    assert '<a href="#main-content" class="govuk-skip-link"' in page and 'id="main-content"' in page
    assert "govuk-phase-banner" in page
