"""Subject access and return on request end to end through the API, with documents in the real S3
server (Ceph RADOS Gateway over TLS, versioned bucket): the returned document's every stored version
is gone afterwards, and nothing on the server names the family."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator

import httpx
import pytest
from vault_world import PASSWORD, TEST_RULES, LiveServer, add_staff, family_case, login_headers, reviewed

from storage import Keyring, open_backend
from vault.app import Vault
from vault.clock import FixedClock
from vault.db import Database
from vault.ids import SeededIds
from vault.policy import Role

pytestmark = pytest.mark.integration

REPORT = b"%PDF-1.4 Whitfield school report\n" * 40_000  # ~1.3 MB: several chunks, a multipart-sized body


@pytest.fixture
def s3_vault(database: Database, clock: FixedClock, s3_server) -> Iterator[tuple[Vault, object, str]]:  # type: ignore[no-untyped-def]
    bucket = s3_server.new_bucket(versioning=True)
    backend = open_backend(s3_server.store_url(bucket), environ=s3_server.environ())
    yield Vault(database=database, keyring=Keyring.generate(), backend=backend, rules=TEST_RULES, clock=clock, ids=SeededIds(5)), s3_server, bucket


@pytest.fixture
def s3_client(s3_vault: tuple[Vault, object, str], live_server: LiveServer) -> Iterator[httpx.Client]:
    live_server.app.state.vault = s3_vault[0]
    with httpx.Client(base_url=live_server.url, timeout=60) as http:
        yield http
    live_server.app.state.vault = None


def _cast(vault: Vault) -> str:
    sam = add_staff(vault, "sam", Role.PARENTAL_SUPPORTER)
    add_staff(vault, "cora", Role.COORDINATOR)
    return family_case(vault, sam)


def _versions(s3_server, bucket: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [o.object_name for o in s3_server.client().list_objects(bucket, recursive=True, include_version=True)]


def test_return_on_request_through_the_api_on_ceph(s3_vault: tuple[Vault, object, str], s3_client: httpx.Client) -> None:
    vault, s3_server, bucket = s3_vault
    case_id = _cast(vault)
    sam = login_headers(s3_client, "sam")
    made = s3_client.post(f"/cases/{case_id}/documents", content=REPORT,
                          headers={**sam, "X-Title": "School%20report", "X-Filename": "whitfield-report.pdf", "Content-Type": "application/pdf", "X-Return-On-Request": "true"})
    assert made.status_code == 201, made.text
    document = made.json()["id"]
    names = _versions(s3_server, bucket)
    assert len(names) == 1 and "whitfield" not in names[0].lower() and case_id not in names[0]
    assert s3_client.get(f"/documents/{document}/content", headers=sam).content == REPORT

    request_id = s3_client.post(f"/documents/{document}/return-requests", headers=sam).json()["id"]
    released = s3_client.post(f"/return-requests/{request_id}/release", json={"to": "parent"}, headers=sam)
    assert released.status_code == 200 and released.content == REPORT
    completed = s3_client.post(f"/return-requests/{request_id}/complete", headers=sam).json()
    assert completed["outcome"] == "destroyed" and completed["leftovers"] is False
    assert _versions(s3_server, bucket) == []  # every version deleted
    assert s3_client.get(f"/documents/{document}/content", headers=sam).status_code == 404


def test_subject_access_archive_through_the_api_on_ceph(s3_vault: tuple[Vault, object, str], s3_client: httpx.Client) -> None:
    vault, _s3_server, _bucket = s3_vault
    case_id = _cast(vault)
    sam = login_headers(s3_client, "sam")
    s3_client.post(f"/cases/{case_id}/documents", content=REPORT, headers={**sam, "X-Title": "Report", "X-Filename": "report.pdf"})
    s3_client.post(f"/cases/{case_id}/notes", json={"body": "Phone call with Sarah."}, headers=sam)
    people = {p["relation"]: p["id"] for p in s3_client.get(f"/cases/{case_id}/details", headers=sam).json()["people"]}
    request = s3_client.post(f"/cases/{case_id}/subject-access-requests", json={"subject_id": people["child"], "requester_id": people["child"]}, headers=sam)
    assert request.status_code == 201, request.text  # Leo is 12: his own request
    reviewed(vault, vault.auth.login("sam", PASSWORD).actor, request.json()["id"])
    archive = s3_client.post(f"/subject-access-requests/{request.json()['id']}/archive", headers=sam)
    assert archive.status_code == 200
    zipped = zipfile.ZipFile(io.BytesIO(archive.content))
    assert zipped.read("documents/001-report.pdf") == REPORT
    manifest = json.loads(zipped.read("manifest.json"))
    assert manifest["requester"] == {"relation": "child", "initials": "LW"}
    assert json.loads(zipped.read("notes.json"))[0]["body"] == "Phone call with Sarah."
    assert any(entry["who"] == "Sam" for entry in json.loads(zipped.read("access_log.json")))

