"""What a parent asks after a document is stored, and what a coordinator needs to follow up: the
keep-on-file and return-on-request flags changed later, a return request withdrawn before release,
a supporter's list of a case's subject access requests, and the status of an override one asked for."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import httpx
import pytest
from sqlalchemy import select
from vault_world import Cast, login_headers, reviewed

from storage import MemoryStore
from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import AuditEvent, Document, ObjectKeyRow
from vault.errors import Conflict, InvalidRequest, NotFound
from vault.services import NewDocument, ReleaseTo

LETTER = b"Letter from the paediatrician\n" * 500


def stored(vault: Vault, cast: Cast) -> str:
    return vault.documents.upload(cast.supporter, cast.own, io.BytesIO(LETTER), NewDocument(title="Letter", filename="l.pdf")).id


def events(vault: Vault, action: str) -> list[AuditEvent]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq)))


def object_tags(vault: Vault, backend: MemoryStore, document_id: str) -> dict[str, str]:
    with vault.database.session() as session:
        row = session.get(ObjectKeyRow, document_id)
        assert row is not None
        return backend.get_tags(row.name)


# -- the flags ---------------------------------------------------------------------------------------


def test_keep_on_file_asked_for_later_keeps_the_copy_after_the_return(vault: Vault, cast: Cast, backend: MemoryStore) -> None:
    document = stored(vault, cast)
    changed = vault.documents.set_flags(cast.supporter, document, keep_on_file=True, return_on_request=True)
    assert (changed.keep_on_file, changed.return_on_request) == (True, True)
    tags = object_tags(vault, backend, document)
    assert (tags["keep-on-file"], tags["return-on-request"]) == ("true", "true")  # the store's tags follow
    [updated] = events(vault, "updated")
    assert (updated.actor_id, updated.target_kind, updated.target_id) == (cast.supporter.id, "document", document)
    assert json.loads(updated.detail) == {"keep_on_file": True, "return_on_request": True, "ground": "assigned"}

    request = vault.returns.request(cast.supporter, document)
    _view, _doc, reader = vault.returns.release(cast.supporter, request.id, to=ReleaseTo.PARENT)
    reader.close()
    assert vault.returns.complete(cast.supporter, request.id).outcome == "kept_on_file"
    with vault.database.session() as session:
        assert session.get(Document, document).state == "returned"  # type: ignore[union-attr]
    with pytest.raises(Conflict, match="only a held document's flags"):
        vault.documents.set_flags(cast.supporter, document, keep_on_file=False)


def test_setting_a_flag_to_what_it_is_changes_nothing_and_logs_nothing(vault: Vault, cast: Cast) -> None:
    document = stored(vault, cast)
    assert vault.documents.set_flags(cast.supporter, document, keep_on_file=False).keep_on_file is False
    assert events(vault, "updated") == []
    with pytest.raises(InvalidRequest, match="return_on_request and/or keep_on_file"):
        vault.documents.set_flags(cast.supporter, document)


def test_only_the_familys_supporter_changes_the_flags(vault: Vault, cast: Cast) -> None:
    document = stored(vault, cast)
    for someone in (cast.other_supporter, cast.coordinator, cast.volunteer, cast.administrator):
        with pytest.raises(NotFound):
            vault.documents.set_flags(someone, document, keep_on_file=True)
    assert len(events(vault, "denied")) == 4 and events(vault, "updated") == []


def test_flags_through_the_api(client: httpx.Client, cast: Cast, vault: Vault) -> None:
    document = stored(vault, cast)
    sam = login_headers(client, "sam")
    response = client.patch(f"/documents/{document}", json={"return_on_request": True}, headers=sam)
    assert response.status_code == 200 and response.json()["return_on_request"] is True
    assert client.patch(f"/documents/{document}", json={"keep_on_file": "perhaps"}, headers=sam).status_code == 422
    assert client.patch(f"/documents/{document}", json={}, headers=sam).status_code == 400


# -- withdrawing a return request ----------------------------------------------------------------------


def test_a_return_request_withdrawn_before_release_leaves_the_document_held(vault: Vault, cast: Cast) -> None:
    document = stored(vault, cast)
    request = vault.returns.request(cast.supporter, document)
    withdrawn = vault.returns.withdraw(cast.supporter, request.id)
    assert (withdrawn.status, withdrawn.outcome) == ("withdrawn", "withdrawn")
    [event] = events(vault, "withdrawn")
    assert (event.target_kind, event.target_id, json.loads(event.detail)["document"]) == ("return_request", request.id, document)
    _view, reader = vault.documents.open(cast.supporter, document)
    with reader:
        assert reader.read() == LETTER  # untouched
    with pytest.raises(Conflict, match="already withdrawn"):
        vault.returns.withdraw(cast.supporter, request.id)
    with pytest.raises(Conflict, match="withdrawn"):
        vault.returns.release(cast.supporter, request.id, to=ReleaseTo.PARENT)
    with pytest.raises(Conflict, match="withdrawn"):
        vault.returns.complete(cast.supporter, request.id)
    again = vault.returns.request(cast.supporter, document)  # the parent may still ask later
    assert [(r.id, r.status) for r in vault.returns.list(cast.supporter, cast.own)] == [(request.id, "withdrawn"), (again.id, "requested")]


def test_a_released_return_cannot_be_withdrawn(vault: Vault, cast: Cast) -> None:
    request = vault.returns.request(cast.supporter, stored(vault, cast))
    _view, _doc, reader = vault.returns.release(cast.supporter, request.id, to=ReleaseTo.PARENT)
    reader.close()
    with pytest.raises(Conflict, match="released already: complete the return"):
        vault.returns.withdraw(cast.supporter, request.id)


# -- subject access requests of a case -------------------------------------------------------------------


def test_the_supporter_lists_a_cases_subject_access_requests_with_their_deadlines(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    people = vault.cases.details(cast.supporter, cast.own).people
    parent = next(p.id for p in people if p.relation == "parent")
    first = vault.subject_access.record(cast.supporter, cast.own, subject_id=parent, requester_id=parent,
                                        received_on=clock.now().date() - timedelta(days=40))
    second = vault.subject_access.record(cast.supporter, cast.own, subject_id=parent, requester_id=parent)
    listed = vault.subject_access.list(cast.supporter, cast.own)
    assert [(r.id, r.status) for r in listed] == [(second.id, "open"), (first.id, "overdue")]
    assert listed[0].due_on == date(2026, 8, 1) and listed[0].days_left == 31
    reviewed(vault, cast.supporter, first.id)
    b"".join(vault.subject_access.export(cast.supporter, first.id).chunks)  # made and read by staff: not delivered
    assert [r.status for r in vault.subject_access.list(cast.supporter, cast.own)] == ["open", "overdue"]
    vault.subject_access.hand_over(cast.supporter, first.id, note="posted to the parent, signed for")
    assert [r.status for r in vault.subject_access.list(cast.supporter, cast.own)] == ["open", "fulfilled"]
    with pytest.raises(NotFound):
        vault.subject_access.list(cast.other_supporter, cast.own)
    listing = events(vault, "listed")[-1]
    assert json.loads(listing.detail)["subject_access_requests"] == [second.id, first.id]


# -- the status of an override -------------------------------------------------------------------------


def test_whoever_asked_for_an_override_sees_whether_it_was_approved(vault: Vault, cast: Cast) -> None:
    asked = vault.overrides.request(cast.volunteer, cast.other, concern="Child said something worrying on the phone")
    assert vault.overrides.view(cast.volunteer, asked.id).status == "pending"
    vault.overrides.approve(cast.coordinator, asked.id)
    seen = vault.overrides.view(cast.volunteer, asked.id)
    assert seen.status == "active" and seen.expires_at is not None and seen.approved_by == cast.coordinator.id
    assert vault.overrides.view(cast.second_coordinator, asked.id).concern == "Child said something worrying on the phone"
    for someone in (cast.supporter, cast.other_supporter):  # not theirs: as if it did not exist
        with pytest.raises(NotFound):
            vault.overrides.view(someone, asked.id)
    viewed = [e for e in events(vault, "viewed") if e.target_kind == "override"]
    assert [(e.actor_id, json.loads(e.detail)["ground"]) for e in viewed] == [
        (cast.volunteer.id, "owner"), (cast.volunteer.id, "owner"), (cast.second_coordinator.id, "role")]


def test_the_override_report_filters_by_status(vault: Vault, cast: Cast) -> None:
    pending = vault.overrides.request(cast.supporter, cast.other, concern="Pending concern")
    active = vault.overrides.request(cast.volunteer, cast.other, concern="Active concern")
    vault.overrides.approve(cast.coordinator, active.id)
    assert [o.id for o in vault.overrides.report(cast.coordinator, status="pending")] == [pending.id]
    assert [o.id for o in vault.overrides.report(cast.coordinator, status="active")] == [active.id]
    with pytest.raises(InvalidRequest, match="status is one of"):
        vault.overrides.report(cast.coordinator, status="approved")


def test_pending_overrides_through_the_api(client: httpx.Client, cast: Cast, vault: Vault) -> None:
    pending = vault.overrides.request(cast.volunteer, cast.other, concern="Concern raised at the meeting")
    cora = login_headers(client, "cora")
    listed = client.get("/reports/overrides", params={"status": "pending"}, headers=cora)
    assert listed.status_code == 200 and [o["id"] for o in listed.json()] == [pending.id]
    assert client.get("/reports/overrides", params={"status": "approved"}, headers=cora).status_code == 422
    val = login_headers(client, "val")
    assert client.get(f"/overrides/{pending.id}", headers=val).json()["status"] == "pending"
    assert client.get(f"/overrides/{pending.id}", headers=login_headers(client, "sam")).status_code == 404
