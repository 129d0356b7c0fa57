"""The access matrix: every case operation of the API × every role × (own case / another case /
under a safeguarding override), and disclosures with and without consent. Each cell asserts the HTTP
answer AND the exact audit events the call wrote:

- allowed: one event, by the actor, with the expected action and target (marked with the override's
  id when the override is what allowed it);
- denied: 404 (as if nothing were there), one ``denied`` event naming actor and target, and no
  ``viewed`` event at all;
- a disclosure no consent covers: 409 with the reason, and one ``refused`` event.

Expectations are written out by hand below (not derived from the policy code they check).
Table columns: own case / other case / under override. A = allowed, O = allowed and marked as
under the override, D = denied, R = refused for want of consent, - = cannot arise (an administrator
cannot hold an override: they may not even ask for one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import httpx
import pytest
from case_study_world import attach_case_studies
from matrix_world import ACTING, CONSENTED_PURPOSE, LA, CaseWorld, World, build_world
from sqlalchemy import select
from vault_world import START, TEST_RULES, LiveServer, login_headers, reviewed

from storage import Keyring, MemoryStore
from vault.app import Vault
from vault.clock import FixedClock
from vault.db import Database, upgrade
from vault.db.models import AuditEvent
from vault.ids import SeededIds
from vault.jobs import JobRunner

ROLES = ("parental_supporter", "coordinator", "volunteer", "administrator", "parent", "child")
FAMILY = ("parent", "child")  # the parent portal's accounts on case A: they never hold an override
SITUATIONS = ("own", "other", "override")

Call = Callable[[httpx.Client, CaseWorld, World], httpx.Response]
TargetOf = Callable[[CaseWorld, dict[str, Any]], tuple[str, str]]


@dataclass(frozen=True)
class Op:
    name: str
    call: Call
    status: int
    action: str  # the audit action when allowed
    allowed_target: TargetOf
    denied_target: Callable[[CaseWorld], tuple[str, str]]
    table: dict[str, str]  # role -> expectations for own / other / override
    # what the world needs just before the call, done as someone else and left out of the events checked
    prepare: Callable[[Vault, CaseWorld, World], None] | None = None
    job: str | None = None  # a job: the audit action its body records when a worker runs it


def case_target(c: CaseWorld, _r: dict[str, Any] | None = None) -> tuple[str, str]:
    return ("case", c.case_id)


def created(kind: str) -> TargetOf:
    return lambda _c, response: (kind, response["id"])


def fixed(kind: str, attribute: str) -> Callable[..., tuple[str, str]]:
    return lambda c, _r=None: (kind, getattr(c, attribute))


def study(attribute: str) -> Callable[..., tuple[str, str]]:
    return lambda c, _r=None: ("case_study", getattr(c.study, attribute))


def upload(http: httpx.Client, c: CaseWorld, _w: World) -> httpx.Response:
    return http.post(f"/cases/{c.case_id}/documents", content=b"new letter", headers={"X-Title": "Letter", "X-Filename": "letter.txt", "Content-Type": "text/plain"})


def disclose(purpose: str) -> Call:
    body = {"organisation": LA, "purpose": purpose, "shared": "The school report", "method": "email"}
    return lambda http, c, _w: http.post(f"/cases/{c.case_id}/disclosures", json=body)


NO = {"administrator": "DD-"}
OPS = [
    Op("view_case", lambda h, c, w: h.get(f"/cases/{c.case_id}"), 200, "viewed", case_target, case_target,
       {"parental_supporter": "ADO", "coordinator": "AAA", "volunteer": "ADO", **NO}),
    Op("case_details", lambda h, c, w: h.get(f"/cases/{c.case_id}/details"), 200, "viewed", case_target, case_target,
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "ADO", **NO}),
    Op("list_documents", lambda h, c, w: h.get(f"/cases/{c.case_id}/documents"), 200, "listed", case_target, case_target,
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "ADO", **NO}),
    Op("describe_shared_document", lambda h, c, w: h.get(f"/documents/{c.shared_doc}"), 200, "viewed",
       fixed("document", "shared_doc"), fixed("document", "shared_doc"),
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "ADO", **NO}),
    Op("download_shared_document", lambda h, c, w: h.get(f"/documents/{c.shared_doc}/content"), 200, "viewed",
       fixed("document", "shared_doc"), fixed("document", "shared_doc"),
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "ADO", **NO}),
    Op("download_unshared_document", lambda h, c, w: h.get(f"/documents/{c.unshared_doc}/content"), 200, "viewed",
       fixed("document", "unshared_doc"), fixed("document", "unshared_doc"),
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "DDO", **NO}),
    Op("list_notes", lambda h, c, w: h.get(f"/cases/{c.case_id}/notes"), 200, "listed", case_target, case_target,
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "DDO", **NO}),
    Op("read_note", lambda h, c, w: h.get(f"/notes/{c.note}"), 200, "viewed", fixed("note", "note"), fixed("note", "note"),
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "DDO", **NO}),
    Op("consent_history", lambda h, c, w: h.get(f"/cases/{c.case_id}/consents"), 200, "listed", case_target, case_target,
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "ADO", **NO}),
    Op("list_disclosures", lambda h, c, w: h.get(f"/cases/{c.case_id}/disclosures"), 200, "listed", case_target, case_target,
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "DDO", **NO}),
    Op("list_grants", lambda h, c, w: h.get(f"/cases/{c.case_id}/grants"), 200, "listed", case_target, case_target,
       {"parental_supporter": "ADD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("list_returns", lambda h, c, w: h.get(f"/cases/{c.case_id}/return-requests"), 200, "listed", case_target, case_target,
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("add_person", lambda h, c, w: h.post(f"/cases/{c.case_id}/people", json={"relation": "child", "initials": "AW", "birth_date": "2018-02-01"}),
       201, "created", created("person"), case_target,
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("upload_document", upload, 201, "uploaded", created("document"), case_target,
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("add_note", lambda h, c, w: h.post(f"/cases/{c.case_id}/notes", json={"body": "Called the school."}), 201, "created",
       created("note"), case_target,
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "DDO", **NO}),
    Op("record_consent", lambda h, c, w: h.post(f"/cases/{c.case_id}/consents", json={
        "recipient_kind": "role", "recipient": "Educational psychologist", "decision": "given", "method": "email", "obtained_on": "2026-06-29"}),
       201, "recorded", created("consent"), case_target,
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("disclose_with_consent", disclose(CONSENTED_PURPOSE), 201, "shared", created("disclosure"), case_target,
       {"parental_supporter": "ADO", "coordinator": "DDO", "volunteer": "DDO", **NO}),
    Op("disclose_without_consent", disclose("Tribunal appeal"), 201, "shared", created("disclosure"), case_target,
       {"parental_supporter": "RDO", "coordinator": "DDO", "volunteer": "DDO", **NO}),
    Op("grant_access", lambda h, c, w: h.post(f"/cases/{c.case_id}/grants", json={
        "grantee_id": w.staff["newbie"].id, "request": "Parent asked by phone that newbie covers the meeting.", "include_notes": True}),
       201, "granted", created("grant"), case_target,
       {"parental_supporter": "ADD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("assign_supporter", lambda h, c, w: h.post(f"/cases/{c.case_id}/assignments", json={"staff_id": w.staff["newbie"].id}),
       204, "assigned", case_target, case_target,
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("request_override", lambda h, c, w: h.post(f"/cases/{c.case_id}/overrides", json={"concern": "Bruising seen at the meeting."}),
       201, "requested", created("override"), case_target,
       {"parental_supporter": "AAA", "coordinator": "AAA", "volunteer": "AAA", **NO}),
    Op("request_return", lambda h, c, w: h.post(f"/documents/{c.shared_doc}/return-requests"), 201, "requested",
       created("return_request"), fixed("document", "shared_doc"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("withdraw_return", lambda h, c, w: h.post(f"/return-requests/{c.withdrawable_return}/withdraw"), 200, "withdrawn",
       fixed("return_request", "withdrawable_return"), fixed("return_request", "withdrawable_return"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("set_document_flags", lambda h, c, w: h.patch(f"/documents/{c.shared_doc}", json={"keep_on_file": True}), 200, "updated",
       fixed("document", "shared_doc"), fixed("document", "shared_doc"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("list_subject_access", lambda h, c, w: h.get(f"/cases/{c.case_id}/subject-access-requests"), 200, "listed",
       case_target, case_target,
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("release_return", lambda h, c, w: h.post(f"/return-requests/{c.return_request}/release", json={"to": "solicitor", "solicitor": "A. Jones, Jones & Co"}),
       200, "released", fixed("return_request", "return_request"), fixed("return_request", "return_request"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("complete_return", lambda h, c, w: h.post(f"/return-requests/{c.released_return}/complete"), 200, "destroyed",
       fixed("document", "released_doc"), fixed("return_request", "released_return"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("record_subject_access", lambda h, c, w: h.post(f"/cases/{c.case_id}/subject-access-requests", json={"subject_id": c.child, "requester_id": c.parent, "child_agreed": True}),
       201, "requested", created("subject_access"), case_target,
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("export_subject_access", lambda h, c, w: h.post(f"/subject-access-requests/{c.subject_access}/archive"), 200, "exported",
       fixed("subject_access", "subject_access"), fixed("subject_access", "subject_access"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO},
       # the earlier operations added notes and documents: reviewed again by the case's supporter first
       prepare=lambda v, c, w: reviewed(v, w.staff["sam" if c is w.a else "bea"], c.subject_access)),
    # The review of other people's information reads the family's content: their supporter only.
    Op("subject_access_items", lambda h, c, w: h.get(f"/subject-access-requests/{c.subject_access}/items"), 200, "listed",
       fixed("subject_access", "subject_access"), fixed("subject_access", "subject_access"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("subject_access_decide", lambda h, c, w: h.post(f"/subject-access-requests/{c.subject_access}/items/1/decision",
                                                       json={"decision": "keep", "reason": "the family's own letter"}),
       200, "recorded", fixed("subject_access", "subject_access"), fixed("subject_access", "subject_access"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("subject_access_extend", lambda h, c, w: h.post(f"/subject-access-requests/{c.subject_access}/extension",
                                                       json={"months": 1, "reason": "records from three schools"}),
       200, "updated", fixed("subject_access", "subject_access"), fixed("subject_access", "subject_access"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("subject_access_hand_over", lambda h, c, w: h.post(f"/subject-access-requests/{c.subject_access}/hand-over",
                                                          json={"note": "given in person"}),
       200, "released", fixed("subject_access", "subject_access"), fixed("subject_access", "subject_access"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("view_override", lambda h, c, w: h.get(f"/overrides/{c.pending_override}"), 200, "viewed",
       fixed("override", "pending_override"), fixed("override", "pending_override"),
       {"parental_supporter": "ADD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("approve_override", lambda h, c, w: h.post(f"/overrides/{c.pending_override}/approve"), 200, "approved",
       fixed("override", "pending_override"), fixed("override", "pending_override"),
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("end_override", lambda h, c, w: h.post(f"/overrides/{c.pending_override}/end"), 200, "ended",
       fixed("override", "pending_override"), fixed("override", "pending_override"),
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("place_legal_hold", lambda h, c, w: h.put(f"/cases/{c.case_id}/legal-hold", json={"on": True, "reason": "Tribunal pending"}),
       204, "held", case_target, case_target,
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("end_grant", lambda h, c, w: h.delete(f"/grants/{c.grant}"), 204, "revoked", fixed("grant", "grant"), fixed("grant", "grant"),
       {"parental_supporter": "ADD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    # Case studies: the family's supporter drafts and reviews; a coordinator reads only accepted ones and
    # publishes; neither a parent's request (val's referral) nor a safeguarding override opens a draft.
    Op("list_case_studies", lambda h, c, w: h.get(f"/cases/{c.case_id}/case-studies"), 200, "listed", case_target, case_target,
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("read_case_study", lambda h, c, w: h.get(f"/case-studies/{c.study.draft}"), 200, "viewed",
       study("draft"), study("draft"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("read_draft_rendering", lambda h, c, w: h.get(f"/case-studies/{c.study.draft}/items/1/content"), 200, "viewed",
       study("draft"), study("draft"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    # Drafting, revising, confirming (which runs it again) and publishing are jobs: 202 and a ``requested``
    # event on the job; then a worker runs it and the operation's own event follows.
    Op("draft_case_study", lambda h, c, w: h.post(f"/cases/{c.case_id}/case-studies", json={"title": "A call about a review", "note_ids": [c.note]}),
       202, "requested", created("job"), case_target,
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}, job="created"),
    Op("revise_case_study", lambda h, c, w: h.post(f"/case-studies/{c.study.draft}/revisions", json={"terms": ["Tuesday"]}), 202, "requested",
       created("job"), study("draft"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}, job="updated"),
    Op("review_case_study", lambda h, c, w: h.get(f"/case-studies/{c.study.to_review}/review"), 200, "viewed",
       study("to_review"), study("to_review"),
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("read_accepted_rendering", lambda h, c, w: h.get(f"/case-studies/{c.study.to_review}/items/1/content"), 200, "viewed",
       study("to_review"), study("to_review"),
       {"parental_supporter": "ADD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    # A coordinator lists what the second reader left in an accepted one (with the supporter's decisions),
    # dismisses one, and confirms one in another (which sends that case study back to its supporter).
    Op("review_suspects", lambda h, c, w: h.get(f"/case-studies/{c.study.to_review}/review/suspects"), 200, "viewed",
       study("to_review"), study("to_review"),
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("review_dismiss_suspect",
       lambda h, c, w: h.post(f"/case-studies/{c.study.to_review}/review/suspects/{c.study.suspects[0]}/dismiss"),
       200, "dismissed", study("to_review"), study("to_review"),
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("review_confirm_suspect",
       lambda h, c, w: h.post(f"/case-studies/{c.study.to_confirm}/review/suspects/{c.study.suspects[1]}/confirm"),
       200, "confirmed", study("to_confirm"), study("to_confirm"),
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("send_back_case_study", lambda h, c, w: h.post(f"/case-studies/{c.study.to_review}/send-back", json={"reason": "Say less about the school."}),
       200, "rejected", study("to_review"), study("to_review"),
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    # What the second reader left (two suspects in every case study of the world's note): the supporter
    # lists, dismisses one and confirms the other (a new run without it) before accepting.
    Op("list_suspects", lambda h, c, w: h.get(f"/case-studies/{c.study.draft}/suspects"), 200, "viewed",
       study("draft"), study("draft"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("dismiss_suspect", lambda h, c, w: h.post(f"/case-studies/{c.study.draft}/suspects/{c.study.suspects[0]}/dismiss"),
       200, "dismissed", study("draft"), study("draft"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("confirm_suspect", lambda h, c, w: h.post(f"/case-studies/{c.study.draft}/suspects/{c.study.suspects[1]}/confirm"),
       202, "requested", created("job"), study("draft"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}, job="confirmed"),
    Op("accept_case_study", lambda h, c, w: h.post(f"/case-studies/{c.study.draft}/accept"), 200, "accepted",
       study("draft"), study("draft"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("publish_case_study", lambda h, c, w: h.post(f"/case-studies/{c.study.to_publish}/publish"), 202, "requested",
       created("job"), study("to_publish"),
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}, job="published"),
    Op("unpublish_case_study", lambda h, c, w: h.post(f"/case-studies/{c.study.published}/unpublish"), 204, "withdrawn",
       study("published"), study("published"),
       {"parental_supporter": "DDD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
    Op("discard_case_study", lambda h, c, w: h.post(f"/case-studies/{c.study.draft}/discard"), 200, "destroyed",
       study("draft"), study("draft"),
       {"parental_supporter": "ADD", "coordinator": "DDD", "volunteer": "DDD", **NO}),
    Op("close_case", lambda h, c, w: h.post(f"/cases/{c.case_id}/close", json={"outcome": "Resolved"}), 200, "closed",
       case_target, case_target,
       {"parental_supporter": "ADD", "coordinator": "AAA", "volunteer": "DDD", **NO}),
]


# The family (parent portal accounts on case A): nothing on any other case, whatever the id; on their
# own case, the portal's actions only, and for the child only what they gave (sam uploaded these).
# Every operation not listed here is "DD-" for both.
FAMILY_TABLE: dict[str, dict[str, str]] = {
    "view_case": {"parent": "AD-", "child": "AD-"},
    "list_documents": {"parent": "AD-", "child": "AD-"},  # a child's list holds only what they gave
    "describe_shared_document": {"parent": "AD-"},
    "download_shared_document": {"parent": "AD-"},
    "download_unshared_document": {"parent": "AD-"},
    "consent_history": {"parent": "AD-"},
    "list_returns": {"parent": "AD-"},
    "upload_document": {"parent": "AD-", "child": "AD-"},
    "record_consent": {"parent": "AD-"},
    "request_return": {"parent": "AD-"},
    "withdraw_return": {"parent": "AD-"},
}
OPS = [replace(op, table={"parent": "DD-", "child": "DD-", **FAMILY_TABLE.get(op.name, {}), **op.table}) for op in OPS]


def test_the_table_covers_every_role_and_situation() -> None:
    for op in OPS:
        assert set(op.table) == set(ROLES), op.name
        assert all(len(row) == 3 and set(row) <= set("AODR-") for row in op.table.values()), op.name


@dataclass
class MatrixRun:
    vault: Vault
    world: World
    role: str
    situation: str
    headers: dict[str, str]


RUNS = [(role, situation) for role in ROLES for situation in SITUATIONS
        if not (role in ("administrator", *FAMILY) and situation == "override")]
PARAMS = [
    pytest.param((backend, role, situation), id=f"{backend}-{role}-{situation}", marks=[pytest.mark.integration] if backend == "postgresql" else [])
    for backend in ("sqlite", "postgresql")
    for role, situation in RUNS
]


@pytest.fixture(scope="module", params=PARAMS)
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, live_server: LiveServer) -> Iterator[MatrixRun]:
    backend, role, situation = request.param
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('matrix') / 'vault.sqlite'}"
        database = Database(url)
        upgrade(database.engine)
    else:
        database = Database(request.getfixturevalue("postgres_database")())
    vault = Vault(database=database, keyring=Keyring.generate(), backend=MemoryStore(), rules=TEST_RULES, clock=FixedClock(START), ids=SeededIds(11))
    world = build_world(vault, actor_role=role, situation=situation)
    attach_case_studies(vault, world)
    live_server.app.state.vault = vault
    with httpx.Client(base_url=live_server.url) as http:
        headers = family_headers(http, world, ACTING[role]) if role in FAMILY else login_headers(http, ACTING[role])
    yield MatrixRun(vault, world, role, situation, headers)
    live_server.app.state.vault = None
    database.dispose()


def family_headers(http: httpx.Client, world: World, username: str) -> dict[str, str]:
    """A family member signs in through the API: passphrase and the app's next code (the current one set it up)."""
    from family_world import PASSPHRASE

    from vault.services import totp

    code = totp.hotp(world.secrets[username], totp.step_of(START) + 1)
    response = http.post("/auth/login", json={"username": username, "password": PASSPHRASE, "code": code})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
def http(run: MatrixRun, live_server: LiveServer) -> Iterator[httpx.Client]:
    live_server.app.state.vault = run.vault
    with httpx.Client(base_url=live_server.url, headers=run.headers, timeout=30) as client:
        yield client


def last_seq(vault: Vault) -> int:
    with vault.database.session() as session:
        return session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)) or 0


def events_after(vault: Vault, seq: int) -> list[AuditEvent]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.seq > seq).order_by(AuditEvent.seq)))


@pytest.mark.parametrize("op", OPS, ids=[op.name for op in OPS])
def test_matrix(run: MatrixRun, http: httpx.Client, op: Op) -> None:
    expect = op.table[run.role][SITUATIONS.index(run.situation)]
    case = run.world.a if run.situation == "own" else run.world.b
    actor = run.world.staff[ACTING[run.role]]
    if op.prepare is not None:
        op.prepare(run.vault, case, run.world)
    before = last_seq(run.vault)

    response = op.call(http, case, run.world)
    events = events_after(run.vault, before)

    assert [e.actor_id for e in events] == [actor.id], f"{op.name}: expected one event by {actor.name}, got {[(e.action, e.actor_id) for e in events]}"
    event = events[0]
    if expect in "AO":
        assert response.status_code == op.status, f"{op.name}: {response.status_code} {response.text[:300]}"
        json_body = response.content and response.headers.get("content-type", "").startswith("application/json")
        body = response.json() if json_body else {}
        assert event.action == op.action
        assert (event.target_kind, event.target_id) == op.allowed_target(case, body)
        assert event.override_id == (run.world.override if expect == "O" else None)
        if op.job is not None:
            ran_from = last_seq(run.vault)
            JobRunner(run.vault, worker="matrix").run(body["id"])
            assert run.vault.jobs.get(actor, body["id"]).state == "succeeded"
            ran = events_after(run.vault, ran_from)
            assert [(e.actor_id, e.action, e.case_id) for e in ran] == [(actor.id, op.job, case.case_id)]
    elif expect == "R":
        assert response.status_code == 409, response.text
        assert response.json()["code"] == "missing" and "no consent is recorded" in response.json()["detail"]
        assert (event.action, event.target_kind, event.target_id) == ("refused", "case", case.case_id)
    else:
        assert expect == "D"
        assert response.status_code == 404, f"{op.name}: {response.status_code} {response.text[:300]}"
        assert response.json()["detail"].startswith("no such")
        assert (event.action, event.target_kind, event.target_id) == ("denied", *op.denied_target(case))
        assert event.case_id == case.case_id
    assert event.case_id == case.case_id
