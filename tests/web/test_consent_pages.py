"""Consent and sharing through the pages (TestClient over the real app): every decision, the signed
form uploaded with the form, validation that keeps what was typed, a withdrawal, and sharing allowed
under consent or refused with the service's reason; each only for the family's supporter."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select
from vault_world import Cast
from web_world import csrf_of

from vault.app import Vault
from vault.db.models import AuditEvent
from vault.services import NewDocument

SCAN = b"%PDF-1.4\n" + b"signed form " * 200 + b"\n%%EOF"


def _actions(vault: Vault, case_id: str, actor_id: str) -> list[str]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.case_id == case_id, AuditEvent.actor_id == actor_id)))


def _consent(client, case_id: str, fields: dict[str, str], file: tuple[str, bytes] | None = None):  # type: ignore[no-untyped-def]
    token = csrf_of(client.get(f"/web/cases/{case_id}/consents/new").text)
    files = [("form_file", (file[0], file[1], "application/pdf"))] if file else [("form_file", ("", b"", "application/octet-stream"))]
    return client.post(f"/web/cases/{case_id}/consents/new", data={"csrf_token": token, **fields}, files=files)


GIVEN = {"recipient_kind": "organisation", "recipient": "Fellside Primary", "purpose": "annual review", "decision": "given",
         "method": "telephone", "method_note": "Sarah agreed on the phone", "obtained_on-day": "30",
         "obtained_on-month": "6", "obtained_on-year": "2026", "review_on-day": "1", "review_on-month": "12",
         "review_on-year": "2026"}


def test_a_decision_by_telephone_is_recorded_with_its_review_date(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    response = _consent(client, cast.own, GIVEN)
    assert response.status_code == 303 and response.headers["location"] == f"/web/cases/{cast.own}/consents?recorded=true"
    page = client.get(response.headers["location"]).text
    assert "decision is recorded" in page, page[page.find("<main"):][:1500]
    assert "Fellside Primary" in page and "1 December 2026" in page
    [view] = vault.consents.history(cast.supporter, cast.own)
    assert (view.decision, view.method, view.review_on.isoformat(), view.method_note) == ("given", "telephone", "2026-12-01",
                                                                                          "Sarah agreed on the phone")


def test_consent_in_person_takes_the_signed_form_uploaded_with_it(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    fields = {**GIVEN, "method": "in_person", "method_note": "", "decision": "restricted", "roles": "SENCo, educational psychologist"}
    response = _consent(client, cast.own, fields, ("signed.pdf", SCAN))
    assert response.status_code == 303, response.text
    [view] = vault.consents.history(cast.supporter, cast.own)
    assert view.roles == ["SENCo", "educational psychologist"] and view.form_document_id
    [form] = vault.documents.list(cast.supporter, cast.own)
    assert (form.id, form.title, form.kind) == (view.form_document_id, "Signed consent form (Fellside Primary)", "pdf")
    assert "Signed form" in client.get(f"/web/cases/{cast.own}/consents").text


def test_a_form_with_problems_keeps_what_was_typed_and_stores_no_file(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    fields = {**GIVEN, "decision": "restricted", "obtained_on-month": "13", "recipient": ""}
    response = _consent(client, cast.own, fields, ("signed.pdf", SCAN))
    assert response.status_code == 400
    text = response.text
    assert "<title>Error: Consents" in text
    for message in ("Enter the professional roles the parent allows", "must be a real date", "Enter the organisation or professional role"):
        assert message in text, message
    assert 'value="annual review"' in text and "Sarah agreed on the phone" in text
    assert vault.documents.list(cast.supporter, cast.own) == []  # nothing kept for a form that was not whole
    missing = _consent(client, cast.own, {**GIVEN, "method": "in_person", "method_note": ""})
    assert "The consent was not recorded: consent in person needs the signed, dated form" in missing.text


def test_the_service_refusing_after_the_form_was_stored_loses_nothing(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    future = {**GIVEN, "method": "in_person", "obtained_on-year": "2027"}
    response = _consent(client, cast.own, future, ("signed.pdf", SCAN))
    assert response.status_code == 400 and "consent cannot be obtained in the future" in response.text
    [kept] = vault.documents.list(cast.supporter, cast.own)
    assert f'<option value="{kept.id}" selected>' in response.text and "you do not need to upload it again" in response.text


def test_a_withdrawal_replaces_the_decision_and_sharing_then_is_refused_with_the_reason(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    letter = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"%PDF-1.4 report"), NewDocument(title="EP report", filename="ep.pdf"))
    _consent(client, cast.own, GIVEN)
    share_form = client.get(f"/web/cases/{cast.own}/disclosures/new?document={letter.id}")
    assert f'value="{letter.id}" checked' in share_form.text
    fields = {"csrf_token": csrf_of(share_form.text), "organisation": "Fellside Primary", "purpose": "annual review",
              "shared": "The EP report", "method": "email", "document_ids": letter.id}
    shared = client.post(f"/web/cases/{cast.own}/disclosures/new", data=fields)
    assert shared.status_code == 303
    done = client.get(shared.headers["location"]).text
    assert "Shared with Fellside Primary and recorded" in done and "CONFIDENTIAL" in done
    consents = client.get(f"/web/cases/{cast.own}/consents").text
    assert "Record a withdrawal" in consents and "decision=withdrawn" in consents
    withdrawn = _consent(client, cast.own, {**GIVEN, "decision": "withdrawn", "review_on-day": "", "review_on-month": "", "review_on-year": ""})
    assert withdrawn.status_code == 303
    refused = client.post(f"/web/cases/{cast.own}/disclosures/new", data=fields)
    assert refused.status_code == 409
    assert "Not shared: the parent withdrew consent" in refused.text and "Nothing was shared" in refused.text
    assert len(vault.disclosures.list(cast.supporter, cast.own)) == 1
    assert "refused" in _actions(vault, cast.own, cast.supporter.id)


@pytest.mark.parametrize("username", ["bea", "cora", "val"])
def test_only_the_familys_supporter_records_or_shares(signed_in, cast: Cast, vault: Vault, username: str) -> None:  # type: ignore[no-untyped-def]
    client = signed_in(username)
    token = csrf_of(client.get("/web/").text)
    for path in ("consents/new", "disclosures/new"):
        assert client.get(f"/web/cases/{cast.own}/{path}").status_code == 404
    assert client.post(f"/web/cases/{cast.own}/disclosures/new", data={"csrf_token": token, "organisation": "X", "purpose": "y",
                                                                        "shared": "z", "method": "email"}).status_code == 404
    response = client.post(f"/web/cases/{cast.own}/consents/new", data={"csrf_token": token, **GIVEN},
                           files=[("form_file", ("a.pdf", SCAN, "application/pdf"))])
    assert response.status_code == 404
    assert vault.consents.history(cast.supporter, cast.own) == [] and vault.documents.list(cast.supporter, cast.own) == []
