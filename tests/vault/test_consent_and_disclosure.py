"""Consent as the parent gave it, how it was obtained, reviewed; disclosure only under it."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest
from vault_world import Cast, login_headers

from vault.app import Vault
from vault.clock import FixedClock
from vault.errors import DisclosureBlocked, InvalidRequest
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    DisclosureInput,
    RecipientKind,
)

LA = "LA SEN team"


def consent(decision: ConsentDecision, *, kind: RecipientKind = RecipientKind.ORGANISATION, recipient: str | None = LA,
            purpose: str | None = None, roles: tuple[str, ...] = (), method: ConsentMethod = ConsentMethod.EMAIL,
            **extra: object) -> ConsentInput:
    return ConsentInput(recipient_kind=kind, recipient=recipient, purpose=purpose, decision=decision, roles=roles,
                        method=method, obtained_on=date(2026, 6, 30), **extra)  # type: ignore[arg-type]


def share(vault: Vault, cast: Cast, *, organisation: str = LA, role: str | None = None) -> str:
    return vault.disclosures.disclose(
        cast.supporter, cast.own, DisclosureInput(organisation=organisation, purpose="EHC needs assessment", shared="report", recipient_role=role)
    ).id


def test_how_consent_was_obtained_is_required(vault: Vault, cast: Cast) -> None:
    with pytest.raises(InvalidRequest, match="noted by the member of staff"):
        vault.consents.record(cast.supporter, cast.own, consent(ConsentDecision.GIVEN, method=ConsentMethod.TELEPHONE))
    with pytest.raises(InvalidRequest, match="signed, dated form"):
        vault.consents.record(cast.supporter, cast.own, consent(ConsentDecision.GIVEN, method=ConsentMethod.IN_PERSON))
    with pytest.raises(InvalidRequest, match="lists the professional roles"):
        vault.consents.record(cast.supporter, cast.own, consent(ConsentDecision.RESTRICTED, kind=RecipientKind.ANYONE, recipient=None))
    with pytest.raises(InvalidRequest, match="held on this case"):
        vault.consents.record(cast.supporter, cast.own, consent(ConsentDecision.GIVEN, method=ConsentMethod.IN_PERSON, form_document_id="0" * 32))


def test_consent_in_person_points_at_the_signed_form(client: httpx.Client, cast: Cast) -> None:
    sam = login_headers(client, "sam")
    form = client.post(f"/cases/{cast.own}/documents", content=b"%PDF signed form", headers={**sam, "X-Title": "Consent%20form", "X-Filename": "consent.pdf", "Content-Type": "application/pdf"}).json()
    made = client.post(f"/cases/{cast.own}/consents", headers=sam, json={
        "recipient_kind": "organisation", "recipient": LA, "decision": "given", "method": "in_person",
        "obtained_on": "2026-06-30", "form_document_id": form["id"]})
    assert made.status_code == 201, made.text
    assert made.json()["form_document_id"] == form["id"] and made.json()["review_on"] == "2027-06-30"


def test_refused_withdrawn_restricted_and_missing_consent_each_block_with_a_reason(client: httpx.Client, cast: Cast, clock: FixedClock) -> None:
    sam = login_headers(client, "sam")

    def record(**body: object) -> None:
        clock.advance(timedelta(minutes=5))  # decisions come one after another
        response = client.post(f"/cases/{cast.own}/consents", headers=sam, json={"method": "email", "obtained_on": "2026-06-30", **body})
        assert response.status_code == 201, response.text

    def disclose(organisation: str, role: str | None = None) -> httpx.Response:
        return client.post(f"/cases/{cast.own}/disclosures", headers=sam, json={
            "organisation": organisation, "purpose": "EHC needs assessment", "shared": "report", "recipient_role": role})

    missing = disclose("Fellside Primary School")
    assert missing.status_code == 409 and missing.json()["code"] == "missing"
    record(recipient_kind="organisation", recipient="Fellside Primary School", decision="refused")
    refused = disclose("Fellside Primary School")
    assert refused.json()["code"] == "refused" and "refused consent" in refused.json()["detail"]
    record(recipient_kind="organisation", recipient=LA, decision="restricted", roles=["Educational psychologist"])
    assert disclose(LA, "Educational psychologist").status_code == 201
    restricted = disclose(LA, "Social worker")
    assert restricted.json()["code"] == "restricted" and "Educational psychologist" in restricted.json()["detail"]
    record(recipient_kind="organisation", recipient=LA, decision="withdrawn")
    withdrawn = disclose(LA, "Educational psychologist")
    assert withdrawn.json()["code"] == "withdrawn"

    history = client.get(f"/cases/{cast.own}/consents", headers=sam).json()
    assert [(c["decision"], c["current"]) for c in history] == [("refused", True), ("restricted", False), ("withdrawn", True)]
    shared = client.get(f"/cases/{cast.own}/disclosures", headers=sam).json()
    assert len(shared) == 1 and shared[0]["recipient_role"] == "Educational psychologist"
    assert shared[0]["consent_id"] == history[1]["id"] and "CONFIDENTIAL" in shared[0]["handling"]


def test_a_safeguarding_disclosure_needs_no_consent_but_is_marked(vault: Vault, cast: Cast) -> None:
    with pytest.raises(DisclosureBlocked):
        share(vault, cast, organisation="Children's social care")
    override = vault.overrides.request(cast.supporter, cast.own, concern="Child disclosed harm at the meeting")
    vault.overrides.approve(cast.coordinator, override.id)
    disclosure = vault.disclosures.disclose(
        cast.supporter, cast.own,
        DisclosureInput(organisation="Children's social care", purpose="Child protection referral", shared="Meeting notes", override_id=override.id),
    )
    assert disclosure.override_id == override.id and disclosure.consent_id is None
    with pytest.raises(InvalidRequest, match="not yours"):
        vault.disclosures.disclose(cast.other_supporter, cast.other, DisclosureInput(organisation="X", purpose="Y", shared="Z", override_id=override.id))


def test_consents_due_for_review_are_listed(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    given = vault.consents.record(cast.supporter, cast.own, consent(ConsentDecision.GIVEN, review_on=date(2026, 7, 20)))
    vault.consents.record(cast.supporter, cast.own, consent(ConsentDecision.REFUSED, recipient="School"))
    vault.consents.record(cast.other_supporter, cast.other, consent(ConsentDecision.GIVEN))  # review due 2027
    due = vault.consents.due_for_review(cast.coordinator, within_days=30)
    assert [(d.consent_id, d.overdue) for d in due] == [(given.id, False)]
    assert vault.consents.due_for_review(cast.other_supporter, within_days=30) == []  # not bea's case
    clock.advance(timedelta(days=25))
    assert vault.consents.due_for_review(cast.supporter, within_days=0)[0].overdue
    vault.consents.record(cast.supporter, cast.own, consent(ConsentDecision.GIVEN, review_on=date(2027, 7, 1)))
    assert vault.consents.due_for_review(cast.coordinator, within_days=30) == []  # reviewed: the new decision replaces it
