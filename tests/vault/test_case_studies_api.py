"""A case study end to end through the HTTP API, with the samples' family (the fictional Whitfields):
draft -> review -> add a term and an area -> accept -> a second person publishes -> any member of staff
reads it, and nothing of the family is in it: not in the text pypdf or poppler read, not in the raw
(decompressed) bytes, not in the metadata, not in the published store's names or tags, not in the
publication's rows. Every step's audit events, exactly. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader
from sqlalchemy import select
from case_study_world import api_finished
from support import require_executable
from vault_world import Cast, login_headers

from vault.app import Vault
from vault.db.models import AuditEvent, Publication, PublicationPart
from vault.jobs import JobRunner

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PAPERS = [("ehc-plan-excerpt.pdf", "application/pdf"), ("school-report.pdf", "application/pdf"),
          ("paediatric-letter.pdf", "application/pdf"), ("call-note.txt", "text/plain")]
NOTE = "Sarah rang after the review: Leo Whitfield's new TA starts Monday. Sarah Whitfield is relieved."
# The family's identifiers (and their school's), as the samples write them.
FAMILY = ["Sarah", "Whitfield", "Meadow Lane", "LA9 4QX", "LA9 6NN", "07700 900123", "07700900123", "401 023 2153",
          "4010232153", "N909102514017", "EHC/2025/01832", "14/03/2014", "Fellside", "fellside.cumbria.sch.uk",
          "01632 960471", "Westmorland General Hospital"]
NAME_ALONE = re.compile(r"\bLeo\b")


def _events(vault: Vault, after: int, names: dict[str, str]) -> list[tuple[str, str, str, str]]:
    with vault.database.session() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.seq > after).order_by(AuditEvent.seq))
        return [(names.get(row.actor_id or "", row.actor_id or ""), row.action, row.operation, row.target_kind) for row in rows]


def _last(vault: Vault) -> int:
    with vault.database.session() as session:
        return session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)) or 0


def _leaks(text: str, extra: list[str]) -> list[str]:
    folded = " ".join(text.split()).casefold()
    found = [term for term in [*FAMILY, *extra] if term.casefold() in folded]
    return found + (["Leo"] if NAME_ALONE.search(text) else [])


def _pdf_texts(data: bytes, tmp_path: Path) -> list[str]:
    """What three independent readers see: pypdf, poppler's pdftotext, and qpdf's uncompressed file."""
    pdf = tmp_path / "part.pdf"
    pdf.write_bytes(data)
    pypdf_text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    poppler = subprocess.run([require_executable("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    raw = tmp_path / "raw.pdf"
    subprocess.run([require_executable("qpdf"), "--qdf", "--object-streams=disable", "--decode-level=all", str(pdf), str(raw)],
                   check=False, capture_output=True)
    return [pypdf_text, poppler, raw.read_bytes().decode("latin-1"), data.decode("latin-1")]


@pytest.mark.integration
def test_a_case_study_from_the_whitfields_papers_end_to_end(client: httpx.Client, vault: Vault, cast: Cast, tmp_path: Path) -> None:
    sam, cora, val = (login_headers(client, name) for name in ("sam", "cora", "val"))
    names = {cast.supporter.id: "sam", cast.coordinator.id: "cora", cast.volunteer.id: "val"}
    documents = []
    for filename, content_type in PAPERS:
        response = client.post(f"/cases/{cast.own}/documents", content=(SAMPLES / filename).read_bytes(),
                               headers={**sam, "X-Title": filename, "X-Filename": filename, "Content-Type": content_type})
        documents.append(response.json()["id"])
    note_id = client.post(f"/cases/{cast.own}/notes", json={"body": NOTE}, headers=sam).json()["id"]
    refused = client.post(f"/cases/{cast.own}/case-studies", json={"title": "Speech and language", "note_ids": [note_id]}, headers=sam)
    assert refused.status_code == 409 and refused.json()["code"] == "missing"
    consent = client.post(f"/cases/{cast.own}/consents", headers=sam, json={
        "recipient_kind": "anyone", "purpose": "training / case study", "decision": "given", "method": "letter", "obtained_on": "2026-06-30"})
    assert consent.status_code == 201, consent.text
    case = client.get(f"/cases/{cast.own}/details", headers=sam).json()
    case_terms = [case["summary"]["reference"], case["summary"]["code"]]
    before = _last(vault)

    # 1. The supporter drafts: every paper redacted and verified, one pseudonym map for all of them.
    drafted = client.post(f"/cases/{cast.own}/case-studies", headers=sam, json={
        "title": "Speech and language in a draft EHC plan", "document_ids": documents, "note_ids": [note_id],
        "identifiers": {"SCHOOL": ["Fellside Primary School"]}})
    job = api_finished(client, vault, drafted, sam)
    assert job["total"] == 5 and set(job["summary"]) == {"case_study", "revision", "ready", "failed", "excluded"}
    assert "Sarah" not in str(job) and "Fellside" not in str(job)  # the job shows ids and counts only
    study = client.get(f"/case-studies/{job['summary']['case_study']}", headers=sam).json()
    assert [item["status"] for item in study["items"]] == ["ready"] * 5, [item["reason"] for item in study["items"]]
    assert study["consent"] == "given" and study["revision"] == 1 and study["state"] == "draft"
    assert {"type": "PERSON", "text": "Sarah Whitfield", "label": "Parent A"} in study["pseudonyms"]
    assert study["items"][0]["counts"]["UPN"] >= 1 and study["items"][2]["counts"]["NHS_NUMBER"] == 1
    found = {span["text"] for span in study["items"][4]["report"]["spans"]}
    assert {"Sarah", "Leo Whitfield", "Sarah Whitfield"} <= found, found  # the supporter sees what was found

    # 2. They read it: the call note and the note name the same people the same way.
    read = client.get(f"/case-studies/{study['id']}", headers=sam)
    assert read.status_code == 200 and read.json()["title"] == "Speech and language in a draft EHC plan"
    call_note = client.get(f"/case-studies/{study['id']}/items/4/content", headers=sam)
    assert call_note.status_code == 200 and call_note.headers["content-type"].startswith("text/plain")
    assert "Parent A" in call_note.text and "Child 1" in call_note.text and not _leaks(call_note.text, case_terms)
    assert "case-study-draft-4.txt" in call_note.headers["content-disposition"]

    # 3. They add a term (the hospital) and an area (the plan's header band), and run it again.
    revised = client.post(f"/case-studies/{study['id']}/revisions", headers=sam, json={
        "terms": ["Westmorland General Hospital"], "areas": [{"item": 1, "page": 1, "x0": 0, "y0": 780, "x1": 595, "y1": 842}]})
    assert api_finished(client, vault, revised, sam)["summary"]["revision"] == 2
    study = client.get(f"/case-studies/{study['id']}", headers=sam).json()
    assert study["revision"] == 2 and study["terms"] == ["Westmorland General Hospital"]
    assert study["items"][2]["counts"].get("TERM") == 1 and study["items"][0]["counts"].get("AREA") == 1
    assert client.post(f"/case-studies/{study['id']}/accept", headers=sam).json()["state"] == "accepted"

    # 4. A coordinator finds it in the queue, reads what would be published, and publishes it.
    queue = client.get("/case-studies/queue", headers=cora).json()
    assert [(entry["id"], entry["revision"]) for entry in queue] == [(study["id"], 2)]
    assert "case_id" not in queue[0] and "pseudonyms" not in queue[0]
    review = client.get(f"/case-studies/{study['id']}/review", headers=cora).json()
    assert [item["position"] for item in review["items"]] == [1, 2, 3, 4, 5]
    assert client.get(f"/case-studies/{study['id']}/items/1/content", headers=cora).headers["content-type"] == "application/pdf"
    published = client.post(f"/case-studies/{study['id']}/publish", headers=cora)
    publication = client.get(f"/published/{api_finished(client, vault, published, cora)['summary']['publication']}",
                             headers=cora).json()
    assert publication["title"] == "Speech and language in a draft EHC plan" and len(publication["parts"]) == 5

    # 5. Any member of staff reads it; nothing of the family is in any part.
    assert [p["id"] for p in client.get("/published", headers=val).json()] == [publication["id"]]
    assert client.get(f"/published/{publication['id']}", headers=val).status_code == 200
    for part in publication["parts"]:
        response = client.get(f"/published/{publication['id']}/parts/{part['position']}", headers=val)
        assert response.status_code == 200 and len(response.content) == part["size"]
        assert "Whitfield" not in response.headers["content-disposition"]
        if part["kind"] == "pdf":
            for text in _pdf_texts(response.content, tmp_path):
                assert _leaks(text, case_terms) == [], part["position"]
            reader = PdfReader(io.BytesIO(response.content))
            assert not reader.metadata and "/Metadata" not in reader.trailer["/Root"]
        else:
            assert _leaks(response.content.decode("utf-8"), case_terms) == [] and "Parent A" in response.text

    # 6. The published store and the publication's rows name no case, document, note or case study.
    links = {cast.own, note_id, study["id"], cast.supporter.id, *documents}
    store = vault.published_store.backend
    for stat in store.list():
        assert re.fullmatch(r"[0-9a-f]{32}\.(pdf|txt)", stat.name) and not any(link in stat.name for link in links)
        assert store.get_tags(stat.name) == {}
    with vault.database.session() as session:
        values = [str(v) for row in session.scalars(select(Publication)) for v in vars(row).values()]
        values += [str(v) for row in session.scalars(select(PublicationPart)) for v in vars(row).values()]
    assert not [value for value in values if any(link in value for link in links)]

    # 7. Every step, audited: exactly these events, in this order.
    reads = [("val", "viewed", "publication.read", "publication")] * 6
    assert _events(vault, before, names) == [
        ("sam", "requested", "job.case_study.draft", "job"),
        ("sam", "created", "case_study.draft", "case_study"),
        ("sam", "viewed", "case_study.read", "case_study"),
        ("sam", "viewed", "case_study.read", "case_study"),
        ("sam", "viewed", "case_study.read", "case_study"),
        ("sam", "requested", "job.case_study.revise", "job"),
        ("sam", "updated", "case_study.revise", "case_study"),
        ("sam", "viewed", "case_study.read", "case_study"),
        ("sam", "accepted", "case_study.accept", "case_study"),
        ("cora", "listed", "case_study.queue", "service"),
        ("cora", "viewed", "case_study.review", "case_study"),
        ("cora", "viewed", "case_study.review", "case_study"),
        ("cora", "requested", "job.case_study.publish", "job"),
        ("cora", "published", "case_study.publish", "case_study"),
        ("cora", "viewed", "publication.read", "publication"),
        ("val", "listed", "publication.list", "service"),
        *reads,
    ]
    with vault.database.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "published")).one()
    assert event.case_id == cast.own and publication["id"] in event.detail  # the one link: the audit log


def test_drafting_runs_as_a_job_and_the_server_answers_meanwhile(client: httpx.Client, vault: Vault, cast: Cast) -> None:
    """The request answers at once with the job; while a worker redacts, the server answers other
    requests and the job shows its stage and progress; a cancelled draft makes nothing."""
    sam = login_headers(client, "sam")
    client.post(f"/cases/{cast.own}/consents", headers=sam, json={
        "recipient_kind": "anyone", "decision": "given", "method": "letter", "obtained_on": "2026-06-30"})
    documents = [client.post(f"/cases/{cast.own}/documents", content=(SAMPLES / name).read_bytes(),
                             headers={**sam, "X-Title": name, "X-Filename": name, "Content-Type": kind}).json()["id"]
                 for name, kind in PAPERS[:3]]
    body = {"title": "Three letters", "document_ids": documents}
    cancelled = client.post(f"/cases/{cast.own}/case-studies", headers=sam, json=body)
    assert cancelled.status_code == 202
    assert client.post(f"{cancelled.headers['Location']}/cancel", headers=sam).json()["state"] == "cancelled"
    asked = client.post(f"/cases/{cast.own}/case-studies", headers=sam, json=body)
    assert asked.status_code == 202
    done: dict[str, float] = {}

    def work() -> None:
        JobRunner(vault, worker="api-test").run(asked.json()["id"])
        done["draft"] = time.monotonic()

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(0.2)
    answered = client.get("/published", headers=sam)
    done["list"] = time.monotonic()
    worker.join(timeout=300)
    assert answered.status_code == 200 and "draft" in done and done["list"] < done["draft"]
    job = client.get(asked.headers["Location"], headers=sam).json()
    assert job["state"] == "succeeded" and (job["done"], job["total"]) == (3, 3)
    assert [s["id"] for s in client.get(f"/cases/{cast.own}/case-studies", headers=sam).json()] == [job["summary"]["case_study"]]
    assert client.get(cancelled.headers["Location"], headers=sam).json()["state"] == "cancelled"


def test_the_case_study_operations_are_documented(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path, method in (("/cases/{case_id}/case-studies", "post"), ("/cases/{case_id}/case-studies", "get"),
                         ("/case-studies/{case_study_id}", "get"), ("/case-studies/{case_study_id}/revisions", "post"),
                         ("/case-studies/{case_study_id}/accept", "post"), ("/case-studies/{case_study_id}/publish", "post"),
                         ("/case-studies/queue", "get"), ("/published", "get"), ("/published/{publication_id}/parts/{position}", "get"),
                         ("/case-studies/{case_study_id}/suspects", "get"),
                         ("/case-studies/{case_study_id}/suspects/{suspect_id}/confirm", "post"),
                         ("/case-studies/{case_study_id}/suspects/{suspect_id}/dismiss", "post"),
                         ("/case-studies/{case_study_id}/review/suspects", "get"),
                         ("/case-studies/{case_study_id}/review/suspects/{suspect_id}/confirm", "post"),
                         ("/case-studies/{case_study_id}/review/suspects/{suspect_id}/dismiss", "post")):
        assert method in paths[path], path
        assert paths[path][method].get("summary"), path
