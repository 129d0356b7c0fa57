"""Subject access: who may ask, the one-calendar-month deadline, and the archive's contents."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date, timedelta

import httpx
import pytest
from vault_world import Cast, login_headers, reviewed

from vault.app import Vault
from vault.clock import FixedClock
from vault.errors import InvalidRequest
from vault.services import PersonInput, Relation

REPORT = b"%PDF-1.4 school report\n" * 3000


def people(vault: Vault, cast: Cast) -> dict[str, str]:
    found = {p.relation: p.id for p in vault.cases.details(cast.supporter, cast.own).people}
    return found


def test_deadline_is_one_calendar_month_and_reported_overdue(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    ids = people(vault, cast)
    request = vault.subject_access.record(cast.supporter, cast.own, subject_id=ids["parent"], requester_id=ids["parent"], received_on=date(2026, 1, 31))
    assert request.due_on == date(2026, 2, 28)
    outstanding = vault.subject_access.outstanding(cast.coordinator)
    assert [(r.id, r.status) for r in outstanding] == [(request.id, "overdue")]
    clock.advance(timedelta(days=1))
    second = vault.subject_access.record(cast.supporter, cast.own, subject_id=ids["parent"], requester_id=ids["parent"])
    assert second.due_on == date(2026, 8, 2) and second.days_left == 31


def test_a_child_of_twelve_may_ask_for_their_own_data_and_a_younger_child_may_not(vault: Vault, cast: Cast) -> None:
    ids = people(vault, cast)  # Leo was born 14 March 2014: 12 on the test's date
    own = vault.subject_access.record(cast.supporter, cast.own, subject_id=ids["child"], requester_id=ids["child"])
    assert own.requester_id == ids["child"]
    young = vault.cases.add_person(cast.supporter, cast.own, PersonInput(Relation.CHILD, "AW", birth_date=date(2016, 5, 1)))
    with pytest.raises(InvalidRequest, match="under 12 cannot make their own request"):
        vault.subject_access.record(cast.supporter, cast.own, subject_id=young.id, requester_id=young.id)
    on_behalf = vault.subject_access.record(cast.supporter, cast.own, subject_id=young.id, requester_id=ids["parent"])
    assert on_behalf.subject_id == young.id
    with pytest.raises(InvalidRequest, match="agreed"):
        vault.subject_access.record(cast.supporter, cast.own, subject_id=ids["child"], requester_id=ids["parent"])
    with pytest.raises(InvalidRequest, match="only for their own"):
        vault.subject_access.record(cast.supporter, cast.own, subject_id=ids["parent"], requester_id=ids["child"])


def test_the_archive_holds_everything_with_a_manifest(client: httpx.Client, vault: Vault, cast: Cast) -> None:
    sam = login_headers(client, "sam")
    uploaded = client.post(
        f"/cases/{cast.own}/documents",
        content=REPORT,
        headers={**sam, "X-Title": "School%20report", "X-Filename": "school report.pdf", "Content-Type": "application/pdf"},
    ).json()
    client.post(f"/cases/{cast.own}/notes", json={"body": "Sarah called about the annual review."}, headers=sam)
    client.post(f"/cases/{cast.own}/consents", json={"recipient_kind": "organisation", "recipient": "LA SEN team", "decision": "given", "method": "email", "obtained_on": "2026-06-30"}, headers=sam)
    client.post(f"/cases/{cast.own}/disclosures", json={"organisation": "LA SEN team", "purpose": "EHC needs assessment", "shared": "Report"}, headers=sam)
    client.get(f"/documents/{uploaded['id']}/content", headers=sam)
    ids = people(vault, cast)
    request = client.post(f"/cases/{cast.own}/subject-access-requests", json={"subject_id": ids["parent"], "requester_id": ids["parent"]}, headers=sam).json()
    reviewed(vault, cast.supporter, request["id"])

    response = client.post(f"/subject-access-requests/{request['id']}/archive", headers=sam)
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    manifest = json.loads(archive.read("manifest.json"))
    paths = {f["path"] for f in manifest["files"]}
    assert {"summary.pdf", "case.json", "subject.json", "documents.json", "notes.json", "consents.json", "disclosures.json", "returns.json", "access_log.json", "documents/001-school report.pdf"} == paths
    for entry in manifest["files"]:
        data = archive.read(entry["path"])
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["size"]
    assert archive.read("documents/001-school report.pdf") == REPORT
    assert json.loads(archive.read("subject.json"))["name"] == "Sarah Whitfield"
    assert json.loads(archive.read("notes.json"))[0]["body"] == "Sarah called about the annual review."
    assert json.loads(archive.read("disclosures.json"))[0]["organisation"] == "LA SEN team"
    log = json.loads(archive.read("access_log.json"))
    assert {"who": "Sam", "action": "viewed", "what": "document"}.items() <= next(e for e in log if e["action"] == "viewed").items()
    assert manifest["request"]["id"] == request["id"] and manifest["subject"] == {"relation": "parent", "initials": "SW"}

    outstanding = client.get("/reports/subject-access", headers=login_headers(client, "cora")).json()
    assert request["id"] in [r["id"] for r in outstanding]  # made by staff, not yet delivered


def test_entries_under_a_safeguarding_override_are_withheld_unless_chosen(vault: Vault, cast: Cast) -> None:
    override = vault.overrides.request(cast.coordinator, cast.own, concern="Concern raised by school")
    vault.overrides.approve(cast.second_coordinator, override.id)
    vault.notes.list(cast.coordinator, cast.own)  # read under the override
    ids = people(vault, cast)
    request = vault.subject_access.record(cast.supporter, cast.own, subject_id=ids["parent"], requester_id=ids["parent"])
    reviewed(vault, cast.supporter, request.id)

    def log(**options: bool) -> list[dict[str, object]]:
        archive = vault.subject_access.export(cast.supporter, request.id, **options)
        return json.loads(zipfile.ZipFile(io.BytesIO(b"".join(archive.chunks))).read("access_log.json"))

    assert all(entry["who"] != "Cora" for entry in log())
    assert any(entry["who"] == "Cora" and entry["operation"] == "note.list" for entry in log(include_safeguarding=True))
