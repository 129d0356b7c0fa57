"""The operations that belong to no family (lists, staff, enquiries, reports, the audit check) × every
role: allowed ones answer and write one event; refused ones answer 403 (nothing to hide about a
report's existence) and write one ``denied`` event."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from sqlalchemy import select
from vault_world import Cast, login_headers

from vault.app import Vault
from vault.db.models import AuditEvent
from vault.services import GrantInput, GrantKind

USERS = {"parental_supporter": "sam", "coordinator": "cora", "volunteer": "val", "administrator": "ada"}

OPS: list[tuple[str, Callable[[httpx.Client], httpx.Response], int, str, set[str]]] = [
    ("list_cases", lambda h: h.get("/cases"), 200, "listed", {"parental_supporter", "coordinator", "volunteer"}),
    ("list_staff", lambda h: h.get("/staff"), 200, "listed", {"coordinator", "administrator"}),
    ("add_staff", lambda h: h.post("/staff", json={"username": "newcomer", "role": "volunteer", "password": "a long password here"}), 201, "created", {"administrator"}),
    ("record_enquiry", lambda h: h.post("/enquiries", json={"topic": "Exclusion", "outcome": "Advice given", "channel": "Telephone"}), 201, "created",
     {"parental_supporter", "coordinator", "volunteer"}),
    ("list_enquiries", lambda h: h.get("/enquiries", params={"start": "2026-07-01", "end": "2026-09-30"}), 200, "listed", {"parental_supporter", "coordinator"}),
    ("consent_review_report", lambda h: h.get("/reports/consent-review"), 200, "listed", {"parental_supporter", "coordinator"}),
    ("override_report", lambda h: h.get("/reports/overrides"), 200, "listed", {"coordinator"}),
    ("retention_report", lambda h: h.get("/reports/retention"), 200, "listed", {"coordinator"}),
    ("subject_access_report", lambda h: h.get("/reports/subject-access"), 200, "listed", {"coordinator"}),
    ("statistics", lambda h: h.get("/reports/statistics", params={"quarter": "2026-Q3"}), 200, "exported", {"coordinator"}),
    ("verify_audit", lambda h: h.get("/audit/verify"), 200, "verified", {"coordinator", "administrator"}),
]


@pytest.mark.parametrize("role", sorted(USERS))
@pytest.mark.parametrize(("name", "call", "status", "action", "allowed"), OPS, ids=[op[0] for op in OPS])
def test_service_operations(client: httpx.Client, vault: Vault, cast: Cast, role: str, name: str,
                            call: Callable[[httpx.Client], httpx.Response], status: int, action: str, allowed: set[str]) -> None:
    client.headers.update(login_headers(client, USERS[role]))
    actor = cast.by_role(role)
    with vault.database.session() as session:
        before = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
    response = call(client)
    with vault.database.session() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.seq > before)))
    assert [e.actor_id for e in events] == [actor.id]
    if role in allowed:
        assert response.status_code == status, response.text
        assert events[0].action == action
    else:
        assert response.status_code == 403, response.text
        assert events[0].action == "denied" and events[0].case_id is None


def test_each_role_lists_its_own_cases(client: httpx.Client, vault: Vault, cast: Cast) -> None:
    vault.access.grant(cast.supporter, cast.own, GrantInput(grantee_id=cast.volunteer.id, request="Referral to IPS, parent agreed 30 June", kind=GrantKind.REFERRAL))
    cases = {role: client.get("/cases", headers=login_headers(client, user)).json() for role, user in USERS.items() if role != "administrator"}
    assert [(c["id"], c["label"], c["code"]) for c in cases["parental_supporter"]] == [(cast.own, "Whitfield family", "LW140314")]
    assert [(c["id"], c["label"]) for c in cases["volunteer"]] == [(cast.own, None)]  # referred, without the details
    assert sorted(c["id"] for c in cases["coordinator"]) == sorted([cast.own, cast.other])
    assert all(c["label"] is None and c["code"] is None for c in cases["coordinator"])  # managed by reference only
    listed = client.get("/cases", headers=login_headers(client, "bea")).json()
    assert [c["id"] for c in listed] == [cast.other]


def test_a_volunteer_sees_only_the_documents_the_parent_shared(vault: Vault, cast: Cast) -> None:
    import io

    from vault.services import NewDocument

    shared = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"a"), NewDocument(title="Report", filename="r.pdf"))
    vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"b"), NewDocument(title="Medical letter", filename="m.pdf"))
    vault.access.grant(cast.supporter, cast.own, GrantInput(grantee_id=cast.volunteer.id, request="Parent asked on the phone", kind=GrantKind.REFERRAL, document_ids=(shared.id,)))
    assert [d.id for d in vault.documents.list(cast.volunteer, cast.own)] == [shared.id]
    assert len(vault.documents.list(cast.supporter, cast.own)) == 2
