"""Answering a subject access request through the pages: the review run as a job, each passage about
someone else decided with a reason, the archive refused until then, the deadline extended, and the
hand-over that answers the request. Another supporter's request is "Page not found"."""

from __future__ import annotations

import io
import zipfile

from vault_world import Cast
from web_world import csrf_of

from vault.app import Vault
from vault.jobs import JobRunner

NOTE = "Sarah rang: the social worker Priya Shahzad will come to the annual review."


def test_the_review_page_from_first_run_to_hand_over(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.notes.add(cast.supporter, cast.own, NOTE)
    parent = next(p.id for p in vault.cases.details(cast.supporter, cast.own).people if p.relation == "parent")
    request = vault.subject_access.record(cast.supporter, cast.own, subject_id=parent, requester_id=parent)
    client = signed_in("sam")
    listing = client.get(f"/web/cases/{cast.own}/subject-access")
    assert f'href="/web/subject-access/{request.id}"' in listing.text and "Review and answer" in listing.text
    refused = client.post(f"/web/subject-access/{request.id}/archive", data={"csrf_token": csrf_of(listing.text)})
    assert refused.status_code == 400 and "has not been reviewed yet" in refused.text

    page = client.get(f"/web/subject-access/{request.id}")
    assert page.status_code == 200 and "Not started" in page.text
    started = client.post(f"/web/subject-access/{request.id}/review", data={"csrf_token": csrf_of(page.text)})
    assert started.status_code == 303 and started.headers["location"].endswith("?done=started")
    [job] = vault.jobs.list(cast.supporter)
    JobRunner(vault, worker="web-test").run(job.id)
    page = client.get(f"/web/subject-access/{request.id}")
    assert "Priya Shahzad" in page.text and "passage to decide" in page.text
    items = vault.subject_access.items(cast.supporter, request.id)
    token = csrf_of(page.text)
    missing = client.post(f"/web/subject-access/{request.id}/items/1", data={"csrf_token": token, "decision-1": "redact"})
    assert missing.status_code == 400 and "Enter why" in missing.text
    for item in items:
        done = client.post(f"/web/subject-access/{request.id}/items/{item.number}",
                           data={"csrf_token": token, f"decision-{item.number}": "redact", f"reason-{item.number}": "another family"})
        assert done.status_code == 303
    extended = client.post(f"/web/subject-access/{request.id}/extension",
                           data={"csrf_token": token, "months": "1", "extension_reason": "records held by three schools"})
    assert extended.status_code == 303
    assert "extended by 1 month" in client.get(extended.headers["location"]).text
    archive = client.post(f"/web/subject-access/{request.id}/archive", data={"csrf_token": token})
    assert archive.status_code == 200
    with zipfile.ZipFile(io.BytesIO(archive.content)) as opened:
        assert "Priya" not in opened.read("notes.json").decode() and opened.namelist()[0] == "summary.pdf"
    releasing = client.post(f"/web/subject-access/{request.id}/release", data={"csrf_token": token})
    assert releasing.status_code == 303 and releasing.headers["location"].endswith("?done=releasing")
    job = next(j for j in vault.jobs.list(cast.supporter) if j.kind == "subject_access.release")
    JobRunner(vault, worker="web-test").run(job.id)
    page = client.get(f"/web/subject-access/{request.id}")
    assert "Download the released response" in page.text
    kept = client.post(f"/web/subject-access/{request.id}/released", data={"csrf_token": token})
    assert kept.status_code == 200 and zipfile.ZipFile(io.BytesIO(kept.content)).namelist()[0] == "summary.pdf"
    empty = client.post(f"/web/subject-access/{request.id}/hand-over", data={"csrf_token": token, "note": ""})
    assert empty.status_code == 400 and "Enter how and to whom" in empty.text
    handed = client.post(f"/web/subject-access/{request.id}/hand-over", data={"csrf_token": token, "note": "given to Sarah at the office"})
    assert handed.status_code == 303
    assert "Answered" in client.get(f"/web/cases/{cast.own}/subject-access").text
    assert vault.subject_access.get(cast.supporter, request.id).delivered_how == "hand-over"


def test_another_supporters_request_is_not_found(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    parent = next(p.id for p in vault.cases.details(cast.supporter, cast.own).people if p.relation == "parent")
    request = vault.subject_access.record(cast.supporter, cast.own, subject_id=parent, requester_id=parent)
    client = signed_in("bea")
    assert client.get(f"/web/subject-access/{request.id}").status_code == 404
    page = client.get("/web/")
    assert client.post(f"/web/subject-access/{request.id}/review", data={"csrf_token": csrf_of(page.text)}).status_code == 404
